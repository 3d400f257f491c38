"""Keys typed in one burst give the same minutes as keys typed slowly.

Every test posts its keys to the app all at once, before the app has handled any of them
(``burst``), as a terminal delivers a fast typist's keys, then waits and checks the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from model.enums import AttendanceStatus, Language
from model.presence import intervals
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import burst, demo_archive, make_app, settle
from tests.notices import run_test, shown
from tui.app import MinutesApp
from tui.screens.form import FormScreen
from tui.screens.meeting import MeetingScreen

pytestmark = pytest.mark.asyncio


def meeting_screen(app: MinutesApp) -> MeetingScreen:
    screen = app.screen
    assert isinstance(screen, MeetingScreen), screen
    return screen


def saved(path: Path) -> MeetingStore:
    return MeetingStore(path, read_only=True)


async def test_two_decisions_typed_ahead_stay_two(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<ctrl+d>", "Första beslutet.", "<enter>")
        burst(app, "<ctrl+d>", "Andra beslutet.", "<enter>")
        await settle(pilot)
        screen = meeting_screen(app)  # not dropped back to the archive
        assert not screen.session.read_only
    with saved(path) as store:
        texts = [d.text for d in store.meeting.live_decisions()]
    assert texts == ["Första beslutet.", "Andra beslutet."]


async def test_a_second_enter_goes_to_the_notes_not_the_closed_form(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<ctrl+d>", "Ett beslut.", "<enter>", "<enter>", "Sedan")
        await settle(pilot)
        screen = meeting_screen(app)
        assert screen.focused is screen.item_view.editor
    with saved(path) as store:
        meeting = store.meeting
    assert [d.text for d in meeting.live_decisions()] == ["Ett beslut."]
    assert meeting.agenda[0].notes == "\nSedan"


async def test_the_late_arrival_sequence_in_one_burst_marks_the_right_person(
    tmp_path: Path,
) -> None:
    """README's ``F2 / f r Enter l``: the find field takes "fr", Enter goes back to the
    list, ``l`` marks Frida Nilsson arrived (not the chair "anmält förhinder")."""
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<ctrl+n>", "<f2>", "/", "fr", "<enter>", "l", "<f2>", "Hej")
        await settle(pilot)
        screen = meeting_screen(app)
        assert screen.focused is screen.item_view.editor
    with saved(path) as store:
        meeting = store.meeting
    people = {p.name: p for p in meeting.people}
    assert people["Magnus Gyllestad"].status is AttendanceStatus.UNKNOWN
    frida = people["Frida Nilsson"]
    assert frida.status is AttendanceStatus.PRESENT
    (span,) = intervals(meeting, frida.id)
    assert meeting.item_label(span.from_item) == "2"
    assert [p.name for p in meeting.people if p.status is not AttendanceStatus.UNKNOWN] == [
        "Frida Nilsson"
    ]
    assert meeting.agenda[1].notes == "Hej"


async def test_typing_in_a_meeting_not_started_goes_into_the_first_items_notes(
    tmp_path: Path,
) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        burst(app, "Meeting opened")
        await settle(pilot)
        screen = meeting_screen(app)  # "g" opened no go-to form
        assert screen.meeting.header.actual_start is None  # "n" started nothing
        screen.close_session()
    with saved(path) as store:
        meeting = store.meeting
    assert meeting.header.actual_start is None and meeting.current is None
    assert meeting.agenda[0].notes == "Meeting opened"


async def test_starting_is_an_explicit_key(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        burst(app, "Före. ", "<ctrl+n>", "Under.")
        await settle(pilot)
        screen = meeting_screen(app)
        assert screen.meeting.current is screen.meeting.agenda[0]
        screen.close_session()
    with saved(path) as store:
        meeting = store.meeting
    assert meeting.header.actual_start is not None
    assert meeting.agenda[0].notes == "Före. Under."


async def test_a_click_on_an_agenda_row_only_highlights_it(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        screen = meeting_screen(app)
        await pilot.click("#agenda", offset=(5, 3))  # the third row (inside the border)
        await settle(pilot)
        agenda = screen.query_one("#agenda")
        assert agenda.highlighted == 2  # type: ignore[attr-defined]
        assert screen.meeting.header.actual_start is None
        assert screen.meeting.current is None
        assert screen.shown_item() is screen.meeting.agenda[2]  # its notes are shown
    with saved(path) as store:
        assert store.meeting.header.actual_start is None


async def test_a_meeting_reopens_writable_after_its_screen_went(tmp_path: Path) -> None:
    """However the meeting screen goes (here: dropped without Alt+C, as a stray Enter
    did), its lock goes with it: opening the meeting again in the same app is writable."""
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        first = meeting_screen(app)
        assert not first.session.read_only
        app.pop_screen()
        await settle(pilot)
        assert not isinstance(app.screen, MeetingScreen)
        assert app.open_meeting(path)
        await settle(pilot)
        again = meeting_screen(app)
        assert again is not first
        assert not again.session.read_only, again.session.read_only_reason
        burst(app, "<ctrl+n>", "Skrivbart")
        await settle(pilot)
        again.close_session()
    with saved(path) as store:
        assert store.meeting.agenda[0].notes == "Skrivbart"


async def test_a_form_refused_because_read_only_says_so_and_keeps_the_text(
    tmp_path: Path,
) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<ctrl+d>", "Ett beslut")
        await settle(pilot)
        screen = app.screen_stack[-2]
        assert isinstance(screen, MeetingScreen)
        # a sync brought the approval while the form was open
        screen.session.switch_mode("locked")
        burst(app, "<enter>")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)  # still open, with what was typed
        assert form.values()["text"] == "Ett beslut"
        assert "read-only" in str(form.query_one("#form-error").render())
        assert any("read-only" in n.message for n in shown(app))
        assert screen.meeting.live_decisions() == []  # not shown as if saved
    with saved(path) as store:
        assert store.meeting.live_decisions() == []


async def test_the_decisions_box_and_aob_matters_scroll_to_the_newest(tmp_path: Path) -> None:
    """Item 10 of a real meeting had 11 decisions; the box showed 2 of them."""
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>")
        for number in range(1, 12):
            burst(app, "<ctrl+d>", f"Beslut {number}.", "<enter>")
        for number in range(1, 9):
            burst(app, "<f6>", f"Fråga {number}", "<enter>")
        burst(app, "<ctrl+g>", "10", "<enter>")
        await settle(pilot)
        view = meeting_screen(app).item_view
        subs = view.query_one("#item-subs-box")
        assert subs.max_scroll_y > 0 and subs.scroll_y == subs.max_scroll_y
        burst(app, "<ctrl+g>", "1", "<enter>")
        await settle(pilot)
        records = view.query_one("#item-records-box")
        assert records.max_scroll_y > 0  # 11 decisions: more than the box's height
        assert records.scroll_y == records.max_scroll_y  # the newest one is in view
        assert "Beslut 11." in str(view.query_one("#item-records").render())


async def test_an_editor_still_showing_old_notes_never_undoes_a_change_made_elsewhere(
    tmp_path: Path,
) -> None:
    # A conflict resolved on the conflicts screen changes the notes while the meeting
    # screen's editor still shows the old text; a sync bringing changes in (or closing
    # the screen) then asks the editor for what was typed: nothing was.
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "Skrivet i punkt 1.")
        await settle(pilot)
        screen = meeting_screen(app)
        item = screen.meeting.agenda[0].id
        screen.session.apply(lambda m: setattr(m.item(item), "notes", "Löst konflikt."))
        assert screen._sync_editor() is False
        assert screen.meeting.item(item).notes == "Löst konflikt."
        screen.refresh_view()
        burst(app, " Och mer.")
        await settle(pilot)
        assert screen.meeting.item(item).notes == "Löst konflikt. Och mer."
        screen.close_session()
    assert saved(path).meeting.agenda[0].notes == "Löst konflikt. Och mer."
