"""Meetings to come typed live: alt+m adds (keys in a burst), the records list (alt+l)
edits and deletes them; checked in the saved file."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from model.demo import demo_meeting
from model.enums import Language
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from model.upcoming import HEADER_ID, UpcomingInput, add_upcoming, edit_upcoming, upcoming_meetings
from tests.app.screens.helpers import burst, demo_archive, make_app, settle
from tests.core.records.test_upcoming import NOW
from tui.screens.form import FormScreen
from tui.screens.meeting import MeetingScreen
from tui.screens.records import RecordsScreen

TAB = "<tab>"


async def test_meetings_to_come_are_added_edited_and_deleted(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<alt+m>", "2022-06-17", TAB, "8.30", TAB, "11.00", "<enter>")
        burst(app, "<alt+m>", "26 aug", TAB, "9.00", TAB, TAB, TAB, "preliminärt", "<enter>")
        burst(app, "<alt+m>", "30 sep", TAB, "9.00", "<enter>")
        burst(app, "<alt+m>", "1 maj", "<enter>")  # before the meeting: refused, stays open
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert "17 juni 2022 kl 8.30" in form.notice and "(preliminärt)" in form.notice
        error = str(form.query_one("#form-error").render())
        assert "efter detta mötes datum" in error
        burst(app, "<escape>", "<alt+l>", "<end>", "x")  # the last row: 30 September
        await settle(pilot)
        assert isinstance(app.screen, RecordsScreen)
        burst(app, "<end>", "e")  # now 26 August: no longer tentative
        await settle(pilot)
        edit = app.screen
        assert isinstance(edit, FormScreen) and edit.values()["tentative"] == "ja"
        burst(app, *["<tab>"] * 4, *["<backspace>"] * 2, "nej", "<enter>", "<escape>")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    listed = [(u.day, u.start, u.end, u.tentative) for u in upcoming_meetings(meeting)]
    assert listed == [
        (date(2022, 6, 17), time(8, 30), time(11, 0), False),
        (date(2022, 8, 26), time(9, 0), None, False),
    ]
    assert sum(u.deleted for u in meeting.upcoming) == 1


async def test_next_from_last_offers_the_first_firm_date(tmp_path: Path) -> None:
    last = demo_meeting()  # 17 June made tentative, 26 August firm, 30 September tentative
    edit_upcoming(last, HEADER_ID, UpcomingInput(date(2022, 6, 17), tentative=True), NOW)
    add_upcoming(last, UpcomingInput(date(2022, 8, 26), time(9, 0), place="Aulan"), NOW)
    add_upcoming(last, UpcomingInput(date(2022, 9, 30), tentative=True), NOW)
    archive = Archive(tmp_path)
    archive.create(last)
    app = make_app(tmp_path, Language.SV)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        burst(app, "<alt+n>")
        await settle(pilot, 8)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.values()["date"] == "2022-08-26"
        burst(app, "<enter>")
        for _ in range(20):
            await settle(pilot)
            if isinstance(app.screen, MeetingScreen):
                break
        assert isinstance(app.screen, MeetingScreen)
        made = app.screen.meeting
        assert (made.header.date, made.header.planned_start) == (date(2022, 8, 26), time(9, 0))
        assert made.header.place.startswith("Aulan")
        assert [(u.day, u.tentative) for u in upcoming_meetings(made)] == [
            (date(2022, 9, 30), True)
        ]
