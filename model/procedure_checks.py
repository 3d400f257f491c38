"""The rules a vote must keep: its electorate (röstlängd) and its count.

Who is present at an item comes from the attendance model through ``present_ids``
alone: when attendance changes shape (intervals of presence), only that function
follows it.
"""

from __future__ import annotations

from model.attendance import present_at
from model.electorate import electorate_at
from model.enums import Role
from model.live import LiveError
from model.meeting import Meeting
from model.people import Attendance
from model.votes import Ballot, Vote, VoteMethod

#: Roles that take part in a meeting without a vote.
NON_VOTING = frozenset({Role.GUEST, Role.OFFICIAL, Role.ADJUNCT, Role.AUDITOR})


def present_ids(meeting: Meeting, item_id: str) -> set[str]:
    """The ids of the people present (in the room or remote) at the item: the one place
    the procedure records ask attendance who is there."""
    return {p.id for p in present_at(meeting, item_id)}


def default_electorate(meeting: Meeting, item_id: str) -> list[Attendance]:
    """Who may vote at the item unless the vote's own electorate says otherwise: the
    members present (chair and secretary included), and a substitute serving for a
    member who is not present."""
    here = present_ids(meeting, item_id)
    voters = []
    for person in meeting.people:
        if person.id not in here or person.role in NON_VOTING:
            continue
        if person.substitute_for and person.substitute_for in here:
            continue  # the member is here and votes; the substitute does not serve
        voters.append(person)
    return voters


#: Roles whose holders the body counts as its members (absent ones are named in a
#: roll-call table).
MEMBER_ROLES = frozenset({Role.MEMBER, Role.CHAIR, Role.VICE_CHAIR})


def absent_members(meeting: Meeting, item_id: str) -> list[Attendance]:
    """The body's members not present at the item (a roll call names them as absent)."""
    here = present_ids(meeting, item_id)
    return [
        p
        for p in meeting.people
        if p.role in MEMBER_ROLES and not p.substitute_for and p.id not in here
    ]


def electorate_of(meeting: Meeting, vote: Vote) -> list[str]:
    """The person ids entitled to vote in ``vote``: its own list, else the default."""
    if vote.electorate:
        return list(vote.electorate)
    return [p.id for p in default_electorate(meeting, vote.item)]


def ballots_needed(vote: Vote) -> int:
    """The fewest voters the result needs: the votes cast, or (among options, where a
    voter may vote for as many candidates as there are seats) the most any option got."""
    if vote.method is VoteMethod.OPTIONS:
        return max(vote.option_counts, default=0)
    return vote.cast()


def rostlangd_problem(meeting: Meeting, vote: Vote) -> LiveError | None:
    """How the vote breaks the röstlängd in force at its item (``model.electorate``), as
    the refusal to raise; None when it fits or none is in force. A vote with its own list
    of names is checked against those instead."""
    current = electorate_at(meeting, vote.item)
    if current is None or vote.electorate:
        return None
    if vote.electorate_count is not None and vote.electorate_count != current.count:
        return LiveError(
            "the electorate of the vote differs from the roll of voters at this item: {own}, "
            "not {count}",
            own=vote.electorate_count,
            count=current.count,
        )
    if ballots_needed(vote) > current.count:
        return LiveError(
            "{cast} votes cast, but the roll of voters at this item has {count}",
            cast=ballots_needed(vote),
            count=current.count,
        )
    return None


def _name(meeting: Meeting, person_id: str) -> str:
    person = meeting.person(person_id)
    return person.name if person else person_id


def check_vote(meeting: Meeting, vote: Vote) -> None:
    """Raise ``LiveError`` (the message says why) if the vote breaks a rule."""
    if meeting.item(vote.item) is None:
        raise LiveError("no such item")
    if vote.motion is not None:
        motion = next((m for m in meeting.motions if m.id == vote.motion), None)
        if motion is None or motion.deleted or motion.item != vote.item:
            raise LiveError("the motion voted on is not one of this item's motions")
    counts = [vote.votes_for, vote.votes_against, vote.votes_abstain, *vote.option_counts]
    if any(c is not None and c < 0 for c in counts):
        raise LiveError("a vote count cannot be negative")
    if vote.method is VoteMethod.COUNT and vote.votes_for is None:
        raise LiveError("a counted vote needs its numbers (for-against-abstain)")
    if vote.method is VoteMethod.OPTIONS:
        if not vote.options or len(vote.options) != len(vote.option_counts):
            raise LiveError("a vote among options needs each option with its count")
        if any(not o.strip() for o in vote.options):
            raise LiveError("an option of the vote has no name")
    if vote.method is VoteMethod.ROLL_CALL:
        if vote.secret:
            raise LiveError("a secret ballot has no roll call")
        if not any(b is not Ballot.ABSENT for b in vote.ballots().values()):
            raise LiveError("a roll-call vote needs who voted yes, no or abstained")
    here = present_ids(meeting, vote.item)
    away = [p for p in vote.electorate if p not in here]
    if away:
        names = ", ".join(_name(meeting, p) for p in away)
        raise LiveError("not present at this item, so not in its electorate: {names}", names=names)
    if vote.electorate_count is not None:
        if vote.electorate_count < 1:
            raise LiveError("an electorate has at least one voter")
        if vote.electorate:
            raise LiveError("give the electorate as names or as a number, not both")
        if ballots_needed(vote) > vote.electorate_count:
            raise LiveError(
                "{cast} votes cast, but the electorate has only {count} voters",
                cast=ballots_needed(vote),
                count=vote.electorate_count,
            )
        if (broken := rostlangd_problem(meeting, vote)) is not None:
            raise broken
        return  # a counted röstlängd: the names of the roll call are not checked against it
    if (broken := rostlangd_problem(meeting, vote)) is not None:
        raise broken
    if not vote.electorate and electorate_at(meeting, vote.item) is not None:
        return  # counted against the röstlängd in force; its names are not a list here
    electorate = set(electorate_of(meeting, vote))
    voted = [p for p, b in vote.ballots().items() if b is not Ballot.ABSENT]
    outside = [p for p in voted if p not in electorate]
    if outside:
        names = ", ".join(_name(meeting, p) for p in outside)
        raise LiveError("voted but not in the electorate of this vote: {names}", names=names)
    if electorate and ballots_needed(vote) > len(electorate):
        raise LiveError(
            "{cast} votes cast, but the electorate has only {count} voters",
            cast=ballots_needed(vote),
            count=len(electorate),
        )
