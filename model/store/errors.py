"""Errors of the store, each with a message a secretary understands, in sv and en."""

from __future__ import annotations

from pathlib import Path

from model.enums import Language
from model.errors import UserError
from model.store.problems import os_error_words, problem_of


class StoreError(UserError):
    """Base class. ``message(language)`` gives the text to show the user."""

    sv = "Okänt fel i arkivet."
    en = "Unknown error in the archive."


class MeetingLocked(StoreError):
    sv = (
        "Mötet {path} är redan öppet för skrivning i ett annat fönster eller program. "
        "Stäng det där, eller öppna mötet skrivskyddat."
    )
    en = (
        "The meeting {path} is already open for writing in another window or program. "
        "Close it there, or open the meeting read-only."
    )


class ReadOnly(StoreError):
    sv = "Mötet {path} är öppnat skrivskyddat; ändringen sparades inte."
    en = "The meeting {path} is open read-only; the change was not saved."


class DamagedFile(StoreError):
    """The file cannot be read and no good copy was found. The file is left untouched."""

    problem_code = "damaged"

    def message(self, language: Language | str = Language.EN) -> str:
        """The sentence, with what is wrong in the user's language where it is known."""
        below = self.__cause__ or self.__context__
        if below is None or "good copy" in self.detail:
            return super().message(language)
        problem = problem_of(below)
        if problem.code == "damaged":
            return super().message(language)
        return self.template(language).format(path=self.path, detail=problem.what(language))

    sv = (
        "Filen {path} är skadad och kan inte läsas ({detail}). Den har lämnats orörd. "
        "Hämta en tidigare version med 'minutes sync' eller från en säkerhetskopia."
    )
    en = (
        "The file {path} is damaged and cannot be read ({detail}). It has been left "
        "untouched. Get an earlier version with 'minutes sync' or from a backup."
    )


class NewerSchema(StoreError):
    problem_code = "newer"
    sv = (
        "Filen {path} är skapad av en nyare version av minutes ({detail}). "
        "Uppdatera minutes för att öppna den; filen har inte ändrats."
    )
    en = (
        "The file {path} was written by a newer version of minutes ({detail}). "
        "Update minutes to open it; the file has not been changed."
    )


class NotAMinutesFile(StoreError):
    problem_code = "not_minutes"
    sv = "Filen {path} är inte en minutes-fil ({detail}); den har inte ändrats."
    en = "The file {path} is not a minutes file ({detail}); it has not been changed."


class SaveFailed(StoreError):
    """Raised ``from`` the OSError: the message says what the disk said, in words."""

    sv = "Kunde inte spara {path}: {detail}. Ändringen finns kvar i programmet; försök igen."
    en = "Could not save {path}: {detail}. The change is kept in the app; try again."

    #: where a copy of the unsaved meeting was written (``model.store.rescue``), if any
    rescued: Path | None = None
    #: whether a copy was tried and no place had room for it
    rescue_failed: bool = False

    def message(self, language: Language | str = Language.EN) -> str:
        detail = self.detail
        if isinstance(self.__cause__, OSError):
            detail = os_error_words(self.__cause__, language)
        text = self.template(language).format(path=self.path, detail=detail)
        sv = str(language) == Language.SV.value
        if self.rescued is not None:
            text += (
                f" En kopia av det osparade mötet skrevs till {self.rescued}."
                if sv
                else f" A copy of the unsaved meeting was written to {self.rescued}."
            )
        elif self.rescue_failed:
            text += (
                " Ingen kopia kunde heller skrivas någon annanstans."
                if sv
                else " No copy could be written anywhere else either."
            )
        return text


class MeetingNotFound(StoreError):
    sv = "Hittar inget möte som heter {detail}. 'minutes list' visar arkivets möten."
    en = "No meeting matches {detail}. 'minutes list' shows the meetings in the archive."


class AmbiguousMeeting(StoreError):
    sv = "Flera möten matchar {detail}. Ange fler tecken av id:t."
    en = "Several meetings match {detail}. Give more characters of the id."


class IndexBusy(StoreError):
    sv = (
        "Arkivets index ({path}) används av ett annat program och blev inte ledigt. "
        "Försök igen om en stund."
    )
    en = (
        "The archive's index ({path}) is in use by another program and did not become "
        "free. Try again in a moment."
    )
