"""A word reaches the other side within one interval: the typing side syncs soon after a
save, the receiving side checks the remote's tip between syncs (real git, a bare remote,
real apps under Pilot). The sync interval is set far beyond the test's length, so only
the new paths can explain what arrives."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import pytest

from model.enums import Language
from model.store.archive import Archive
from sync.engine import sync
from sync.remote_tip import local_ref, remote_moved
from tests.sync.conftest import CHAIR, SECRETARY, Pair, git
from tests.sync.helpers import edit
from tests.sync.test_live_sync import NOW, live_pair, notes_editor
from tests.tui.helpers import burst
from tui.app import MinutesApp
from tui.config import Config

__all__ = ["live_pair"]  # the fixture, used by name

FAR = 3600  # a sync interval no test waits for


def _app(root: Path, meeting_id: str, *, after_save: int, check: int) -> MinutesApp:
    who = SECRETARY if root.name == "secretary" else CHAIR
    return MinutesApp(
        root,
        Language.EN,
        meeting_path=Archive(root).meeting_path(meeting_id),
        clock=lambda: NOW,
        cursor_blink=False,
        config=Config(
            name=who.name,
            email=who.email,
            sync_interval=FAR,
            sync_after_save=after_save,
            sync_check_interval=check,
        ),
    )


def _remote_notes(pair: Pair) -> str:
    name = f"meetings/{pair.path(pair.secretary).name}"
    done = subprocess.run(
        ["git", "--git-dir", str(pair.remote), "show", f"main:{name}"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout


@pytest.mark.asyncio
async def test_the_typing_side_syncs_soon_after_a_save(live_pair: Pair) -> None:
    pair = live_pair
    app = _app(pair.secretary, pair.meeting_id, after_save=1, check=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        burst(app, "Ordet efter sparandet")
        for _ in range(150):  # the save after the typing pause, then the sync
            await pilot.pause(0.1)
            if "Ordet efter sparandet" in _remote_notes(pair):
                break
        assert "Ordet efter sparandet" in _remote_notes(pair)
        burst(app, " och ett till")  # the next save syncs again (not only the first)
        for _ in range(150):
            await pilot.pause(0.1)
            if "och ett till" in _remote_notes(pair):
                break
        assert "Ordet efter sparandet och ett till" in _remote_notes(pair)
        await app.workers.wait_for_complete()
        app.meeting_screens()[-1].close_session()


@pytest.mark.asyncio
async def test_no_sync_after_a_save_when_it_is_off(live_pair: Pair) -> None:
    pair = live_pair
    app = _app(pair.secretary, pair.meeting_id, after_save=0, check=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        burst(app, "Stannar här")
        screen = app.meeting_screens()[-1]
        for _ in range(30):
            await pilot.pause(0.1)
            if not screen.session.dirty and "Stannar" in screen.meeting.agenda[0].notes:
                break
        app.syncing._watch()  # the watch looks, and must not start a sync
        assert not app.syncing.running
        await app.workers.wait_for_complete()
        screen.close_session()
    assert "Stannar här" not in _remote_notes(pair)


@pytest.mark.asyncio
async def test_the_receiving_side_learns_of_a_new_tip_between_syncs(live_pair: Pair) -> None:
    pair = live_pair
    app = _app(pair.chair, pair.meeting_id, after_save=0, check=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        editor = notes_editor(app)

        def secretary_writes() -> None:
            edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[0], "notes", "Nytt!"))
            assert sync(pair.secretary, SECRETARY).pushed

        await asyncio.to_thread(secretary_writes)
        for _ in range(150):
            await pilot.pause(0.1)
            if "Nytt!" in editor.text:
                break
        assert editor.text == "Nytt!"
        await app.workers.wait_for_complete()
        app.meeting_screens()[-1].close_session()


def test_the_remote_check_tells_a_new_tip_from_a_known_one(live_pair: Pair) -> None:
    pair = live_pair
    assert not remote_moved(pair.chair)  # just cloned: nothing new
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[0], "notes", "Mer."))
    assert sync(pair.secretary, SECRETARY).pushed
    assert remote_moved(pair.chair)
    assert not remote_moved(pair.secretary)  # its own push is known there
    assert sync(pair.chair, CHAIR).merged
    assert not remote_moved(pair.chair)
    git(pair.chair, "pack-refs", "--all")  # refs read from packed-refs as well
    assert local_ref(pair.chair / ".git", "refs/heads/main")
    assert not remote_moved(pair.chair)


def test_the_remote_check_of_an_unreachable_remote_says_not_moved(live_pair: Pair) -> None:
    pair = live_pair
    git(pair.chair, "remote", "set-url", "origin", str(pair.chair.parent / "gone.git"))
    assert not remote_moved(pair.chair, network_timeout=5)
