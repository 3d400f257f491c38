"""People at a meeting: the attendance record of each person on the roster or a guest."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from model.enums import AttendanceStatus, Role


@dataclass
class Attendance:
    """One person's attendance at one meeting.

    ``id`` is the person's id: the same person keeps the same id across the meetings of
    a body (it comes from the roster), so actions and attendance can be followed over
    time. Partial presence is tied to agenda items (Swedish minutes: "fr o m punkt 2")
    and also kept as clock times (English minutes: "arrived at 6:12").
    """

    id: str
    name: str
    organisation: str = ""
    role: Role = Role.MEMBER
    substitute_for: str | None = None  # person id of the member this substitute serves for
    status: AttendanceStatus = AttendanceStatus.UNKNOWN
    from_item: str | None = None  # item id: present from this item on (late arrival)
    from_time: datetime | None = None
    until_item: str | None = None  # item id: present up to and including this item
    until_time: datetime | None = None
    remark: str = ""  # free text added by the secretary, shown after the derived remark
    position: int = 0  # order in the attendance list
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
