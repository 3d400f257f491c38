"""Export a meeting: the one entry point the CLI and the app use.

Meeting -> Markdown (``export.markdown``) -> pandoc (docx with the reference document,
odt, html, plain text) or Typst / LibreOffice (pdf, ``export.pdf``). The ``md`` export
is that same Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from export import house, pandoc, pdf
from export.errors import ExportError, FolderMissing, OutputNotWritable, TemplateOtherKind
from export.extract import extract_markdown
from export.formats import FORMATS, PANDOC_WRITER
from export.markdown import meeting_markdown
from model.meeting import Meeting
from model.store.files import atomic_write
from model.wording import word

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_filename(meeting: Meeting, fmt: str, items: str | None = None) -> str:
    """ "2022-05-06 Södertörnskommunernas ledningsgrupp.docx": date and body, safe on
    Windows, macOS and Linux; an extract adds "utdrag 5" ("extract 5")."""
    header = meeting.header
    stem = " ".join(
        part for part in (header.date.isoformat() if header.date else "", header.body) if part
    )
    if items:
        extract = word(meeting.header.language, "extract.file")
        stem = f"{stem} {extract} {items.replace(',', ' ')}"
    stem = _UNSAFE.sub("-", stem).strip(" .-") or f"minutes-{meeting.id[:8]}"
    return f"{stem[:120]}.{fmt}"


def render(
    meeting: Meeting,
    fmt: str,
    template: Path | None = None,
    unverified: Sequence[str] = (),
    pdf_via: str | None = None,
    items: str | None = None,
) -> bytes:
    """The exported document as bytes. ``template`` (a house .docx or .odt, the other
    kind found beside it) shapes docx, odt and the PDF made from Word; md and html take
    none. ``unverified``:
    what the approval check found (the document then says the approval does not hold).
    ``pdf_via``: ``typst`` or ``libreoffice``; by default Typst, LibreOffice when a house
    template is given (only the Word file can carry it). ``items`` ("5" or "5,7"): an
    extract of those items (protokollsutdrag) instead of the whole document."""
    if fmt not in FORMATS:
        raise ExportError(detail=f"unknown format {fmt!r}")
    reference = _house_reference(template, fmt) if template is not None else None
    if items:
        markdown = extract_markdown(meeting, items, unverified)
    else:
        markdown = meeting_markdown(meeting, unverified)
    if fmt == "md":
        return markdown.encode("utf-8")
    if fmt == "pdf":
        via = pdf_via or ("libreoffice" if reference is not None else "typst")
        if via not in pdf.PDF_VIA:
            raise ExportError(detail=f"unknown PDF route {via!r}")
        return pdf.make_pdf(
            markdown, lambda: pandoc.convert(markdown, "docx", reference_docx=reference), via
        )
    return pandoc.convert(markdown, PANDOC_WRITER.get(fmt, fmt), reference_docx=reference)


def _house_reference(template: Path, fmt: str) -> Path | None:
    """The house template for ``fmt`` checked (``template`` or its sibling of the kind
    ``fmt`` takes); None for md and html, which no template shapes."""
    kind = house.TEMPLATE_KIND.get(fmt)
    if kind is None:
        return None
    chosen = house.template_for(template, fmt)
    if chosen is None:
        raise TemplateOtherKind(template, detail=fmt)
    return pandoc.check_template(chosen, kind)


def output_path(meeting: Meeting, fmt: str, output: Path | None, items: str | None = None) -> Path:
    """Where the file goes: ``output`` if it names a file, inside it if it is a folder,
    else the default name in the current folder."""
    if output is None:
        return Path.cwd() / default_filename(meeting, fmt, items)
    if _is_dir(output):
        return output / default_filename(meeting, fmt, items)
    return output


def _is_dir(path: Path) -> bool:
    # is_dir() raises (rather than answering False) for a name the system refuses.
    try:
        return path.is_dir()
    except OSError:
        return False


def write(path: Path, data: bytes) -> Path:
    """Put ``data`` at ``path`` atomically; a clear error when that is impossible."""
    if not _is_dir(path.parent):
        raise FolderMissing(path)
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise OutputNotWritable(path, exc.strerror or str(exc)) from exc
    return path


def export_meeting(
    meeting: Meeting,
    fmt: str,
    output: Path | None = None,
    template: Path | None = None,
    unverified: Sequence[str] = (),
    pdf_via: str | None = None,
    items: str | None = None,
) -> Path:
    """Export ``meeting`` as ``fmt`` (or the extract of ``items``); the path written."""
    target = output_path(meeting, fmt, output, items)
    return write(target, render(meeting, fmt, template, unverified, pdf_via, items))
