"""Decisions, and the reservations and protocol notes members attach to them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from model.enums import DecisionMethod, StatementKind
from model.tracked import Tracked


@dataclass
class Decision(Tracked):
    """A decision taken under an agenda item ("Ledningsgruppen beslutade att ...")."""

    id: str
    item: str  # agenda item id
    text: str
    number: int = 0  # running number within the meeting
    paragraph: str = ""  # optional § number running through the year
    method: DecisionMethod = DecisionMethod.CONSENSUS
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    recused: list[str] = field(default_factory=list)  # person ids with jäv
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Statement(Tracked):
    """A reservation (dissent) or protocol note by a named member on a decision."""

    id: str
    decision: str  # decision id
    kind: StatementKind
    person: str  # person id
    person_name: str = ""
    text: str = ""
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
