"""A sub-item or AOB matter gone to by number (Ctrl+G 9.3), noted, decided, given an
action with two owners and tabled on its own, keys in bursts; undo restores it."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.agenda import AgendaItem
from model.enums import ItemStatus, Language
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import burst, demo_archive, make_app, settle
from tui.app import MinutesApp
from tui.screens.meeting import MeetingScreen

pytestmark = pytest.mark.asyncio


async def test_sub_item_five_two_on_its_own(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<ctrl+g>", "5.2", "<enter>", "Två vägar.")
        burst(app, "<ctrl+d>", "Väg två väljs.", "<enter>")
        burst(app, "<f5>", "Ta fram underlag", "<tab>", "Helene, Magnus", "<enter>")
        burst(app, "<ctrl+t>", "<tab>", "Punkten bordlades i väntan på underlag.", "<enter>")
        burst(app, "mer om punkt 5")  # back on item 5 itself
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        assert screen.focused is screen.item_view.editor
    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    item5 = meeting.agenda[4]
    sub = meeting.sub_items(item5.id)[1]
    assert meeting.header.current_item == item5.id
    assert sub.notes == "Två vägar."
    assert item5.notes == "mer om punkt 5"
    assert [d.text for d in meeting.item_decisions(sub.id)] == ["Väg två väljs."]
    (action,) = meeting.item_actions(sub.id)
    assert action.owner_names == ["Helene Olofsson", "Magnus Gyllestad"]
    assert sub.status is ItemStatus.TABLED
    assert sub.status_text == "Punkten bordlades i väntan på underlag."
    assert item5.status is ItemStatus.IN_PROGRESS  # the item itself goes on


async def test_an_aob_matter_tabled_by_number_and_undone(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<alt+o>", "Fördelningstal", "<tab>", "Carolina", "<enter>")
        burst(app, "<alt+o>", "Budget", "<enter>")
        burst(app, "<ctrl+g>", "10.2", "<enter>", "<ctrl+t>", "<enter>")
        await settle(pilot)
        with MeetingStore(path, read_only=True) as store:
            matters = store.meeting.sub_items(store.meeting.agenda[9].id)
            assert [m.status for m in matters] == [ItemStatus.PENDING, ItemStatus.TABLED]
            assert store.meeting.header.current_item == store.meeting.agenda[9].id
        burst(app, "<ctrl+z>")
        burst(app, "<ctrl+g>", "10.3", "<enter>")  # there is none: the form says so
        await settle(pilot)
        assert "There is no item 10.3" in str(app.screen.query_one("#form-error").render())
        burst(app, "<escape>")
        await settle(pilot)
    with MeetingStore(path, read_only=True) as store:
        matters = store.meeting.sub_items(store.meeting.agenda[9].id)
        assert [m.status for m in matters] == [ItemStatus.PENDING, ItemStatus.PENDING]


def shown_item(app: MinutesApp) -> AgendaItem | None:
    """The item (or sub-item) the meeting screen shows."""
    screen = app.screen
    assert isinstance(screen, MeetingScreen)
    return screen.shown_item()


async def test_the_focus_on_a_sub_item_survives_reopening(tmp_path: Path) -> None:
    """Ctrl+G 5.2, a note, the app closed: opened again, typing goes on in 5.2, not in
    item 5; Ctrl+G 5 back to the item, closed and opened again: item 5."""
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<ctrl+g>", "5.2", "<enter>", "Två vägar.")
        await settle(pilot)
    again = make_app(tmp_path, Language.SV, meeting=path)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = shown_item(again)
        assert shown is not None and shown.title.startswith("Förslag på tillvägagångssätt")
        burst(again, "<end>", " Och en tredje.")
        await settle(pilot)
    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    item5 = meeting.agenda[4]
    sub = meeting.sub_items(item5.id)[1]
    assert sub.notes == "Två vägar. Och en tredje."
    assert item5.notes == ""
    third = make_app(tmp_path, Language.SV, meeting=path)
    async with third.run_test(size=(120, 40)) as pilot:
        burst(third, "<ctrl+g>", "5", "<enter>", "Om punkt 5.")
        await settle(pilot)
    fourth = make_app(tmp_path, Language.SV, meeting=path)
    async with fourth.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = shown_item(fourth)
        assert shown is not None and shown.id == item5.id
    with MeetingStore(path, read_only=True) as store:
        assert store.meeting.agenda[4].notes == "Om punkt 5."
