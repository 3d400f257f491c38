"""A sync that moves the meeting on while the chair types leaves his keys in the item he
is typing in (tui/screens/typing_pin.py): Pilot with real git, a bare remote and two
archives."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from textual.pilot import Pilot

from model import live
from model.sub_items import find_item
from sync.engine import sync
from tests.app.screens.helpers import burst, settle
from tests.app.sync.apps import NOW, chair_app, notes_editor, sync_now
from tests.core.sync.conftest import SECRETARY, Pair
from tests.core.sync.helpers import edit
from tui.app import MinutesApp
from tui.screens.meeting import MeetingScreen

pytestmark = pytest.mark.asyncio


def _secretary_moves_to_item_2(pair: Pair) -> None:
    def move(meeting: Any) -> None:
        live.go_to_item(meeting, meeting.agenda[1].id, NOW)
        meeting.agenda[1].notes = "Sekreteraren: punkt 2."

    edit(pair.path(pair.secretary), move)
    assert sync(pair.secretary, SECRETARY).pushed


async def _typed_as_the_meeting_moves(
    app: MinutesApp, pilot: Pilot[None], pair: Pair, typed: str | None
) -> MeetingScreen:
    """The chair has typed ``typed`` (None: he has been reading for long) when the
    secretary's move to item 2 arrives through the sync."""
    await pilot.pause()
    screen = app.meeting_screens()[-1]
    if typed is None:
        screen._typed_at = -1e9  # no key for long (no waiting in a test)
    else:
        burst(app, typed)
        await settle(pilot)
    await asyncio.to_thread(_secretary_moves_to_item_2, pair)
    await sync_now(app, pilot)
    return screen


async def test_keys_typed_while_a_sync_moves_the_meeting_on_stay_in_their_item(
    live_pair: Pair,
) -> None:
    pair = live_pair
    app = chair_app(pair)
    async with app.run_test(size=(120, 40)) as pilot:
        # he typed a moment ago: the sync lands mid-sentence
        screen = await _typed_as_the_meeting_moves(app, pilot, pair, "Ordföranden skriver om")
        first, second = screen.meeting.agenda[0], screen.meeting.agenda[1]
        assert screen.meeting.current is not None
        assert screen.meeting.current.id == second.id  # the meeting moved on
        assert screen.shown_item() is not None and screen.shown_item().id == first.id
        burst(app, " punkt ett.")
        await settle(pilot)
        screen.save()
        assert screen.meeting.item(first.id).notes == "Ordföranden skriver om punkt ett."
        assert screen.meeting.item(second.id).notes == "Sekreteraren: punkt 2."
        said = [n.message for n in app._notifications]
        assert any("item 2" in m and "item 1" in m for m in said), said

        screen._typed_at = -1e9  # he paused (no waiting in a test)
        screen._tick()
        await pilot.pause()
        assert screen.shown_item() is not None and screen.shown_item().id == second.id
        assert notes_editor(app).text == "Sekreteraren: punkt 2."
        assert any("Now showing item 2" in n.message for n in app._notifications)
        await app.workers.wait_for_complete()
        screen.close_session()


async def test_his_own_next_item_key_ends_the_hold(live_pair: Pair) -> None:
    pair = live_pair
    app = chair_app(pair)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _typed_as_the_meeting_moves(app, pilot, pair, "Ordf.")
        assert screen.shown_item().id == screen.meeting.agenda[0].id  # held
        burst(app, "<ctrl+n>")  # his own key moves the meeting: the screen follows it
        await settle(pilot)
        third = screen.meeting.agenda[2]
        assert screen.meeting.current.id == third.id
        assert screen.shown_item().id == third.id
        burst(app, "Tre.")
        await settle(pilot)
        screen.save()
        assert screen.meeting.item(third.id).notes == "Tre."
        await app.workers.wait_for_complete()
        screen.close_session()


async def test_an_idle_chair_follows_the_meeting_at_once(live_pair: Pair) -> None:
    pair = live_pair
    app = chair_app(pair)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _typed_as_the_meeting_moves(app, pilot, pair, None)  # reading
        assert screen.shown_item().id == screen.meeting.agenda[1].id
        assert notes_editor(app).text == "Sekreteraren: punkt 2."
        await app.workers.wait_for_complete()
        screen.close_session()


async def test_his_own_go_to_a_sub_item_ends_the_hold(live_pair: Pair) -> None:
    """Ctrl+G "3.2" while held: the current item does not change (it is 3 already), the
    item the screen follows does, and so the screen shows 3.2 and his keys go there."""
    pair = live_pair

    def move_to_3(meeting: Any) -> None:
        live.go_to_item(meeting, meeting.agenda[2].id, NOW)

    edit(pair.path(pair.secretary), move_to_3)
    assert sync(pair.secretary, SECRETARY).pushed
    app = chair_app(pair)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.meeting_screens()[-1]
        burst(app, "Ordf.")
        await settle(pilot)
        await sync_now(app, pilot)
        assert screen.shown_item().id == screen.meeting.agenda[0].id  # held in item 1
        third = screen.meeting.agenda[2]
        sub = find_item(screen.meeting, "3.2")
        assert sub is not None and sub.parent == third.id
        burst(app, "<ctrl+g>", "3.2", "<enter>")
        await settle(pilot)
        assert screen.meeting.current.id == third.id
        assert screen.shown_item().id == sub.id
        burst(app, "Underpunkt.")
        await settle(pilot)
        screen.save()
        assert screen.meeting.item(sub.id).notes == "Underpunkt."
        await app.workers.wait_for_complete()
        screen.close_session()
