"""Comings and goings as intervals, substitutes serving a range, jäv, quorum."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from model import live
from model.agenda_edits import delete_item
from model.attendance import decision_participants, remark
from model.enums import AttendanceStatus, DocumentKind, Language, Role
from model.ids import new_id
from model.meeting import Meeting, MeetingHeader
from model.people import Attendance
from model.presence import (
    PresenceError,
    intervals,
    mark_presence,
    present_indexes,
    set_serving,
    toggle_recused,
)
from model.quorum import QuorumRuleError, parse_rule, quorum_at
from model.validation import validate

T0 = datetime(2024, 3, 1, 18, 0)


def meeting_of(
    items: int = 10, members: int = 5, kind: DocumentKind = DocumentKind.NOTES
) -> Meeting:
    language = Language.EN if kind is DocumentKind.MINUTES else Language.SV
    m = Meeting(
        header=MeetingHeader(
            id=new_id(), body="Nämnden", kind=kind, language=language, date=date(2024, 3, 1)
        )
    )
    for n in range(members):
        m.attendance.append(
            Attendance(
                id=f"p{n}",
                name=f"Person {n}",
                position=n,
                role=Role.CHAIR if n == 0 else Role.MEMBER,
                status=AttendanceStatus.PRESENT,
            )
        )
    for n in range(items):
        item = live.add_item(m, f"Punkt {n + 1}", T0)
        item.paragraph = f"§ {40 + n}"
    return m


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_leave_at_3_return_at_8_is_present_at_both_ranges() -> None:
    m = meeting_of()
    person = m.people[1]
    mark_presence(m, person.id, at(40), arrived=False, item_id=m.agenda[2].id)
    mark_presence(m, person.id, at(115), arrived=True, item_id=m.agenda[7].id)
    assert sorted(present_indexes(m, person)) == [0, 1, 2, 7, 8, 9]
    assert remark(m, person) == "punkt 1-3 och 8-10 (till kl 18.40; från kl 19.55)"
    assert remark(m, person, Language.EN) == (
        "items 1-3 and 8-10 (left at 18:40; arrived at 19:55)"
    )


def test_protokoll_with_paragraphs_says_paragraphs() -> None:
    m = meeting_of(kind=DocumentKind.PROTOKOLL)
    person = m.people[1]
    mark_presence(m, person.id, at(40), arrived=False, item_id=m.agenda[2].id)
    mark_presence(m, person.id, at(115), arrived=True, item_id=m.agenda[7].id)
    assert remark(m, person).startswith("§§ 40-42 och 47-49 (")


def test_one_late_arrival_keeps_the_seed_wording_with_the_clock() -> None:
    m = meeting_of()
    person = m.people[2]
    mark_presence(m, person.id, at(12), arrived=True, item_id=m.agenda[1].id)
    assert remark(m, person) == "fr o m punkt 2 (kl 18.12)"
    assert remark(m, person, Language.EN) == "from item 2 (arrived at 18:12)"


def test_arriving_before_an_earlier_interval_ends_is_refused() -> None:
    m = meeting_of()
    person = m.people[1]
    mark_presence(m, person.id, at(40), arrived=False, item_id=m.agenda[4].id)
    try:
        mark_presence(m, person.id, at(41), arrived=True, item_id=m.agenda[2].id)
    except PresenceError as exc:
        assert "earlier interval" in str(exc)
    else:
        raise AssertionError("accepted an arrival inside a presence")
    assert len(intervals(m, person.id)) == 1


def test_marked_absent_clears_intervals() -> None:
    m = meeting_of()
    person = m.people[1]
    mark_presence(m, person.id, at(40), arrived=False, item_id=m.agenda[2].id)
    live.set_attendance(m, person.id, AttendanceStatus.ABSENT, at(41))
    assert intervals(m, person.id) == []
    assert remark(m, person) == ""


@st.composite
def walks(draw: st.DrawFn) -> tuple[int, list[tuple[bool, int]]]:
    """An agenda length and a well-formed arrive/leave sequence walking forward."""
    count = draw(st.integers(1, 12))
    steps = draw(st.integers(0, 8))
    leave_first = draw(st.booleans())
    position = 0
    events: list[tuple[bool, int]] = []
    arrived = not leave_first
    for _ in range(steps):
        position = draw(st.integers(position, count - 1))
        events.append((arrived, position))
        arrived = not arrived
    return count, events


def brute_force(count: int, events: list[tuple[bool, int]]) -> set[int]:
    """Replay moment by moment: present at an item if present at any moment during it."""
    state = bool(events) and not events[0][0]  # the first event is a departure: was there
    if not events:
        return set(range(count))
    seen: set[int] = set()
    queue = list(events)
    for index in range(count):
        if state:
            seen.add(index)
        while queue and queue[0][1] == index:
            arrived, _ = queue.pop(0)
            state = arrived
            if state:
                seen.add(index)
    return seen


@settings(max_examples=150, deadline=None)
@given(walks())
def test_present_at_item_agrees_with_a_replay_of_the_events(
    walk: tuple[int, list[tuple[bool, int]]],
) -> None:
    count, events = walk
    m = meeting_of(items=count, members=2)
    person = m.people[1]
    for n, (arrived, index) in enumerate(events):
        mark_presence(m, person.id, at(n), arrived=arrived, item_id=m.agenda[index].id)
    assert present_indexes(m, person) == brute_force(count, events)


def test_substitute_serves_for_a_range_and_fills_the_seat() -> None:
    m = meeting_of(items=10, members=3)
    member = m.people[2]
    sub = live.add_person(
        m, "Eva Ersättare", at(0), role=Role.SUBSTITUTE, status=AttendanceStatus.PRESENT
    )
    mark_presence(m, member.id, at(30), arrived=False, item_id=m.agenda[2].id)
    set_serving(m, sub.id, member.id, m.agenda[3].id, m.agenda[8].id, at(31))
    assert "tjänstgör för Person 2 punkt 4-9" in remark(m, sub)
    quorum = quorum_at(m, m.agenda[5].id)
    assert quorum is not None and (quorum.present, quorum.seats) == (3, 3)
    last = quorum_at(m, m.agenda[9].id)
    assert last is not None and last.present == 2 and last.met  # 2 of 3 is more than half


def test_quorum_rule_and_recusal() -> None:
    m = meeting_of(items=3, members=5)
    for person in m.people[2:]:
        mark_presence(m, person.id, at(5), arrived=False, item_id=m.agenda[0].id)
    state = quorum_at(m, m.agenda[1].id)
    assert state is not None and (state.present, state.needed, state.met) == (2, 3, False)
    m.header.quorum = "min:2"
    state = quorum_at(m, m.agenda[1].id)
    assert state is not None and state.met
    assert toggle_recused(m, m.people[1].id, at(6), m.agenda[1].id)
    state = quorum_at(m, m.agenda[1].id)
    assert state is not None and (state.present, state.met) == (1, False)
    decision = live.add_decision(m, m.agenda[1].id, "Beslut.", at(7))
    assert m.people[1] not in decision_participants(m, decision.id)
    assert not toggle_recused(m, m.people[1].id, at(8), m.agenda[1].id)  # taken back


def test_quorum_rules_parse_or_say_how() -> None:
    assert parse_rule("").minimum is None and parse_rule("min:5").minimum == 5
    assert parse_rule("7").text == "min:7"
    try:
        parse_rule("två tredjedelar")
    except QuorumRuleError as exc:
        assert "min:5" in str(exc)
    else:
        raise AssertionError("accepted a bad rule")
    m = meeting_of()
    m.header.quorum = "lots"
    assert any(p.code == "bad_quorum_rule" for p in validate(m))


def test_counter_counts_members_here_now_not_guests_or_who_left() -> None:
    from tui.widgets.attendance_panel import count_line

    m = meeting_of(items=4, members=4)
    live.add_person(m, "Gäst", at(0), role=Role.GUEST, status=AttendanceStatus.PRESENT)
    live.go_to_item(m, m.agenda[0].id, at(0))
    mark_presence(m, m.people[3].id, at(1), arrived=False)
    assert count_line(m, Language.SV).startswith("4 närv")
    live.go_to_item(m, m.agenda[1].id, at(2))
    assert count_line(m, Language.SV).startswith("3 närv")


def test_only_a_substitute_serves_and_only_for_a_member() -> None:
    m = meeting_of(items=4, members=3)
    guest = live.add_person(m, "Gäst", at(0), role=Role.GUEST, status=AttendanceStatus.PRESENT)
    for person, member in ((m.people[1], m.people[2]), (m.people[2], guest)):
        try:
            set_serving(m, person.id, member.id, None, None, at(1))
        except PresenceError as exc:
            assert "member" in str(exc)
        else:
            raise AssertionError("accepted")
    set_serving(m, guest.id, m.people[2].id, None, None, at(2))
    assert guest.role is Role.SUBSTITUTE and guest.substitute_for == m.people[2].id
    assert remark(m, guest) == "ersätter Person 2"  # the whole meeting: the usual words


def test_an_interval_whose_item_is_gone_names_which_end_in_every_language() -> None:
    m = meeting_of()
    person = m.people[1]
    two, seven = m.agenda[1].id, m.agenda[6].id
    mark_presence(m, person.id, at(12), arrived=True, item_id=two)
    mark_presence(m, person.id, at(90), arrived=False, item_id=seven)
    for item_id in (two, seven):
        delete_item(m, item_id, at(95))  # the agenda changed after the intervals
    found = [p for p in validate(m) if p.code == "bad_interval_item"]
    assert [p.wording for p in found] == ["bad_from_item", "bad_until_item"]
    assert [p.message(Language.DE) for p in found] == [
        "Person 1: Der TOP in 'ab TOP' steht nicht auf der Tagesordnung.",
        "Person 1: Der TOP in 'bis TOP' steht nicht auf der Tagesordnung.",
    ]
    assert [p.message(Language.SV) for p in found] == [
        "Person 1: punkten i 'fr o m punkt' finns inte på dagordningen.",
        "Person 1: punkten i 't o m punkt' finns inte på dagordningen.",
    ]
    assert found[1].message(Language.EN) == (
        "Person 1: the item in 'until item' is not on the agenda."
    )
