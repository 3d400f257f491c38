"""Motions (yrkanden, förslag, "att"-satser): who proposed what, who seconded, the outcome.

A motion belongs to an agenda item. Several motions on one item compete: the chair puts
them against each other (propositionsordning) and finds which one the meeting adopted.
The proposal text and the decision on it are kept apart ("Att: ... / Beslut: bifalles").
Operations on motions are in ``model.procedure``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from model.tracked import Tracked


class MotionOutcome(StrEnum):
    """What became of a motion. The first is the fallback for an unknown value."""

    PENDING = "pending"  # not yet decided
    ADOPTED = "adopted"  # bifall, carried
    REJECTED = "rejected"  # avslag, failed
    AMENDED = "amended"  # adopted with changes
    WITHDRAWN = "withdrawn"  # återtaget by the mover

    @property
    def decided(self) -> bool:
        return self is not MotionOutcome.PENDING


@dataclass
class Motion(Tracked):
    """One proposal under an item. ``moved_by`` is a person id of the meeting when the mover
    is one; ``moved_by_name`` is always the name as printed (it may be a group, such as
    "arbetsutskottet", that is no person of the meeting)."""

    id: str
    item: str  # agenda item id
    text: str  # the proposal: "att ..." / "that ..."
    number: int = 0  # order among the item's motions (1, 2, ...)
    moved_by: str | None = None
    moved_by_name: str = ""
    seconded_by: str | None = None
    seconded_by_name: str = ""
    outcome: MotionOutcome = MotionOutcome.PENDING
    decision: str = ""  # the decision on the proposal, kept apart: "bifalles", "avslås"
    amended_text: str = ""  # the text as adopted, for an amended motion
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
