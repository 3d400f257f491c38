"""Opening the Textual app. Imported lazily by the CLI so plain commands stay fast."""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from model.demo import demo_agenda, demo_meeting
from tui.cli.context import Context

if TYPE_CHECKING:
    from tui.app import MinutesApp


def open_archive(ctx: Context) -> None:
    """``minutes``: the archive screen."""
    from tui.app import MinutesApp

    _run(MinutesApp(ctx.archive_path, ctx.lang))


def open_meeting(ctx: Context, path: Path) -> None:
    """``minutes open MEETING``: straight into the meeting screen."""
    from tui.app import MinutesApp

    _run(MinutesApp(ctx.archive_path, ctx.lang, meeting_path=path))


def _run(app: MinutesApp, *, headless: bool = False) -> None:
    """Run the app; exit code 1 if it was left with a change not in the archive, 70 with
    one sentence if an unexpected error closed it (tui/crash.py)."""
    app.last_resort = True
    app.run(headless=headless)
    if app.parting_message:
        print(app.parting_message, file=sys.stderr)
    if app.return_code:
        sys.exit(app.return_code)


def demo_archive(ctx: Context) -> None:
    """``minutes demo``: a temporary archive with the finished reference meeting and the same
    meeting not yet minuted; the app opens on the latter so a new user can minute it."""
    finished = demo_meeting()
    ctx.archive.create(finished)
    path = ctx.archive.create(demo_agenda(finished, on=datetime.now()))
    open_meeting(ctx, path)


def temporary_archive() -> Path:
    return Path(tempfile.mkdtemp(prefix="minutes-demo-"))
