"""Snapshots of the archive, meeting and help screens at 80x24 and 120x40, sv and en.

The clock is frozen, the cursor does not blink and every path shown is fixed, so the
pictures only change when the screens do. Update with ``pytest --snapshot-update``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from model.demo import demo_agenda, demo_meeting
from model.enums import Language
from model.store.archive import Archive
from tests.app.screens.helpers import make_app

SIZES = [(80, 24), (120, 40)]
LANGS = [Language.SV, Language.EN]
Test = TypeVar("Test", bound=Callable[..., None])


def each_size_and_language(test: Test) -> Test:
    """The test at every size in every language (ids such as ``sv-80x24``)."""
    in_each_language = pytest.mark.parametrize("lang", LANGS, ids=str)(test)
    return pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")(in_each_language)


@pytest.fixture
def fixed_archive(monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """An archive at a fixed path (it is shown on screen) with two meetings of distinct dates."""
    monkeypatch.setenv("MINUTES_CONFIG", "/home/secretary/.config/minutes")
    root = Path(tempfile.mkdtemp(prefix="snap-"))
    fixed = Path(tempfile.gettempdir()) / "minutes-snapshot-archive"
    if fixed.exists():
        import shutil

        shutil.rmtree(fixed)
    root.rename(fixed)
    archive = Archive(fixed)
    archive.create(demo_meeting())
    fresh = demo_agenda()
    fresh.header.date = date(2022, 6, 17)
    path = archive.create(fresh)
    return fixed, path


@each_size_and_language
def test_archive_screen(
    snap_compare: Any, fixed_archive: tuple[Path, Path], size: tuple[int, int], lang: Language
) -> None:
    root, _ = fixed_archive

    async def wait_for_list(pilot: Pilot[None]) -> None:
        # the archive's first page comes from the index, then a worker checks the files
        # and may start another (approval marks): wait until none is left running, the
        # rows are in and the table has measured them (its columns then fit the dates;
        # on a loaded machine that takes more than a fixed pause)
        table = pilot.app.screen.query_one(DataTable)
        for _ in range(200):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            widths = [column.content_width for column in table.columns.values()]
            if table.row_count == 2 and widths and widths[0] >= len("2022-05-06"):
                break
        await pilot.pause()

    app = make_app(root, lang)
    assert snap_compare(app, terminal_size=size, run_before=wait_for_list)


@each_size_and_language
def test_meeting_screen(
    snap_compare: Any, fixed_archive: tuple[Path, Path], size: tuple[int, int], lang: Language
) -> None:
    root, path = fixed_archive
    app = make_app(root, lang, meeting=path)
    # item 1 running, the attendance panel open with five people registered
    keys = ["ctrl+n", "f2", "p", "p", "r", "p", "r", "_"]
    assert snap_compare(app, terminal_size=size, press=keys)


@each_size_and_language
def test_help_screen(
    snap_compare: Any, fixed_archive: tuple[Path, Path], size: tuple[int, int], lang: Language
) -> None:
    root, path = fixed_archive
    app = make_app(root, lang, meeting=path)

    async def open_help(pilot: Pilot[None]) -> None:
        await pilot.press("f1")
        await pilot.pause(0.3)  # let the tables settle before the picture
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=open_help)
