"""What every command gets: the archive and the interface language.

In a module of its own so that ``tui.launch`` (which opens the app) can take it without
importing the command group, which imports the commands that open the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from model.enums import Language

if TYPE_CHECKING:  # imported when a command runs: ``minutes --help`` needs neither
    from model.store.archive import Archive


@dataclass
class Context:
    archive_path: Path
    lang: Language
    #: the config's document language for a new body's minutes (None: the kind decides)
    document_language: Language | None = None

    @property
    def archive(self) -> Archive:
        from model.store.archive import Archive

        return Archive(self.archive_path)
