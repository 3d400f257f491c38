"""A word reaches the other side within one interval: the typing side syncs soon after a
save, the receiving side checks the remote's tip between syncs (real git, a bare remote,
real apps under Pilot). The sync interval is set far beyond the test's length, so only
the new paths can explain what arrives."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import pytest

from sync.engine import sync
from sync.remote_tip import local_ref, remote_moved
from tests.app.screens.helpers import burst
from tests.app.sync.apps import NOW, notes_editor, person_app, share_notes
from tests.app.sync.test_bounded import silent_port, urls
from tests.core.sync.conftest import CHAIR, SECRETARY, Pair, git
from tests.core.sync.helpers import edit
from tui.app import MinutesApp

__all__ = ["silent_port"]  # the fixture, used by name

FAR = 3600  # a sync interval no test waits for


def _app(pair: Pair, who: Path, *, after_save: int, check: int) -> MinutesApp:
    identity = SECRETARY if who == pair.secretary else CHAIR
    return person_app(
        who, pair.path(who), identity, interval=FAR, check=check, after_save=after_save
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
    app = _app(pair, pair.secretary, after_save=1, check=0)
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
    app = _app(pair, pair.secretary, after_save=0, check=0)
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
    app = _app(pair, pair.chair, after_save=0, check=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        editor = notes_editor(app)

        await asyncio.to_thread(share_notes, pair, "Nytt!")
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
    share_notes(pair, "Mer.")
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


@pytest.mark.asyncio
async def test_typing_in_bursts_with_syncs_after_saves_and_checks_loses_nothing(
    live_pair: Pair,
) -> None:
    """The secretary types in bursts; her app syncs after her saves and checks the remote
    between syncs while the chair's archive corrects the same meeting and pushes. Every
    sync succeeds, no conflict appears, both sides keep every word."""
    from textual.message import Message

    from model import live
    from model.meeting import Meeting
    from tests.core.sync.helpers import read
    from tui.sync_app import SyncFinished

    pair = live_pair
    finished: list[SyncFinished] = []

    def hook(message: Message) -> None:
        if isinstance(message, SyncFinished):
            finished.append(message)

    def chair_round(n: int) -> None:
        def change(m: Meeting) -> None:
            m.agenda[2].notes += f"Rättelse {n}.\n"
            live.add_decision(m, m.agenda[0].id, f"Beslut {n}", NOW)

        edit(pair.path(pair.chair), change)
        assert sync(pair.chair, CHAIR).pushed

    app = _app(pair, pair.secretary, after_save=1, check=1)
    typed: list[str] = []
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await pilot.pause()
        for n in range(5):
            typed += [f"ord{n}a", f"ord{n}b"]
            burst(app, f"Skriver ord{n}a ")
            chair = asyncio.create_task(asyncio.to_thread(chair_round, n))
            await pilot.pause(0.6)  # a save, and a sync after it
            burst(app, f"och ord{n}b. ")
            await chair
            await pilot.pause(0.9)
        screen = app.meeting_screens()[-1]
        for _ in range(100):  # until the last words are shared and the last round is in
            await pilot.pause(0.1)
            decisions = {d.text for d in screen.session.meeting.live_decisions()}
            if "Beslut 4" in decisions and "ord4b" in _remote_notes(pair):
                break
        await app.workers.wait_for_complete()
        assert notes_editor(app).text == screen.session.meeting.agenda[0].notes
        screen.close_session()
    assert len(finished) >= 3  # the syncs after saves and checks ran
    assert all(m.error is None for m in finished), [m.error for m in finished if m.error]
    assert all(m.result is not None and m.result.conflicts == 0 for m in finished)
    assert sync(pair.secretary, SECRETARY).pushed
    assert sync(pair.chair, CHAIR).pushed
    for who in (pair.secretary, pair.chair):
        meeting = read(pair.path(who))
        assert all(word in meeting.agenda[0].notes for word in typed), meeting.agenda[0].notes
        assert all(f"Rättelse {n}." in meeting.agenda[2].notes for n in range(5))
        assert {f"Beslut {n}" for n in range(5)} <= {d.text for d in meeting.live_decisions()}
        assert meeting.open_conflicts() == []


@pytest.mark.asyncio
async def test_a_save_whose_sync_found_the_archive_busy_is_synced_after(live_pair: Pair) -> None:
    """Another program (the CLI) holds the archive's git lock when the sync after a save
    starts: that sync skips its turn, and the save is synced once the lock is free
    (without a further save, and without waiting for the interval)."""
    from filelock import FileLock
    from textual.message import Message

    from sync.joblock import LOCK_NAME
    from tui.sync_app import SyncFinished

    pair = live_pair
    skipped: list[SyncFinished] = []

    def hook(message: Message) -> None:
        if isinstance(message, SyncFinished) and message.skipped:
            skipped.append(message)

    lock = FileLock(str(pair.secretary / ".git" / LOCK_NAME))
    app = _app(pair, pair.secretary, after_save=1, check=0)
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await pilot.pause()
        lock.acquire()
        try:
            burst(app, "Väntar på låset")
            for _ in range(150):
                await pilot.pause(0.1)
                if skipped:
                    break
            assert skipped
        finally:
            lock.release()
        for _ in range(150):
            await pilot.pause(0.1)
            if "Väntar på låset" in _remote_notes(pair):
                break
        assert "Väntar på låset" in _remote_notes(pair)
        await app.workers.wait_for_complete()
        app.meeting_screens()[-1].close_session()


def test_the_remote_check_of_a_silent_remote_ends_at_the_timeout(
    live_pair: Pair, silent_port: int
) -> None:
    """A remote that accepts the connection and never answers: the check says "not
    moved" once ``git_timeout`` runs out (the next full sync says why)."""
    git(live_pair.chair, "remote", "set-url", "origin", urls(silent_port)[0])
    assert not remote_moved(live_pair.chair, network_timeout=2)


@pytest.mark.asyncio
async def test_quitting_during_a_hanging_remote_check_stops_it(
    live_pair: Pair, silent_port: int
) -> None:
    pair = live_pair
    git(pair.chair, "remote", "set-url", "origin", urls(silent_port)[0])
    app = _app(pair, pair.chair, after_save=0, check=1)
    app.config.git_timeout = 600  # only the cancel can end it within the test
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            await pilot.pause(0.1)
            if app.syncing._checking:
                break
        assert app.syncing._checking  # the check hangs on the silent remote
        await app.syncing.stop()
        for _ in range(100):
            await pilot.pause(0.1)
            if not app.syncing._checking:
                break
        assert not app.syncing._checking  # killed, reported, not waiting for 600 s
        app.meeting_screens()[-1].close_session()
