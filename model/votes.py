"""Votes (omröstning, votering): unanimous, counted, among options, or by roll call.

A vote belongs to an agenda item and may be about one motion or one election. Its
electorate (röstlängd) is the list of people entitled to vote in it; an empty list means
"the voting members present at the item" (``model.procedure_checks.default_electorate``).
Operations are in ``model.procedure``, checks in ``model.procedure_checks``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from model.enums import Language
from model.tracked import Tracked

#: The words a secretary types for "unanimous" (in a vote's result or a decision's votes
#: field): one list, so a vote and a decision read the same words.
UNANIMOUS_WORDS = (
    "enhälligt", "enhällig", "acklamation", "unanimous", "unanimously", "nem con",
    "einstimmig", "einstimmig angenommen",
)  # fmt: skip


def unanimous_word(lang: Language) -> str:
    """The word a form shows for "unanimous" in the user's language."""
    return {Language.SV: "enhälligt", Language.DE: "einstimmig"}.get(lang, "unanimous")


def is_unanimous_word(text: str) -> bool:
    """Whether ``text`` (any case and spacing) is one of ``UNANIMOUS_WORDS``."""
    return " ".join(text.casefold().split()) in UNANIMOUS_WORDS


class VoteMethod(StrEnum):
    """How the vote was taken. The first is the fallback for an unknown value."""

    COUNT = "count"  # for / against / abstain counted
    UNANIMOUS = "unanimous"  # enhälligt: printed as such, never as an empty count
    OPTIONS = "options"  # a count among options or candidates
    ROLL_CALL = "roll_call"  # votering by name (namnupprop): each person's ballot


class Ballot(StrEnum):
    """One person's ballot in a roll-call vote."""

    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"
    ABSENT = "absent"


@dataclass
class Vote(Tracked):
    """One vote. ``roll_call`` maps person id to ``Ballot`` value; ``options`` and
    ``option_counts`` run in parallel (a candidate or option and its votes)."""

    id: str
    item: str  # agenda item id
    method: VoteMethod = VoteMethod.COUNT
    motion: str | None = None  # motion id, when the vote is on a motion
    election: str | None = None  # election id, when the vote elects
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    options: list[str] = field(default_factory=list)
    option_counts: list[int] = field(default_factory=list)
    roll_call: dict[str, str] = field(default_factory=dict)
    electorate: list[str] = field(default_factory=list)  # person ids; empty: the default
    #: how many were entitled to vote, when the röstlängd is a number, not names (a
    #: general meeting whose members are not all on the attendance list)
    electorate_count: int | None = None
    secret: bool = False  # sluten votering (a ballot: counts only, never names)
    result: str = ""  # the result as the chair announced it, if typed
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # a file another tool wrote may hold null or odd entries: read as none
        self.options = [str(o) for o in self.options or [] if o is not None]
        self.option_counts = [c for c in self.option_counts or [] if isinstance(c, int)]
        self.roll_call = {str(k): str(v) for k, v in (self.roll_call or {}).items()}
        self.electorate = [str(p) for p in self.electorate or [] if p is not None]

    def ballots(self) -> dict[str, Ballot]:
        """The roll call with ``Ballot`` values (unknown values dropped)."""
        known = {b.value for b in Ballot}
        return {p: Ballot(v) for p, v in self.roll_call.items() if v in known}

    def tally(self) -> tuple[int, int, int] | None:
        """(for, against, abstain): counted, or from the roll call; None when not counted."""
        if self.method is VoteMethod.ROLL_CALL:
            ballots = list(self.ballots().values())
            return (
                ballots.count(Ballot.YES),
                ballots.count(Ballot.NO),
                ballots.count(Ballot.ABSTAIN),
            )
        if self.method is VoteMethod.COUNT and self.votes_for is not None:
            return self.votes_for, self.votes_against or 0, self.votes_abstain or 0
        return None

    def cast(self) -> int:
        """How many votes were cast (for a unanimous vote: unknown, 0)."""
        if self.method is VoteMethod.OPTIONS:
            return sum(self.option_counts)
        tally = self.tally()
        return sum(tally) if tally else 0
