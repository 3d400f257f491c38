"""The agenda list: number, title, state mark and time used against planned time."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual import events
from textual.widgets import OptionList

from model.agenda import AgendaItem
from model.enums import ItemKind, ItemStatus
from model.meeting import Meeting
from model.timing import used_seconds
from tui.widgets.option_rows import refresh_rows

MARKS = {
    ItemStatus.PENDING: " ",
    ItemStatus.IN_PROGRESS: "▶",
    ItemStatus.DONE: "✓",
    ItemStatus.TABLED: "⏸",
    ItemStatus.REFERRED_BACK: "↩",
    ItemStatus.WITHDRAWN: "✗",
}


#: characters available inside the list (width 30 minus border and padding)
ROW_WIDTH = 26


def item_row(meeting: Meeting, item: AgendaItem, now: datetime, width: int = ROW_WIDTH) -> Text:
    """One agenda line, cut to fit: ``▶  3 Kommande möten   4/20``."""
    current = meeting.header.current_item == item.id
    mark = "▶" if current else MARKS[item.status]
    if item.status is ItemStatus.IN_PROGRESS and not current:
        mark = "✓"
    style = "bold" if current else ("dim" if item.status is not ItemStatus.PENDING else "")
    used = used_seconds(meeting, item, now) // 60
    if item.status is ItemStatus.PENDING and not used:
        timing = f"{item.planned_minutes}" if item.planned_minutes else ""
    else:
        timing = f"{used}/{item.planned_minutes}" if item.planned_minutes else f"{used}"
    title = item.title
    if item.kind is ItemKind.ANY_OTHER_BUSINESS:
        count = len(meeting.sub_items(item.id))
        title = f"{title} ({count})" if count else title
    room = max(4, width - 5 - (len(timing) + 1 if timing else 0))
    if len(title) > room:
        title = title[: room - 1] + "…"
    row = Text(no_wrap=True, overflow="ellipsis")
    row.append(f"{mark} ", style="bold green" if current else "")
    row.append(f"{item.number:>2} ", style=style)
    row.append(title.ljust(room), style=style)
    if timing:
        over = bool(item.planned_minutes and used > item.planned_minutes)
        row.append(f" {timing}", style="red" if over else "dim")
    return row


class AgendaList(OptionList):
    """One option per top-level item; its id is the item id. Enter makes it current; a
    click only highlights (a stray click must never start the meeting or its clock)."""

    DEFAULT_CSS = """
    AgendaList { width: 30; height: 1fr; border: round $primary-darken-2; }
    AgendaList:focus { border: round $accent; }
    """

    async def _on_click(self, event: events.Click) -> None:
        event.prevent_default()  # OptionList's own click selects: here it only highlights
        clicked = event.style.meta.get("option")
        if clicked is not None and not self.get_option_at_index(clicked).disabled:
            self.highlighted = clicked

    def show(self, meeting: Meeting, now: datetime) -> None:
        """Refresh the rows in place (same count) or rebuild them, keeping the highlight."""
        refresh_rows(self, [(item.id, item_row(meeting, item, now)) for item in meeting.agenda])

    def follow(self, item_id: str | None) -> None:
        if item_id is None:
            return
        try:
            self.highlighted = self.get_option_index(item_id)
        except Exception:  # the option may not exist yet; nothing to follow
            return
