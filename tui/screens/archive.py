"""The archive: meetings newest first with their state; Enter opens, a key creates one.

The list is painted from the archive's index as it is (no meeting file read), then a
worker brings the index up to date with the files (a progress line when many are read)
and paints again. The table holds a page of rows and loads the next page when the
cursor comes near its end, so 10,000 meetings cost what 100 do.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import Worker, WorkerState

from model.enums import Language
from model.store.archive import Archive, ArchivePage, MeetingSummary
from model.store.errors import StoreError
from model.store.index_db import PROGRESS_FROM
from tui.commands import add_bindings, bindings_for, key_display
from tui.error_text import error_line
from tui.i18n import t
from tui.messages import OpenMeeting
from tui.widgets.key_footer import KeyFooter
from tui.widgets.table_parts import HintLine, TitleLine, row_table

if TYPE_CHECKING:
    from tui.host import AppHost

#: Rows loaded at a time, and how near the last loaded row the cursor brings the next page.
PAGE_ROWS = 100
PAGE_AHEAD = 20


class ArchiveScreen(Screen[None]):
    """Lists the archive in a worker (a large archive takes a moment to read)."""

    COMMAND_SCREEN = "archive"

    DEFAULT_CSS = """
    ArchiveScreen DataTable { height: 1fr; }
    """

    def __init__(self, archive: Archive, lang: Language) -> None:
        super().__init__()
        self.archive = archive
        self.lang = lang
        self.summaries: list[MeetingSummary] = []  # the rows loaded so far, newest first
        self.total = 0  # meetings in the archive (rows beyond ``summaries`` load on demand)
        self._archive_conflicts = 0
        self._unverified: set[str] = set()  # meetings whose approval does not hold
        self._meeting_conflicts = 0
        add_bindings(self, bindings_for("archive", lang))

    def compose(self) -> ComposeResult:
        yield TitleLine(f"{t(self.lang, 'app.archive')}  {self.archive.root}", id="archive-title")
        yield HintLine(t(self.lang, "app.archive.loading"), id="archive-hint")
        keys = ("app.col.date", "app.col.body", "app.col.title", "app.col.state")
        yield row_table([(key, t(self.lang, key)) for key in keys], id="meetings")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self._show_sync_state(cast("AppHost", self.app).sync_state)
        self.watch(self.app, "sync_state", self._sync_state_changed, init=False)
        try:  # the first page from the index as it is: a few ms, no meeting file read
            page = self.archive.page(PAGE_ROWS)
        except (StoreError, OSError, sqlite3.Error):
            page = None
        if page is not None and page.total:
            self.show_page(page, loading=True)
        # the files are checked on ScreenResume, which follows the first push too

    def on_screen_resume(self) -> None:
        # after the paint: checking 10,000 files in a thread would delay it (the GIL)
        self.call_after_refresh(self.reload)

    def reload(self) -> None:
        self._read_archive()

    @work(thread=True, exclusive=True, exit_on_error=False, group="archive")
    def _read_archive(self) -> tuple[ArchivePage, int, set[str]]:
        """The first page of meetings after bringing the index up to date, how many
        unresolved sync conflicts archive.json has, and the meetings whose approval does
        not hold (cached per file: cheap after the first)."""
        from sync.approval_check import archive_unverified
        from sync.errors import SyncError

        try:
            in_registry = len(self.archive.registry().open_conflicts())
        except StoreError:
            in_registry = 0  # a damaged archive.json is reported where it is used
        rows = max(PAGE_ROWS, len(self.summaries))  # keep what the user scrolled to
        page = self.archive.page(rows, refresh=True, progress=self._progress, full=True)
        try:
            root = self.archive.root  # the index was refreshed just above
            unverified = {c.meeting_id for c in archive_unverified(root, refresh=False)}
        except SyncError:
            unverified = set()  # git missing: said where git is used
        return page, in_registry, unverified

    def _progress(self, done: int, total: int) -> None:
        """From the worker: how far a long index build is ("Reading the archive: 200 of
        10000 meetings")."""
        if total >= PROGRESS_FROM:
            text = t(self.lang, "app.archive.indexing", count=total, done=done, total=total)
            self.app.call_from_thread(self.query_one("#archive-hint", Static).update, text)

    @on(Worker.StateChanged)
    def _archive_read(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "archive":
            return
        if event.state is WorkerState.ERROR:
            self.notify(error_line(self.lang, event.worker.error), severity="error")
            return
        if event.state is not WorkerState.SUCCESS or not isinstance(event.worker.result, tuple):
            return
        self.show(*event.worker.result)

    def show(
        self, page: ArchivePage, archive_conflicts: int = 0, unverified: set[str] | None = None
    ) -> None:
        """The list (its first rows); meetings with unresolved sync conflicts are marked
        "⚠ N" (alt+k), meetings whose approval does not hold "⚠ approval not proven"."""
        self._archive_conflicts = archive_conflicts
        self._unverified = set(unverified or ())
        self.show_page(page)

    def show_page(self, page: ArchivePage, *, loading: bool = False) -> None:
        """Replace the rows with ``page`` (keeping the cursor's row number)."""
        self.summaries = list(page.summaries)
        self.total = page.total
        self._meeting_conflicts = page.conflicts
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        table.clear()
        self._add_rows(page.summaries)
        if cursor and self.summaries:
            table.move_cursor(row=min(cursor, len(self.summaries) - 1), animate=False)
        if not loading:
            self._show_hint()

    def _add_rows(self, summaries: list[MeetingSummary]) -> None:
        table = self.query_one(DataTable)
        for s in summaries:
            state: str | Text = (
                s.problem.words(self.lang)
                if s.problem
                else t(self.lang, f"app.state.{s.state.value}")
            )
            day: str | Text = s.date.isoformat() if s.date else "-"
            if s.conflicts:  # in the first column: a long title pushes the last out of view
                day = f"{day}  ⚠ {s.conflicts}"
            if s.id in self._unverified:  # in the first column too, for the same reason
                mark = t(self.lang, "verify.list_mark")
                day = Text.assemble(day, ("  ⚠", "bold red"))
                state = Text.assemble(state, " ", (mark, "bold red"))
            table.add_row(day, s.body, s.title, state, key=str(s.path))

    @on(DataTable.RowHighlighted, "#meetings")
    def _near_the_end(self, event: DataTable.RowHighlighted) -> None:
        """Load the next page when the cursor comes near the last loaded row."""
        loaded = len(self.summaries)
        if loaded >= self.total or event.cursor_row < loaded - PAGE_AHEAD:
            return
        try:
            page = self.archive.page(PAGE_ROWS, offset=loaded)
        except (StoreError, OSError, sqlite3.Error):
            return
        fresh = page.summaries
        self.summaries.extend(fresh)
        self.total = page.total if fresh else loaded
        self._add_rows(fresh)

    def _show_hint(self) -> None:
        summaries = self.summaries
        new_key = key_display(self.app, "new_meeting")
        if summaries:
            help_key = key_display(self.app, "help")
            base = t(self.lang, "app.archive.hint", new=new_key, help=help_key)
        else:
            roster, template = (key_display(self.app, c) for c in ("roster", "template"))
            base = t(self.lang, "app.archive.empty", keys=new_key, roster=roster, template=template)
        conflicts = self._archive_conflicts + self._meeting_conflicts
        hint = Text(base)
        if conflicts:
            key = key_display(self.app, "conflicts")
            notice = t(self.lang, "sync.conflicts.hint", count=conflicts, shortcut=key)
            hint = Text.assemble((notice, "bold yellow"), "  ", base)
        self.query_one("#archive-hint", Static).update(hint)
        self.refresh_bindings()

    def _sync_state_changed(self, state: str) -> None:
        """A new sync state may come from a sync that merged files: read the list again."""
        self._show_sync_state(state)
        self.reload()

    def _show_sync_state(self, state: str) -> None:
        """The app's sync state ("synced 14:02", "conflict in ...") after the folder."""
        title = f"{t(self.lang, 'app.archive')}  {self.archive.root}"
        self.query_one("#archive-title", Static).update(
            Text(f"{title}  ⇅ {state}" if state else title)
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_selected" and not self.summaries:
            return None
        return True

    def action_open_selected(self) -> None:
        table = self.query_one(DataTable)
        if not self.summaries or table.cursor_row is None:
            return
        summary = self.summaries[min(table.cursor_row, len(self.summaries) - 1)]
        self.post_message(OpenMeeting(summary.path))

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_selected()

    def action_new_meeting(self) -> None:
        from tui.screens.new_meeting import open_new_meeting_form

        last_body = self.summaries[0].body if self.summaries else ""
        open_new_meeting_form(self, self.archive, self.lang, last_body)

    def selected_body(self) -> str:
        """The body of the highlighted meeting ('' when the archive is empty)."""
        table = self.query_one(DataTable)
        if not self.summaries or table.cursor_row is None:
            return ""
        return self.summaries[min(table.cursor_row, len(self.summaries) - 1)].body

    def action_import_agenda(self) -> None:
        # the agenda importer (and pandoc's reader) only when an agenda is imported
        from tui.screens.agenda_preview import start_agenda_import

        start_agenda_import(self, self.archive, self.lang, self.selected_body())

    def action_edit_template(self) -> None:
        """alt+t: the agenda template and standing rules of the highlighted meeting's body."""
        from tui.screens.template_edit import edit_template

        edit_template(self, self.archive.registry(), self.lang, self.selected_body())

    def action_edit_roster(self) -> None:
        """alt+r: the members of the highlighted meeting's body (asked when none)."""
        from tui.screens.roster_screen import edit_roster

        edit_roster(self, self.archive.registry(), self.lang, self.selected_body())

    def action_new_next(self) -> None:
        from tui.screens.next_from_last import start_next_meeting

        start_next_meeting(self, self.archive, self.lang, self.selected_body())
