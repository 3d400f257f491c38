"""The Word file converts with LibreOffice headless. Skipped where LibreOffice is not
installed (``.ci/run`` installs it when it can)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from export.exporter import export_meeting
from export.pdf import find_soffice
from model.meeting import Meeting

SOFFICE = find_soffice()
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")


@needs_soffice
def test_docx_converts_with_libreoffice(demo: Meeting, tmp_path: Path) -> None:
    assert SOFFICE is not None
    docx = export_meeting(demo, "docx", tmp_path / "minutes.docx")
    profile = (tmp_path / "profile").as_uri()
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(docx)],
        capture_output=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "minutes.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 10_000


@needs_soffice
def test_pdf_export(demo: Meeting, tmp_path: Path) -> None:
    path = export_meeting(demo, "pdf", tmp_path, pdf_via="libreoffice")
    assert path.name == "2022-05-06 Södertörnskommunernas ledningsgrupp.pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and b"/Type /Page" in data.replace(
        b"/Type/Page", b"/Type /Page"
    )
