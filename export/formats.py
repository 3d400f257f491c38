"""The formats a meeting exports to: a module of its own so that the ``minutes`` command
can offer them without importing the exporter (and pandoc)."""

from __future__ import annotations

FORMATS = ("docx", "odt", "html", "md", "pdf")
TEXT_FORMATS = ("md", "html")
