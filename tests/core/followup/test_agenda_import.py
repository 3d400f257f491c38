"""Agenda import: every format, the real corpus, bad input, the pieces of an item line."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import docx
import pypandoc
import pytest

from export.readers import read_agenda
from model.agenda_import import (
    AgendaBinary,
    AgendaEmpty,
    AgendaError,
    AgendaTooLarge,
    AgendaUnsupported,
    agenda_items,
    item_kind,
    parse_agenda,
    split_title,
)
from model.agenda_import.text import repair_mojibake
from model.enums import ItemKind
from tests.conftest import corpus_files

AGENDA_MD = """# Dagordning

1. Välkommen (Anna Berg, 5 min)
2. Föregående mötes protokoll
3. Budget 2025 – Karl Ek (20 min)
   a) Driftbudget
   b) Investeringar
4. Lokalfrågan kl 9.15-9.30
5. Övriga frågor
6. Nästa möte
"""


def _check_standard(items: list) -> None:
    top = [i for i in items if i.depth == 0]
    assert [i.title for i in top] == [
        "Välkommen",
        "Föregående mötes protokoll",
        "Budget 2025",
        "Lokalfrågan",
        "Övriga frågor",
        "Nästa möte",
    ]
    assert top[0].presenter == "Anna Berg" and top[0].planned_minutes == 5
    assert top[0].kind is ItemKind.OPENING
    assert top[1].kind is ItemKind.PREVIOUS_MINUTES
    assert top[2].presenter == "Karl Ek" and top[2].planned_minutes == 20
    assert top[3].planned_start == time(9, 15) and top[3].planned_minutes == 15
    assert top[4].kind is ItemKind.ANY_OTHER_BUSINESS
    assert top[5].kind is ItemKind.NEXT_MEETING
    subs = [i.title for i in items if i.depth == 1]
    assert subs == ["Driftbudget", "Investeringar"]


def test_markdown_and_text(tmp_path: Path) -> None:
    for name in ("agenda.md", "agenda.txt"):
        path = tmp_path / name
        path.write_text(AGENDA_MD, encoding="utf-8")
        _check_standard(read_agenda(path).items)


def test_docx_written_with_python_docx(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Dagordning", 1)
    for line in AGENDA_MD.splitlines()[2:]:
        document.add_paragraph(line.strip())  # numbers typed by hand, as many people do
    path = tmp_path / "agenda.docx"
    document.save(str(path))
    _check_standard(read_agenda(path).items)


def test_docx_with_word_numbering(tmp_path: Path) -> None:
    document = docx.Document()
    for title in ["Välkommen", "Any other business", "Nächste Sitzung"]:
        document.add_paragraph(title, style="List Number")
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    items = read_agenda(path).items
    assert [i.number for i in items] == ["1", "2", "3"]
    assert [i.kind for i in items] == [
        ItemKind.OPENING,
        ItemKind.ANY_OTHER_BUSINESS,
        ItemKind.NEXT_MEETING,
    ]


def test_odt_and_html_through_pandoc(tmp_path: Path) -> None:
    markdown = AGENDA_MD.replace("   a)", "    a.").replace("   b)", "    b.")
    odt = tmp_path / "agenda.odt"
    pypandoc.convert_text(markdown, "odt", format="markdown", outputfile=str(odt))
    _check_standard(read_agenda(odt).items)
    html = tmp_path / "agenda.html"
    html.write_text(
        "<!-- <ol><li>Template item</li></ol> -->"
        + pypandoc.convert_text(markdown, "html", format="markdown"),
        encoding="utf-8",
    )
    agenda = read_agenda(html)
    _check_standard(agenda.items)
    assert all("Template" not in i.title for i in agenda.items)


def test_numbering_styles() -> None:
    text = "§ 163 Val av justerare\n§ 164 Budget\n§ 164 a Tillägg\n§ 165 Avslutning\n"
    items = parse_agenda(text).items
    assert [i.number for i in items] == ["163", "164", "164 a", "165"]
    assert items[0].paragraph == "§ 163"
    letters = parse_agenda("A. Opening\nB. Reports - Jane Doe\nC. AOB\n").items
    assert [(i.number, i.presenter) for i in letters] == [("A", ""), ("B", "Jane Doe"), ("C", "")]
    assert letters[2].kind is ItemKind.ANY_OTHER_BUSINESS
    parens = parse_agenda("1) Begrüßung\n2) Verschiedenes\n3) Termin\n").items
    assert [i.kind for i in parens] == [
        ItemKind.OPENING,
        ItemKind.ANY_OTHER_BUSINESS,
        ItemKind.NEXT_MEETING,
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Val av justerare", ItemKind.VERIFIERS),
        ("Val av protokolljusterare", ItemKind.VERIFIERS),
        ("Val av justeringsperson tillika rösträknare", ItemKind.VERIFIERS),
        ("Election of two persons to verify the minutes", ItemKind.VERIFIERS),
        ("Val av mötesordförande", ItemKind.OFFICERS),
        ("Val av ordförande och sekreterare för mötet", ItemKind.OFFICERS),
        ("Fastställande av dagordning", ItemKind.AGENDA_APPROVAL),
        ("Godkännande av dagordningen", ItemKind.AGENDA_APPROVAL),
        ("Approval of the agenda", ItemKind.AGENDA_APPROVAL),
        ("Genehmigung der Tagesordnung", ItemKind.AGENDA_APPROVAL),
        # elections that are business of the meeting, not its procedure
        ("Val av styrelsens ordförande", ItemKind.REGULAR),
        ("Val av ordförande för nästkommande treårsperiod", ItemKind.REGULAR),
        ("Val av revisor", ItemKind.REGULAR),
    ],
)
def test_procedural_items_are_recognised(title: str, kind: ItemKind) -> None:
    assert item_kind(title) is kind


def test_split_title_pieces() -> None:
    assert split_title("Rapport – Anna Svensson, 10 min")[:3] == ("Rapport", "Anna Svensson", 10)
    assert split_title("Lekplatser — dags för byte")[:2] == ("Lekplatser — dags för byte", "")
    assert split_title("Val (om propositionen godtas)")[1] == ""
    assert split_title("Paus (15 min)")[:3] == ("Paus", "", 15)


def test_mojibake_repaired_where_certain() -> None:
    fixed, notes = repair_mojibake("\ufffd 1 M\ufffdtet \ufffdppnas")
    assert fixed == "§ 1 Mötet öppnas"
    assert notes
    double, _ = repair_mojibake("MÃ¶tet Ã¶ppnas")
    assert double == "Mötet öppnas"


def test_agenda_items_records() -> None:
    items = agenda_items(parse_agenda(AGENDA_MD))
    top = [i for i in items if i.parent is None]
    assert len(top) == 6 and len({i.id for i in items}) == len(items)
    budget = top[2]
    assert [i.parent for i in items if i.parent] == [budget.id, budget.id]
    assert top[3].extra["planned_start"] == "09:15"


# -- the real corpus ------------------------------------------------------------------

# file -> (min, max) top-level items the import should find
EXPECTED = {
    "de-makerspace-gt-einladung-tagesordnung-2025-01-21.md": (10, 10),
    "en-apache-board-agenda-2015-02-18.md": (13, 13),
    "en-sf-osvtac-agenda-2018-04-12.md": (11, 12),
    "en-sf-osvtac-minutes-2018-04-12.md": (11, 12),
    "sv-langasand-arsmote-2012-mojibake.md": (15, 20),
    "sv-lithekod-stormote-foredragningslista-2023.md": (14, 14),
    "sv-stenalderns-samfallighet-styrelsemote-2025-01-23-pdf.md": (1, 20),
}


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name if p else "none")
def test_corpus_file_imports(path: Path) -> None:
    agenda = read_agenda(path)
    low, high = EXPECTED.get(path.name, (1, 200))
    assert low <= len(agenda.top_level) <= high
    assert agenda.skipped  # every corpus file has something that is not an item
    for item in agenda.items:
        assert item.title.strip()
        assert "<" not in item.title and "**" not in item.title
    if "lithekod" in path.name:
        # the HTML comment holds a template agenda: none of it may become items
        assert not any("XX/YY" in i.title for i in agenda.items)
        assert any(s.startswith("HTML comment") for s in agenda.skipped)
        assert agenda.top_level[-1].kind is ItemKind.ANY_OTHER_BUSINESS
    if "mojibake" in path.name:
        assert agenda.top_level[0].title == "Mötet öppnas"
        assert any("restored" in r for r in agenda.repairs)
    if "apache" in path.name:
        assert agenda.top_level[2].kind is ItemKind.PREVIOUS_MINUTES
        assert not any(i.title.startswith("\ufeff") for i in agenda.items)
    if "makerspace" in path.name:
        assert agenda.top_level[0].presenter == "Sarah"
        assert agenda.top_level[8].kind is ItemKind.ANY_OTHER_BUSINESS


# -- bad input ----------------------------------------------------------------------


def test_bad_inputs(tmp_path: Path) -> None:
    cases: list[tuple[str, bytes, type[AgendaError]]] = [
        ("agenda.pdf", b"%PDF-1.4", AgendaUnsupported),
        ("agenda.txt", b"", AgendaEmpty),
        ("agenda.md", b"   \n\n", AgendaEmpty),
        ("agenda.txt", b"\x00\x01\x02binary\x00" * 50, AgendaBinary),
        ("agenda.docx", b"this is not a zip", AgendaBinary),
        ("agenda.odt", b"PK\x03\x04broken", AgendaError),
        ("agenda.md", b"Just a sentence with no items at all.", AgendaEmpty),
    ]
    for name, data, error in cases:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(error) as caught:
            read_agenda(path)
        assert "No meeting was created" in caught.value.message("en")
        assert "Inget möte skapades" in caught.value.message("sv")
    big = tmp_path / "big.txt"
    big.write_bytes(b"1. Item\n" * (10 * 1024 * 1024 // 8))
    with pytest.raises(AgendaTooLarge):
        read_agenda(big)
    with pytest.raises(AgendaError):
        read_agenda(tmp_path / "missing.docx")
    with pytest.raises(AgendaError):
        read_agenda(tmp_path)  # a folder
