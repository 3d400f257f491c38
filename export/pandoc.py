"""Running the bundled pandoc, with every failure turned into an ``ExportError``."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from export import docx_lists, html_styles, odt_styles
from export.errors import (
    BadOdtTemplate,
    BadTemplate,
    PandocFailed,
    PandocMissing,
    TemplateMissing,
)

REFERENCE_DOCX = Path(__file__).with_name("reference.docx")
# -smart: quotes, "--" and "..." stay as the secretary typed them.
MARKDOWN = "markdown-smart"


def pandoc_path() -> str:
    """The pandoc executable pypandoc uses (bundled with pypandoc_binary)."""
    import pypandoc  # ~25 ms: only when exporting, not for every ``minutes`` command

    try:
        return str(pypandoc.get_pandoc_path())
    except OSError as exc:
        raise PandocMissing(detail=str(exc).splitlines()[0]) from exc


ODT_MIMETYPES = (b"application/vnd.oasis.opendocument.text",)


def check_template(template: Path, kind: str = "docx") -> Path:
    """``template`` if it is a readable Word document (``kind`` "docx") or OpenDocument
    text ("odt"), else ``BadTemplate`` / ``BadOdtTemplate``."""
    bad = BadOdtTemplate if kind == "odt" else BadTemplate
    if not template.is_file():
        raise TemplateMissing(template)
    try:
        with zipfile.ZipFile(template) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError) as exc:
        raise bad(template, str(exc) or "not a zip file") from exc
    if kind == "odt":
        # a text document or its template (…-template); never a spreadsheet or slides
        if not mimetype.startswith(ODT_MIMETYPES) or "styles.xml" not in names:
            raise bad(template, "no OpenDocument text")
        return template
    if "word/document.xml" not in names or "word/styles.xml" not in names:
        raise bad(template, "no word/styles.xml")
    return template


def _first_error_line(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    wanted = [line for line in lines if not line.startswith("[WARNING]")]
    return (wanted or lines or ["unknown error"])[0][:300]


def convert(
    markdown: str, to: str, *, reference_docx: Path | None = None, standalone: bool = True
) -> bytes:
    """Convert ``markdown`` to the pandoc format ``to`` and return the file's bytes.

    pandoc writes into a private temp folder; the caller puts the bytes in place
    atomically, so a failed export never leaves half a file where the user looks.
    """
    import pypandoc

    pandoc_path()
    args = ["--quiet"]
    if standalone:
        args.append("--standalone")
    if to == "docx":
        args += ["--reference-doc", str(reference_docx or REFERENCE_DOCX)]
    elif to == "odt" and reference_docx is not None:  # the house .odt: its styles
        args += ["--reference-doc", str(reference_docx)]
    with tempfile.TemporaryDirectory(prefix="minutes-export-") as folder:
        target = Path(folder) / f"out.{to}"
        try:
            pypandoc.convert_text(
                markdown,
                to,
                format=MARKDOWN,
                outputfile=str(target),
                extra_args=args,
                encoding="utf-8",
            )
        except OSError as exc:
            raise PandocMissing(detail=str(exc).splitlines()[0]) from exc
        except RuntimeError as exc:
            raise PandocFailed(detail=_first_error_line(str(exc))) from exc
        if not target.is_file():
            raise PandocFailed(detail="no output")
        data = target.read_bytes()
        if to == "odt":
            return odt_styles.apply_odt_styles(data, house=reference_docx is not None)
        if to == "html" and standalone:
            return html_styles.apply_html_styles(data)
        return docx_lists.apply_list_styles(data) if to == "docx" else data


def convert_text(markdown: str, to: str) -> str:
    """Convert ``markdown`` to a text format (html) and return the text."""
    return convert(markdown, to).decode("utf-8")
