"""Minute the demo meeting from the start, with keys only, then check the file on disk."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from model.enums import AttendanceStatus, ItemStatus, Language, MeetingState, StatementKind
from model.store.meeting_store import MeetingStore
from model.upcoming import upcoming_meetings
from tests.app.screens.helpers import Clock, Keys, demo_archive, make_app
from tui.screens.meeting import MeetingScreen

pytestmark = pytest.mark.asyncio

AOB = [
    ("Region Stockholm", "hel"),
    ("Remissvar till Länsstyrelsen", "helene"),
    ("Fördelningstal", "caro"),
    ("Budget Brandförsvarsförbundet", "mag"),
]
DECISIONS = [
    "Lämna förslaget Fokuserad samverkan till samarbetskommittén",
    "Utredningsuppdrag för Trygghet genomförs",
    "Dokumentet föreslås till samarbetskommitténs möte den 19 maj",
]


async def test_minute_the_demo_meeting_end_to_end(tmp_path: Path) -> None:
    path = demo_archive(tmp_path)
    clock = Clock()
    app = make_app(tmp_path, Language.EN, meeting=path, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        keys = Keys(pilot)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await keys.press("ctrl+n")  # starts the meeting with item 1
        assert screen.meeting.current is not None and screen.meeting.current.number == "1"

        # attendance of the known roster: one key per person, late arrivals later
        attendance = Keys(pilot)
        await attendance.press("f2", "p", "p", "r", "p", "r", "p", "p", "a", "a", "a", "f2")

        # any other business raised at the start, by named people
        for title, raiser in AOB:
            await keys.press("f6")
            await keys.type(title)
            await keys.press("tab")
            await keys.type(raiser)
            await keys.press("enter")
        await keys.type("Magnus Gyllestad hälsar välkommen.")

        clock.advance(9)
        await keys.press("ctrl+n")  # item 2: Frida Nilsson arrives (remote)
        clock.advance(2)
        await attendance.press("f2", "slash", "f", "r", "enter", "l", "f2")
        await keys.type("Inga kommentarer.")

        clock.advance(3)
        await keys.press("ctrl+n")  # item 3: an action with owner and due date
        await keys.press("f5")
        await keys.type("Tillfråga Anton Västberg")
        await keys.press("tab")
        await keys.type("hel")
        await keys.press("tab")
        await keys.type("2022-06-15")
        await keys.press("enter")

        clock.advance(24)
        await keys.press("ctrl+n")  # item 4: Stefan Hollmark arrives (remote)
        clock.advance(2)
        await attendance.press("f2", "slash", "s", "t", "enter", "l", "f2")

        clock.advance(15)
        await keys.press("ctrl+n")  # item 5: three decisions, a wrong fourth one undone
        for text in DECISIONS:
            await keys.press("ctrl+d")
            await keys.type(text)
            await keys.press("enter")
        await keys.press("ctrl+d")
        await keys.type("Fel beslut")
        await keys.press("tab")
        await keys.type("5-2-1")
        await keys.press("enter")
        assert len(screen.meeting.live_decisions()) == 4
        await keys.press("ctrl+z")
        assert len(screen.meeting.live_decisions()) == 3

        # a decision with a vote and a reservation, on item 6
        clock.advance(70)
        await keys.press("ctrl+n")
        await keys.press("ctrl+d")
        await keys.type("Remisserna besvaras gemensamt")
        await keys.press("tab")
        await keys.type("7-1-0")
        await keys.press("tab")
        await keys.type("camilla")
        await keys.press("enter")

        clock.advance(6)
        await keys.press("ctrl+n")  # item 7
        clock.advance(12)
        await keys.press("ctrl+n")  # item 8: tabled for lack of time, moves on to 9
        await keys.press("ctrl+t", "enter")
        assert screen.meeting.current is not None and screen.meeting.current.number == "9"
        await keys.press("ctrl+t", "enter")  # item 9 too; moves on to 10
        assert screen.meeting.current is not None and screen.meeting.current.number == "10"
        await keys.type("Region Stockholm ser gärna fler ansökningar.")
        clock.advance(4)
        await keys.press("ctrl+n")  # item 11: next meeting
        await keys.press("alt+m")
        await keys.press(*["backspace"] * 12)
        await keys.type("2022-06-17")
        await keys.press("tab")
        await keys.type("8.30")
        await keys.press("tab")
        await keys.type("11.00")
        await keys.press("enter")
        await keys.press("alt+m")  # and one more, preliminary
        await keys.type("2022-09-02")
        await keys.press("tab")
        await keys.type("8.30")
        await keys.press("tab")
        await keys.type("11.00")
        await keys.press("tab", "tab")
        await keys.type("preliminärt")
        await keys.press("enter")
        clock.advance(3)
        await keys.press("alt+e")  # end of the meeting
        await pilot.pause()
        assert attendance.count < 30, attendance.log
        print(f"attendance keystrokes: {attendance.count}")
        await keys.press("ctrl+q")

    with MeetingStore(path, read_only=True) as store:
        m = store.meeting
    header = m.header
    assert header.state is MeetingState.AWAITING_APPROVAL
    assert header.actual_start is not None and header.actual_start.time() == time(8, 30)
    assert header.actual_end is not None and header.actual_end.time() == time(11, 0)
    coming = [(u.day, u.start, u.end, u.tentative) for u in upcoming_meetings(m)]
    assert coming == [
        (date(2022, 6, 17), time(8, 30), time(11, 0), False),
        (date(2022, 9, 2), time(8, 30), time(11, 0), True),
    ]
    people = {p.name: p for p in m.people}
    expected = {
        "Magnus Gyllestad": AttendanceStatus.PRESENT,
        "Camilla Broo": AttendanceStatus.PRESENT,
        "Frida Nilsson": AttendanceStatus.REMOTE,
        "Carolina Pettersson": AttendanceStatus.PRESENT,
        "Stefan Hollmark": AttendanceStatus.REMOTE,
        "Helene Olofsson": AttendanceStatus.PRESENT,
        "Anna Söderström": AttendanceStatus.PRESENT,
        "Leif Eriksson": AttendanceStatus.ABSENT,
        "Mats Bergström": AttendanceStatus.ABSENT,
        "Elin Waltersson": AttendanceStatus.ABSENT,
    }
    assert {name: p.status for name, p in people.items()} == expected
    agenda = {i.number: i for i in m.agenda}
    from model.presence import intervals

    (frida,) = intervals(m, people["Frida Nilsson"].id)
    (stefan,) = intervals(m, people["Stefan Hollmark"].id)
    assert m.item_label(frida.from_item) == "2"
    assert m.item_label(stefan.from_item) == "4"
    frida_time = frida.from_time
    assert frida_time is not None and frida_time.time() == time(8, 41)
    from model.attendance import remark

    assert remark(m, people["Frida Nilsson"]) == "via Teams, fr o m punkt 2 (kl 8.41)"
    assert remark(m, people["Stefan Hollmark"]).startswith("via Teams, fr o m punkt 4 (kl ")

    aob = m.sub_items(agenda["10"].id)
    assert [(i.title, i.raised_by) for i in aob] == [
        ("Region Stockholm", "Helene Olofsson"),
        ("Remissvar till Länsstyrelsen", "Helene Olofsson"),
        ("Fördelningstal", "Carolina Pettersson"),
        ("Budget Brandförsvarsförbundet", "Magnus Gyllestad"),
    ]
    assert [i.number for i in aob] == ["10.1", "10.2", "10.3", "10.4"]
    assert agenda["1"].notes == "Magnus Gyllestad hälsar välkommen."
    assert agenda["2"].notes == "Inga kommentarer."
    assert agenda["10"].notes == "Region Stockholm ser gärna fler ansökningar."

    (action,) = m.live_actions()
    assert action.owner_name == "Helene Olofsson" and action.due == date(2022, 6, 15)
    assert action.text == "Tillfråga Anton Västberg" and action.item == agenda["3"].id

    item5 = m.item_decisions(agenda["5"].id)
    assert [d.text for d in item5] == DECISIONS
    assert all(d.text != "Fel beslut" for d in m.live_decisions())
    assert any(d.deleted and d.text == "Fel beslut" for d in m.decisions)  # tombstone
    (vote,) = m.item_decisions(agenda["6"].id)
    assert (vote.votes_for, vote.votes_against, vote.votes_abstain) == (7, 1, 0)
    (reservation,) = m.decision_statements(vote.id)
    assert reservation.kind is StatementKind.RESERVATION
    assert reservation.person_name == "Camilla Broo"

    for number in ("8", "9"):
        assert agenda[number].status is ItemStatus.TABLED
        assert agenda[number].status_reason == "tidsbrist"
        assert agenda[number].returns_next_meeting
    assert agenda["5"].status is ItemStatus.DONE
    assert agenda["3"].elapsed_seconds == 24 * 60
