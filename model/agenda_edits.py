"""Changing the agenda before and during the meeting: add, insert, move, delete, renumber.

Numbering rule (one place): before the meeting starts the agenda is renumbered 1, 2, 3 …
after every change (nothing refers to a number yet). Once it has started, numbers are
used ("fr o m punkt 4", "Beslut under punkt 3") and never change: an item added after
item 3 is "3 a" (then "3 b"), one added at the end takes the next free number, and a
moved item keeps its number (the minutes show the order it was dealt with). AOB
matters and numbered sub-items follow their item's number ("10.1").

Each operation logs an event and the caller saves (through the Session). Deleting is
for an agenda that has not started: a started meeting withdraws an item instead
(``live.withdraw_item``), so the minutes say so.
"""

from __future__ import annotations

import re
from datetime import datetime

from model.agenda import AgendaItem
from model.enums import ItemOrigin
from model.events import EventKind
from model.live import LiveError, add_item, add_sub_item, log, require_item
from model.meeting import Meeting


def started(meeting: Meeting) -> bool:
    """Whether numbers are in use (the meeting has started)."""
    return meeting.header.actual_start is not None


def _siblings(meeting: Meeting, item: AgendaItem) -> list[AgendaItem]:
    return meeting.sub_items(item.parent) if item.parent else meeting.agenda


def renumber(meeting: Meeting) -> None:
    """1, 2, 3 … in agenda order, and the numbered sub-items under each ("10.1")."""
    for index, item in enumerate(meeting.agenda, start=1):
        item.number = str(index)
        _renumber_subs(meeting, item)


def _renumber_subs(meeting: Meeting, item: AgendaItem) -> None:
    numbered = [s for s in meeting.sub_items(item.id) if s.number]
    for index, sub in enumerate(numbered, start=1):
        sub.number = f"{item.number}.{index}" if item.number else ""


def _next_free_number(meeting: Meeting) -> str:
    used = [int(m.group()) for i in meeting.agenda if (m := re.match(r"\d+", i.number))]
    return str(max(used, default=0) + 1)


def new_item(
    meeting: Meeting, title: str, now: datetime, *, after: str | None = None
) -> AgendaItem:
    """A new top-level item after ``after`` (an item id), or at the end."""
    if not title.strip():
        raise LiveError("an item needs a title")
    if after is not None:
        require_item(meeting, after)
    if started(meeting):
        free = _next_free_number(meeting)
        item = add_item(meeting, title.strip(), now, after=after)
        if after is None:
            item.number = free
        return item
    item = add_item(meeting, title.strip(), now, after=after)
    renumber(meeting)
    return item


def new_sub_item(meeting: Meeting, parent_id: str, title: str, now: datetime) -> AgendaItem:
    """A sub-item at the end of an item's sub-items."""
    if not title.strip():
        raise LiveError("an item needs a title")
    return add_sub_item(meeting, require_item(meeting, parent_id).id, title.strip(), now)


def move_item(meeting: Meeting, item_id: str, step: int, now: datetime) -> bool:
    """Move an item (or a sub-item among its siblings) one place up (-1) or down (+1).
    False at the top or the bottom. Before the start the agenda is renumbered."""
    item = require_item(meeting, item_id)
    siblings = _siblings(meeting, item)
    index = next(n for n, s in enumerate(siblings) if s.id == item.id)
    other_index = index + (1 if step > 0 else -1)
    if not 0 <= other_index < len(siblings):
        return False
    other = siblings[other_index]
    if item.position == other.position:  # equal positions (an old file): spread them
        for n, sibling in enumerate(siblings):
            sibling.position = (n + 1) * 10
    item.position, other.position = other.position, item.position
    if not started(meeting):
        if item.parent is None:
            renumber(meeting)
        else:
            parent = meeting.item(item.parent)
            if parent is not None:
                _renumber_subs(meeting, parent)
    log(meeting, now, EventKind.ITEM_MOVED, item=item.id, detail="up" if step < 0 else "down")
    return True


def delete_item(meeting: Meeting, item_id: str, now: datetime) -> AgendaItem:
    """Delete an item and its sub-items (tombstones) from an agenda not yet started."""
    item = require_item(meeting, item_id)
    if started(meeting) and item.parent is None:
        raise LiveError("the meeting has started: withdraw the item instead")
    if meeting.header.current_item == item.id:
        meeting.header.current_item = None
    item.deleted = True
    for sub in meeting.sub_items(item.id):
        sub.deleted = True
    if not started(meeting):
        renumber(meeting)
    log(meeting, now, EventKind.ITEM_DELETED, item=item.id, detail=item.title[:80])
    return item


def promote_aob(meeting: Meeting, item_id: str, now: datetime) -> AgendaItem:
    """Make an AOB matter an agenda item of its own, right after the AOB item (the same
    record: what was recorded under it stays with it). Numbered as an item added there
    ("10 a" once the meeting has started; renumbered before). Its raiser presents it."""
    item = require_item(meeting, item_id)
    if item.parent is None or item.origin is not ItemOrigin.ANY_OTHER_BUSINESS:
        raise LiveError("not an AOB matter")
    parent = require_item(meeting, item.parent)
    placeholder = new_item(meeting, item.title, now, after=parent.id)
    meeting.items.remove(placeholder)  # never saved: only its number and place are taken
    meeting.events.pop()
    item.parent = None
    item.origin = ItemOrigin.AGENDA
    item.position, item.number = placeholder.position, placeholder.number
    item.presenter = item.presenter or item.raised_by
    item.extra = {**item.extra, "promoted_from": parent.id}
    if not started(meeting):
        renumber(meeting)
        _renumber_subs(meeting, parent)
    log(meeting, now, EventKind.ITEM_PROMOTED, item=item.id, detail=item.number)
    return item
