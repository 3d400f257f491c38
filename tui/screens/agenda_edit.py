"""Editing the agenda, before and during the meeting (alt+d, or ``p`` outside the notes).

Every item and sub-item in order. ``n`` adds an item after the highlighted one (``N``
one at the end), ``i`` a sub-item under it, ``Enter``/``e`` renames, ``k``/``j`` (or
shift+↑/↓) move it, ``w`` withdraws it (with a reason), ``Delete``/``x`` deletes it
(before the meeting starts; a sub-item any time), ``o`` makes an AOB matter an item of
its own. Every change runs through the meeting
screen's runner (``Session.apply``): saved at once, undoable, logged as an event. How
numbers behave: model/agenda_edits.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static

from model import live
from model.agenda import AgendaItem
from model.agenda_edits import (
    delete_item,
    move_item,
    new_item,
    new_sub_item,
    promote_aob,
    started,
)
from model.enums import ItemOrigin, ItemStatus
from model.meeting import Meeting
from model.record_edits import delete_record, edit_item_title
from tui.commands import add_bindings
from tui.i18n import t
from tui.messages import OpenOverMeeting
from tui.screens.form import Field, FormScreen, Values
from tui.widgets.option_rows import highlighted_row, list_box_css, show_rows

if TYPE_CHECKING:
    from tui.host import MeetingHost

MARKS = {ItemStatus.WITHDRAWN: " ✗", ItemStatus.TABLED: " ⏸", ItemStatus.REFERRED_BACK: " ↩"}


def agenda_rows(meeting: Meeting) -> list[tuple[AgendaItem, Text]]:
    """Every live item, its sub-items indented under it."""
    rows: list[tuple[AgendaItem, Text]] = []
    for item in meeting.agenda:
        line = Text(f"{item.number:<5}", style="bold")
        line.append(item.title)
        line.append(MARKS.get(item.status, ""), style="yellow")
        rows.append((item, line))
        for sub in meeting.sub_items(item.id):
            line = Text(f"      {sub.number or '•'} ", style="dim")
            line.append(sub.title)
            if sub.raised_by:
                line.append(f" ({sub.raised_by})", style="dim")
            line.append(MARKS.get(sub.status, ""), style="yellow")
            rows.append((sub, line))
    return rows


class AgendaEditScreen(ModalScreen[None]):
    """The agenda over the meeting screen; forms open over it."""

    DEFAULT_CSS = list_box_css("AgendaEditScreen")

    def __init__(self, host: MeetingHost, start_item: str | None) -> None:
        super().__init__()
        self.host = host
        self.lang = host.lang
        self.start_item = start_item
        self.rows: list[tuple[AgendaItem, Text]] = []
        lang = self.lang
        add_bindings(
            self,
            [
                Binding("escape", "close", t(lang, "key.agenda.close"), id="agenda.close"),
                Binding(
                    "n,plus", "add_after", t(lang, "key.agenda.add_after"), id="agenda.add_after"
                ),
                Binding("N", "add_end", t(lang, "key.agenda.add_end"), id="agenda.add_end"),
                Binding("i", "add_sub", t(lang, "key.agenda.add_sub"), id="agenda.add_sub"),
                Binding("e", "rename", t(lang, "key.agenda.rename"), id="agenda.rename"),
                Binding("shift+up,k", "move(-1)", t(lang, "key.agenda.up"), id="agenda.up"),
                Binding("shift+down,j", "move(1)", t(lang, "key.agenda.down"), id="agenda.down"),
                Binding("w", "withdraw", t(lang, "key.agenda.withdraw"), id="agenda.withdraw"),
                Binding("delete,x", "delete", t(lang, "key.agenda.delete"), id="agenda.delete"),
                Binding("o", "promote", t(lang, "key.promote_aob"), id="agenda.promote"),
            ],
        )

    @property
    def meeting(self) -> Meeting:
        return self.host.meeting

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = t(self.lang, "agenda_edit.title")
            yield Static(id="agenda-numbering", classes="hint")
            yield OptionList(id="agenda-items")
            yield Static(t(self.lang, "agenda_edit.hint"), classes="hint")

    def on_mount(self) -> None:
        self.fill(self.start_item)
        self.query_one(OptionList).focus()

    def fill(self, highlight: str | None = None) -> None:
        """Show the agenda as it is now, highlighting an item (by id) if given."""
        kept = started(self.meeting)
        numbering = "agenda_edit.numbers_kept" if kept else "agenda_edit.numbers_follow"
        self.query_one("#agenda-numbering", Static).update(t(self.lang, numbering))
        self.rows = agenda_rows(self.meeting)
        lines = [(item.id, line) for item, line in self.rows]
        empty = t(self.lang, "agenda_edit.empty")
        show_rows(self.query_one(OptionList), lines, empty, highlight)

    def chosen(self) -> AgendaItem | None:
        row = highlighted_row(self.query_one(OptionList), self.rows)
        return row[0] if row else None

    def _change(self, operation: Callable[[Meeting], Any], highlight: str | None = None) -> None:
        if self.host.change(operation) is None:
            self.fill(highlight)

    def _ask(
        self,
        title: str,
        label: str,
        value: str,
        work: Callable[[str], str | None],
        required: bool = True,
    ) -> None:
        """A one-field form (title of an item, a reason); the list follows when it closes."""

        def submit(values: Values) -> str | None:
            return work(values["text"].strip())

        fields = [Field("text", label, value, required=required)]
        form = FormScreen(title, fields, self.lang, submit)
        self.app.push_screen(form, lambda _: self.fill(self._made or None))

    _made: str = ""

    def _adding(self, after: str | None, parent: str | None = None) -> None:
        self._made = ""
        now = self.host.now()

        def work(title: str) -> str | None:
            made: list[AgendaItem] = []

            def operation(m: Meeting) -> None:
                if parent is not None:
                    made.append(new_sub_item(m, parent, title, now))
                else:
                    made.append(new_item(m, title, now, after=after))

            error = self.host.change(operation)
            if error is None and made:
                self._made = made[0].id
            return error

        key = "agenda_edit.new_sub" if parent else "agenda_edit.new"
        self._ask(t(self.lang, key), t(self.lang, "agenda_edit.item_title"), "", work)

    def action_add_after(self) -> None:
        item = self.chosen()
        top = self.meeting.top_item(item.id) if item else None
        self._adding(top.id if top else None)

    def action_add_end(self) -> None:
        self._adding(None)

    def action_add_sub(self) -> None:
        item = self.chosen()
        top = self.meeting.top_item(item.id) if item else None
        if top is not None:
            self._adding(None, parent=top.id)

    @on(OptionList.OptionSelected, "#agenda-items")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_rename()

    def action_rename(self) -> None:
        item = self.chosen()
        if item is None:
            return
        self._made = item.id
        now = self.host.now()

        def work(title: str) -> str | None:
            return self.host.change(lambda m: edit_item_title(m, item.id, title, now))

        label = t(self.lang, "agenda_edit.item_title")
        self._ask(t(self.lang, "agenda_edit.rename"), label, item.title, work)

    def action_move(self, step: int) -> None:
        item = self.chosen()
        if item is not None:
            self._change(lambda m: move_item(m, item.id, step, self.host.now()), item.id)

    def action_withdraw(self) -> None:
        item = self.chosen()
        if item is None:
            return
        self._made = item.id
        now = self.host.now()

        def work(reason: str) -> str | None:
            return self.host.change(lambda m: live.withdraw_item(m, item.id, now, reason))

        title = t(self.lang, "form.withdraw", number=self.meeting.item_label(item.id))
        self._ask(title, t(self.lang, "form.reason"), "", work, required=False)

    def action_delete(self) -> None:
        item = self.chosen()
        if item is None:
            return
        if item.parent is None and started(self.meeting):
            self.notify(t(self.lang, "agenda_edit.no_delete_started"), severity="warning")
            return
        if item.parent is not None:
            self._change(lambda m: delete_record(m, "items", item.id, self.host.now()))
        else:
            self._change(lambda m: delete_item(m, item.id, self.host.now()))
        self.notify(t(self.lang, "records.deleted", keys=self.host.key_of("undo")), timeout=4)

    def action_promote(self) -> None:
        """o: the highlighted AOB matter becomes an agenda item of its own (undoable)."""
        item = self.chosen()
        if item is None or item.parent is None or item.origin is not ItemOrigin.ANY_OTHER_BUSINESS:
            self.notify(t(self.lang, "aob.not_aob"), severity="warning")
            return
        self._change(lambda m: promote_aob(m, item.id, self.host.now()), item.id)
        promoted = self.meeting.item(item.id)
        number = promoted.number if promoted else ""
        self.notify(t(self.lang, "aob.promoted", title=item.title, number=number), timeout=4)

    def action_close(self) -> None:
        self.dismiss(None)


def open_agenda(host: MeetingHost) -> None:
    """alt+d: the agenda to edit, at the shown item."""
    item = host.shown_item()
    host.post_message(OpenOverMeeting(AgendaEditScreen(host, item.id if item else None)))
