"""People at a meeting: the attendance record of each person on the roster or a guest."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from model.enums import AttendanceStatus, PresenceKind, Role
from model.tracked import Tracked


@dataclass
class Attendance(Tracked):
    """One person's attendance at one meeting.

    ``id`` is the person's id: the same person keeps the same id across the meetings of
    a body (it comes from the roster), so actions and attendance can be followed over
    time. Partial presence is kept as ``Presence`` records (any number of intervals),
    not on this record.
    """

    id: str
    name: str
    organisation: str = ""
    role: Role = Role.MEMBER
    substitute_for: str | None = None  # person id of the member this substitute serves for
    status: AttendanceStatus = AttendanceStatus.UNKNOWN
    remark: str = ""  # free text added by the secretary, shown after the derived remark
    position: int = 0  # order in the attendance list
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Presence(Tracked):
    """An item range of one person: present, serving for a member, or recused (jäv).

    Each interval is its own record, so two people who add intervals during a sync
    both keep theirs (records added on either side survive a merge). Items are tied to
    agenda items (Swedish minutes: "fr o m punkt 2", "§§ 1-3 och 8-10") and also kept
    as clock times (English minutes: "arrived at 6:12"). ``from_item`` None means from
    the start of the meeting, ``until_item`` None to its end; both are inclusive. A
    recusal covers one item (``from_item`` = ``until_item``).
    """

    id: str
    person: str  # person id
    kind: PresenceKind = PresenceKind.PRESENT
    from_item: str | None = None
    from_time: datetime | None = None
    until_item: str | None = None
    until_time: datetime | None = None
    serves_for: str | None = None  # kind "serving": the member the substitute serves for
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
