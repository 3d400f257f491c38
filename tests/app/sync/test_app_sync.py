"""The app's sync key: a change from the other side reaches the open meeting, and what
the user typed during the sync stays."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from tests.app.screens.helpers import burst
from tests.app.sync.apps import chair_app
from tests.core.sync.conftest import Pair
from tests.core.sync.helpers import edit, read
from tui.app import MinutesApp
from tui.screens.meeting import MeetingScreen


def conflict_in_first_item(pair: Pair, secretary: str, chair: str) -> None:
    """Both write item 1's notes offline, both sync: the chair's file has a conflict."""
    for who, text in ((pair.secretary, secretary), (pair.chair, chair)):
        edit(pair.path(who), lambda m, text=text: setattr(m.agenda[0], "notes", text))
    pair.sync(pair.secretary)
    pair.sync(pair.chair)


async def show_first_item(app: MinutesApp, pilot: Pilot[None]) -> MeetingScreen:
    """The chair's meeting screen showing item 1 (the meeting has not started)."""
    await pilot.pause()
    screen = app.meeting_screens()[-1]
    screen.query_one("#agenda", OptionList).highlighted = 0
    await pilot.pause()
    return screen


@pytest.mark.asyncio
async def test_sync_key_merges_into_the_open_meeting(pair: Pair) -> None:
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Från sekreteraren"))
    assert pair.sync(pair.secretary).pushed
    app = chair_app(pair)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.meeting_screens()[-1]
        screen.session.apply(lambda m: setattr(m.header, "next_place", "Från ordföranden"))
        await pilot.press("f12")
        await app.workers.wait_for_complete()
        await pilot.pause()
        meeting = screen.session.meeting
        assert meeting.header.place == "Från sekreteraren"
        assert meeting.header.next_place == "Från ordföranden"
        assert "synced" in app.sub_title
    assert pair.sync(pair.secretary).merged
    assert read(pair.path(pair.secretary)).header.next_place == "Från ordföranden"


@pytest.mark.asyncio
async def test_conflict_resolved_in_the_app_is_what_gets_saved(pair: Pair) -> None:
    conflict_in_first_item(pair, "Sekreterarens text", "Ordförandens text")
    app = chair_app(pair)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await show_first_item(app, pilot)
        shown = screen.shown_item()
        assert shown is not None and shown.id == screen.meeting.agenda[0].id
        assert screen.item_view.editor.text == "Ordförandens text"
        await pilot.press("alt+k")
        await pilot.pause()
        await pilot.press("2")  # her own words would go: the screen says so first
        await pilot.pause()
        warning = str(app.screen.query_one("#conflict-warning", Static).render())
        assert "Ordförandens text" in warning and "Press 2 again" in warning
        assert len(app.screen.session.meeting.open_conflicts()) == 1  # nothing taken yet
        await pilot.press("2")
        await pilot.press("escape")
        await pilot.pause()
        assert screen.item_view.editor.text == "Sekreterarens text"
        screen.close_session()
    meeting = read(pair.path(pair.chair))
    assert meeting.agenda[0].notes == "Sekreterarens text"
    assert meeting.open_conflicts() == []


@pytest.mark.asyncio
async def test_merged_text_typed_in_a_burst_with_ctrl_s_is_all_saved(pair: Pair) -> None:
    """ctrl+s right after the last letters of the merged text (seen in the two-person
    trial: the chair's words were missing from the saved resolution)."""

    conflict_in_first_item(pair, "A\n\nSekreterarens text\n\nC", "A\n\nOrdförandens text\n\nC")
    app = chair_app(pair)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await show_first_item(app, pilot)
        await pilot.press("alt+k")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        burst(app, "<up>", "<up>", "<end>", " plus", "<ctrl+s>")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        screen.close_session()
    meeting = read(pair.path(pair.chair))
    assert meeting.agenda[0].notes == "A\n\nOrdförandens text plus\n\nC"
