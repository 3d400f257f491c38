"""The Word file's look, read back with python-docx: Word's list styles with space after a
list, the notes markup (italic lines, bold leads, sub-headings, tables), decisions as the
document kind wants them."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from export.exporter import export_meeting
from export.pandoc import REFERENCE_DOCX
from model.enums import DocumentKind
from model.meeting import Meeting
from tests.core.export.conftest import Block, blocks, rows


def _after(body: list[Block], prefix: str) -> list[Block]:
    start = next(
        i for i, b in enumerate(body) if b.style == "Heading 1" and b.text.startswith(prefix)
    )
    end = next((i for i in range(start + 1, len(body)) if body[i].style == "Heading 1"), len(body))
    return body[start + 1 : end]


def _paragraph(document: object, text: str) -> object:
    return next(p for p in document.paragraphs if p.text == text)  # type: ignore[attr-defined]


def test_lists_use_word_list_styles_with_space_after(demo: Meeting, tmp_path: Path) -> None:
    item = demo.agenda[5]  # 6. Aktuella remisser: a numbered list typed in the notes
    item.notes = "Remisser i år:\n1. Länsplanen\n2. Nationell plan\n\nInget mer."
    path = export_meeting(demo, "docx", tmp_path / "m.docx")
    body = blocks(path)
    program = _after(body, "5. ")
    principles = [b for b in program if b.text.startswith(("Huvudregeln", "Prioriterade", "Målen"))]
    assert [b.style for b in principles] == ["List Bullet"] * 3
    assert all(b.numbered for b in principles)  # pandoc's numbering kept: bullets show
    remisser = _after(body, "6. ")
    numbered = [b for b in remisser if b.text in ("Länsplanen", "Nationell plan")]
    assert [b.style for b in numbered] == ["List Number"] * 2
    assert remisser[-1].text == "Inget mer." and remisser[-1].style.startswith(("Body", "First"))
    # the space after a list: the style has it, and Word skips it between two items
    style = Document(str(path)).styles["List Bullet"]
    assert (
        style.paragraph_format.space_after is not None
        and style.paragraph_format.space_after.pt >= 6
    )
    assert style.element.pPr.find(qn("w:contextualSpacing")) is not None
    assert not any(
        b.style == "Compact" and b.numbered for b in body
    )  # no list left in pandoc's style


def test_notes_markup_reaches_word(demo: Meeting, tmp_path: Path) -> None:
    demo.agenda[
        6
    ].notes = (
        "Budget:\n\n| Post | Belopp |\n|---|---|\n| Lokal | **12 000** kr |\n| Fika | 800 kr |"
    )
    path = export_meeting(demo, "docx", tmp_path / "m.docx")
    document = Document(str(path))
    for line in ("Ordet lämnas fritt.", "Magnus Gyllestad sammanfattar diskussionen."):
        runs = [r for r in _paragraph(document, line).runs if r.text.strip()]  # type: ignore[attr-defined]
        assert runs and all(r.italic for r in runs), line
    lead = next(p for p in document.paragraphs if p.text.startswith("Möte med Region Stockholm"))
    assert lead.runs[0].bold and lead.runs[0].text == "Möte med Region Stockholm"
    body = blocks(path)
    tabled = _after(body, "8. ")
    assert [(b.style, b.text) for b in tabled if b.style.startswith("Heading")] == [
        ("Heading 2", "Om uppdraget"),
        ("Heading 2", "Vad har vi gjort?"),
    ]
    table = next(b for b in _after(body, "7. ") if b.kind == "table")
    assert table.style == "MinutesNotesTable"
    assert rows(table.table) == [["Post", "Belopp"], ["Lokal", "12 000 kr"], ["Fika", "800 kr"]]
    assert "MinutesNotesTable" in [s.style_id for s in document.styles]


def test_protokoll_numbers_its_decisions(demo: Meeting, tmp_path: Path) -> None:
    demo.header.kind = DocumentKind.PROTOKOLL
    body = blocks(export_meeting(demo, "docx", tmp_path / "p.docx"))
    program = _after(body, "5. ")
    beslut = next(i for i, b in enumerate(program) if b.style == "Decision Heading")
    decisions = program[beslut + 1 : beslut + 4]
    assert all(d.numbered and d.style == "List Number" for d in decisions)


def test_a_house_template_restyles_the_lists(demo: Meeting, tmp_path: Path) -> None:
    house = Document(str(REFERENCE_DOCX))
    house.styles["List Bullet"].font.name = "Garamond"
    house.save(str(tmp_path / "house.docx"))
    path = export_meeting(demo, "docx", tmp_path / "h.docx", tmp_path / "house.docx")
    document = Document(str(path))
    bullet = next(p for p in document.paragraphs if p.text.startswith("Huvudregeln"))
    assert bullet.style.name == "List Bullet" and bullet.style.font.name == "Garamond"


def test_every_italic_of_the_reference_is_italic_in_word(demo: Meeting, tmp_path: Path) -> None:
    """The reference's italics: three whole lines in item 5, the standing rule (by its
    style), the decision heading and one new object's name inside item 10's text."""
    path = export_meeting(demo, "docx", tmp_path / "i.docx")
    document = Document(str(path))
    for line in (
        "Ordet lämnas fritt.",
        "Magnus Gyllestad lämnar ordet fritt för diskussion.",
        "Magnus Gyllestad sammanfattar diskussionen.",
    ):
        runs = [r for r in _paragraph(document, line).runs if r.text.strip()]  # type: ignore[attr-defined]
        assert runs and all(r.italic for r in runs), line
    assert document.styles["Standing Rules"].font.italic
    assert document.styles["Decision Heading"].font.italic
    rule = next(p for p in document.paragraphs if p.text.startswith("Om man inte deltar"))
    assert rule.style.name == "Standing Rules"
    ten = next(p for p in document.paragraphs if "Ett helt nytt objekt" in p.text)
    italic = [r.text for r in ten.runs if r.italic]
    assert "".join(italic) == "Utrymme för framtida investeringar i bytespunkter"
    assert not any(r.italic for r in ten.runs if "Ett helt nytt objekt" in r.text)
