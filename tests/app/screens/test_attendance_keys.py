"""The attendance panel's keys for comings and goings, jäv and quorum, typed in bursts.

Each test posts all its keys at once (``burst``), then checks the saved file: what a
fast secretary types must land on the right person at the right item.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from model.attendance import remark
from model.enums import AttendanceStatus, Language
from model.meeting import Meeting
from model.people import Attendance
from model.presence import intervals, present_indexes, recused_at
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import burst, demo_archive, make_app, settle
from tui.app import MinutesApp
from tui.screens.meeting import MeetingScreen
from tui.widgets.attendance_panel import count_line

pytestmark = pytest.mark.asyncio


def saved(path: Path) -> MeetingStore:
    return MeetingStore(path, read_only=True)


def counter(app: MinutesApp) -> str:
    """The attendance counter as the meeting screen shows it."""
    screen = app.screen
    assert isinstance(screen, MeetingScreen)
    return str(screen.panel.query_one("#attendance-count").render())


def named(meeting: Meeting, name: str) -> Attendance:
    return next(p for p in meeting.people if p.name == name)


async def test_leave_and_return_make_two_intervals_and_the_counter_follows(
    tmp_path: Path,
) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        # item 1; everybody present; Camilla leaves at item 1
        burst(app, "<ctrl+n>", "<f2>", "*", "/", "cam", "<enter>", "e")
        # on to item 3, where Camilla comes back and declares jäv
        burst(app, "<f2>", "<ctrl+n>", "<ctrl+n>", "<f2>", "/", "cam", "<enter>", "l", "j")
        await settle(pilot)
        text = counter(app)
    with saved(path) as store:
        m = store.meeting
    camilla = named(m, "Camilla Broo")
    spans = intervals(m, camilla.id)
    assert [(m.item_label(s.from_item) if s.from_item else None) for s in spans] == [None, "3"]
    assert [(m.item_label(s.until_item) if s.until_item else None) for s in spans] == ["1", None]
    assert sorted(present_indexes(m, camilla)) == [0, *range(2, len(m.agenda))]
    assert remark(m, camilla).startswith("punkt 1 och 3-")
    assert recused_at(m, camilla.id, m.agenda[2].id)
    assert not recused_at(m, camilla.id, m.agenda[3].id)
    # ten on the list, all present; the counter counts who is here now
    assert all(p.status is AttendanceStatus.PRESENT for p in m.people)
    assert text == count_line(m, Language.SV)


async def test_counter_leaves_out_guests_and_who_has_left(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<f2>", "*", "/", "cam", "<enter>", "e", "<f2>", "<ctrl+n>")
        burst(app, "<alt+g>", "Gustav Gäst", "<enter>")
        await settle(pilot)
        before = counter(app)
    with saved(path) as store:
        m = store.meeting
    guest = named(m, "Gustav Gäst")
    assert guest.status is AttendanceStatus.UNKNOWN or guest.status.attends
    # ten on the list, all present: the official (Helene Olofsson) and the guest are not
    # counted, nor Camilla Broo, who left at item 1
    assert before.startswith("8 närv"), before


async def test_declared_quorum_is_saved_and_undone(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<f2>", "*", "b")
        await settle(pilot)
        with saved(path) as store:
            assert store.meeting.header.quorum_declared
        burst(app, "<ctrl+z>")
        await settle(pilot)
    with saved(path) as store:
        assert not store.meeting.header.quorum_declared
        assert all(p.status is AttendanceStatus.PRESENT for p in store.meeting.people)


async def test_substitute_serves_for_a_range_through_the_form(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<f2>", "*", "/", "leif", "<enter>", "a")
        burst(app, "<alt+u>", "Eva Ersättare", "<tab>", "<tab>", "Leif", "<enter>")
        await settle(pilot)
        burst(app, "<f2>", "/", "eva", "<enter>", "t", "<tab>", "4", "<tab>", "9", "<enter>")
        await settle(pilot)
    with saved(path) as store:
        m = store.meeting
    eva = named(m, "Eva Ersättare")
    assert "tjänstgör för Leif Eriksson punkt 4-9" in remark(m, eva)


async def test_body_settings_form_sets_item_times_and_quorum(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<f2>", "o", "<ctrl+u>", "ja", "<tab>", "<ctrl+u>", "min:4", "<enter>")
        await settle(pilot)
    with saved(path) as store:
        header = store.meeting.header
    assert header.item_times and header.quorum == "min:4"
    registry = app.archive.registry()
    assert registry.body_settings(header.body) == {"item_times": True, "quorum": "min:4"}


async def test_header_warns_when_the_item_is_not_quorate(tmp_path: Path) -> None:
    from tui.widgets.meeting_header import MeetingHeaderBar

    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        # the chair and seven members (the official and the secretary hold no seat)
        burst(app, "<ctrl+n>", "<f2>", "p", "p", "p", "p", "p", "a", "a", "a", "a", "a")
        await settle(pilot)
        header = str(app.screen.query_one(MeetingHeaderBar).render())
        assert "beslutfört 5/8" in header and "ej beslutfört" not in header
        burst(app, "/", "cam", "<enter>", "e", "<f2>", "<ctrl+n>")
        await settle(pilot)
        header = str(app.screen.query_one(MeetingHeaderBar).render())
    assert "ej beslutfört 4/8 (krävs 5)" in header


async def test_undo_takes_back_a_return_and_redo_brings_it(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<f2>", "*", "/", "cam", "<enter>", "e", "<f2>", "<ctrl+n>")
        burst(app, "<f2>", "/", "cam", "<enter>", "l", "<ctrl+z>")
        await settle(pilot)
        with saved(path) as store:
            m = store.meeting
            camilla = named(m, "Camilla Broo")
            assert len(intervals(m, camilla.id)) == 1  # only the departure
        burst(app, "<ctrl+y>")
        await settle(pilot)
    with saved(path) as store:
        m = store.meeting
    assert sorted(present_indexes(m, camilla)) == list(range(len(m.agenda)))  # back at 2
    assert len(intervals(m, camilla.id)) == 2
