"""The archive: meetings newest first with their state; Enter opens, a key creates one.

The list is painted from the archive's index as it is (no meeting file read), then a
worker brings the index up to date with the files (a progress line when many are read)
and paints again. The table holds a page of rows and loads the next page when the
cursor comes near its end, so 10,000 meetings cost what 100 do.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static
from textual.worker import Worker, WorkerState

from model.doc_language import chosen_language, new_meeting_language
from model.enums import DocumentKind, Language
from model.meeting import Meeting
from model.store.archive import Archive, ArchivePage, MeetingSummary, new_header
from model.store.errors import StoreError
from model.store.index_db import PROGRESS_FROM
from model.store.problems import os_error_words
from model.validation import planned_times_problem
from tui.commands import add_bindings, bindings_for, key_display
from tui.i18n import t
from tui.screens.form import Field, FormScreen, Values
from tui.screens.meeting_forms import FormError, optional_date, optional_time

#: Rows loaded at a time, and how near the last loaded row the cursor brings the next page.
PAGE_ROWS = 100
PAGE_AHEAD = 20


class ArchiveScreen(Screen[None]):
    """Lists the archive in a worker (a large archive takes a moment to read)."""

    COMMAND_SCREEN = "archive"

    DEFAULT_CSS = """
    ArchiveScreen #archive-title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    ArchiveScreen #archive-hint { height: 1; padding: 0 1; color: $text-muted; }
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
        yield Static(f"{t(self.lang, 'app.archive')}  {self.archive.root}", id="archive-title")
        yield Static(t(self.lang, "app.archive.loading"), id="archive-hint")
        table: DataTable[str] = DataTable(cursor_type="row", zebra_stripes=True, id="meetings")
        for key in ("app.col.date", "app.col.body", "app.col.title", "app.col.state"):
            table.add_column(t(self.lang, key), key=key)
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self._show_sync_state(self.app.sub_title)
        self.watch(self.app, "sub_title", self._sync_state_changed, init=False)
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
        page = self.archive.page(rows, refresh=True, progress=self._progress)
        try:
            unverified = {c.meeting_id for c in archive_unverified(self.archive.root)}
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
            error = event.worker.error
            detail = error.message(self.lang) if isinstance(error, StoreError) else str(error)
            self.notify(t(self.lang, "app.error", detail=detail), severity="error")
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
            base = t(self.lang, "app.archive.empty", keys=new_key)
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
        self.app.open_meeting(summary.path)  # type: ignore[attr-defined]

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_selected()

    def action_new_meeting(self) -> None:
        lang = self.lang
        last_body = self.summaries[0].body if self.summaries else ""

        def work_(values: Values) -> str | None:
            try:
                day = optional_date(values["date"], t(lang, "form.new.date"), lang) or date.today()
                start = optional_time(values["start"], t(lang, "form.new.start"), lang)
                end = optional_time(values["end"], t(lang, "form.new.end"), lang)
            except FormError as exc:
                return str(exc)
            if (problem := planned_times_problem(start, end)) is not None:
                return problem.message(lang)
            body = values["body"].strip()
            try:
                path = self._create(body, values["title"].strip() or body, day, start, end, values)
            except (StoreError, OSError) as exc:  # a read-only archive, a full disk
                if isinstance(exc, StoreError):
                    return exc.message(lang)
                return t(lang, "app.error", detail=os_error_words(exc, lang))
            self.notify(t(lang, "app.created"))
            self.app.call_later(self.app.open_meeting, path)  # type: ignore[attr-defined]
            return None

        fields = [
            Field("body", t(lang, "form.new.body"), last_body, required=True),
            Field("title", t(lang, "form.new.title")),
            Field("date", t(lang, "form.new.date"), date.today().isoformat()),
            Field("start", t(lang, "form.new.start")),
            Field("end", t(lang, "form.new.end")),
            Field("place", t(lang, "form.new.place")),
        ]
        self.app.push_screen(FormScreen(t(lang, "form.new"), fields, lang, work_))

    def selected_body(self) -> str:
        """The body of the highlighted meeting ('' when the archive is empty)."""
        table = self.query_one(DataTable)
        if not self.summaries or table.cursor_row is None:
            return ""
        return self.summaries[min(table.cursor_row, len(self.summaries) - 1)].body

    def action_import_agenda(self) -> None:
        from tui.screens.agenda_preview import start_agenda_import

        start_agenda_import(self, self.archive, self.lang, self.selected_body())

    def action_new_next(self) -> None:
        from tui.screens.next_from_last import start_next_meeting

        start_next_meeting(self, self.archive, self.lang, self.selected_body())

    def _create(
        self, body: str, title: str, day: date, start: object, end: object, values: Values
    ) -> Path:
        """A new meeting with the body's roster, kind and language from its last meeting."""
        archive = self.archive
        last = archive.last_meeting_of(body)
        kind = last.header.kind if last else DocumentKind.NOTES
        config = getattr(self.app, "config", None)  # the user's default for a new body
        configured = chosen_language(config.document_language) if config is not None else None
        header = new_header(
            body=body,
            kind=kind,
            language=new_meeting_language(archive, body, kind, last, configured=configured),
            title=title,
            date=day,
            planned_start=start,
            planned_end=end,
            place=values["place"].strip() or (last.header.place if last else ""),
            remote=last.header.remote if last else "",
            rules=last.header.rules if last else "",
        )
        return archive.create(Meeting(header=header, attendance=archive.roster_for(body)))
