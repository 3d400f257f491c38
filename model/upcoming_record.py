"""The record of one meeting to come (``model.upcoming`` has the operations)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from model.tracked import Tracked


@dataclass
class UpcomingMeeting(Tracked):
    """One meeting to come: when, where, and whether the date is only preliminary."""

    id: str
    day: date | None = None
    start: time | None = None
    end: time | None = None
    place: str = ""
    tentative: bool = False  # preliminärt / tentative / vorläufig
    position: int = 0  # the order typed, for meetings of the same date
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
