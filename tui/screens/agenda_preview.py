"""A new meeting from an agenda file, in the app: ask for the file, read it in a thread
worker (pandoc for office formats), show what was understood, let the user fix it, then
create the meeting and open it.

The reading is ``export.readers.read_agenda`` and the creation is what ``minutes new
--agenda`` does (``model.new_meeting.build_meeting``, then ``Archive.create``): the app
and the CLI import alike. A file that
cannot be read gives its message and creates nothing; so does a preview left with Esc.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from model.agenda_import import ImportedAgenda, ImportedItem
from model.agenda_import.facts import describe
from model.enums import ItemKind, Language
from model.new_meeting import build_meeting
from model.store.archive import Archive
from model.store.errors import StoreError
from tui.commands import add_bindings
from tui.i18n import t
from tui.messages import OpenMeeting
from tui.screens.form import Field, FormScreen, Values
from tui.screens.meeting_forms import FormError, optional_date
from tui.widgets.key_footer import KeyFooter

SKIPPED_SHOWN = 3  # skipped parts named in the preview's note line


# -- editing what was read (pure, tested through the screen) ----------------------------


def plain_numbers(items: list[ImportedItem]) -> bool:
    """True when the items are numbered 1, 2, 3 (or not at all): edits renumber them."""
    top = [i for i in items if i.depth == 0]
    if not all(i.number.isdigit() or not i.number for i in top):
        return False
    numbers = [int(i.number) for i in top if i.number]
    # not "§ 163", nor a numbering that goes on from an earlier agenda
    return not any(i.paragraph for i in top) and (not numbers or min(numbers) == 1)


def renumber(items: list[ImportedItem]) -> None:
    """Number the items 1, 2, 3 again after an edit, if the agenda numbered them so.

    Agendas numbered otherwise ("§ 3", "A.", or from 163 on) keep their numbers as typed.
    """
    if not plain_numbers(items):
        return
    top = [i for i in items if i.depth == 0]
    for count, item in enumerate(top, start=1):
        item.number = str(count)


def delete_item(items: list[ImportedItem], index: int) -> list[ImportedItem]:
    """Remove an item; an item's sub-items go with it (they belong to it)."""
    end = index + 1
    if items[index].depth == 0:
        while end < len(items) and items[end].depth > 0:
            end += 1
    del items[index:end]
    return items


def indent(items: list[ImportedItem], index: int) -> bool:
    """Make an item a sub-item of the item above; False for the first item."""
    item = items[index]
    if index == 0 or item.depth > 0:
        return False
    if plain_numbers(items):
        item.number = ""  # its number belonged to the 1, 2, 3 sequence
    item.depth = 1
    # its own sub-items stay sub-items (of the same item above, now)
    return True


def outdent(items: list[ImportedItem], index: int) -> bool:
    """Make a sub-item an item of its own; False if it already is one."""
    item = items[index]
    if item.depth == 0:
        return False
    item.depth = 0
    if plain_numbers([i for i in items if i is not item]):
        item.number = ""  # ``renumber`` gives it its place in the 1, 2, 3 sequence
    return True


# -- the preview screen -------------------------------------------------------------------


class AgendaPreviewScreen(Screen[ImportedAgenda | None]):
    """The items as read; e/Enter edits a title, Delete removes, → and ← change the level,
    Ctrl+S accepts (the caller creates the meeting), Esc cancels."""

    DEFAULT_CSS = """
    AgendaPreviewScreen #preview-title { height: auto; padding: 0 1; background: $panel;
        text-style: bold; }
    AgendaPreviewScreen #preview-notes { height: auto; max-height: 4; padding: 0 1;
        color: $warning; }
    AgendaPreviewScreen #preview-hint { height: 1; padding: 0 1; color: $text-muted; }
    AgendaPreviewScreen DataTable { height: 1fr; }
    """

    def __init__(self, agenda: ImportedAgenda, lang: Language) -> None:
        super().__init__()
        self.agenda = agenda
        self.lang = lang
        add_bindings(
            self,
            [
                Binding("e", "edit", t(lang, "followup.app.key.edit"), id="preview.edit"),
                Binding(
                    "delete,d", "delete", t(lang, "followup.app.key.delete"), id="preview.delete"
                ),
                Binding(
                    "right,greater_than_sign",
                    "indent",
                    t(lang, "followup.app.key.indent"),
                    priority=True,
                    id="preview.indent",
                ),
                Binding(
                    "left,less_than_sign",
                    "outdent",
                    t(lang, "followup.app.key.outdent"),
                    priority=True,
                    id="preview.outdent",
                ),
                Binding(
                    "ctrl+s",
                    "accept",
                    t(lang, "followup.app.key.create"),
                    priority=True,
                    id="preview.create",
                ),
                Binding(
                    "escape", "cancel", t(lang, "followup.app.key.cancel"), id="preview.cancel"
                ),
            ],
        )

    @property
    def items(self) -> list[ImportedItem]:
        return self.agenda.items

    def compose(self) -> ComposeResult:
        yield Static(id="preview-title")
        yield Static(self._notes(), id="preview-notes")
        yield Static(t(self.lang, "followup.app.preview.hint"), id="preview-hint")
        table: DataTable[str] = DataTable(cursor_type="row", zebra_stripes=True, id="items")
        for key in (
            "followup.app.col.number",
            "followup.app.col.title",
            "followup.app.col.level",
            "followup.col.presenter",
            "followup.col.minutes",
            "followup.col.kind",
        ):
            table.add_column(t(self.lang, key), key=key)
        yield table
        yield KeyFooter()

    def on_mount(self) -> None:
        self.show()
        self.query_one(DataTable).focus()

    def _notes(self) -> str:
        """What was repaired and what was not taken as items (briefly)."""
        lines: list[str] = []
        if self.agenda.facts:
            lines.append(t(self.lang, "followup.facts", detail=describe(self.agenda.facts)))
        if self.agenda.repairs:
            lines.append(t(self.lang, "followup.repairs", detail="; ".join(self.agenda.repairs)))
        skipped = self.agenda.skipped
        if skipped:
            detail = "; ".join(s[:60] for s in skipped[:SKIPPED_SHOWN])
            if len(skipped) > SKIPPED_SHOWN:
                detail += " " + t(self.lang, "followup.skipped_more", count=len(skipped) - 3)
            lines.append(
                t(self.lang, "followup.app.preview.skipped", count=len(skipped), detail=detail)
            )
        return "\n".join(lines)

    def show(self, cursor: int | None = None) -> None:
        lang = self.lang
        top = sum(1 for i in self.items if i.depth == 0)
        self.query_one("#preview-title", Static).update(
            t(lang, "followup.app.preview.title", count=top)
        )
        table = self.query_one(DataTable)
        row = table.cursor_row if cursor is None else cursor
        table.clear()
        for index, item in enumerate(self.items):
            kind = (
                "" if item.kind is ItemKind.REGULAR else t(lang, f"followup.kind.{item.kind.value}")
            )
            level = "sub" if item.depth else "item"
            table.add_row(
                item.paragraph or item.number,
                ("    " if item.depth else "") + item.title,
                t(lang, f"followup.app.level.{level}"),
                item.presenter,
                str(item.planned_minutes or ""),
                kind,
                key=str(index),
            )
        if self.items:
            table.move_cursor(row=max(0, min(row, len(self.items) - 1)))

    def _index(self) -> int | None:
        table = self.query_one(DataTable)
        if not self.items or table.cursor_row is None:
            return None
        return min(table.cursor_row, len(self.items) - 1)

    # -- actions -------------------------------------------------------------------

    def action_edit(self) -> None:
        index = self._index()
        if index is None:
            return
        item = self.items[index]

        def submit(values: Values) -> str | None:
            item.title = values["title"].strip()
            return None

        field = Field("title", t(self.lang, "followup.app.col.title"), item.title, required=True)
        form = FormScreen(t(self.lang, "followup.app.preview.edit"), [field], self.lang, submit)
        self.app.push_screen(form, lambda _: self.show(index))

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    def action_delete(self) -> None:
        index = self._index()
        if index is None:
            return
        item = self.items[index]
        delete_item(self.items, index)
        if self.items and self.items[0].depth > 0:
            self.items[0].depth = 0  # what is first is an item, never a sub-item
        renumber(self.items)
        self.notify(t(self.lang, "followup.app.preview.deleted", item=item.title), timeout=2)
        self.show(index)

    def action_indent(self) -> None:
        index = self._index()
        if index is None:
            return
        if index == 0:
            self.notify(t(self.lang, "followup.app.preview.no_parent"), severity="warning")
            return
        if indent(self.items, index):
            renumber(self.items)
            self.show(index)

    def action_outdent(self) -> None:
        index = self._index()
        if index is not None and outdent(self.items, index):
            renumber(self.items)
            self.show(index)

    def action_accept(self) -> None:
        if not self.items:
            self.notify(t(self.lang, "followup.app.preview.none_left"), severity="error")
            return
        self.dismiss(self.agenda)

    def action_cancel(self) -> None:
        self.dismiss(None)


# -- the flow from the archive screen -----------------------------------------------------


def start_agenda_import(host: Screen[Any], archive: Archive, lang: Language, body: str) -> None:
    """Ask for the file (and body, title, date), then read, preview and create."""
    ask_for_file(host, archive, lang, {"file": "", "body": body, "title": "", "date": ""})


def ask_for_file(host: Screen[Any], archive: Archive, lang: Language, values: Values) -> None:
    """The form; a bad date or a missing file keeps it open with everything typed."""

    def submit(typed: Values) -> str | None:
        try:
            optional_date(typed["date"], t(lang, "form.new.date"), lang)
        except FormError as exc:
            return str(exc)
        path = Path(typed["file"].strip().strip("'\"")).expanduser()
        if not path.exists():
            return t(lang, "followup.app.import.no_file", path=path)
        return None

    fields = [
        Field("file", t(lang, "followup.app.import.file"), values["file"], required=True),
        Field("body", t(lang, "form.new.body"), values["body"], required=True),
        Field("title", t(lang, "form.new.title"), values["title"]),
        Field("date", t(lang, "followup.app.import.date"), values["date"]),
    ]

    def done(result: Values | None) -> None:
        if result is not None:
            read_in_worker(host, archive, lang, result)

    host.app.push_screen(
        FormScreen(t(lang, "followup.app.import.title"), fields, lang, submit), done
    )


def read_in_worker(host: Screen[Any], archive: Archive, lang: Language, values: Values) -> None:
    """Read the agenda in a thread (pandoc takes a moment), then show the preview."""
    from export.readers import read_agenda

    app = host.app
    path = Path(values["file"].strip().strip("'\"")).expanduser()

    def work() -> None:
        try:
            agenda = read_agenda(path)
        except StoreError as exc:  # AgendaError and its kinds: the user's message
            app.call_from_thread(_failed, exc.message(lang))
            return
        except Exception as exc:  # never a traceback: say what happened, create nothing
            app.call_from_thread(
                _failed, t(lang, "app.error", detail=str(exc) or type(exc).__name__)
            )
            return
        app.call_from_thread(_preview, agenda)

    def _failed(message: str) -> None:
        app.notify(message, severity="error", timeout=15)
        ask_for_file(host, archive, lang, values)  # again, with what was typed

    def _preview(agenda: ImportedAgenda) -> None:
        def accepted(edited: ImportedAgenda | None) -> None:
            if edited is None:
                app.notify(t(lang, "followup.app.preview.cancelled"), timeout=3)
                return
            create_in_worker(host, archive, lang, values, edited)

        app.push_screen(AgendaPreviewScreen(agenda, lang), accepted)

    app.notify(t(lang, "followup.app.import.reading", path=path.name), timeout=2)
    host.run_worker(work, thread=True, exclusive=True, group="agenda-import", exit_on_error=False)


def create_in_worker(
    host: Screen[Any], archive: Archive, lang: Language, values: Values, agenda: ImportedAgenda
) -> None:
    """Create the meeting (reads the archive for the roster: a thread), then open it."""
    app = host.app
    day = optional_date(values["date"], t(lang, "form.new.date"), lang)  # None: the agenda's
    body = values["body"].strip()

    def work() -> None:
        try:
            title = values["title"].strip() or None
            meeting = build_meeting(archive, body, title=title, day=day, agenda=agenda)
            path = archive.create(meeting)
        except StoreError as exc:
            app.call_from_thread(app.notify, exc.message(lang), severity="error", timeout=15)
            return
        except OSError as exc:
            detail = exc.strerror or str(exc)
            app.call_from_thread(app.notify, t(lang, "app.error", detail=detail), severity="error")
            return
        count = len(meeting.agenda)
        app.call_from_thread(app.notify, t(lang, "followup.app.created", count=count))
        app.post_message(OpenMeeting(path))  # the app opens it (thread-safe)

    host.run_worker(work, thread=True, exclusive=True, group="agenda-create", exit_on_error=False)
