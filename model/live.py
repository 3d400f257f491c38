"""What happens during a meeting, as operations on the model.

Each operation changes the meeting, logs an event and returns what it created. None of
them touches the disk: the caller saves (``MeetingStore.save``) right after, which is
the durability contract. ``now`` is passed in so tests and replays are deterministic.
"""

from __future__ import annotations

from datetime import date, datetime

from model.actions import Action, set_owners
from model.agenda import AgendaItem
from model.decisions import Decision, Statement
from model.document_words import document_word
from model.enums import (
    AttendanceStatus,
    DecisionMethod,
    ItemKind,
    ItemOrigin,
    ItemStatus,
    MeetingState,
    Role,
    StatementKind,
)
from model.events import Event, EventKind
from model.ids import new_id
from model.meeting import Meeting
from model.people import Attendance
from model.presence import clear_intervals
from model.refusal import Refusal
from model.roles import parse_role
from model.sub_items import focused_sub
from model.wording import lack_of_time


class LiveError(Refusal):
    """An operation that does not make sense now; the message says why (English).

    ``code`` ("no_such_item") names the sentence in the interface's catalogues
    ("live.no_such_item"), where it is worded in each language; see ``model.refusal``.
    """


def log(
    meeting: Meeting,
    now: datetime,
    kind: EventKind,
    *,
    item: str | None = None,
    person: str | None = None,
    detail: str = "",
) -> Event:
    event = Event(id=new_id(), at=now, kind=kind, item=item, person=person, detail=detail)
    meeting.events.append(event)
    return event


def log_record(
    meeting: Meeting,
    now: datetime,
    kind: EventKind,
    table: str,
    record_id: str,
    *,
    item: str | None = None,
    person: str | None = None,
    detail: str = "",
) -> Event:
    """Log a change to one record (an edit or a deletion, ...): the table and the record's
    id in ``extra``, as the records list and the sync's review read them; the detail is
    cut to 80 characters."""
    event = log(meeting, now, kind, item=item, person=person, detail=detail[:80])
    event.extra = {"table": table, "record": record_id}
    return event


# -- the meeting -------------------------------------------------------------------


def start_meeting(meeting: Meeting, now: datetime) -> None:
    """Record the real start. Starting twice keeps the first time."""
    header = meeting.header
    if header.actual_start is None:
        header.actual_start = now
    header.state = MeetingState.IN_PROGRESS
    log(meeting, now, EventKind.MEETING_STARTED)


def end_meeting(meeting: Meeting, now: datetime) -> None:
    """Record the real end, stop the current item; the minutes now await approval."""
    _leave_current(meeting, now)
    meeting.header.actual_end = now
    meeting.header.current_item = None
    meeting.header.state = MeetingState.AWAITING_APPROVAL
    log(meeting, now, EventKind.MEETING_ENDED)


# -- walking the agenda ------------------------------------------------------------


def _leave_current(meeting: Meeting, now: datetime) -> None:
    item = meeting.current
    if item is None:
        return
    if item.started_at is not None and item.status is ItemStatus.IN_PROGRESS:
        visit_start = _last_visit_start(meeting, item.id) or item.started_at
        item.elapsed_seconds += max(0, int((now - visit_start).total_seconds()))
        item.status = ItemStatus.DONE
    item.ended_at = now
    log(meeting, now, EventKind.ITEM_ENDED, item=item.id)


def _last_visit_start(meeting: Meeting, item_id: str) -> datetime | None:
    for event in reversed(meeting.events):
        if event.item == item_id and event.kind is EventKind.ITEM_STARTED:
            return event.at
    return None


def go_to_item(meeting: Meeting, item_id: str, now: datetime) -> AgendaItem:
    """Make an item current: stops the timer of the one before, starts this one's."""
    target = meeting.top_item(item_id)
    if target is None:
        raise LiveError("no such item")
    if meeting.header.actual_start is None:
        start_meeting(meeting, now)
    if meeting.header.current_item != target.id:
        _leave_current(meeting, now)
        meeting.header.current_item = target.id
        if target.started_at is None:
            target.started_at = now
        if target.status in (ItemStatus.PENDING, ItemStatus.DONE):
            target.status = ItemStatus.IN_PROGRESS
        log(meeting, now, EventKind.ITEM_STARTED, item=target.id)
    # a sub-item ("9.3") gone to is the focus, in the log so that reopening returns to it
    focused = focused_sub(meeting)
    if item_id != target.id and (focused is None or focused.id != item_id):
        log(meeting, now, EventKind.SUB_ITEM_FOCUSED, item=item_id)
    elif item_id == target.id and focused is not None:
        log(meeting, now, EventKind.SUB_ITEM_LEFT, item=focused.id)
    return target


def next_item(meeting: Meeting, now: datetime) -> AgendaItem | None:
    """Move to the next agenda item; the first call starts item 1. None at the end."""
    agenda = meeting.agenda
    index = meeting.item_index(meeting.header.current_item)
    following = agenda[0 if index is None else index + 1 :]
    if not following:
        return None
    return go_to_item(meeting, following[0].id, now)


def previous_item(meeting: Meeting, now: datetime) -> AgendaItem | None:
    agenda = meeting.agenda
    index = meeting.item_index(meeting.header.current_item)
    if index is None or index == 0:
        return None
    return go_to_item(meeting, agenda[index - 1].id, now)


def _close_item(
    meeting: Meeting,
    item_id: str,
    status: ItemStatus,
    event: EventKind,
    reason: str,
    now: datetime,
    sentence: str,
) -> AgendaItem:
    """Close the item with ``status`` (it is left if current) and log ``event``."""
    item = require_item(meeting, item_id)
    if meeting.header.current_item == item.id:
        _leave_current(meeting, now)
    item.status = status
    item.status_reason = reason
    item.status_text = sentence.strip()
    item.returns_next_meeting = status is ItemStatus.TABLED
    log(meeting, now, event, item=item.id, detail=reason)
    return item


def table_item(
    meeting: Meeting, item_id: str, now: datetime, reason: str | None = None, sentence: str = ""
) -> AgendaItem:
    """Table (bordlägg) an item; it returns at the next meeting. Default reason: lack of time.
    ``sentence``: the minutes' sentence as the secretary wrote it (else the standard one)."""
    reason = reason or lack_of_time(meeting.header.language)
    return _close_item(
        meeting, item_id, ItemStatus.TABLED, EventKind.ITEM_TABLED, reason, now, sentence
    )


def refer_back(
    meeting: Meeting, item_id: str, now: datetime, reason: str = "", sentence: str = ""
) -> AgendaItem:
    """Send a matter back for more preparation (återremiss)."""
    status, event = ItemStatus.REFERRED_BACK, EventKind.ITEM_REFERRED_BACK
    return _close_item(meeting, item_id, status, event, reason, now, sentence)


def withdraw_item(
    meeting: Meeting, item_id: str, now: datetime, reason: str = "", sentence: str = ""
) -> AgendaItem:
    status, event = ItemStatus.WITHDRAWN, EventKind.ITEM_WITHDRAWN
    return _close_item(meeting, item_id, status, event, reason, now, sentence)


def require_item(meeting: Meeting, item_id: str | None) -> AgendaItem:
    """The item (an agenda item or a sub-item, not deleted), else a refusal."""
    item = meeting.item(item_id)
    if item is None or item.deleted:
        raise LiveError("no such item")
    return item


def _next_position(siblings: list[AgendaItem]) -> int:
    return max((i.position for i in siblings), default=0) + 10


def add_item(
    meeting: Meeting, title: str, now: datetime, *, after: str | None = None, presenter: str = ""
) -> AgendaItem:
    """Add a top-level item. After item X it is numbered "X a" (then "X b"), as minutes do."""
    agenda = meeting.agenda
    anchor = meeting.item(after) if after else None
    if anchor is None:
        position = _next_position(agenda)
        number = str(len(agenda) + 1)
    else:
        base = anchor.number.split(" ")[0] if anchor.number else ""
        used = {i.number for i in agenda}
        suffix = next(c for c in "abcdefghijklmnopqrstuvwxyz" if f"{base} {c}" not in used)
        number = f"{base} {suffix}"
        # after the anchor and after the "X a", "X b" already inserted behind it
        family = [
            i for i in agenda if i.id == anchor.id or (base and i.number.startswith(f"{base} "))
        ]
        last = max(i.position for i in family)
        later = [i.position for i in agenda if i.position > last]
        position = (last + min(later)) // 2 if later else last + 10
        if position == last:
            _respace(agenda)
            return add_item(meeting, title, now, after=after, presenter=presenter)
    item = AgendaItem(
        id=new_id(), title=title, number=number, position=position, presenter=presenter
    )
    meeting.items.append(item)
    log(meeting, now, EventKind.ITEM_ADDED, item=item.id, detail=title)
    return item


def _respace(items: list[AgendaItem]) -> None:
    """Spread positions out again when an insert finds no gap between two items."""
    for index, item in enumerate(items):
        item.position = (index + 1) * 1024


def add_sub_item(
    meeting: Meeting, parent_id: str, title: str, now: datetime, presenter: str = ""
) -> AgendaItem:
    parent = require_item(meeting, parent_id)
    siblings = meeting.sub_items(parent.id)
    item = AgendaItem(
        id=new_id(),
        title=title,
        parent=parent.id,
        position=_next_position(siblings),
        presenter=presenter,
    )
    meeting.items.append(item)
    log(meeting, now, EventKind.ITEM_ADDED, item=item.id, detail=title)
    return item


def aob_item(meeting: Meeting) -> AgendaItem | None:
    """The agenda's any-other-business item (Övriga frågor), if it has one."""
    return next((i for i in meeting.agenda if i.kind is ItemKind.ANY_OTHER_BUSINESS), None)


def add_any_other_business(
    meeting: Meeting, title: str, raised_by: str | None, now: datetime
) -> AgendaItem:
    """An AOB matter raised by a named person, filed under the AOB item (created if missing)."""
    parent = aob_item(meeting)
    if parent is None:
        next_meeting = next((i for i in meeting.agenda if i.kind is ItemKind.NEXT_MEETING), None)
        before = [
            i for i in meeting.agenda if next_meeting is None or i.position < next_meeting.position
        ]
        anchor = before[-1].id if before and next_meeting is not None else None
        title_word = document_word(meeting.header.language, "word.aob.title")
        parent = add_item(meeting, title_word, now, after=anchor)
        parent.kind = ItemKind.ANY_OTHER_BUSINESS
    person = meeting.person(raised_by) if raised_by else None
    siblings = meeting.sub_items(parent.id)
    item = AgendaItem(
        id=new_id(),
        title=title,
        number=f"{parent.number}.{len(siblings) + 1}" if parent.number else "",
        parent=parent.id,
        position=_next_position(siblings),
        origin=ItemOrigin.ANY_OTHER_BUSINESS,
        raised_by=person.name if person else (raised_by or ""),
        raised_by_id=person.id if person else None,
        raised_during=meeting.header.current_item,
    )
    meeting.items.append(item)
    log(meeting, now, EventKind.ITEM_ADDED, item=item.id, person=item.raised_by_id, detail=title)
    return item


# -- attendance --------------------------------------------------------------------


def add_person(
    meeting: Meeting,
    name: str,
    now: datetime,
    *,
    organisation: str = "",
    role: Role = Role.MEMBER,
    substitute_for: str | None = None,
    status: AttendanceStatus = AttendanceStatus.UNKNOWN,
) -> Attendance:
    """Add a guest, an official or a substitute serving for a member."""
    typed = parse_role(organisation)
    if typed is not None and role is Role.GUEST:  # "tjänsteperson" typed as organisation
        organisation, role = "", typed
    if substitute_for is not None:
        role = Role.SUBSTITUTE
        if meeting.person(substitute_for) is None:
            raise LiveError("no such member to substitute for")
    person = Attendance(
        id=new_id(),
        name=name.strip(),
        organisation=organisation.strip(),
        role=role,
        substitute_for=substitute_for,
        status=status,
        position=max((p.position for p in meeting.attendance), default=-1) + 1,
    )
    meeting.attendance.append(person)
    log(meeting, now, EventKind.ATTENDANCE_SET, person=person.id, detail=status.value)
    return person


def require_person(meeting: Meeting, person_id: str) -> Attendance:
    """The person on the meeting's list (not removed), else a refusal."""
    person = meeting.person(person_id)
    if person is None or person.deleted:
        raise LiveError("no such person")
    return person


def set_attendance(
    meeting: Meeting, person_id: str, status: AttendanceStatus, now: datetime
) -> Attendance:
    person = require_person(meeting, person_id)
    person.status = status
    if not status.attends:
        clear_intervals(meeting, person.id)
    log(meeting, now, EventKind.ATTENDANCE_SET, person=person.id, detail=status.value)
    return person


# -- decisions and actions -----------------------------------------------------------


def add_decision(
    meeting: Meeting,
    item_id: str,
    text: str,
    now: datetime,
    *,
    votes: tuple[int, int, int] | None = None,
    paragraph: str = "",
    unanimous: bool = False,
) -> Decision:
    """A decision under an item, numbered in the meeting; ``votes`` is (for, against,
    abstain); ``unanimous`` marks it taken unanimously (enhälligt), without a count."""
    item = require_item(meeting, item_id)
    if unanimous and votes is not None:
        raise LiveError("a unanimous decision has no vote count")
    decision = Decision(
        id=new_id(),
        item=item.id,
        text=text.strip(),
        # live decisions only: an undone (tombstoned) decision must not leave a gap
        number=max((d.number for d in meeting.decisions if not d.deleted), default=0) + 1,
        paragraph=paragraph,
    )
    if votes is not None:
        decision.method = DecisionMethod.VOTE
        decision.votes_for, decision.votes_against, decision.votes_abstain = votes
    elif unanimous:
        decision.method = DecisionMethod.UNANIMOUS
    meeting.decisions.append(decision)
    log(meeting, now, EventKind.DECISION_ADDED, item=item.id, detail=decision.text[:80])
    return decision


def add_statement(
    meeting: Meeting, decision_id: str, kind: StatementKind, person_id: str, text: str = ""
) -> Statement:
    """A reservation or protocol note by a named member on a decision."""
    if meeting.decision(decision_id) is None:
        raise LiveError("no such decision")
    person = require_person(meeting, person_id)
    statement = Statement(
        id=new_id(),
        decision=decision_id,
        kind=kind,
        person=person.id,
        person_name=person.name,
        text=text,
    )
    meeting.statements.append(statement)
    return statement


def add_action(
    meeting: Meeting,
    item_id: str | None,
    text: str,
    now: datetime,
    *,
    owner: str | None = None,
    due: date | None = None,
    co_owners: tuple[str, ...] = (),
) -> Action:
    """An assignment: ``owner`` is a person id of the meeting (or None), ``co_owners`` more
    person ids sharing it, ``due`` a date."""
    person = meeting.person(owner) if owner else None
    action = Action(
        id=new_id(),
        text=text.strip(),
        owner=person.id if person else None,
        owner_name=person.name if person else "",
        due=due,
        meeting=meeting.id,
        item=item_id,
    )
    if co_owners:
        named = [(p.id, p.name) for p in (meeting.person(o) for o in (owner, *co_owners)) if p]
        set_owners(action, named)
    meeting.actions.append(action)
    log(
        meeting,
        now,
        EventKind.ACTION_ADDED,
        item=item_id,
        person=action.owner,
        detail=action.text[:80],
    )
    return action


def delete(record: object) -> None:
    """Delete a record by leaving a tombstone: a merge must see deletions."""
    if not hasattr(record, "deleted"):
        raise LiveError("this record cannot be deleted")
    record.deleted = True
