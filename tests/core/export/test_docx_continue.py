"""The Word file as a page-by-page look at the reference showed it must be: a sub-item's
notes set off under its bold lead-in (List Continue), italic where the reference has it."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from export.exporter import export_meeting
from model.meeting import Meeting


def test_sub_item_notes_are_list_continue(demo: Meeting, tmp_path: Path) -> None:
    document = Document(str(export_meeting(demo, "docx", tmp_path / "m.docx")))
    paragraphs = document.paragraphs
    lead = next(i for i, p in enumerate(paragraphs) if p.text.startswith("Möte med Region"))
    assert paragraphs[lead].style.name == "List Bullet"
    assert paragraphs[lead].runs[0].bold
    assert paragraphs[lead + 1].text.startswith("Vi har fått två förslag")
    assert paragraphs[lead + 1].style.name == "List Continue"
    style = document.styles["List Continue"]
    assert style.paragraph_format.space_before.pt == 4
    assert style.paragraph_format.space_after.pt == 6


def test_item_ten_keeps_the_italic_object_name(demo: Meeting, tmp_path: Path) -> None:
    document = Document(str(export_meeting(demo, "docx", tmp_path / "m.docx")))
    paragraph = next(p for p in document.paragraphs if "Ett helt nytt objekt" in p.text)
    italic = [r.text for r in paragraph.runs if r.italic]
    assert "".join(italic).strip() == "Utrymme för framtida investeringar i bytespunkter"
