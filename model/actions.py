"""Assignments (uppdrag): who does what by when, and where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from model.enums import ActionStatus


@dataclass
class Action:
    """An action item. ``meeting`` and ``item`` say where it was assigned."""

    id: str
    text: str
    owner: str | None = None  # person id
    owner_name: str = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    meeting: str = ""  # id of the meeting that assigned it
    item: str | None = None  # agenda item id in that meeting
    done_in_meeting: str | None = None  # meeting where it was reported done
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
