"""Minuting a demo meeting live: the un-minuted demo in an archive, the app on it with a
clock the test moves, keys in bursts, and the Word file the export key writes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot

from model.demo_kinds import unminuted
from model.enums import Language
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import Clock, burst, make_app, settle
from tui.app import MinutesApp
from tui.screens.export import ExportScreen
from tui.screens.meeting import MeetingScreen

TAB = "<tab>"


@dataclass
class Session:
    """One app session on an un-minuted demo meeting."""

    app: MinutesApp
    pilot: Pilot[None]
    clock: Clock
    path: Path
    documents: Path

    async def keys(self, *parts: str) -> None:
        """A burst of keys, then wait until every one is handled."""
        burst(self.app, *parts)
        await settle(self.pilot)

    async def at(self, hour: int, minute: int, *parts: str) -> None:
        """Move the clock to ``hour:minute`` of the meeting's day, then the keys."""
        self.clock.now = self.clock.now.replace(hour=hour, minute=minute)
        await self.keys(*parts)

    def screen(self) -> MeetingScreen:
        screen = self.app.screen
        assert isinstance(screen, MeetingScreen), type(screen).__name__
        return screen

    async def export_word(self) -> Path:
        """Alt+X, Enter (Word is the first format): the file written to Documents."""
        screen = self.screen()
        await self.keys("<alt+x>")
        assert isinstance(self.app.screen, ExportScreen)
        await self.keys("<enter>")
        await screen.workers.wait_for_complete()
        await settle(self.pilot)
        (written,) = self.documents.glob("*.docx")
        return written


@asynccontextmanager
async def minuting(
    kind: str, lang: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Session]:
    """The app open on the un-minuted demo of ``kind``, the clock at its planned start."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))  # the export writes to the Documents folder
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    meeting = unminuted(kind)
    header = meeting.header
    assert header.date is not None and header.planned_start is not None
    path = Archive(tmp_path / "archive").create(meeting)
    clock = Clock(datetime.combine(header.date, header.planned_start))
    app = make_app(tmp_path / "archive", lang, meeting=path, clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        yield Session(app, pilot, clock, path, home / "Documents")


def saved(path: Path) -> MeetingStore:
    return MeetingStore(path, read_only=True)
