"""Assignments (uppdrag): who does what by when, and where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from model.enums import ActionStatus
from model.tracked import Tracked


@dataclass
class Action(Tracked):
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
    co_owners: list[str] = field(default_factory=list)  # person ids beside ``owner``
    co_owner_names: list[str] = field(default_factory=list)  # their names, in that order
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def owner_names(self) -> list[str]:
        """Every owner's name, the first owner first (empty: no owner)."""
        first = [self.owner_name] if self.owner_name else []
        return first + [n for n in self.co_owner_names if n]


def set_owners(action: Action, people: list[tuple[str, str]]) -> None:
    """Give ``action`` its owners, as (person id, name) pairs: the first is ``owner``."""
    unique: list[tuple[str, str]] = []
    for pair in people:
        if pair[0] not in {p[0] for p in unique}:
            unique.append(pair)
    first = unique[0] if unique else (None, "")
    action.owner, action.owner_name = first[0], first[1]
    action.co_owners = [p[0] for p in unique[1:]]
    action.co_owner_names = [p[1] for p in unique[1:]]
