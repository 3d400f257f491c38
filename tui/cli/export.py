"""``minutes export MEETING --to docx|odt|html|md|pdf [-o FILE] [--template REF.docx|.odt]``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from export.errors import ExportError, NotText
from export.formats import FORMATS, TEXT_FORMATS
from export.pdf import PDF_VIA
from model.enums import Language, MeetingState
from model.meeting import Meeting
from tui.approval_text import unverified_codes
from tui.cli.base import Context, root
from tui.i18n import t


def _warnings(ctx: Context, meeting: Meeting, unverified: list[str]) -> None:
    """Tell the user on stderr what the document itself says: draft, conflicts, an
    approval that does not hold."""
    if meeting.header.state is not MeetingState.APPROVED:
        click.echo(t(ctx.lang, "export.draft_note"), err=True)
    if unverified:
        click.echo(t(ctx.lang, "verify.export_note"), err=True)
    conflicts = meeting.open_conflicts()
    if conflicts:
        click.echo(t(ctx.lang, "export.conflicts_note", count=len(conflicts)), err=True)


@root.command("export")
@click.argument("meeting")
@click.option(
    "--to",
    "fmt",
    type=click.Choice(FORMATS),
    default="docx",
    show_default=True,
    help="Document format.",
)
@click.option(
    "-o",
    "--output",
    default=None,
    help="File or folder to write (default: date and body in the current folder); "
    "'-' writes to standard output (the text formats: md, html, txt).",
)
@click.option(
    "--template",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Your organisation's reference .docx (or .odt for odt: styles, fonts, header and "
    "footer); the other kind is taken from beside it under the same name.",
)
@click.option(
    "--pdf-via",
    type=click.Choice(PDF_VIA),
    default=None,
    help="How the PDF is made: typst (default, no office suite needed) or libreoffice "
    "(the Word layout exactly; the default with --template).",
)
@click.option(
    "--items",
    default=None,
    help="Export an extract (protokollsutdrag) of these items only: 5, or 5,7, or § 167.",
)
@click.option(
    "--language",
    "doc_language",
    type=click.Choice([lang.value for lang in Language]),
    default=None,
    help="Write the document in this language (default: the meeting's document language; "
    "the meeting itself is not changed).",
)
@click.pass_obj
def export_command(
    ctx: Context,
    meeting: str,
    fmt: str,
    output: str | None,
    template: Path | None,
    pdf_via: str | None,
    items: str | None,
    doc_language: str | None = None,
) -> None:
    """Export the minutes of MEETING (id, id prefix, date or file path).

    The document is built from the meeting in its document language: header table,
    items, decisions, actions and signature block. A meeting that is not approved is
    marked as a draft; unresolved sync conflicts are listed at the top.
    """
    with ctx.archive.open(meeting, read_only=True) as store:
        minutes = store.meeting
        unverified = unverified_codes(ctx.archive_path, store.path)
    if doc_language:  # opened read-only: only this document changes language
        minutes.header.language = Language(doc_language)
    # the body's house template from the config (a PDF takes it only through LibreOffice:
    # a configured template must not make the default Typst PDF need an office suite)
    if template is None and (fmt in ("docx", "odt") or (fmt == "pdf" and pdf_via == "libreoffice")):
        from export.errors import TemplateOtherKind
        from export.house import house_template, template_for
        from tui.config import load_config

        template = house_template(load_config().templates, minutes.header.body)
        if template is not None and template_for(template, fmt) is None:
            # the body's template is of the other kind: said, and the built-in look used
            click.echo(TemplateOtherKind(template, detail=fmt).message(ctx.lang), err=True)
            template = None
    if template is not None and fmt not in ("docx", "odt", "pdf"):
        click.echo(t(ctx.lang, "export.template_ignored", fmt=fmt), err=True)
        template = None
    try:
        if output == "-":
            if fmt not in TEXT_FORMATS:
                raise NotText(detail=fmt)
            from export.exporter import render

            data = render(minutes, fmt, template, unverified, None, items)
            _warnings(ctx, minutes, unverified)
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        from export.exporter import export_meeting

        target = Path(output) if output else None
        path = export_meeting(minutes, fmt, target, template, unverified, pdf_via, items)
    except ExportError as exc:
        click.echo(exc.message(ctx.lang), err=True)
        sys.exit(2)
    _warnings(ctx, minutes, unverified)
    click.echo(t(ctx.lang, "export.written", path=path.resolve()))
