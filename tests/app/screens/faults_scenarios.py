"""The app on a real full or read-only disk. Run inside a private mount namespace by
``tests/app/screens/test_faults.py`` (``tests.small_disk``): the archive lives on a small tmpfs
that only this process sees. Each scenario prints what happened as one JSON line."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

from model.enums import AttendanceStatus, Language
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import demo_archive, make_app
from tests.notices import run_test, shown
from tests.small_disk import fill, remount_read_only
from tui.screens.meeting import MeetingScreen
from tui.screens.unsaved import UnsavedScreen


def _messages(app: Any) -> list[str]:
    return [str(n.message) for n in shown(app)]


async def full_while_open(mount: Path, choice: str, folder: str) -> dict[str, Any]:
    """Notes and an attendance mark, then the disk fills; more notes, Ctrl+Q. ``choice``:
    "1" save again after freeing room, "2" a copy into ``folder``, "3" leave and lose."""
    path = demo_archive(mount / "archive", with_finished=False)
    app = make_app(mount / "archive", Language.EN, meeting=path)
    report: dict[str, Any] = {}
    async with run_test(app, size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("ctrl+n", *"Saved first", "ctrl+s")
        filler = fill(mount, 0)
        first = screen.meeting.people[0].id
        await pilot.press("f2", "p", "f2")  # present: the save of this fails
        await pilot.press(*" and then more", "ctrl+s")
        report["banner"] = str(screen.query_one("#banner").render())
        store = screen.session.store
        report["rescued_at_failure"] = str(store.rescued) if store.rescued else ""
        await pilot.press("ctrl+q")
        await pilot.pause()
        report["asked"] = isinstance(app.screen, UnsavedScreen)
        if choice == "1":
            await pilot.press("1")  # still full: asks again
            await pilot.pause()
            report["asked_again"] = isinstance(app.screen, UnsavedScreen)
            filler.unlink()
            await pilot.press("1")
        elif choice == "2":
            await pilot.press("tab")
            field = app.screen.query_one("#unsaved-folder")
            field.value = folder  # type: ignore[attr-defined]
            await pilot.press("enter")
        else:
            await pilot.press("3")
        await pilot.pause()
        report["person"] = first
    report["return_code"] = app.return_code
    report["parting"] = app.parting_message
    with MeetingStore(path, read_only=True) as saved:
        report["on_disk_notes"] = saved.meeting.agenda[0].notes
        person = saved.meeting.person(report["person"])
        report["on_disk_present"] = person is not None and person.status is AttendanceStatus.PRESENT
    copy = Path(folder) / f"{path.stem}.unsaved.json" if choice == "2" else store.rescued
    if copy is not None and copy.exists():
        with MeetingStore(copy, read_only=True) as kept:
            report["copy_notes"] = kept.meeting.agenda[0].notes
            person = kept.meeting.person(report["person"])
            report["copy_present"] = (
                person is not None and person.status is AttendanceStatus.PRESENT
            )
        report["copy"] = str(copy)
        report["copy_mode"] = oct(copy.stat().st_mode & 0o777)
    return report


async def full_before_open(mount: Path) -> dict[str, Any]:
    """The disk is full before the meeting is opened: it opens, and the app says so."""
    path = demo_archive(mount / "archive", with_finished=False)
    fill(mount, 0)
    app = make_app(mount / "archive", Language.SV, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        return {"opened": isinstance(app.screen, MeetingScreen), "messages": _messages(app)}


async def read_only_archive(mount: Path) -> dict[str, Any]:
    """The archive's disk cannot be written (root is not stopped by chmod; a read-only
    mount stops everyone): the archive lists, the meeting opens read-only and says why."""
    demo_archive(mount / "archive")
    remount_read_only(mount)
    app = make_app(mount / "archive", Language.EN)
    report: dict[str, Any] = {}
    async with run_test(app, size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        report["listed"] = len(app.screen.summaries)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        report["opened"] = isinstance(screen, MeetingScreen)
        if isinstance(screen, MeetingScreen):
            report["read_only"] = screen.session.read_only
            report["banner"] = str(screen.query_one("#banner").render())
        report["messages"] = _messages(app)
        await pilot.press("alt+c")
        await pilot.pause()
        report["back_in_archive"] = not isinstance(app.screen, MeetingScreen)
    return report


SCENARIOS = {
    "full_while_open": full_while_open,
    "full_before_open": full_before_open,
    "read_only_archive": read_only_archive,
}


def run(name: str, mount: str, *args: str) -> None:
    os.environ.setdefault("TERM", "xterm-256color")
    report = asyncio.run(SCENARIOS[name](Path(mount), *args))  # type: ignore[operator]
    sys.stdout.write("\n" + json.dumps(report) + "\n")
