"""The base of every error a user may see: a code, its values, and words in each language.

A subclass sets ``code`` ("store.locked"); its sentence lives in ``model.error_texts``
with ``{path}`` and ``{detail}`` (and any other value) filled in. The command line and
the app show ``message(lang)``, never a traceback. A subclass that still sets ``sv`` and
``en`` templates of its own (and no code) is worded by those, in English for German.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from model.enums import Language
from model.texts import as_language, lookup


class UserError(Exception):
    """An expected failure with a message a secretary understands."""

    code: ClassVar[str] = "error"
    sv: ClassVar[str] = ""
    en: ClassVar[str] = ""

    def __init__(self, path: Path | str | None = None, detail: str = "") -> None:
        self.path = Path(path) if path is not None else None
        self.detail = detail
        super().__init__(self.message(Language.EN))

    def values(self) -> dict[str, object]:
        """What the sentence is filled with."""
        return {"path": self.path, "detail": self.detail}

    def words(self, language: Language | str, key: str = "", /, **values: object) -> str:
        """The sentence ``key`` (default: this error's code) in ``language``."""
        from model.error_texts import ERRORS

        lang = as_language(language)
        for cls in type(self).__mro__:
            if "code" in vars(cls) or cls is UserError:
                break
            own = vars(cls)
            if "sv" in own or "en" in own:  # worded the old way, in the class itself
                template = own.get("sv", "") if lang is Language.SV else own.get("en", "")
                return str(template).format(**values)
        return lookup(ERRORS, lang, key or self.code, **values)

    def message(self, language: Language | str = Language.EN) -> str:
        return self.words(language, **self.values())
