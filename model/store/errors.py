"""Errors of the store, each with a code; the words are in ``model.error_texts``."""

from __future__ import annotations

from pathlib import Path

from model.enums import Language
from model.errors import UserError
from model.store.problems import FileProblem, os_error_words


class StoreError(UserError):
    """Base class. ``message(language)`` gives the text to show the user."""

    code = "store"


class MeetingLocked(StoreError):
    code = "store.locked"


class ReadOnly(StoreError):
    code = "store.read_only"


class DamagedFile(StoreError):
    """The file cannot be read and no good copy was found. The file is left untouched.
    ``problem`` says what is wrong with it; ``good_copy_damaged``: its last good copy
    could not be read either."""

    code = "store.damaged"

    def __init__(
        self, path: Path | str, problem: FileProblem, *, good_copy_damaged: bool = False
    ) -> None:
        self.problem = problem
        self.good_copy_damaged = good_copy_damaged
        super().__init__(path, self.what(Language.EN))

    def what(self, language: Language | str = Language.EN) -> str:
        """What is wrong, in ``language``: the file's problem, and its good copy's."""
        what = self.problem.what(language)
        if self.good_copy_damaged:
            return self.words(language, "store.damaged.good_copy_too", problem=what)
        return what

    def message(self, language: Language | str = Language.EN) -> str:
        """The sentence, with what is wrong in the user's language."""
        return self.words(language, path=self.path, detail=self.what(language))


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
