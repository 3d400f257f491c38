"""The live operations: timers, tabling, numbering, AOB, actions, validation."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from model import live
from model.enums import AttendanceStatus, ItemKind, ItemStatus, MeetingState
from model.events import EventKind
from model.ids import new_id
from model.meeting import Meeting, MeetingHeader
from model.people import Attendance
from model.presence import mark_presence
from model.validation import Severity, validate

T0 = datetime(2024, 3, 1, 18, 0)


def small_meeting() -> Meeting:
    meeting = Meeting(header=MeetingHeader(id=new_id(), body="Styrelsen", date=date(2024, 3, 1)))
    for name in ("Ada", "Bo", "Cia"):
        meeting.attendance.append(
            Attendance(id=new_id(), name=name, position=len(meeting.attendance))
        )
    for title in ("Öppnande", "Ekonomi", "Övriga frågor"):
        live.add_item(meeting, title, T0)
    meeting.agenda[2].kind = ItemKind.ANY_OTHER_BUSINESS
    return meeting


def test_first_next_starts_item_one_and_the_meeting() -> None:
    m = small_meeting()
    first = live.next_item(m, T0)
    assert first is not None and first.number == "1"
    assert m.header.actual_start == T0
    assert m.header.state is MeetingState.IN_PROGRESS
    assert first.status is ItemStatus.IN_PROGRESS


def test_item_timer_sums_visits() -> None:
    m = small_meeting()
    live.next_item(m, T0)
    live.next_item(m, T0 + timedelta(minutes=5))
    live.previous_item(m, T0 + timedelta(minutes=8))
    live.next_item(m, T0 + timedelta(minutes=10))
    first, second = m.agenda[0], m.agenda[1]
    assert first.elapsed_seconds == 7 * 60
    assert second.elapsed_seconds == 3 * 60
    assert live.next_item(m, T0 + timedelta(minutes=11)) is not None
    assert live.next_item(m, T0 + timedelta(minutes=12)) is None


def test_tabling_defaults_to_lack_of_time_and_returns_next_meeting() -> None:
    m = small_meeting()
    live.go_to_item(m, m.agenda[1].id, T0)
    tabled = live.table_item(m, m.agenda[1].id, T0)
    assert tabled.status is ItemStatus.TABLED
    assert tabled.status_reason == "tidsbrist"
    assert tabled.returns_next_meeting
    assert m.events[-1].kind is EventKind.ITEM_TABLED


def test_inserted_item_is_numbered_after_its_anchor() -> None:
    m = small_meeting()
    inserted = live.add_item(m, "Brådskande ärende", T0, after=m.agenda[0].id)
    again = live.add_item(m, "Ett till", T0, after=m.agenda[0].id)
    assert inserted.number == "1 a"
    assert again.number == "1 b"
    assert [i.number for i in m.agenda] == ["1", "1 a", "1 b", "2", "3"]


def test_many_inserts_at_one_place_keep_their_order() -> None:
    m = small_meeting()
    for _ in range(12):
        live.add_item(m, "Tillägg", T0, after=m.agenda[0].id)
    numbers = [i.number for i in m.agenda]
    assert numbers[:4] == ["1", "1 a", "1 b", "1 c"]
    assert numbers[-2:] == ["2", "3"]
    assert len(set(i.position for i in m.agenda)) == len(m.agenda)


def test_any_other_business_is_numbered_under_the_aob_item_with_its_raiser() -> None:
    m = small_meeting()
    live.next_item(m, T0)
    ada = m.people[0]
    raised = live.add_any_other_business(m, "Städdag", ada.id, T0)
    second = live.add_any_other_business(m, "Nycklar", None, T0)
    assert raised.parent == m.agenda[2].id
    assert (raised.number, raised.raised_by, raised.raised_during) == ("3.1", "Ada", m.agenda[0].id)
    assert second.number == "3.2"


def test_late_arrival_records_item_and_time() -> None:
    m = small_meeting()
    live.next_item(m, T0)
    live.next_item(m, T0 + timedelta(minutes=4))
    bo = m.people[1]
    span = mark_presence(m, bo.id, T0 + timedelta(minutes=6), arrived=True)
    assert bo.status is AttendanceStatus.PRESENT
    assert span.person == bo.id and span.until_item is None
    assert span.from_item == m.agenda[1].id
    assert span.from_time == T0 + timedelta(minutes=6)


def test_decisions_are_numbered_through_the_meeting_with_votes() -> None:
    m = small_meeting()
    d1 = live.add_decision(m, m.agenda[0].id, "Mötet öppnas.", T0)
    d2 = live.add_decision(m, m.agenda[1].id, "Budgeten fastställs.", T0, votes=(5, 2, 1))
    assert (d1.number, d2.number) == (1, 2)
    assert (d2.votes_for, d2.votes_against, d2.votes_abstain) == (5, 2, 1)


def test_delete_leaves_a_tombstone() -> None:
    m = small_meeting()
    action = live.add_action(m, m.agenda[1].id, "Skicka fakturan", T0, owner=m.people[0].id)
    live.delete(action)
    assert action in m.actions and action.deleted
    assert m.live_actions() == []


def test_validation_speaks_plainly() -> None:
    m = small_meeting()
    m.header.body = ""
    d = live.add_decision(m, m.agenda[1].id, "  ", T0)
    problems = validate(m)
    codes = {p.code for p in problems}
    assert {"no_body", "empty_decision", "no_chair"} <= codes
    assert problems[0].severity is Severity.ERROR
    empty = next(p for p in problems if p.code == "empty_decision")
    assert empty.record == d.id
    assert "saknar text" in empty.message("sv")
    assert "has no text" in empty.message("en")
