"""The records of the meeting, to edit or delete one in place (alt+l, or ``l``).

Every decision, action, sub-item, AOB matter, motion, vote and election of every item, in
agenda order, the shown item's first. Enter (or ``e``) opens the record's own form filled
in (the same form that added it); Delete (or ``x``) deletes it. Both run through the
meeting screen's runner (``Session.apply``): saved at once, one undo step, logged as an
event. A deleted record stays in the file as a tombstone (model/record_edits.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from model.electorate import TABLE as ELECTORATE_TABLE
from model.enums import ItemOrigin, Language
from model.meeting import Meeting
from model.record_edits import delete_record
from model.upcoming import TABLE as UPCOMING_TABLE
from model.upcoming import upcoming_meetings
from tui.commands import add_bindings
from tui.i18n import t
from tui.messages import OpenOverMeeting
from tui.screens import meeting_forms as forms
from tui.screens.electorate_form import electorate_form
from tui.screens.form import FormScreen
from tui.screens.procedure_records import TABLES as PROCEDURE_TABLES
from tui.screens.procedure_records import procedure_edit_form, procedure_lines
from tui.screens.upcoming_forms import upcoming_form, upcoming_listed_one
from tui.widgets.option_rows import list_box_css

if TYPE_CHECKING:
    from tui.host import MeetingHost


@dataclass(frozen=True)
class RecordRow:
    """One record in the list: its store table, id, the item it is under, its line."""

    table: str
    record_id: str
    item_id: str | None
    line: Text


def record_rows(meeting: Meeting, lang: Language) -> list[RecordRow]:
    """Every live record of the meeting under its item, in agenda order."""
    rows: list[RecordRow] = []
    for top in meeting.agenda:
        for item in (top, *meeting.sub_items(top.id)):
            label = item.number or f"{top.number} •"
            if item.parent is not None:
                line = Text(f"{label:<6}", style="dim")
                aob = item.origin is ItemOrigin.ANY_OTHER_BUSINESS
                line.append(t(lang, "records.aob" if aob else "records.sub_item"), style="bold")
                line.append(f" {item.title}")
                if item.raised_by:
                    line.append(f" ({item.raised_by})", style="dim")
                rows.append(RecordRow("items", item.id, top.id, line))
            for decision in meeting.item_decisions(item.id):
                line = Text(f"{label:<6}", style="dim")
                line.append(f"{t(lang, 'app.decisions')} {decision.number}: ", style="bold green")
                line.append(decision.text)
                rows.append(RecordRow("decisions", decision.id, top.id, line))
            for action in meeting.item_actions(item.id):
                line = _action_line(label, ", ".join(action.owner_names), action.text, lang)
                rows.append(RecordRow("actions", action.id, top.id, line))
            for table, record_id, line in procedure_lines(meeting, item.id, label, lang):
                rows.append(RecordRow(table, record_id, top.id, line))  # röstlängd, motions, ...
    for coming in upcoming_meetings(meeting):  # kommande möten, after the items
        line = Text(f"{'':<6}")
        line.append(f"{t(lang, 'records.upcoming')} ", style="bold yellow")
        line.append(upcoming_listed_one(coming, lang))
        rows.append(RecordRow(UPCOMING_TABLE, coming.id, None, line))
    known = {i.id for i in meeting.items if not i.deleted}
    for action in meeting.live_actions():
        if action.item is None or action.item not in known:
            line = _action_line("", ", ".join(action.owner_names), action.text, lang)
            rows.append(RecordRow("actions", action.id, None, line))
    return rows


def _action_line(label: str, owner: str, text: str, lang: Language) -> Text:
    line = Text(f"{label:<6}", style="dim")
    line.append(f"{t(lang, 'app.actions')}: ", style="bold cyan")
    if owner:
        line.append(f"{owner}: ", style="bold")
    line.append(text)
    return line


class RecordsScreen(ModalScreen[None]):
    """The list of records over the meeting screen; forms open over it."""

    DEFAULT_CSS = list_box_css("RecordsScreen", width=100, hint="#records-hint")

    def __init__(self, host: MeetingHost, start_item: str | None) -> None:
        super().__init__()
        self.host = host
        self.lang = host.lang
        self.start_item = start_item
        self.rows: list[RecordRow] = []
        add_bindings(
            self,
            [
                Binding("escape", "close", t(self.lang, "records.close"), id="records.close"),
                Binding("e", "edit", t(self.lang, "records.edit"), id="records.edit"),
                Binding("delete,x", "delete", t(self.lang, "records.delete"), id="records.delete"),
            ],
        )

    @property
    def meeting(self) -> Meeting:
        return self.host.meeting

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = t(self.lang, "records.title")
            yield OptionList(id="records")
            yield Static(t(self.lang, "records.hint"), id="records-hint")

    def on_mount(self) -> None:
        self.fill(first_of=self.start_item)
        self.query_one(OptionList).focus()

    def fill(self, *, first_of: str | None = None, keep: int | None = None) -> None:
        """Show the records as they are now; highlight the first of an item, or a row."""
        self.rows = record_rows(self.meeting, self.lang)
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(
            [Option(row.line, id=f"{row.table}:{row.record_id}") for row in self.rows]
        )
        if not self.rows:
            options.add_option(Option(t(self.lang, "records.none"), disabled=True))
            return
        index = 0
        if keep is not None:
            index = min(keep, len(self.rows) - 1)
        elif first_of is not None:
            index = next((n for n, r in enumerate(self.rows) if r.item_id == first_of), 0)
        options.highlighted = index

    def _row(self) -> tuple[int, RecordRow] | None:
        index = self.query_one(OptionList).highlighted
        if index is None or index >= len(self.rows):
            return None
        return index, self.rows[index]

    @on(OptionList.OptionSelected, "#records")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit()

    def action_edit(self) -> None:
        chosen = self._row()
        if chosen is None:
            return
        index, row = chosen
        form = edit_form(self.host, row)
        if form is not None:
            self.app.push_screen(form, lambda _: self.fill(keep=index))

    def action_delete(self) -> None:
        chosen = self._row()
        if chosen is None:
            return
        index, row = chosen
        host = self.host
        error = host.change(lambda m: delete_record(m, row.table, row.record_id, host.now()))
        if error is None:
            undo = host.key_of("undo")
            self.notify(t(self.lang, "records.deleted", keys=undo), timeout=4)
        self.fill(keep=index)

    def action_close(self) -> None:
        self.dismiss(None)


def edit_form(host: MeetingHost, row: RecordRow) -> FormScreen | None:
    """The form that added the record, filled in with it, saving an edit."""
    meeting, lang, run, now = host.meeting, host.lang, host.change, host.now()
    if row.table in PROCEDURE_TABLES:
        return procedure_edit_form(host, row.table, row.record_id)
    if row.table == ELECTORATE_TABLE:
        found = next((r for r in meeting.electorates if r.id == row.record_id), None)
        if found is None:
            return None
        return electorate_form(meeting, found.item, lang, run, now, existing=found.id)
    if row.table == UPCOMING_TABLE:
        records = host.key_of("records")
        return upcoming_form(meeting, lang, run, now, existing=row.record_id, records_key=records)
    if row.table == "decisions":
        decision = meeting.decision(row.record_id)
        if decision is None:
            return None
        return forms.decision_form(meeting, decision.item, lang, run, now, existing=decision.id)
    if row.table == "actions":
        action = meeting.action(row.record_id)
        if action is None:
            return None
        return forms.action_form(meeting, action.item, lang, run, now, existing=action.id)
    item = meeting.item(row.record_id)
    if item is None or item.parent is None:
        return None
    if item.origin is ItemOrigin.ANY_OTHER_BUSINESS:
        return forms.aob_form(meeting, lang, run, now, existing=item.id)
    return forms.sub_item_form(meeting, item.parent, lang, run, now, existing=item.id)


def open_records(host: MeetingHost) -> None:
    """alt+l: the records list over the meeting, starting at the shown item's records."""
    item = host.shown_item()
    top = host.meeting.top_item(item.id) if item else None
    host.post_message(OpenOverMeeting(RecordsScreen(host, top.id if top else None)))


__all__ = ["RecordRow", "RecordsScreen", "edit_form", "open_records", "record_rows"]
