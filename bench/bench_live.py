"""The live screen: launch to the first painted meeting screen, a quick key to disk, typing.

- launch: ``MinutesApp`` opening the demo meeting until the meeting screen has painted,
  against a bare Textual app with a comparable set of widgets (two-line header, agenda
  option list, notes TextArea, attendance option list, footer) in the same run;
- quick key to disk: one attendance key handled by the meeting screen (model operation,
  save, undo step, view refresh), with an archive of 1 and of 1,000 meetings;
- typing: 2,000 characters pressed through Pilot into the notes; every one must be in
  the file afterwards; the time per key includes Pilot's own wait for idle.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, OptionList, Static, TextArea

from bench.harness import Report
from model import live
from model.demo import demo_agenda, demo_meeting
from model.enums import AttendanceStatus, Language
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from tui.app import MinutesApp
from tui.config import Config
from tui.screens.meeting import MeetingScreen


class BareApp(App[None]):
    """The same widgets as the meeting screen (a footer with as many keys), no data."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(key, f"bell_{n}", f"Command {n}") for n, key in enumerate("abcdefghi")
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return True

    def compose(self) -> ComposeResult:
        yield Static("Södertörnskommunernas ledningsgrupp  2022-05-06\n● Saved │ Meeting 0:00")
        with Horizontal():
            yield OptionList(*[f"▶ {n} Agenda item {n}" for n in range(1, 12)])
            with Vertical():
                yield Static("5  Nytt utvecklingsprogram   Presenter: Helene Olofsson")
                yield TextArea(soft_wrap=True)
            yield OptionList(*[f"pres Person {n}\n  Organisation" for n in range(10)])
        yield Footer()


def _archive(meetings: int) -> tuple[Path, Path]:
    root = Path(tempfile.mkdtemp(prefix="bench-live-"))
    archive = Archive(root)
    template = demo_meeting()
    from model.codec import meeting_to_tables, tables_to_meeting
    from model.ids import new_id

    tables = meeting_to_tables(template)
    for _ in range(meetings - 1):
        copy = tables_to_meeting(tables)
        copy.header.id = new_id()
        archive.create(copy)
    return root, archive.create(demo_agenda())


def _app(root: Path, path: Path) -> MinutesApp:
    return MinutesApp(root, Language.EN, meeting_path=path, cursor_blink=False, config=Config())


async def _launch_minutes(root: Path, path: Path) -> float:
    start = time.perf_counter()
    app = _app(root, path)
    async with app.run_test(size=(120, 40)) as pilot:
        while not isinstance(app.screen, MeetingScreen):
            await asyncio.sleep(0.001)
        await pilot.pause()
        elapsed = (time.perf_counter() - start) * 1000
        app.screen.close_session()
    return elapsed


async def _launch_bare() -> float:
    start = time.perf_counter()
    app = BareApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        return (time.perf_counter() - start) * 1000


async def _quick_keys(root: Path, path: Path, count: int) -> list[float]:
    """Time the screen's handling of attendance keys (operation + save + refresh)."""
    app = _app(root, path)
    samples: list[float] = []
    statuses = [AttendanceStatus.PRESENT, AttendanceStatus.REMOTE, AttendanceStatus.ABSENT]
    async with app.run_test(size=(120, 40)) as pilot:
        while not isinstance(app.screen, MeetingScreen):
            await asyncio.sleep(0.001)
        screen = app.screen
        await pilot.press("ctrl+n")
        people = screen.meeting.people
        for n in range(count):
            person = people[n % len(people)]
            status = statuses[n % len(statuses)]
            start = time.perf_counter()
            error = screen._run(
                lambda m, p=person.id, s=status: live.set_attendance(m, p, s, screen.now())
            )
            samples.append((time.perf_counter() - start) * 1000)
            assert error is None
        screen.close_session()
    with MeetingStore(path, read_only=True) as store:  # the last key is on disk
        last = people[(count - 1) % len(people)]
        saved = store.meeting.person(last.id)
        assert saved is not None and saved.status is statuses[(count - 1) % len(statuses)]
    return samples


async def _typing(root: Path, path: Path, text: str) -> tuple[float, bool]:
    app = _app(root, path)
    async with app.run_test(size=(120, 40)) as pilot:
        while not isinstance(app.screen, MeetingScreen):
            await asyncio.sleep(0.001)
        await pilot.press("ctrl+n")
        start = time.perf_counter()
        await pilot.press(*text)
        per_key = (time.perf_counter() - start) * 1000 / len(text)
        await pilot.press("ctrl+q")
    with MeetingStore(path, read_only=True) as store:
        notes = store.meeting.agenda[0].notes
    return per_key, notes == text


def run(report: Report) -> None:
    root, path = _archive(1)
    try:
        ours = [asyncio.run(_launch_minutes(root, path)) for _ in range(8)]
        bare = [asyncio.run(_launch_bare()) for _ in range(8)]
        report.against(
            "live: launch to painted meeting screen (demo)",
            ours,
            "bare Textual app, same widgets",
            bare,
            at_most=1.3,
        )
        for label, meetings in (("1 meeting", 1), ("1,000 meetings", 1000)):
            key_root, key_path = (root, path) if meetings == 1 else _archive(meetings)
            samples = asyncio.run(_quick_keys(key_root, key_path, 300))
            report.add(
                f"live: quick key to disk, archive of {label}",
                samples,
                target="median < 20 ms, p99 < 50 ms",
                met=lambda r: r.median_ms < 20 and r.p99_ms < 50,
            )
            if key_root is not root:
                shutil.rmtree(key_root, ignore_errors=True)
        text = ("Ledningsgruppen diskuterar förslaget och är överens. " * 40)[:2000]
        type_root, type_path = _archive(1)
        per_key, complete = asyncio.run(_typing(type_root, type_path, text))
        shutil.rmtree(type_root, ignore_errors=True)
        report.add(
            "live: 2,000 characters typed through Pilot (per key)",
            [per_key],
            target="every character saved",
            met=lambda r: complete,
            all_saved=complete,
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> Any:  # pragma: no cover - for running this benchmark alone
    report = Report()
    run(report)
    return report
