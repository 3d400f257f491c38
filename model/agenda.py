"""Agenda items, their sub-items and any-other-business items."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from model.enums import ItemKind, ItemOrigin, ItemStatus
from model.tracked import Tracked


@dataclass
class AgendaItem(Tracked):
    """A numbered agenda item, or (with ``parent``) a sub-item or AOB item under one.

    ``number`` is the label shown in the minutes ("1", "17 a"); ``position`` orders
    items among their siblings. Sub-items are items with a ``parent``.
    """

    id: str
    title: str
    number: str = ""
    parent: str | None = None
    position: int = 0
    kind: ItemKind = ItemKind.REGULAR
    presenter: str = ""
    planned_minutes: int | None = None
    notes: str = ""
    status: ItemStatus = ItemStatus.PENDING
    status_reason: str = ""  # why it was tabled, referred back or withdrawn
    status_text: str = ""  # the sentence the secretary chose for it ("" = the standard one)
    returns_next_meeting: bool = False
    started_at: datetime | None = None
    ended_at: datetime | None = None
    elapsed_seconds: int = 0  # time spent on the item, summed over visits
    origin: ItemOrigin = ItemOrigin.AGENDA
    raised_by: str = ""  # name of who raised an any-other-business item
    raised_by_id: str | None = None
    raised_during: str | None = None  # item id that was current when the AOB was raised
    carried_from_meeting: str | None = None  # meeting id the item was tabled at
    carried_from_number: str = ""
    paragraph: str = ""  # § number in a protokoll ("§ 163")
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
