"""The base of every error a user may see: a message in Swedish and English.

Subclasses set the ``sv`` and ``en`` templates; ``{path}`` and ``{detail}`` are filled in.
The command line and the app show ``message(lang)``, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from model.enums import Language


class UserError(Exception):
    """An expected failure with a message a secretary understands."""

    sv = "Något gick fel ({detail})."
    en = "Something went wrong ({detail})."

    def __init__(self, path: Path | str | None = None, detail: str = "") -> None:
        self.path = Path(path) if path is not None else None
        self.detail = detail
        super().__init__(self.message(Language.EN))

    def template(self, language: Language | str) -> str:
        """The class's sentence in ``language`` (Swedish or else English), not filled in."""
        return self.sv if str(language) == Language.SV.value else self.en

    def message(self, language: Language | str = Language.EN) -> str:
        return self.template(language).format(path=self.path, detail=self.detail)
