"""Röstlängd: the electorate of a general meeting, adopted at an item and adjusted later
("Röstlängden justeras till 43 röstberättigade" at item 9, with who came and who left).

The records are the optional ``electorates`` table. The röstlängd in force at an item is
the last record at that item or before it in agenda order (``electorate_at``); a vote
without an electorate of its own is checked against it (``model.procedure_checks``).
Operations are pure like ``model.live``: checked first, logged, saved by the caller; a
deleted record stays as a tombstone for the merge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from model.electorate_record import ElectorateRecord
from model.events import EventKind
from model.ids import new_id
from model.live import LiveError, log_record, require_item
from model.meeting import Meeting

#: The store table of the röstlängd records.
TABLE = "electorates"


@dataclass(frozen=True)
class ElectorateInput:
    """A röstlängd as the form gives it."""

    count: int
    joined: tuple[str, ...] = ()
    left: tuple[str, ...] = ()


def _item_order(meeting: Meeting) -> dict[str, tuple[int, int]]:
    """Each live item's place in the agenda: (top-level index, place among its parent's
    sub-items; 0 for the top-level item itself)."""
    order: dict[str, tuple[int, int]] = {}
    for index, top in enumerate(meeting.agenda):
        order[top.id] = (index, 0)
        for n, sub in enumerate(meeting.sub_items(top.id), start=1):
            order[sub.id] = (index, n)
    return order


def electorates(meeting: Meeting) -> list[ElectorateRecord]:
    """The live röstlängd records in agenda order (at one item: as recorded; ids sort by
    time). Records of a deleted item are left out."""
    order = _item_order(meeting)
    live = [r for r in meeting.electorates if not r.deleted and r.item in order]
    return sorted(live, key=lambda r: (order[r.item], r.id))


def item_electorates(meeting: Meeting, item_id: str) -> list[ElectorateRecord]:
    return [r for r in electorates(meeting) if r.item == item_id]


def electorate_at(meeting: Meeting, item_id: str) -> ElectorateRecord | None:
    """The röstlängd in force at the item: the last one recorded at it or before it."""
    order = _item_order(meeting)
    here = order.get(item_id)
    if here is None:
        return None
    before = [r for r in electorates(meeting) if order[r.item] <= here]
    return before[-1] if before else None


def is_adoption(meeting: Meeting, record: ElectorateRecord) -> bool:
    """Whether the record adopts the röstlängd (the first of the meeting) or adjusts it."""
    listed = electorates(meeting)
    return bool(listed) and listed[0].id == record.id


def _names(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(" ".join(n.split()) for n in names if n.strip()))


def _fill(meeting: Meeting, record: ElectorateRecord, data: ElectorateInput) -> None:
    require_item(meeting, record.item)
    if data.count < 1:
        raise LiveError("an electorate has at least one voter")
    joined, left = _names(data.joined), _names(data.left)
    both = sorted(set(n.casefold() for n in joined) & set(n.casefold() for n in left))
    if both:
        raise LiveError("joined and left at once: {names}", names=", ".join(both))
    record.count, record.joined, record.left = data.count, joined, left


def _logged(meeting: Meeting, now: datetime, kind: EventKind, record: ElectorateRecord) -> None:
    log_record(meeting, now, kind, TABLE, record.id, item=record.item, detail=str(record.count))


def add_electorate(
    meeting: Meeting, item_id: str, data: ElectorateInput, now: datetime
) -> ElectorateRecord:
    """The röstlängd adopted or adjusted at the item."""
    record = ElectorateRecord(id=new_id(), item=item_id)
    _fill(meeting, record, data)
    meeting.electorates.append(record)
    _logged(meeting, now, EventKind.RECORD_EDITED, record)
    return record


def _find(meeting: Meeting, record_id: str) -> ElectorateRecord:
    found = next((r for r in meeting.electorates if r.id == record_id and not r.deleted), None)
    if found is None:
        raise LiveError("no such electorate")
    return found


def edit_electorate(
    meeting: Meeting, record_id: str, data: ElectorateInput, now: datetime
) -> ElectorateRecord:
    record = _find(meeting, record_id)
    probe = ElectorateRecord(id=record.id, item=record.item)
    _fill(meeting, probe, data)  # checked before anything changes
    _fill(meeting, record, data)
    _logged(meeting, now, EventKind.RECORD_EDITED, record)
    return record


def delete_electorate(meeting: Meeting, record_id: str, now: datetime) -> None:
    record = _find(meeting, record_id)
    record.deleted = True
    _logged(meeting, now, EventKind.RECORD_DELETED, record)
