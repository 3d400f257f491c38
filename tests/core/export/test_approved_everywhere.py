"""After approval every document kind carries the approval line instead of the draft
mark: Word, OpenDocument, HTML and the Typst PDF, in Swedish and English."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from export.exporter import export_meeting
from model.enums import DocumentKind, Language, MeetingState
from model.meeting import Meeting
from tests.core.export.conftest import blocks

LINES = {
    Language.SV: ("Justerat 2022-05-10 av Magnus Gyllestad", "UTKAST"),
    Language.EN: ("Approved 2022-05-10 by Magnus Gyllestad", "DRAFT"),
}


def _text(path: Path, fmt: str) -> str:
    if fmt == "docx":
        return "\n".join(b.text for b in blocks(path))
    if fmt == "odt":
        with zipfile.ZipFile(path) as odt:
            raw = odt.read("content.xml").decode("utf-8")
    elif fmt == "pdf":
        pdftotext = shutil.which("pdftotext")
        if pdftotext is None:
            pytest.skip("pdftotext (poppler-utils) not installed")
        done = subprocess.run(
            [pdftotext, "-layout", str(path), "-"], capture_output=True, check=True, timeout=60
        )
        raw = done.stdout.decode("utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).split())


@pytest.mark.parametrize("fmt", ["docx", "odt", "html", "pdf"])
@pytest.mark.parametrize("language", [Language.SV, Language.EN])
def test_approval_line_not_draft_mark(
    demo: Meeting, fmt: str, language: Language, tmp_path: Path
) -> None:
    demo.header.language = language
    demo.header.kind = DocumentKind.NOTES if language is Language.SV else DocumentKind.MINUTES
    line, draft = LINES[language]
    before = _text(export_meeting(demo, fmt, tmp_path / f"draft.{fmt}"), fmt)
    assert draft in before and line not in before
    demo.header.state = MeetingState.APPROVED
    demo.header.approved_at = datetime(2022, 5, 10, 9, 0)
    demo.header.approved_by = "Magnus Gyllestad"
    after = _text(export_meeting(demo, fmt, tmp_path / f"approved.{fmt}"), fmt)
    assert line in after
    assert draft not in after
