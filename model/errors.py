"""The base of every error a user may see: a code, its values, and words in each language.

A subclass sets ``code`` ("store.locked"); its sentence lives in ``model.error_texts``
with ``{path}`` and ``{detail}`` (and any other value) filled in. The command line and
the app show ``message(lang)``, never a traceback. No error holds words of its own: a
new error is a code and its sentence in each language's file of model/locale/errors/.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from model.enums import Language
from model.texts import as_language, lookup


class UserError(Exception):
    """An expected failure with a message a secretary understands."""

    code: ClassVar[str] = "error"

    def __init__(
        self,
        path: Path | str | None = None,
        detail: str = "",
        *,
        reason: str = "",
        **reason_values: object,
    ) -> None:
        self.path = Path(path) if path is not None else None
        #: the detail as a sentence of the catalogue ("reason.folder"), worded in the
        #: language of the message; ``detail`` is then its English
        self.reason = reason
        self.reason_values = reason_values
        self.detail = self.words(Language.EN, reason, **reason_values) if reason else detail
        super().__init__(self.message(Language.EN))

    def values(self) -> dict[str, object]:
        """What the sentence is filled with."""
        return {"path": self.path, "detail": self.detail}

    def words(self, language: Language | str, key: str = "", /, **values: object) -> str:
        """The sentence ``key`` (default: this error's code) in ``language``."""
        from model.error_texts import ERRORS

        return lookup(ERRORS, as_language(language), key or self.code, **values)

    def message(self, language: Language | str = Language.EN) -> str:
        values = self.values()
        if self.reason:
            values["detail"] = self.words(language, self.reason, **self.reason_values)
        return self.words(language, **values)
