"""Operations on motions, votes and elections, and the views the screen and the export
need of them.

Like ``model.live`` and ``model.record_edits``: each operation checks its input (a
``LiveError`` before anything changed), changes the meeting, logs an event and the
caller saves. A deleted record stays as a tombstone (``deleted: true``) for the merge.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from model.elections import Election, ElectionKind, Officer
from model.events import EventKind
from model.ids import new_id
from model.live import LiveError, log, log_record, require_item
from model.meeting import Meeting
from model.motions import Motion, MotionOutcome
from model.procedure_checks import check_vote
from model.votes import Vote, VoteMethod

#: The store tables of the records this module keeps.
TABLES = ("motions", "votes", "elections")


# -- views -------------------------------------------------------------------------------


def item_motions(meeting: Meeting, item_id: str) -> list[Motion]:
    """The item's live motions in their order."""
    return sorted(
        (m for m in meeting.motions if not m.deleted and m.item == item_id),
        key=lambda m: (m.number, m.id),
    )


def item_votes(meeting: Meeting, item_id: str) -> list[Vote]:
    return [v for v in meeting.votes if not v.deleted and v.item == item_id]


def item_elections(meeting: Meeting, item_id: str) -> list[Election]:
    return sorted(
        (e for e in meeting.elections if not e.deleted and e.item == item_id),
        key=lambda e: (e.number, e.id),
    )


def motion(meeting: Meeting, motion_id: str | None) -> Motion | None:
    return next((m for m in meeting.motions if m.id == motion_id), None)


def vote(meeting: Meeting, vote_id: str | None) -> Vote | None:
    return next((v for v in meeting.votes if v.id == vote_id), None)


def election(meeting: Meeting, election_id: str | None) -> Election | None:
    return next((e for e in meeting.elections if e.id == election_id), None)


def _require_motion(meeting: Meeting, motion_id: str) -> Motion:
    record = motion(meeting, motion_id)
    if record is None or record.deleted:
        raise LiveError("no such motion")
    return record


def _require_vote(meeting: Meeting, vote_id: str) -> Vote:
    record = vote(meeting, vote_id)
    if record is None or record.deleted:
        raise LiveError("no such vote")
    return record


def _require_election(meeting: Meeting, election_id: str) -> Election:
    record = election(meeting, election_id)
    if record is None or record.deleted:
        raise LiveError("no such election")
    return record


def motion_votes(meeting: Meeting, motion_id: str) -> list[Vote]:
    return [v for v in meeting.votes if not v.deleted and v.motion == motion_id]


def election_votes(meeting: Meeting, election_id: str) -> list[Vote]:
    return [v for v in meeting.votes if not v.deleted and v.election == election_id]


def competing(meeting: Meeting, item_id: str) -> list[Motion]:
    """The motions the chair puts against each other (propositionsordning): the item's
    motions not withdrawn, when there are two or more; else none."""
    motions = item_motions(meeting, item_id)
    standing = [m for m in motions if m.outcome is not MotionOutcome.WITHDRAWN]
    return standing if len(standing) > 1 else []


@dataclass(frozen=True)
class Officers:
    """The officers the meeting elected for itself (names as elected; empty: none)."""

    chair: str = ""
    secretary: str = ""
    verifiers: tuple[str, ...] = ()
    tellers: tuple[str, ...] = ()


def meeting_officers(meeting: Meeting) -> Officers:
    """Who the meeting elected as its chair, secretary, verifiers and tellers, in agenda
    order (a later election of the same officer wins)."""
    chair = secretary = ""
    verifiers: list[str] = []
    tellers: list[str] = []
    order = {item.id: n for n, item in enumerate(meeting.agenda)}
    for item in meeting.items:
        if not item.deleted and item.parent is not None and item.parent in order:
            order.setdefault(item.id, order[item.parent])
    live = [e for e in meeting.elections if not e.deleted and e.officer is not Officer.NONE]
    for record in sorted(live, key=lambda e: (order.get(e.item, len(order)), e.number, e.id)):
        if record.officer is Officer.CHAIR and record.elected:
            chair = record.elected[0]
        elif record.officer is Officer.SECRETARY and record.elected:
            secretary = record.elected[0]
        elif record.officer is Officer.VERIFIER:
            verifiers += [n for n in record.elected if n not in verifiers]
        elif record.officer is Officer.TELLER:
            tellers += [n for n in record.elected if n not in tellers]
    return Officers(chair, secretary, tuple(verifiers), tuple(tellers))


# -- input -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MotionInput:
    """A motion as a form gives it. Person ids where the name is a person of the meeting;
    the names are printed either way."""

    text: str
    moved_by: str | None = None
    moved_by_name: str = ""
    seconded_by: str | None = None
    seconded_by_name: str = ""
    outcome: MotionOutcome = MotionOutcome.PENDING
    decision: str = ""
    amended_text: str = ""


@dataclass(frozen=True)
class VoteInput:
    method: VoteMethod = VoteMethod.COUNT
    motion: str | None = None
    election: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    options: tuple[str, ...] = ()
    option_counts: tuple[int, ...] = ()
    roll_call: tuple[tuple[str, str], ...] = ()  # (person id, Ballot value)
    electorate: tuple[str, ...] = ()
    secret: bool = False
    result: str = ""
    electorate_count: int | None = None


@dataclass(frozen=True)
class ElectionInput:
    office: str
    elected: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()
    nominated_by: str = ""
    kind: ElectionKind = ElectionKind.UNSPECIFIED
    term: str = ""
    seats: int | None = None
    accepted: bool | None = None
    officer: Officer = Officer.NONE


# -- motions -----------------------------------------------------------------------------


def _person_name(meeting: Meeting, person_id: str | None, name: str) -> tuple[str | None, str]:
    person = meeting.person(person_id) if person_id else None
    if person_id and (person is None or person.deleted):
        raise LiveError("no such person")
    return (person.id, person.name) if person else (None, " ".join(name.split()))


def _fill_motion(meeting: Meeting, record: Motion, data: MotionInput) -> None:
    text = data.text.strip()
    if not text:
        raise LiveError("a motion needs its proposal text")
    moved_by, moved_name = _person_name(meeting, data.moved_by, data.moved_by_name)
    seconded_by, seconded_name = _person_name(meeting, data.seconded_by, data.seconded_by_name)
    if seconded_name and (seconded_name == moved_name or (seconded_by and seconded_by == moved_by)):
        raise LiveError("a motion cannot be seconded by its mover")
    if data.amended_text.strip() and data.outcome is not MotionOutcome.AMENDED:
        raise LiveError("an amended text needs the outcome 'amended'")
    record.text = text
    record.moved_by, record.moved_by_name = moved_by, moved_name
    record.seconded_by, record.seconded_by_name = seconded_by, seconded_name
    record.outcome = data.outcome
    record.decision = data.decision.strip()
    record.amended_text = data.amended_text.strip()


def add_motion(meeting: Meeting, item_id: str, data: MotionInput, now: datetime) -> Motion:
    """A motion under the item, numbered after the item's others."""
    require_item(meeting, item_id)
    number = max((m.number for m in item_motions(meeting, item_id)), default=0) + 1
    record = Motion(id=new_id(), item=item_id, text="", number=number)
    _fill_motion(meeting, record, data)
    meeting.motions.append(record)
    log(meeting, now, EventKind.MOTION_ADDED, item=item_id, person=record.moved_by,
        detail=record.text[:80])  # fmt: skip
    return record


def edit_motion(meeting: Meeting, motion_id: str, data: MotionInput, now: datetime) -> Motion:
    record = _require_motion(meeting, motion_id)
    trial = dataclasses.replace(record)
    _fill_motion(meeting, trial, data)  # checked on a copy: a refusal changes nothing
    _fill_motion(meeting, record, data)
    _edited(meeting, now, "motions", record.id, record.item, record.text)
    return record


# -- votes -------------------------------------------------------------------------------


def _vote_from(base: Vote, data: VoteInput) -> Vote:
    return dataclasses.replace(
        base,
        method=data.method,
        motion=data.motion,
        election=data.election,
        votes_for=data.votes_for if data.method is VoteMethod.COUNT else None,
        votes_against=data.votes_against if data.method is VoteMethod.COUNT else None,
        votes_abstain=data.votes_abstain if data.method is VoteMethod.COUNT else None,
        options=[" ".join(o.split()) for o in data.options],
        option_counts=list(data.option_counts),
        roll_call=dict(data.roll_call),
        electorate=list(dict.fromkeys(data.electorate)),
        electorate_count=data.electorate_count,
        secret=data.secret,
        result=data.result.strip(),
    )


def add_vote(meeting: Meeting, item_id: str, data: VoteInput, now: datetime) -> Vote:
    """A vote under the item, checked against its electorate (``check_vote``)."""
    require_item(meeting, item_id)
    record = _vote_from(Vote(id=new_id(), item=item_id), data)
    check_vote(meeting, record)
    meeting.votes.append(record)
    log(meeting, now, EventKind.VOTE_ADDED, item=item_id, detail=record.method.value)
    return record


def edit_vote(meeting: Meeting, vote_id: str, data: VoteInput, now: datetime) -> Vote:
    record = _require_vote(meeting, vote_id)
    changed = _vote_from(record, data)
    check_vote(meeting, changed)
    index = meeting.votes.index(record)
    meeting.votes[index] = changed
    _edited(meeting, now, "votes", changed.id, changed.item, changed.method.value)
    return changed


# -- elections ---------------------------------------------------------------------------


def _names(values: tuple[str, ...]) -> list[str]:
    cleaned = [" ".join(v.split()) for v in values]
    return list(dict.fromkeys(v for v in cleaned if v))


def _fill_election(record: Election, data: ElectionInput) -> None:
    office = " ".join(data.office.split())
    if not office and data.officer is Officer.NONE:
        raise LiveError("an election needs the office")
    elected, candidates = _names(data.elected), _names(data.candidates)
    if candidates:
        known = {c.casefold() for c in candidates}
        strangers = [e for e in elected if e.casefold() not in known]
        if strangers:
            raise LiveError(
                "elected but not among the candidates: {names}", names=", ".join(strangers)
            )
    if data.seats is not None:
        if data.seats < 1:
            raise LiveError("an office has at least one seat")
        if len(elected) > data.seats:
            raise LiveError(
                "{elected} elected to {count} seats", elected=len(elected), count=data.seats
            )
    if data.officer in (Officer.CHAIR, Officer.SECRETARY) and len(elected) > 1:
        raise LiveError("the meeting has one chair and one secretary")
    record.office = office
    record.elected, record.candidates = elected, candidates
    record.nominated_by = " ".join(data.nominated_by.split())
    record.kind, record.term = data.kind, data.term.strip()
    record.seats, record.accepted, record.officer = data.seats, data.accepted, data.officer


def add_election(meeting: Meeting, item_id: str, data: ElectionInput, now: datetime) -> Election:
    require_item(meeting, item_id)
    number = max((e.number for e in item_elections(meeting, item_id)), default=0) + 1
    record = Election(id=new_id(), item=item_id, office="", number=number)
    _fill_election(record, data)
    meeting.elections.append(record)
    detail = f"{record.office}: {', '.join(record.elected)}"
    log(meeting, now, EventKind.ELECTION_ADDED, item=item_id, detail=detail[:80])
    return record


def edit_election(
    meeting: Meeting, election_id: str, data: ElectionInput, now: datetime
) -> Election:
    record = _require_election(meeting, election_id)
    _fill_election(dataclasses.replace(record), data)  # a refusal changes nothing
    _fill_election(record, data)
    _edited(meeting, now, "elections", record.id, record.item, record.office)
    return record


# -- deleting ----------------------------------------------------------------------------


def delete_procedure_record(meeting: Meeting, table: str, record_id: str, now: datetime) -> None:
    """Delete a motion (with the votes on it), a vote or an election (with its votes):
    tombstones. The item's later motions and elections move up one number."""
    if table == "motions":
        record = _require_motion(meeting, record_id)
        siblings = item_motions(meeting, record.item)
        _delete_numbered(record, siblings, motion_votes(meeting, record.id))
        item, detail = record.item, record.text
    elif table == "votes":
        counted = _require_vote(meeting, record_id)
        counted.deleted = True
        item, detail = counted.item, counted.method.value
    elif table == "elections":
        chosen = _require_election(meeting, record_id)
        later = item_elections(meeting, chosen.item)
        _delete_numbered(chosen, later, election_votes(meeting, chosen.id))
        item, detail = chosen.item, chosen.office
    else:
        raise LiveError("this record cannot be deleted")
    log_record(meeting, now, EventKind.RECORD_DELETED, table, record_id, item=item, detail=detail)


def _delete_numbered(
    record: Motion | Election, siblings: Iterable[Motion | Election], votes: Iterable[Vote]
) -> None:
    """A motion or election tombstoned: the later ones of its item move up one number,
    and the votes on it go with it."""
    record.deleted = True
    for later in siblings:
        if later.number > record.number:
            later.number -= 1
    for attached in votes:
        attached.deleted = True


def _edited(meeting: Meeting, now: datetime, table: str, rid: str, item: str, detail: str) -> None:
    log_record(meeting, now, EventKind.RECORD_EDITED, table, rid, item=item, detail=detail)
