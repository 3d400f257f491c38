"""The apps the sync tests run, built in one place: the app at an archive as a test runs
it (English, the clock stopped, no blinking cursor), a person's app with its sync
settings, and the steps the tests repeat (the secretary's notes shared, F12 until the
sync is shown, the approval's review screen). The benchmark of two live apps
(bench/bench_keyscreen.py) builds its apps here too."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import TextArea

from model.enums import Language
from sync.engine import sync
from sync.gitenv import Identity
from tests.core.sync.conftest import CHAIR, SECRETARY, Pair
from tests.core.sync.helpers import edit
from tui.app import MinutesApp
from tui.config import Config
from tui.screens.approval import ApprovalScreen

NOW = datetime(2024, 5, 6, 10, 0)
_DEFAULTS = Config()


def app_for(root: Path, meeting: Path | None, config: Config, now: datetime = NOW) -> MinutesApp:
    """The app at ``root`` with ``config``, ``meeting`` open if given, the clock at ``now``."""
    return MinutesApp(
        root,
        Language.EN,
        meeting_path=meeting,
        clock=lambda: now,
        cursor_blink=False,
        config=config,
    )


def person_app(
    root: Path,
    meeting: Path | None,
    who: Identity,
    *,
    interval: int,
    check: int = _DEFAULTS.sync_check_interval,
    after_save: int = _DEFAULTS.sync_after_save,
    now: datetime = NOW,
) -> MinutesApp:
    """``who``'s app: the config names them, the sync settings are these (``interval`` 0:
    no background sync), the others the defaults."""
    config = Config(
        name=who.name,
        email=who.email,
        sync_interval=interval,
        sync_check_interval=check,
        sync_after_save=after_save,
    )
    return app_for(root, meeting, config, now)


def chair_app(pair: Pair) -> MinutesApp:
    """The chair's app with her meeting open (no background sync)."""
    return person_app(pair.chair, pair.path(pair.chair), CHAIR, interval=0)


def notes_editor(app: MinutesApp) -> TextArea:
    return app.meeting_screens()[-1].item_view.editor


def share_notes(pair: Pair, notes: str) -> None:
    """The secretary's archive: item 1's notes become ``notes``, pushed to the remote."""
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[0], "notes", notes))
    assert sync(pair.secretary, SECRETARY).pushed


async def sync_now(app: MinutesApp, pilot: Pilot[None]) -> None:
    """F12, and wait until the sync ran and its result is on the screen."""
    await pilot.press("f12")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def open_review(app: MinutesApp, pilot: Pilot[None]) -> ApprovalScreen:
    """Alt+J in the open meeting: the approval's review screen, its workers done."""
    await pilot.press("alt+j")
    await app.workers.wait_for_complete()
    await pilot.pause()
    review = app.screen
    assert isinstance(review, ApprovalScreen)
    return review
