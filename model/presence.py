"""Comings and goings as item intervals: who was present, who served, who had jäv.

A person whose status attends and who has no present interval took part in the whole
meeting. Otherwise they took part in exactly the items their intervals cover (bounds
inclusive; a sub-item counts as its parent). Arriving and leaving are one operation,
``mark_presence``: leaving closes the open interval (or the implicit whole-meeting one),
arriving opens a new one, so "left at 3, back at 8" is two intervals, 1-3 and 8-end.
"""

from __future__ import annotations

from datetime import datetime

from model.enums import AttendanceStatus, PresenceKind, Role
from model.events import Event, EventKind
from model.ids import new_id
from model.meeting import Meeting
from model.people import Attendance, Presence
from model.refusal import Refusal

#: roles that hold a seat of the body (model/quorum.py counts them)
SEATS = frozenset({Role.MEMBER, Role.CHAIR, Role.VICE_CHAIR})


class PresenceError(Refusal):
    """A presence change that does not make sense; the message says why (English)."""


def intervals(
    meeting: Meeting, person_id: str, kind: PresenceKind = PresenceKind.PRESENT
) -> list[Presence]:
    """A person's live intervals of ``kind``, in agenda order (then creation order)."""
    found = [
        p for p in meeting.presence if p.person == person_id and p.kind is kind and not p.deleted
    ]
    return sorted(found, key=lambda p: (_start(meeting, p), _end(meeting, p), p.id))


def _start(meeting: Meeting, interval: Presence) -> int:
    index = meeting.item_index(interval.from_item) if interval.from_item else None
    return 0 if index is None else index


def _end(meeting: Meeting, interval: Presence) -> int:
    index = meeting.item_index(interval.until_item) if interval.until_item else None
    return len(meeting.agenda) - 1 if index is None else index


def covers(meeting: Meeting, interval: Presence, index: int) -> bool:
    """Whether an interval covers the top-level item at ``index`` (0-based)."""
    return _start(meeting, interval) <= index <= _end(meeting, interval)


def present_indexes(meeting: Meeting, person: Attendance) -> set[int]:
    """The agenda positions (0-based) at which ``person`` took part."""
    if not person.status.attends or person.deleted:
        return set()
    count = len(meeting.agenda)
    spans = intervals(meeting, person.id)
    if not spans:
        return set(range(count))
    return {i for i in range(count) if any(covers(meeting, s, i) for s in spans)}


def ranges(indexes: set[int]) -> list[tuple[int, int]]:
    """Runs of consecutive positions: {0, 1, 2, 7, 8} -> [(0, 2), (7, 8)]."""
    runs: list[tuple[int, int]] = []
    for index in sorted(indexes):
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def recused_at(meeting: Meeting, person_id: str, item_id: str) -> bool:
    """Whether the person declared jäv for the item (or its parent item)."""
    index = meeting.item_index(item_id)
    if index is None:
        return False
    return any(
        covers(meeting, r, index) for r in intervals(meeting, person_id, PresenceKind.RECUSED)
    )


def recused_people(meeting: Meeting, item_id: str) -> list[Attendance]:
    """Who declared jäv for exactly this top-level item, in list order."""
    top = meeting.top_item(item_id)
    if top is None:
        return []
    return [p for p in meeting.people if recused_at(meeting, p.id, top.id)]


def serving_for(meeting: Meeting, person_id: str, index: int) -> str | None:
    """The member a substitute serves for at the item at ``index``, if any."""
    for serving in intervals(meeting, person_id, PresenceKind.SERVING):
        if covers(meeting, serving, index):
            return serving.serves_for
    return None


def _log(
    meeting: Meeting, now: datetime, kind: EventKind, person: str, item: str, record: str = ""
) -> None:
    """Log what changed; the interval record is named as record edits name theirs."""
    extra = {"table": "presence", "record": record} if record else {}
    meeting.events.append(
        Event(id=new_id(), at=now, kind=kind, person=person, item=item or None, extra=extra)
    )


def _require_person(meeting: Meeting, person_id: str) -> Attendance:
    person = meeting.person(person_id)
    if person is None or person.deleted:
        raise PresenceError("no such person")
    return person


def _require_top(meeting: Meeting, item_id: str | None) -> str:
    item = meeting.top_item(item_id or meeting.header.current_item)
    if item is None or item.deleted:
        raise PresenceError("no current item")
    return item.id


def mark_presence(
    meeting: Meeting,
    person_id: str,
    now: datetime,
    *,
    arrived: bool,
    item_id: str | None = None,
) -> Presence:
    """A person arrives (``arrived``) or leaves at an item (the current one by default).

    Arriving opens an interval from the item on (a person marked present with no
    interval yet came late: their presence starts here; arriving again without leaving
    corrects the open interval's start). Leaving closes the open interval at the item
    (inclusive); someone present from the start gets the interval start-to-here.
    Returns the interval changed or created.
    """
    person = _require_person(meeting, person_id)
    item = _require_top(meeting, item_id)
    index = meeting.item_index(item)
    assert index is not None
    spans = intervals(meeting, person.id)
    open_span = next((s for s in reversed(spans) if s.until_item is None), None)
    if not person.status.attends:
        person.status = AttendanceStatus.PRESENT
        spans, open_span = [], None
        for old in intervals(meeting, person.id):
            old.deleted = True  # who was not there has no earlier intervals
    if arrived:
        earlier = [s for s in spans if s is not open_span]
        if any(_end(meeting, s) > index for s in earlier):
            raise PresenceError("arrives before an earlier interval ends")
        if open_span is not None:  # arrived again without leaving: a correction
            open_span.from_item, open_span.from_time = item, now
            result = open_span
        else:
            result = Presence(id=new_id(), person=person.id, from_item=item, from_time=now)
            meeting.presence.append(result)
        _log(meeting, now, EventKind.PERSON_ARRIVED, person.id, item, result.id)
        return result
    if open_span is None and spans:
        last = spans[-1]  # left again: a correction of when they left
        if _start(meeting, last) > index:
            raise PresenceError("leaves before arriving")
        last.until_item, last.until_time = item, now
        result = last
    elif open_span is None:
        result = Presence(id=new_id(), person=person.id, until_item=item, until_time=now)
        meeting.presence.append(result)
    else:
        if _start(meeting, open_span) > index:
            raise PresenceError("leaves before arriving")
        open_span.until_item, open_span.until_time = item, now
        result = open_span
    _log(meeting, now, EventKind.PERSON_LEFT, person.id, item, result.id)
    return result


def toggle_recused(
    meeting: Meeting, person_id: str, now: datetime, item_id: str | None = None
) -> bool:
    """Jäv for the item (the current one by default), or take it back; True if recused."""
    person = _require_person(meeting, person_id)
    item = _require_top(meeting, item_id)
    existing = [
        r
        for r in intervals(meeting, person.id, PresenceKind.RECUSED)
        if r.from_item == item or r.until_item == item
    ]
    if existing:
        for record in existing:
            record.deleted = True
            _log(meeting, now, EventKind.RECORD_DELETED, person.id, item, record.id)
        return False
    recusal = Presence(
        id=new_id(),
        person=person.id,
        kind=PresenceKind.RECUSED,
        from_item=item,
        from_time=now,
        until_item=item,
    )
    meeting.presence.append(recusal)
    _log(meeting, now, EventKind.RECORD_EDITED, person.id, item, recusal.id)
    return True


def set_serving(
    meeting: Meeting,
    person_id: str,
    member_id: str,
    from_item: str | None,
    until_item: str | None,
    now: datetime,
) -> Presence:
    """A substitute serves for a member at the items ``from_item``-``until_item``."""
    person = _require_person(meeting, person_id)
    member = _require_person(meeting, member_id)
    if member.id == person.id:
        raise PresenceError("a person cannot serve for themselves")
    if person.role in SEATS and person.substitute_for is None:
        raise PresenceError(
            "{name} is a member: only a substitute serves for one", name=person.name
        )
    if member.role not in SEATS or member.substitute_for is not None:
        raise PresenceError(
            "{name} is not a member: a substitute serves for a member", name=member.name
        )
    first = meeting.item_index(from_item) if from_item else 0
    last = meeting.item_index(until_item) if until_item else len(meeting.agenda) - 1
    if first is None or last is None:
        raise PresenceError("no such item")
    if last < first:
        raise PresenceError("the range ends before it starts")
    top_from = meeting.top_item(from_item) if from_item else None
    top_until = meeting.top_item(until_item) if until_item else None
    serving = Presence(
        id=new_id(),
        person=person.id,
        kind=PresenceKind.SERVING,
        from_item=top_from.id if top_from else None,
        from_time=now,
        until_item=top_until.id if top_until else None,
        serves_for=member.id,
    )
    meeting.presence.append(serving)
    if person.substitute_for is None:
        person.substitute_for = member.id
    person.role = Role.SUBSTITUTE
    if not person.status.attends:
        person.status = AttendanceStatus.PRESENT
    _log(meeting, now, EventKind.RECORD_EDITED, person.id, serving.from_item or "", serving.id)
    return serving


def clear_intervals(meeting: Meeting, person_id: str) -> None:
    """A person marked absent (or not yet registered) has no present intervals."""
    for interval in intervals(meeting, person_id):
        interval.deleted = True


def partial_bounds(meeting: Meeting, person: Attendance) -> tuple[str | None, str | None]:
    """The first arrival and last departure items of a person who was there only in
    part (None, None for the whole meeting): what the archive index keeps."""
    agenda = meeting.agenda
    indexes = present_indexes(meeting, person)
    if not intervals(meeting, person.id) or not indexes or len(indexes) == len(agenda):
        return None, None
    return agenda[min(indexes)].id, agenda[max(indexes)].id
