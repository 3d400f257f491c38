"""Errors of the store, each with a code; the words are in ``model.error_texts``."""

from __future__ import annotations

from pathlib import Path

from model.enums import Language
from model.errors import UserError
from model.store.problems import os_error_words, problem_of


class StoreError(UserError):
    """Base class. ``message(language)`` gives the text to show the user."""

    code = "store"


class MeetingLocked(StoreError):
    code = "store.locked"


class ReadOnly(StoreError):
    code = "store.read_only"


class DamagedFile(StoreError):
    """The file cannot be read and no good copy was found. The file is left untouched."""

    problem_code = "damaged"
    code = "store.damaged"

    def message(self, language: Language | str = Language.EN) -> str:
        """The sentence, with what is wrong in the user's language where it is known."""
        below = self.__cause__ or self.__context__
        if below is None or "good copy" in self.detail:
            return super().message(language)
        problem = problem_of(below)
        if problem.code == "damaged":
            return super().message(language)
        return self.words(language, path=self.path, detail=problem.what(language))


class NewerSchema(StoreError):
    problem_code = "newer"
    code = "store.newer"


class NotAMinutesFile(StoreError):
    problem_code = "not_minutes"
    code = "store.not_minutes"


class SaveFailed(StoreError):
    """Raised ``from`` the OSError: the message says what the disk said, in words."""

    code = "store.save_failed"

    #: where a copy of the unsaved meeting was written (``model.store.rescue``), if any
    rescued: Path | None = None
    #: whether a copy was tried and no place had room for it
    rescue_failed: bool = False

    def message(self, language: Language | str = Language.EN) -> str:
        detail = self.detail
        if isinstance(self.__cause__, OSError):
            detail = os_error_words(self.__cause__, language)
        text = self.words(language, path=self.path, detail=detail)
        if self.rescued is not None:
            text += self.words(language, "store.save_failed.rescued", rescued=self.rescued)
        elif self.rescue_failed:
            text += self.words(language, "store.save_failed.rescue_failed")
        return text


class MeetingNotFound(StoreError):
    code = "store.not_found"


class AmbiguousMeeting(StoreError):
    code = "store.ambiguous"


class IndexBusy(StoreError):
    code = "store.index_busy"
