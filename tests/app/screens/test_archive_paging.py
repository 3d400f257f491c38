"""The archive screen at size: painted from the index first, rows loaded a page at a time."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from model.codec import meeting_to_tables, tables_to_meeting
from model.demo import demo_meeting
from model.enums import Language
from model.ids import new_id
from model.store.archive import Archive, ArchivePage
from model.store.problems import FileProblem
from tests.app.screens.helpers import make_app
from tui.app import MinutesApp
from tui.screens.archive import PAGE_AHEAD, PAGE_ROWS, ArchiveScreen

pytestmark = pytest.mark.asyncio


def _archive(root: Path, count: int) -> list[str]:
    """``count`` meetings a day apart; their ids, newest first."""
    archive = Archive(root)
    tables = meeting_to_tables(demo_meeting())
    ids = []
    for n in range(count):
        meeting = tables_to_meeting(tables)
        meeting.header.id = new_id()
        meeting.header.date = date(2020, 1, 1) + timedelta(days=n)
        archive.create(meeting)
        ids.append(meeting.header.id)
    return ids[::-1]


async def _rows_in(app: MinutesApp, pilot: Pilot[None]) -> None:
    """Until the archive's check of its files has run and shown its rows (the check
    starts after the first refresh: a worker may not exist yet when this is called)."""
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        rows = isinstance(screen, ArchiveScreen) and screen.query_one(DataTable).row_count
        if rows and not app.workers:
            return
    raise AssertionError("the archive's rows never came")


async def test_rows_load_a_page_at_a_time_as_the_cursor_goes_down(tmp_path: Path) -> None:
    count = PAGE_ROWS * 2 + 30
    newest_first = _archive(tmp_path, count)
    app = make_app(tmp_path, Language.EN)
    async with app.run_test(size=(100, 30)) as pilot:
        await _rows_in(app, pilot)
        screen = app.screen
        assert isinstance(screen, ArchiveScreen)
        table = screen.query_one(DataTable)
        assert table.row_count == PAGE_ROWS and screen.total == count
        table.move_cursor(row=PAGE_ROWS - PAGE_AHEAD)
        await pilot.pause()
        assert table.row_count == PAGE_ROWS * 2
        table.move_cursor(row=table.row_count - 1)
        await pilot.pause()
        assert table.row_count == count  # the last, shorter page
        assert [s.id for s in screen.summaries] == newest_first  # in order, none twice
        row = table.cursor_row
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.meeting.id == newest_first[row]  # type: ignore[attr-defined]


async def test_the_list_is_painted_from_the_index_before_the_files_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _archive(tmp_path, 3)
    archive = Archive(tmp_path)
    archive.summaries()  # the index knows three meetings
    for path in archive.meeting_paths():  # files that would fail if they were read now
        path.write_text("{ damaged", encoding="utf-8")
    painted: list[list[FileProblem | None]] = []
    show_page = ArchiveScreen.show_page

    def recording(self: ArchiveScreen, page: ArchivePage, *, loading: bool = False) -> None:
        painted.append([s.problem for s in page.summaries])
        show_page(self, page, loading=loading)

    monkeypatch.setattr(ArchiveScreen, "show_page", recording)
    app = make_app(tmp_path, Language.EN)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ArchiveScreen)
    assert painted[0] == [None, None, None]  # the first paint: from the index, no file read
    assert all(p and p.code == "invalid_json" for p in painted[-1])  # then checked: damaged
