"""The signature block in the Word file (python-docx): German minutes' "Ort, Datum"
line for each signer, and the officers the meeting elected signing as such."""

from __future__ import annotations

from pathlib import Path

import pytest

from export.exporter import export_meeting
from model.demo_kinds import association_annual_meeting, verein_general_meeting
from model.enums import Language
from model.meeting import Meeting
from tests.core.export.conftest import blocks, rows


def _signature(meeting: Meeting, tmp_path: Path) -> list[list[str]]:
    body = blocks(export_meeting(meeting, "docx", tmp_path / "minutes.docx"))
    return rows([b for b in body if b.kind == "table"][-1].table)


def test_german_notes_give_each_signer_a_place_and_date_line(demo: Meeting, tmp_path: Path) -> None:
    demo.header.language = Language.DE
    table = _signature(demo, tmp_path)
    assert table[0] == ["Protokollführung", "Genehmigt"]
    rule = "_" * 24
    # room, rule, "Ort, Datum"; room, rule, the names
    assert table.index(["Ort, Datum", "Ort, Datum"]) == 3
    assert table[2] == [rule, rule] and table[5] == [rule, rule]
    assert table[-1] == ["Anna Söderström", "Helene Olofsson"]


def test_a_german_protokoll_with_several_verifiers_has_one_line_per_signer(
    tmp_path: Path,
) -> None:
    meeting = verein_general_meeting()
    verifier = next(p for p in meeting.people if p.name == "Jana Schulz")
    meeting.header.verifiers = [verifier.id]
    table = _signature(meeting, tmp_path)
    assert table.count(["Ort, Datum", "Ort, Datum"]) == 1
    assert ["", "Ort, Datum"] in table  # the second signer on the right only
    assert table[-1] == ["", "Jana Schulz, Protokollprüfung"]


@pytest.mark.parametrize("language", [Language.SV, Language.EN])
def test_swedish_and_english_minutes_have_no_such_line(
    demo: Meeting, tmp_path: Path, language: Language
) -> None:
    demo.header.language = language
    table = _signature(demo, tmp_path)
    assert not any("Ort" in cell or "Datum" in cell for row in table for cell in row)
    assert len(table) == 4  # the labels, the room to sign, the rules, the names


def test_the_elected_chair_signs_as_the_meetings_chair(tmp_path: Path) -> None:
    """An årsmöte's mötesordförande signs as such, not as the board's ordförande
    (who is another person: Karin Lund chairs the board, Per Ahl the meeting)."""
    meeting = association_annual_meeting()
    table = _signature(meeting, tmp_path)
    cells = [cell for row in table for cell in row]
    assert "Per Ahl, mötesordförande" in cells
    assert not any(cell.startswith("Karin Lund") for cell in cells)
    meeting.header.language = Language.EN
    cells = [cell for row in _signature(meeting, tmp_path) for cell in row]
    assert "Per Ahl, chair of the meeting" in cells
