"""Search all meetings from the app (``/`` or Ctrl+F on the archive and meeting screens).

The search is ``model.search.search`` over the archive index (the same as ``minutes
search``, best hits first), run in a thread worker on every change of the text; a newer
search replaces an older one. Enter on a hit opens that meeting with the item
highlighted in its agenda; if the meeting is the one already open, it just highlights
the item there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Input, Static
from textual.worker import Worker, WorkerState

from model.enums import Language
from model.registers import unreadable, unreadable_files
from model.search import Hit, search
from model.store.archive import Archive
from tui.commands import add_bindings
from tui.error_text import error_line
from tui.i18n import CATALOGUES, t
from tui.widgets.key_footer import KeyFooter
from tui.widgets.table_parts import HintLine, TitleLine, row_table

if TYPE_CHECKING:
    from tui.host import AppHost

MAX_HITS = 500  # more than a screen can show; the count says when there are more


@dataclass(frozen=True)
class SearchChoice:
    """The hit chosen: which meeting file, and which item in it."""

    path: Path
    meeting: str
    item: str


@dataclass(frozen=True)
class SearchResult:
    text: str
    hits: list[Hit]
    paths: dict[str, Path]
    unreadable: str = ""  # the files that could not be searched, and why


class SearchScreen(Screen[SearchChoice | None]):
    """A text line, the hits below it; ↓ goes to the hits, Enter opens, Esc closes."""

    DEFAULT_CSS = """
    SearchScreen DataTable { height: 1fr; }
    """

    def __init__(self, archive: Archive, lang: Language) -> None:
        super().__init__()
        self.archive = archive
        self.lang = lang
        self.result = SearchResult("", [], {})
        self._checked = False  # whether the index was brought up to date on this visit
        add_bindings(
            self,
            [
                Binding("escape", "close", t(lang, "followup.app.key.cancel"), id="search.close"),
                Binding("down", "to_hits", show=False, id="search.to_hits"),
            ],
        )

    def compose(self) -> ComposeResult:
        yield TitleLine(t(self.lang, "followup.app.search.title"), id="search-title")
        yield Input(placeholder=t(self.lang, "followup.app.search.placeholder"), id="search-text")
        yield HintLine(t(self.lang, "followup.app.search.hint"), id="search-status")
        keys = ("date", "body", "item", "where", "text")
        yield row_table([(key, t(self.lang, f"followup.col.{key}")) for key in keys], id="hits")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed, "#search-text")
    def _changed(self, event: Input.Changed) -> None:
        text = event.value.strip()
        if not text:
            self.show(SearchResult("", [], {}))
            return
        self.query_one("#search-status", Static).update(
            t(self.lang, "followup.app.search.searching")
        )
        self._search(text)

    @on(Input.Submitted, "#search-text")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_to_hits()

    @work(thread=True, exclusive=True, exit_on_error=False, group="search")
    def _search(self, text: str) -> SearchResult:
        # the files are checked once per visit of the screen, not on every key typed
        with self.archive.index(refresh=not self._checked) as index:
            self._checked = True
            hits = search(index, text, limit=MAX_HITS)
            bad = len(unreadable(index))
            files = unreadable_files(index, self.lang) if bad else ""
        unreadable_text = t(self.lang, "search.unreadable", count=bad, files=files) if bad else ""
        paths = {h.meeting: h.path for h in hits if h.path}
        return SearchResult(text, hits, paths, unreadable_text)

    @on(Worker.StateChanged)
    def _searched(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "search":
            return
        if event.state is WorkerState.ERROR:
            self.notify(error_line(self.lang, event.worker.error), severity="error")
            return
        result = event.worker.result
        current = self.query_one(Input).value.strip()
        # only the newest search is shown (an older one may finish last)
        if isinstance(result, SearchResult) and result.text == current:
            self.show(result)

    def where(self, value: str) -> str:
        key = f"followup.app.where.{value}"
        return t(self.lang, key) if key in CATALOGUES[self.lang] else value

    def show(self, result: SearchResult) -> None:
        self.result = result
        table = self.query_one(DataTable)
        table.clear()
        for index, hit in enumerate(result.hits):
            table.add_row(
                hit.meeting_date.isoformat() if hit.meeting_date else "-",
                hit.body,
                f"{hit.item_number} {hit.item_title}".strip(),
                self.where(hit.where),
                hit.snippet,
                key=str(index),
            )
        status = self.query_one("#search-status", Static)
        if not result.text:
            line = t(self.lang, "followup.app.search.hint")
        elif result.hits:
            found = t(
                self.lang, "followup.app.search.hits", count=len(result.hits), text=result.text
            )
            line = f"{found}  {t(self.lang, 'followup.app.search.hint')}"
        else:
            line = t(self.lang, "followup.no_hits", text=result.text)
        if result.text and result.unreadable:  # a damaged file is not silently left out
            status.update(Text.assemble((result.unreadable, "bold yellow"), "  ", line))
        else:
            status.update(line)

    def action_to_hits(self) -> None:
        if self.result.hits:
            self.query_one(DataTable).focus()

    @on(DataTable.RowSelected, "#hits")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        row = event.cursor_row
        if not 0 <= row < len(self.result.hits):
            return
        hit = self.result.hits[row]
        path = self.result.paths.get(hit.meeting) or self.archive.meeting_path(hit.meeting)
        self.dismiss(SearchChoice(path, hit.meeting, hit.item_id))

    def action_close(self) -> None:
        self.dismiss(None)


def reveal_item(screen: Screen[Any], item_id: str) -> bool:
    """Highlight an item (a sub-item's item) in a meeting screen's agenda and focus it.

    It does not make it the current item: that would change the meeting; Enter there does.
    """
    from tui.screens.meeting import MeetingScreen
    from tui.widgets.agenda_list import AgendaList

    if not isinstance(screen, MeetingScreen):
        return False
    item = screen.meeting.item(item_id)
    if item is None:
        return False
    top = screen.meeting.item(item.parent) if item.parent else item
    if top is None:
        return False
    agenda = screen.query_one(AgendaList)
    agenda.follow(top.id)
    agenda.focus()
    screen.notify(t(screen.lang, "followup.app.search.shown", item=top.number or top.title))
    return True


def shows_meeting(screen: Screen[Any], meeting_id: str) -> bool:
    """Whether ``screen`` is a meeting screen showing the meeting ``meeting_id``."""
    from tui.screens.meeting import MeetingScreen  # the meeting screen opens this one

    return isinstance(screen, MeetingScreen) and screen.meeting.id == meeting_id


def open_search(app: AppHost, archive: Archive, lang: Language) -> None:
    """Push the search screen; the chosen hit opens its meeting (or shows the item)."""
    if isinstance(app.screen, SearchScreen | ModalScreen):
        return  # not over a form or another search

    def chosen(choice: SearchChoice | None) -> None:
        if choice is None:
            return
        screen = app.screen
        if shows_meeting(screen, choice.meeting):
            reveal_item(screen, choice.item)
            return
        app.open_meeting(choice.path)
        opened = app.screen
        if shows_meeting(opened, choice.meeting):
            app.call_after_refresh(reveal_item, opened, choice.item)

    app.push_screen(SearchScreen(archive, lang), chosen)
