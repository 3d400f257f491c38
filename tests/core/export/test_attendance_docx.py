"""Comings and goings, jäv, quorum and clock times in the Word document (python-docx)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from export.exporter import export_meeting
from model import live
from model.enums import Role
from model.meeting import Meeting
from model.presence import mark_presence, set_serving, toggle_recused
from tests.core.export.conftest import Block, blocks, rows


def _export(meeting: Meeting, tmp_path: Path) -> list[Block]:
    return blocks(export_meeting(meeting, "docx", tmp_path / "minutes.docx"))


def _under(body: list[Block], number: str) -> list[str]:
    start = next(
        i for i, b in enumerate(body) if b.style == "Heading 1" and b.text.startswith(f"{number}. ")
    )
    end = next((i for i in range(start + 1, len(body)) if body[i].style == "Heading 1"), len(body))
    return [b.text for b in body[start + 1 : end] if b.kind == "p"]


def _people(body: list[Block]) -> dict[str, str]:
    header = next(b for b in body if b.kind == "table")
    return {r[1]: r[2] for r in rows(header.table) if len(r) == 3}


def _change(demo: Meeting) -> Meeting:
    people = {p.name: p for p in demo.people}
    agenda = demo.agenda
    start = demo.header.actual_start
    assert start is not None
    camilla = people["Camilla Broo"]
    mark_presence(
        demo, camilla.id, start + timedelta(minutes=25), arrived=False, item_id=agenda[2].id
    )
    mark_presence(
        demo, camilla.id, start + timedelta(minutes=100), arrived=True, item_id=agenda[7].id
    )
    toggle_recused(demo, people["Carolina Pettersson"].id, start, agenda[4].id)
    sub = live.add_person(demo, "Eva Ersättare", start, organisation="Botkyrka", role=Role.GUEST)
    set_serving(demo, sub.id, people["Leif Eriksson"].id, agenda[3].id, agenda[8].id, start)
    demo.header.quorum_declared = True
    return demo


def test_swedish_document_prints_intervals_jav_quorum_and_real_times(
    demo: Meeting, tmp_path: Path
) -> None:
    meeting = _change(demo)
    meeting.header.actual_start = datetime(2022, 5, 6, 8, 34)
    meeting.header.actual_end = datetime(2022, 5, 6, 10, 52)
    meeting.header.item_times = True
    body = _export(meeting, tmp_path)
    header = next(b for b in body if b.kind == "table")
    assert rows(header.table)[0] == ["Tid", "Fredagen den 6 maj 2022 kl 8.34-10.52"]
    people = _people(body)
    assert people["Camilla Broo"] == "Huddinge, punkt 1-3 och 8-11 (till kl 8.55; från kl 10.10)"
    assert "tjänstgör för Leif Eriksson punkt 4-9" in people["Eva Ersättare"]
    opening = _under(body, "1")
    assert "Mötet förklaras beslutfört." in opening
    assert opening[0].startswith("kl 8.30")  # the item's own clock times
    assert "Carolina Pettersson anmäler jäv och deltar inte i handläggningen." in _under(body, "5")
    assert not any("jäv" in text for text in _under(body, "4"))


def test_english_document_and_planned_times_before_the_meeting(
    demo_en: Meeting, tmp_path: Path
) -> None:
    meeting = _change(demo_en)
    body = _export(meeting, tmp_path)
    people = _people(body)
    assert people["Camilla Broo"] == "Huddinge, items 1-3 and 8-11 (left at 8:55; arrived at 10:10)"
    assert "The meeting was declared quorate." in _under(body, "1")
    assert not any(t.startswith("8:30") for t in _under(body, "1"))  # item times are off
    assert (
        "Carolina Pettersson declared a conflict of interest and took no part in the item."
        in _under(body, "5")
    )
    meeting.header.actual_start = meeting.header.actual_end = None
    body = _export(meeting, tmp_path)
    header = next(b for b in body if b.kind == "table")
    assert rows(header.table)[0] == ["Time", "Friday 6 May 2022, 8:30-11:00"]


def test_clock_times_of_another_day_than_the_meeting_are_not_printed(
    demo: Meeting, tmp_path: Path
) -> None:
    """A meeting minuted on another day than its date (typed in afterwards from notes,
    an old meeting replayed) prints its planned times and items, no clock times."""
    meeting = _change(demo)
    meeting.header.item_times = True
    later = timedelta(days=400)
    meeting.header.actual_start = datetime(2022, 5, 6, 8, 34) + later
    meeting.header.actual_end = datetime(2022, 5, 6, 10, 52) + later
    for span in meeting.presence:
        span.from_time = span.from_time + later if span.from_time else None
        span.until_time = span.until_time + later if span.until_time else None
    for item in meeting.agenda:
        item.started_at = item.started_at + later if item.started_at else None
    body = _export(meeting, tmp_path)
    header = next(b for b in body if b.kind == "table")
    assert rows(header.table)[0] == ["Tid", "Fredagen den 6 maj 2022 kl 8.30-11.00"]
    assert _people(body)["Camilla Broo"] == "Huddinge, punkt 1-3 och 8-11"
    assert not _under(body, "1")[0].startswith("kl ")
