"""Beslutsförhet (quorum): how many members take part at each item, and the body's rule.

A seat is a member of the body (member, chair, vice chair) on the meeting's list. At an
item a seat is filled when its member takes part (present at the item and no jäv) or a
substitute serves for that member there. The rule is a body setting (``quorum`` of the
header, kept per body in archive.json):

- ``""`` or ``"half"``: more than half of the seats (a municipal body);
- ``"min:N"``: at least N seats filled (an association's statutes).
"""

from __future__ import annotations

from dataclasses import dataclass

from model.meeting import Meeting
from model.people import Attendance
from model.presence import SEATS, present_indexes, recused_at, serving_for
from model.refusal import Refusal

#: roles that hold a seat of the body
SEAT_ROLES = SEATS


class QuorumRuleError(Refusal):
    """A quorum rule that cannot be read; the message says how to write one."""


@dataclass(frozen=True)
class QuorumRule:
    minimum: int | None = None  # None: more than half of the seats

    @property
    def text(self) -> str:
        return "half" if self.minimum is None else f"min:{self.minimum}"

    def needed(self, seats: int) -> int:
        return seats // 2 + 1 if self.minimum is None else self.minimum


def parse_rule(text: str) -> QuorumRule:
    """``""``/``"half"`` or ``"min:N"`` (also a bare number N). Raises QuorumRuleError."""
    value = text.strip().lower()
    if value in ("", "half", "majority"):
        return QuorumRule()
    number = value.removeprefix("min:").strip()
    if number.isdigit() and int(number) > 0:
        return QuorumRule(int(number))
    raise QuorumRuleError(
        "not a quorum rule: {rule} (write half, or min:5 for at least 5)",
        code="not_a_quorum_rule",
        rule=repr(text),
    )


def rule_of(meeting: Meeting) -> QuorumRule:
    """The meeting's rule; an unreadable one counts as the default (validation says so)."""
    try:
        return parse_rule(meeting.header.quorum)
    except QuorumRuleError:
        return QuorumRule()


def seats(meeting: Meeting) -> list[Attendance]:
    """The members of the body on the list (substitutes, guests, officials hold none)."""
    return [p for p in meeting.people if p.role in SEAT_ROLES and p.substitute_for is None]


def filled_seats(meeting: Meeting, item_id: str) -> list[Attendance]:
    """The members whose seat is filled at an item (by themselves or a substitute)."""
    index = meeting.item_index(item_id)
    top = meeting.top_item(item_id)
    if index is None or top is None:
        return []
    members = seats(meeting)
    member_ids = {m.id for m in members}
    filled: list[Attendance] = []
    by_substitute = {
        member_id
        for p in meeting.people
        if p.id not in member_ids
        and index in present_indexes(meeting, p)
        and not recused_at(meeting, p.id, top.id)
        and (member_id := serving_for(meeting, p.id, index)) is not None
    }
    for member in members:
        takes_part = index in present_indexes(meeting, member) and not recused_at(
            meeting, member.id, top.id
        )
        if takes_part or member.id in by_substitute:
            filled.append(member)
    return filled


@dataclass(frozen=True)
class QuorumState:
    present: int
    seats: int
    needed: int

    @property
    def met(self) -> bool:
        return self.present >= self.needed


def quorum_at(meeting: Meeting, item_id: str) -> QuorumState | None:
    """Quorum at an item; None when the body has no seats on the list."""
    members = seats(meeting)
    if not members:
        return None
    needed = rule_of(meeting).needed(len(members))
    return QuorumState(len(filled_seats(meeting, item_id)), len(members), needed)
