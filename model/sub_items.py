"""Sub-items by number: "3.1" is the first live sub-item (or AOB matter) of item 3.

A sub-item is numbered by its place among its parent's live sub-items, so the number
the secretary types (Ctrl+G "9.3") and the number the document prints are the same.
"""

from __future__ import annotations

import re

from model.agenda import AgendaItem
from model.enums import DocumentKind, ItemStatus
from model.events import EventKind
from model.meeting import Meeting

CLOSED = (ItemStatus.TABLED, ItemStatus.REFERRED_BACK, ItemStatus.WITHDRAWN)
#: events that end the focus on a sub-item: the meeting moved, or the sub-item closed
_FOCUS_ENDS = frozenset(
    {
        EventKind.SUB_ITEM_LEFT,
        EventKind.ITEM_STARTED,
        EventKind.ITEM_ENDED,
        EventKind.MEETING_ENDED,
        EventKind.ITEM_TABLED,
        EventKind.ITEM_REFERRED_BACK,
        EventKind.ITEM_WITHDRAWN,
    }
)
_NUMBERED = re.compile(r"^\s*(.+?)\s*[.:]\s*(\d+)\s*$")


def sub_number(meeting: Meeting, sub: AgendaItem) -> str:
    """ "3.1" for the first sub-item of item 3 (its title's place when the parent has no
    number); a top-level item keeps its own number."""
    if sub.parent is None:
        return sub.number
    parent = meeting.item(sub.parent)
    siblings = meeting.sub_items(sub.parent)
    index = next((n for n, s in enumerate(siblings, start=1) if s.id == sub.id), 0)
    base = sub_number(meeting, parent) if parent is not None else ""
    return f"{base}.{index}" if base and index else str(index or "")


def item_number(meeting: Meeting, item_id: str | None) -> str:
    """The number an item is known by: "5", "17 a", "3.1"."""
    item = meeting.item(item_id)
    if item is None or item.parent is None:
        return meeting.item_label(item_id)
    return sub_number(meeting, item) or item.title


def find_item(meeting: Meeting, text: str) -> AgendaItem | None:
    """The live item a typed number names: "9" (or "17 a") a top-level item, "9.3" the
    third sub-item of item 9. None when there is no such item."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    for item in meeting.agenda:
        if item.number.casefold() == wanted:
            return item
    match = _NUMBERED.match(wanted)
    if match is None:
        return None
    parent = find_item(meeting, match.group(1))
    if parent is None:
        return None
    subs = meeting.sub_items(parent.id)
    index = int(match.group(2))
    return subs[index - 1] if 1 <= index <= len(subs) else None


def numbered_sub_items(meeting: Meeting, subs: list[AgendaItem]) -> bool:
    """Whether an item's sub-items are printed as numbered sections (3.1, 3.2) rather than
    bullets: when one has a decision of its own; in a protokoll or English minutes also
    when one has an action or was tabled on its own. Minnesanteckningar keep the
    reference's bullets with a bold lead-in otherwise."""
    if any(meeting.item_decisions(s.id) for s in subs):
        return True
    if meeting.header.kind is DocumentKind.NOTES:
        return False
    return any(meeting.item_actions(s.id) or s.status in CLOSED for s in subs)


def focused_sub(meeting: Meeting) -> AgendaItem | None:
    """The sub-item of the current item the secretary went to (Ctrl+G "9.3"), on which
    notes, decisions, actions and tabling land until the meeting moves on. It is kept in
    the event log (``SUB_ITEM_FOCUSED``), so a meeting opened again returns to it: the
    last such event, unless the meeting moved, the focus went back to the item or the
    sub-item was closed since."""
    current = meeting.current
    if current is None:
        return None
    for event in reversed(meeting.events):
        if event.kind is EventKind.SUB_ITEM_FOCUSED:
            sub = meeting.item(event.item)
            if sub is None or sub.deleted or sub.parent != current.id:
                return None
            return sub
        if event.kind in _FOCUS_ENDS:
            return None
    return None
