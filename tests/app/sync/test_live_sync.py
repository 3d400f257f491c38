"""Sync during the meeting: the app typing in bursts while syncs run, the other person
editing the same meeting at the same time, through a bare remote (real git).

Before the sync merged in git's object store, a save between the sync's commit and its
merge made git refuse the merge ("Your local changes ... would be overwritten"): F12
mid-typing failed every time and left a false conflict (her own older text as "theirs").
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest
from textual.message import Message

from model import live
from model.demo import demo_agenda
from model.meeting import Meeting
from model.store.archive import Archive
from sync.engine import sync
from sync.setup import clone, setup
from tests.app.screens.helpers import burst
from tests.app.sync.apps import NOW, chair_app, notes_editor, person_app, share_notes, sync_now
from tests.core.sync.conftest import CHAIR, SECRETARY, Pair, git, make_remote
from tests.core.sync.helpers import edit, read
from tui.sync_app import SyncFinished
from tui.widgets.merged_text import map_offset


@pytest.mark.asyncio
async def test_typing_in_bursts_while_syncs_run_loses_nothing(live_pair: Pair) -> None:
    """Six rounds: the secretary types, presses F12 and types on while the sync runs
    (the notes are saved mid-sync), and the chair, at the same moment, corrects another
    item and adds a decision and syncs. Then background sync takes over for a while.
    Every sync succeeds, no conflict appears, both sides end up with every word."""
    pair = live_pair
    finished: list[SyncFinished] = []

    def hook(message: Message) -> None:
        if isinstance(message, SyncFinished):
            finished.append(message)

    chair_path = pair.path(pair.chair)
    typed: list[str] = []

    def chair_round(n: int) -> None:
        def change(m: Meeting) -> None:
            m.agenda[2].notes += f"Ordförandens rättelse {n}.\n\n"
            live.add_decision(m, m.agenda[0].id, f"Ordförandens beslut {n}", NOW)

        edit(chair_path, change)
        result = sync(pair.chair, CHAIR)
        assert result.pushed and result.conflicts == 0

    app = person_app(pair.secretary, pair.path(pair.secretary), SECRETARY, interval=0)
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await pilot.pause()
        assert app.focused is notes_editor(app)
        for n in range(6):
            words = f"Sekreteraren skriver ord{n}a och ord{n}b"
            typed += [f"ord{n}a", f"ord{n}b", f"ord{n}c"]
            burst(app, words)
            await pilot.pause()
            chair = asyncio.create_task(asyncio.to_thread(chair_round, n))
            await pilot.press("f12")
            burst(app, f" medan synken går ord{n}c. ")
            await pilot.pause(0.5)  # typing pauses: the notes are saved during the sync
            await chair
            await app.workers.wait_for_complete()
            await pilot.pause()
        # background sync every second while she goes on typing
        app.config.sync_interval = 1
        app.syncing.start()
        for n in range(6, 9):
            typed.append(f"ord{n}a")
            burst(app, f"Bakgrund ord{n}a. ")
            await pilot.pause(1.3)
        await asyncio.to_thread(chair_round, 9)
        await pilot.pause(2.5)  # a background sync brings the last round in
        await app.workers.wait_for_complete()
        await sync_now(app, pilot)
        screen = app.meeting_screens()[-1]
        in_app = screen.session.meeting
        assert in_app.open_conflicts() == []
        assert notes_editor(app).text == in_app.agenda[0].notes
        screen.close_session()
    assert finished and all(m.error is None for m in finished), [
        m.error for m in finished if m.error
    ]
    assert all(m.result is not None and m.result.conflicts == 0 for m in finished if m.result)
    assert sync(pair.chair, CHAIR).pushed
    for who in (pair.secretary, pair.chair):
        meeting = read(pair.path(who))
        notes = meeting.agenda[0].notes
        assert all(word in notes for word in typed), (who, notes)
        rounds = [0, 1, 2, 3, 4, 5, 9]
        assert all(f"Ordförandens rättelse {n}." in meeting.agenda[2].notes for n in rounds)
        texts = {d.text for d in meeting.live_decisions()}
        assert {f"Ordförandens beslut {n}" for n in rounds} <= texts
        assert meeting.open_conflicts() == []
    assert pair.path(pair.secretary).read_bytes() == pair.path(pair.chair).read_bytes()
    assert git(pair.secretary, "status", "--porcelain") == ""


@pytest.mark.asyncio
async def test_the_chair_sees_the_draft_live_and_keeps_typing(live_pair: Pair) -> None:
    """The chair's app with background sync: the secretary's new paragraph and decision
    appear in the chair's open meeting by themselves, while the chair's cursor and the
    words he is typing in the first paragraph stay where they are."""
    pair = live_pair
    sec_path = pair.path(pair.secretary)
    share_notes(pair, "Första stycket.\n\nAndra stycket.")
    app = chair_app(pair)
    async with app.run_test(size=(120, 40)) as pilot:
        await sync_now(app, pilot)
        editor = notes_editor(app)
        assert editor.text == "Första stycket.\n\nAndra stycket."
        app.config.sync_interval = 1
        app.syncing.start()
        editor.move_cursor((0, len("Första")))
        burst(app, " (rättat)")
        await pilot.pause()
        assert editor.cursor_location == (0, len("Första (rättat)"))

        def secretary_writes() -> None:
            def change(m: Meeting) -> None:
                m.agenda[0].notes += "\n\nTredje stycket från sekreteraren."
                live.add_decision(m, m.agenda[0].id, "Sekreterarens beslut", NOW)

            edit(sec_path, change)
            assert sync(pair.secretary, SECRETARY).pushed

        await asyncio.to_thread(secretary_writes)
        for _ in range(40):  # within a few background syncs, nothing pressed
            await pilot.pause(0.2)
            if "Tredje stycket" in editor.text:
                break
        assert editor.text == (
            "Första (rättat) stycket.\n\nAndra stycket.\n\nTredje stycket från sekreteraren."
        )
        assert editor.cursor_location == (0, len("Första (rättat)"))  # not moved
        burst(app, " igen")
        await pilot.pause()
        screen = app.meeting_screens()[-1]
        decisions = [d.text for d in screen.session.meeting.live_decisions()]
        assert "Sekreterarens beslut" in decisions
        assert editor.text.startswith("Första (rättat) igen stycket.")
        await app.workers.wait_for_complete()
        screen.close_session()
    assert sync(pair.chair, CHAIR).pushed
    assert sync(pair.secretary, SECRETARY).merged
    notes = read(sec_path).agenda[0].notes
    assert notes.startswith("Första (rättat) igen stycket.") and "Tredje stycket" in notes


def test_the_cursor_follows_its_character_through_a_merge() -> None:
    old = "Första stycket.\n\nAndra."
    # text came in before the cursor: it moves with its character; after it: it stays
    assert map_offset(old, "Ny rad.\n" + old, 6) == 6 + len("Ny rad.\n")
    assert map_offset(old, old + "\n\nTredje.", 6) == 6
    assert map_offset(old, old, len(old)) == len(old)
    # text inserted right at the cursor goes after it (the cursor stays before it)
    assert map_offset("ab", "aXb", 1) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("state", "same_day", "follows"),
    [("draft", True, True), ("draft", False, False), ("awaiting_approval", True, False)],
)
async def test_the_chair_who_opened_the_meeting_before_its_start_follows_it(
    tmp_path: Path, state: str, same_day: bool, follows: bool
) -> None:
    """Opened before the secretary starts it: a draft of today is synced every interval
    too (not once a minute), so the start and the first notes arrive within one."""
    from datetime import timedelta

    from model.enums import MeetingState

    remote = make_remote(tmp_path)
    secretary = tmp_path / "secretary"
    meeting = demo_agenda()
    meeting.header.state = MeetingState(state)
    Archive(secretary).create(meeting)
    setup(secretary, str(remote))
    assert sync(secretary, SECRETARY).pushed
    chair = clone(str(remote), tmp_path / "chair")
    day = meeting.header.date
    assert day is not None
    today = datetime.combine(day if same_day else day + timedelta(days=3), NOW.time())
    app = person_app(chair, Archive(chair).meeting_path(meeting.id), CHAIR, interval=0, now=today)
    asked: list[bool] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.syncing.request = lambda ask=True: asked.append(ask)  # counted, not run
        app.syncing._background()  # the first turn always syncs
        app.syncing._background()  # the next one at the interval only if it follows
        app._meeting_screens()[-1].close_session()
    assert len(asked) == (2 if follows else 1)
