"""A decision taken without a quorum: the Word file says so under the item (python-docx);
an item without decisions, and a quorate meeting, say nothing."""

from __future__ import annotations

from pathlib import Path

from export.exporter import export_meeting
from model.demo_kinds import municipal_committee
from model.quorum import quorum_at
from tests.core.demos.reading import read


def test_a_decision_without_quorum_is_marked_under_its_item(tmp_path: Path) -> None:
    meeting = municipal_committee()
    doc = read(export_meeting(meeting, "docx", tmp_path / "quorate.docx"))
    assert "Ej beslutfört" not in doc.text
    meeting.header.quorum = "min:9"  # more seats than the body has: never quorate
    item = next(i for i in meeting.agenda if i.paragraph == "3")
    state = quorum_at(meeting, item.id)
    assert state is not None and not state.met
    doc = read(export_meeting(meeting, "docx", tmp_path / "not.docx"))
    line = f"Ej beslutfört: {state.present} av {state.seats} ledamöter deltar, 9 krävs."
    assert line in doc.section("§ 3 ")
    assert "Ej beslutfört" not in doc.section("§ 8 ")  # referred back: no decision there
    assert line in doc.text.splitlines(), "a paragraph of its own"
