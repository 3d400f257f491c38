"""The formats a meeting exports to: a module of its own so that the ``minutes`` command
can offer them without importing the exporter (and pandoc)."""

from __future__ import annotations

FORMATS = ("docx", "odt", "html", "md", "txt", "pdf")
#: The formats ``-o -`` may write to the terminal.
TEXT_FORMATS = ("md", "html", "txt")
#: The pandoc writer of a format whose name is not pandoc's: ``txt`` is plain text
#: (the minutes for the body of an e-mail or a notice board), no markup at all.
PANDOC_WRITER = {"txt": "plain"}
