"""Read-only opening, a failed save that loses nothing, the keymap, the palette's offer."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from model.enums import AttendanceStatus, Language
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import burst, demo_archive, make_app
from tui.screens.help import HelpScreen, help_renderable
from tui.screens.meeting import MeetingScreen

pytestmark = pytest.mark.asyncio


async def test_a_meeting_held_by_another_process_opens_read_only(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    with MeetingStore(path):  # "another window" holds the meeting for writing
        app = make_app(tmp_path, Language.SV, meeting=path)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = app.screen
            assert isinstance(screen, MeetingScreen) and screen.session.read_only
            banner = str(screen.query_one("#banner").render())
            assert "Skrivskyddat" in banner
            await pilot.press("ctrl+n", "f2", "p")
            assert screen.meeting.current is None  # nothing changed
            assert screen.check_action("next_item", ()) is False


async def test_a_failed_save_is_shown_and_nothing_typed_is_lost(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    kept = tmp_path / "kept.json"
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("ctrl+n")
        # the disk refuses the write: a folder stands where the file must be replaced
        shutil.move(path, kept)
        path.mkdir()
        try:
            await pilot.press(*"Beslut")
            await pilot.press("ctrl+s")
            assert screen.session.last_error is not None
            assert "SAVE FAILED" in str(screen.query_one("#banner").render())
            assert screen.meeting.agenda[0].notes == "Beslut"
        finally:
            path.rmdir()
            shutil.move(kept, path)
        await pilot.press("ctrl+s")  # the retry writes what was kept
        assert screen.session.last_error is None
    with MeetingStore(path, read_only=True) as store:
        assert store.meeting.agenda[0].notes == "Beslut"


async def test_the_keymap_moves_a_key_and_help_shows_it(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path, keymap={"next_item": "f10"})
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("ctrl+n")  # no longer bound
        assert screen.meeting.current is None
        await pilot.press("f10")
        assert screen.meeting.current is not None
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=120, record=True, file=io.StringIO())
        console.print(help_renderable(app, Language.EN, ("meeting", "app")))
        text = console.export_text()
        assert "f10" in text and "^n" not in text.split("Next item")[0].splitlines()[-1]


async def test_undo_takes_back_an_attendance_key_and_a_typingburst(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("ctrl+n", "f2", "r", "f2")
        first = screen.meeting.people[0]
        assert screen.meeting.person(first.id).status is AttendanceStatus.REMOTE  # type: ignore[union-attr]
        await pilot.press(*"abc", "ctrl+s")
        await pilot.press("ctrl+z")
        assert screen.meeting.agenda[0].notes == ""
        assert screen.item_view.editor.text == ""
        await pilot.press("ctrl+z")
        assert screen.meeting.person(first.id).status is AttendanceStatus.UNKNOWN  # type: ignore[union-attr]
        await pilot.press("ctrl+y", "ctrl+y")
        assert screen.item_view.editor.text == "abc"
    with MeetingStore(path, read_only=True) as store:
        assert store.meeting.agenda[0].notes == "abc"
        assert store.meeting.person(first.id).status is AttendanceStatus.REMOTE  # type: ignore[union-attr]


async def test_archive_lists_meetings_and_enter_opens_one(tmp_path: Path) -> None:
    demo_archive(tmp_path)
    app = make_app(tmp_path, Language.SV)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.screen.summaries) == 2  # type: ignore[attr-defined]
        await pilot.press("enter")
        assert isinstance(app.screen, MeetingScreen)
        await pilot.press("alt+c")
        await pilot.pause()
        assert not isinstance(app.screen, MeetingScreen)


async def test_text_typed_in_a_burst_stays_with_its_item(tmp_path: Path) -> None:
    """Letters still waiting for the editor when ctrl+n arrives belong to the item they
    were typed in; letters after it belong to the next item (seen in tmux: part of item
    2's sentence landed in item 3)."""
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("ctrl+n")
        await pilot.pause()
        burst(app, "Punkt ett öppnas.", "<ctrl+n>", "Punkt två här.", "<ctrl+n>", "Tre")
        for _ in range(5):
            await pilot.pause()
        screen.close_session()
    with MeetingStore(path, read_only=True) as store:
        notes = [item.notes for item in store.meeting.agenda[:3]]
    assert notes == ["Punkt ett öppnas.", "Punkt två här.", "Tre"]


async def test_editing_keys_in_a_burst_keep_their_place(tmp_path: Path) -> None:
    """Arrows and Backspace typed in a burst with letters act where they were typed
    (Textual runs a widget's own bindings only after the key bubbled to the app, so a
    letter after Backspace used to be inserted first: "300 kr" became "30 kr.5")."""
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("ctrl+n")
        await pilot.pause()
        burst(app, "Till 300 kr.", *["<left>"] * 5, "<backspace>", "5", "<end>", " Klart")
        burst(app, "<ctrl+d>")
        for _ in range(5):
            await pilot.pause()
        burst(app, "Beslutaf", "<backspace>", "r om budget", "<enter>")
        for _ in range(5):
            await pilot.pause()
        screen.close_session()
    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    assert meeting.agenda[0].notes == "Till 350 kr. Klart"
    assert [d.text for d in meeting.decisions] == ["Beslutar om budget"]
