"""PDF: by default through Typst (``export.typst_pdf``: the ``typst`` package ships its
own compiler, so no office suite is needed on any platform); through LibreOffice headless
from the Word file when chosen (the PDF is then the Word layout to the pixel, and a house
template shows); without the ``typst`` package, LibreOffice or a PDF engine pandoc knows,
else a clear message."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from export import pandoc, typst_pdf
from export.errors import NoLibreOffice, NoPdfEngine, PandocFailed, PdfFailed
from model.programs import find_program

PDF_VIA = ("typst", "libreoffice")
SOFFICE_TIMEOUT = 180  # seconds; a cold LibreOffice start can take a while
# Engines pandoc can drive, best first for Swedish text and tables.
PANDOC_ENGINES = ("typst", "weasyprint", "wkhtmltopdf", "xelatex", "lualatex", "pdflatex")


def find_soffice() -> str | None:
    """LibreOffice's ``soffice`` on the PATH or where its installers put it."""
    for name in ("soffice", "libreoffice"):
        found = find_program(name)  # never one lying in the current folder
        if found:
            return found
    candidates: list[Path] = []
    if sys.platform == "win32":
        for base in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")):
            if base:
                candidates.append(Path(base) / "LibreOffice" / "program" / "soffice.exe")
    elif sys.platform == "darwin":
        candidates.append(Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"))
    return next((str(c) for c in candidates if c.is_file()), None)


def find_pandoc_engine() -> str | None:
    """The first PDF engine found, by absolute path (pandoc would search the current
    folder on Windows if given a bare name)."""
    return next((found for e in PANDOC_ENGINES if (found := find_program(e))), None)


def docx_to_pdf(soffice: str, docx: bytes) -> bytes:
    """Convert Word bytes to PDF bytes with LibreOffice, in a private profile so a
    LibreOffice the user has open does not block or swallow the conversion."""
    with tempfile.TemporaryDirectory(prefix="minutes-pdf-") as folder:
        work = Path(folder)
        source = work / "minutes.docx"
        source.write_bytes(docx)
        profile = (work / "profile").as_uri()
        try:
            result = subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation={profile}",
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work),
                    str(source),
                ],
                capture_output=True,
                timeout=SOFFICE_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PdfFailed(detail=f"LibreOffice ({exc})") from exc
        pdf = work / "minutes.pdf"
        if not pdf.is_file():
            detail = (result.stderr or result.stdout).decode("utf-8", "replace").strip()
            raise PdfFailed(detail=f"LibreOffice ({detail[:200] or result.returncode})")
        return pdf.read_bytes()


def make_pdf(markdown: str, docx: Callable[[], bytes], via: str = "typst") -> bytes:
    """The PDF of the minutes. ``docx`` makes the Word file (only called when LibreOffice
    converts it); ``via`` is ``typst`` (the default) or ``libreoffice``."""
    soffice = find_soffice()
    if via == "libreoffice":
        if soffice is None:
            raise NoLibreOffice()
        return docx_to_pdf(soffice, docx())
    if typst_pdf.available():
        return typst_pdf.typst_pdf(markdown)
    if soffice is not None:
        return docx_to_pdf(soffice, docx())
    engine = find_pandoc_engine()
    if engine is None:
        raise NoPdfEngine()
    try:
        return _pandoc_pdf(markdown, engine)
    except PandocFailed as exc:
        raise PdfFailed(detail=f"{engine}: {exc.detail}") from exc


def _pandoc_pdf(markdown: str, engine: str) -> bytes:
    import pypandoc

    pandoc.pandoc_path()
    with tempfile.TemporaryDirectory(prefix="minutes-pdf-") as folder:
        target = Path(folder) / "minutes.pdf"
        try:
            pypandoc.convert_text(
                markdown,
                "pdf",
                format=pandoc.MARKDOWN,
                outputfile=str(target),
                extra_args=["--quiet", f"--pdf-engine={engine}"],
                encoding="utf-8",
            )
        except RuntimeError as exc:
            raise PandocFailed(detail=str(exc).strip().splitlines()[-1][:300]) from exc
        return target.read_bytes()
