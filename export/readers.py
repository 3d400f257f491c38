"""Reading agendas from office formats through pandoc (docx, odt, html), and plain files.

``read_agenda(path)`` is the one entry point for every supported format: .txt and .md go
straight to the model's parser; .docx, .odt and .html are read by pandoc into its AST and
written out as plain text (lists keep their numbers and nesting as indentation), which
the same parser then reads. Docx XML is never parsed by hand.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypandoc

from model.agenda_import import (
    OFFICE_SUFFIXES,
    AgendaBinary,
    AgendaError,
    AgendaUnsupported,
    ImportedAgenda,
    import_text_file,
    parse_agenda,
    read_bytes,
    require_items,
)
from model.agenda_import.text import decode, utf16_of

PANDOC_FORMATS = {".docx": "docx", ".odt": "odt", ".html": "html", ".htm": "html"}
PANDOC_TIMEOUT_NOTE = "pandoc could not read it"


def read_agenda(path: Path) -> ImportedAgenda:
    """Import an agenda file of any supported type; raises ``AgendaError`` with a message."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in OFFICE_SUFFIXES:
        return import_text_file(path)
    data = read_bytes(path, text=suffix in (".html", ".htm"))
    if suffix in (".docx", ".odt") and not _is_zip(path):
        raise AgendaBinary(path, reason="reason.not_a_document", suffix=suffix)
    if suffix in (".html", ".htm"):
        if b"\x00" in data[:8192] and utf16_of(data) is None:
            raise AgendaBinary(path, reason="reason.binary")
        text, notes = decode(data)
        plain = _pandoc_text(path, text=text, fmt="html")
        agenda = parse_agenda(plain, markup=False, source=str(path))
        agenda.repairs[:0] = notes
    else:
        plain = _pandoc_text(path, fmt=PANDOC_FORMATS[suffix])
        agenda = parse_agenda(plain, markup=False, source=str(path))
    require_items(path, agenda)
    return agenda


def _is_zip(path: Path) -> bool:
    try:
        return zipfile.is_zipfile(path)
    except OSError:
        return False


def _pandoc_text(path: Path, *, fmt: str, text: str | None = None) -> str:
    """Plain text of a document, one paragraph or list item per line."""
    args = ["--wrap=none"]
    try:
        if text is not None:
            # repaired text in, so a Latin-1 HTML file does not stop pandoc
            return str(pypandoc.convert_text(text, "plain", format=fmt, extra_args=args))
        return str(pypandoc.convert_file(str(path), "plain", format=fmt, extra_args=args))
    except (RuntimeError, OSError) as exc:
        first = str(exc).strip().splitlines()
        detail = first[-1][:120] if first else PANDOC_TIMEOUT_NOTE
        raise AgendaError(path, f"{PANDOC_TIMEOUT_NOTE} ({detail})") from None


__all__ = ["AgendaError", "AgendaUnsupported", "read_agenda"]
