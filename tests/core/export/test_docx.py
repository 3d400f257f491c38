"""The demo meeting exported to Word, read back with python-docx."""

from __future__ import annotations

from pathlib import Path

from export.exporter import export_meeting
from model.demo import AGENDA, ANY_OTHER_BUSINESS, DECISIONS
from model.meeting import Meeting
from tests.core.export.conftest import Block, blocks, demo_header, rows


def _export(meeting: Meeting, tmp_path: Path) -> list[Block]:
    path = export_meeting(meeting, "docx", tmp_path / "minutes.docx")
    return blocks(path)


def _after(body: list[Block], heading: str) -> list[Block]:
    """The blocks under an item heading, up to the next item heading."""
    start = next(i for i, b in enumerate(body) if b.style == "Heading 1" and b.text == heading)
    end = next((i for i in range(start + 1, len(body)) if body[i].style == "Heading 1"), len(body))
    return body[start + 1 : end]


def test_swedish_document(demo: Meeting, tmp_path: Path) -> None:
    body = _export(demo, tmp_path)
    assert body[0].style == "Title"
    assert body[0].text == "Minnesanteckningar från Södertörnskommunernas ledningsgrupp"
    assert (body[1].style, body[1].text) == ("Draft Mark", "UTKAST – ej justerat")

    header = body[2]
    assert header.kind == "table" and header.style == "MinutesHeaderTable"
    assert rows(header.table) == demo_header("9.10")

    headings = [b.text for b in body if b.style == "Heading 1"]
    assert headings == [f"{number}. {title}" for number, title, *_ in AGENDA]

    opening = _after(body, "1. Välkommen")
    texts = [b.text for b in opening]
    assert texts[0] == "Magnus Gyllestad hälsar välkommen."
    assert any(b.style == "Standing Rules" and b.text.startswith("Om man inte") for b in opening)
    intro = texts.index("Till dagordningens punkt Övriga frågor läggs även följande:")
    raised = [f"{title} ({who})" for title, who in ANY_OTHER_BUSINESS]
    assert texts[intro + 1 : intro + 5] == raised

    program = _after(body, "5. Nytt utvecklingsprogram")
    beslut = next(i for i, b in enumerate(program) if b.style == "Decision Heading")
    assert program[beslut].text == "Beslut"
    decisions = program[beslut + 1 : beslut + 4]
    assert [d.text for d in decisions] == DECISIONS
    # minnesanteckningar: "Beslut" then paragraphs, as the reference minutes (a protokoll
    # numbers them: tests/core/export/test_docx_styles.py)
    assert not any(d.numbered for d in decisions)
    assert {d.style for d in decisions} <= {"Body Text", "First Paragraph"}

    # item 8: the status sentence opens the paragraph that goes on, as in the reference;
    # item 9: the reference's own sentence ("bordläggs"), chosen by the secretary
    assert _after(body, "8. Tvärförbindelse Södertörn")[0].text == (
        "Punkten bordlades på grund av tidsbrist. Istället delges nedanstående information "
        "via dessa minnesanteckningar:"
    )
    assert _after(body, "9. Aktuellt från nätverken")[0].text == (
        "Punkten bordläggs på grund av tidsbrist."
    )

    aob = [b.text for b in _after(body, "10. Övriga frågor")]
    assert aob[:4] == raised

    meetings = [b.text for b in _after(body, "3. Kommande möten")]
    assert "Uppdrag" in meetings
    assert any(
        t.startswith("Helene Olofsson: Tillfråga Anton Västberg")
        and t.endswith("Senast den 15 juni 2022.")
        for t in meetings
    )
    next_meeting = _after(body, "11. Nästa möte")
    assert next_meeting[0].text == (
        "Nästa möte: fredagen den 17 juni 2022 kl 8.30-11.00, "
        "Huddinge kommunhus, lokal Valhall alt digitalt."
    )

    signature = body[-1]
    assert signature.kind == "table" and signature.style == "MinutesSignatureTable"
    cells = rows(signature.table)
    assert cells[0] == ["Vid anteckningarna", "Justeras"]
    assert cells[-1] == ["Anna Söderström", "Helene Olofsson"]
    assert all(set(c.strip()) == {"_"} for c in cells[-2])  # the lines to sign on


def test_english_document(demo_en: Meeting, tmp_path: Path) -> None:
    body = _export(demo_en, tmp_path)
    assert body[0].text == "Minutes of Södertörnskommunernas ledningsgrupp"
    assert body[1].text == "DRAFT – not approved"
    header = rows(body[2].table)
    assert header[0] == ["Time", "Friday 6 May 2022, 8:30-11:00"]
    assert header[1] == ["Place", "Huddinge kommunhus lokal Valhall or Teams"]
    assert header[2] == ["Present", "Magnus Gyllestad", "Haninge, chair"]
    assert header[4][2].startswith("Nykvarn, via Teams, from item 2")
    assert header[9] == ["Absent", "Leif Eriksson", "Botkyrka"]
    headings = [b.text for b in body if b.style == "Heading 1"]
    assert headings == [f"{number}. {title}" for number, title, *_ in AGENDA]
    assert _after(body, "8. Tvärförbindelse Södertörn")[0].text.startswith(
        "The item was tabled due to lack of time. "
    )
    # the ready sentence the demo chose for item 9 is said in the document's language
    assert _after(body, "9. Aktuellt från nätverken")[0].text == (
        "The item is tabled for lack of time."
    )
    opening = [b.text for b in _after(body, "1. Välkommen")]
    assert "The following was added under Övriga frågor:" in opening
    program = _after(body, "5. Nytt utvecklingsprogram")
    assert any(b.style == "Decision Heading" and b.text == "Decision" for b in program)
    cells = rows(body[-1].table)
    assert cells[0] == ["Minutes recorded by", "Approved by"]
    assert cells[-1] == ["Anna Söderström", "Helene Olofsson"]


def test_house_template_is_used(demo: Meeting, tmp_path: Path) -> None:
    """A house template's styles replace ours: its Normal font reaches the document."""
    from docx import Document

    template = tmp_path / "house.docx"
    from export.pandoc import REFERENCE_DOCX

    house = Document(str(REFERENCE_DOCX))
    house.styles["Normal"].font.name = "Garamond"
    house.save(str(template))
    path = export_meeting(demo, "docx", tmp_path / "house-minutes.docx", template)
    assert Document(str(path)).styles["Normal"].font.name == "Garamond"
    assert Document(str(REFERENCE_DOCX)).styles["Normal"].font.name != "Garamond"
