"""``validate`` (``minutes check``) on a meeting set up from nothing."""

from __future__ import annotations

from datetime import date, time

from model import live
from model.enums import ItemKind, Role
from model.meeting import Meeting, MeetingHeader
from model.validation import Severity, validate
from tests.core.model.test_live import T0, small_meeting


def codes(meeting: Meeting) -> dict[str, Severity]:
    return {p.code: p.severity for p in validate(meeting)}


def test_a_meeting_with_nobody_and_nothing_is_not_fine() -> None:
    meeting = Meeting(header=MeetingHeader(id="m1", body="Styrelsen", date=date(2022, 5, 6)))
    found = codes(meeting)
    assert found["no_people"] is Severity.ERROR
    assert found["no_items"] is Severity.ERROR
    assert {"no_chair", "no_secretary"} <= set(found)


def test_two_next_meeting_items_and_times_that_end_before_they_start() -> None:
    m = small_meeting()
    m.people[0].role = Role.CHAIR
    m.people[1].role = Role.SECRETARY
    assert "no_chair" not in codes(m) and "no_people" not in codes(m)
    for title in ("Kommande möten", "Nästa möte"):
        live.add_item(m, title, T0).kind = ItemKind.NEXT_MEETING
    m.header.planned_start, m.header.planned_end = time(11, 0), time(8, 30)
    # an older file's one next meeting (header fields): read as the first meeting to come
    m.header.next_date = date(2031, 1, 1)
    m.header.next_start, m.header.next_end = time(10, 0), time(9, 0)
    m.people[2].role = Role.CHAIR
    found = codes(m)
    assert found["two_next_meeting_items"] is Severity.ERROR
    assert found["end_before_start"] is Severity.ERROR
    assert found["next_end_before_start"] is Severity.ERROR
    assert found["two_chairs"] is Severity.WARNING
    message = next(p for p in validate(m) if p.code == "two_next_meeting_items").message("sv")
    assert "4, 5" in message
