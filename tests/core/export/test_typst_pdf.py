"""PDF without an office suite: pandoc's Typst writer and the typst package's compiler.
The Typst source carries the Word file's layout by style name, and typed text never
becomes Typst code."""

from __future__ import annotations

import re
import struct
from datetime import datetime
from pathlib import Path

import pytest

from export import typst_pdf
from export.errors import NoLibreOffice
from export.exporter import export_meeting, render
from export.markdown import meeting_markdown
from export.pdf import find_soffice
from model.enums import MeetingState
from model.meeting import Meeting

HOSTILE = (
    "#set page(fill: red)\n\n#let x = 1\n\n$x^2$ <b>x</b> @ref [a](javascript:alert(1))\n\n"
    '```{=typst}\n#panic("raw")\n```\n\n]) #panic("out") //'
)


def test_pdf_is_made_by_typst_by_default(demo: Meeting, tmp_path: Path) -> None:
    path = export_meeting(demo, "pdf", tmp_path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 4  # the demo runs over 4+ pages


def test_the_typst_source_has_the_word_layout(demo: Meeting) -> None:
    source = typst_pdf.typst_source(meeting_markdown(demo))
    for style in ("Draft Mark", "MinutesHeaderTable", "Decision Heading", "Standing Rules"):
        assert f'#minutes-style("{style}")[' in source, style
    assert '#minutes-style("MinutesSignatureTable")[' in source
    assert "= 8. Tvärförbindelse Södertörn" in source and "== Om uppdraget" in source
    assert "#emph[Ordet lämnas fritt.]" in source
    assert "#strong[Möte med Region Stockholm]" in source
    demo.header.state = MeetingState.APPROVED
    demo.header.approved_at = datetime(2022, 5, 10, 9)
    demo.header.approved_by = "Olle Ordförande"
    approved = typst_pdf.typst_source(meeting_markdown(demo))
    assert '#minutes-style("Approval Line")[' in approved
    assert '#minutes-style("Draft Mark")[' not in approved


def test_typed_text_never_becomes_typst_code(demo: Meeting) -> None:
    demo.agenda[6].notes = HOSTILE
    demo.agenda[6].title = '#panic("title")'
    source = typst_pdf.typst_source(meeting_markdown(demo))
    raw = [line for line in source.splitlines() if line.lstrip().startswith("#minutes-style")]
    assert all(re.fullmatch(r'#minutes-style\("[A-Za-z ]+"\)\[', line) for line in raw)
    assert "#panic" not in source.replace("\\#panic", "")
    assert "#set page(fill" not in source.replace("\\#set page(fill", "")
    assert "#let x" not in source.replace("\\#let x", "")
    pdf = render(demo, "pdf")  # and it compiles: nothing typed broke out of its text
    assert pdf.startswith(b"%PDF")


def test_page_one_renders_to_png(demo: Meeting) -> None:
    png = typst_pdf.typst_png(meeting_markdown(demo), page=1, ppi=40)
    assert png.startswith(b"\x89PNG")
    width, height = struct.unpack(">II", png[16:24])
    assert abs(height / width - 297 / 210) < 0.01  # an A4 page


@pytest.mark.skipif(find_soffice() is not None, reason="LibreOffice is installed here")
def test_libreoffice_chosen_but_missing_is_a_clear_message(demo: Meeting) -> None:
    with pytest.raises(NoLibreOffice) as caught:
        render(demo, "pdf", pdf_via="libreoffice")
    assert "--pdf-via typst" in caught.value.message(demo.header.language)
