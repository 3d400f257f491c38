"""Editing and deleting the records taken under an item: decisions, actions, sub-items
and any-other-business matters.

Pure operations like those of ``model.live``: each changes the meeting, logs an event
(``record_edited`` / ``record_deleted``, the table and record id in ``extra``) and the
caller saves. A deleted record stays in the file as a tombstone (``deleted: true``): the
sync merge (sync/merge.py) must see the deletion, and a record deleted on one machine
while edited on the other survives with the edit, flagged as a "deleted_edited" conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from model.actions import set_owners
from model.electorate import TABLE as ELECTORATE_TABLE
from model.electorate import delete_electorate
from model.enums import DecisionMethod, StatementKind
from model.events import EventKind
from model.live import LiveError, add_statement, log_record, require_item
from model.meeting import Meeting
from model.procedure import TABLES as PROCEDURE_TABLES
from model.procedure import delete_procedure_record
from model.upcoming import TABLE as UPCOMING_TABLE
from model.upcoming import delete_upcoming


@dataclass(frozen=True)
class DecisionEdit:
    """A decision as the form gives it: text, votes, reservations, one protocol note."""

    text: str
    votes: tuple[int, int, int] | None = None
    reservations: tuple[str, ...] = ()  # person ids
    note_by: str | None = None  # person id
    note_text: str = ""
    unanimous: bool = False  # enhälligt (then ``votes`` is None)


def _logged(meeting: Meeting, now: datetime, kind: EventKind, table: str, record_id: str,
            item: str | None, detail: str) -> None:  # fmt: skip
    log_record(meeting, now, kind, table, record_id, item=item, detail=detail)


def edit_decision(meeting: Meeting, decision_id: str, edit: DecisionEdit, now: datetime) -> None:
    """Change a decision's text, votes and statements. Statements that stay the same keep
    their records (a merge sees no change there); the others are deleted or added."""
    decision = meeting.decision(decision_id)
    if decision is None or decision.deleted:
        raise LiveError("no such decision")
    text = edit.text.strip()
    if not text:
        raise LiveError("a decision needs a text")
    if edit.unanimous and edit.votes is not None:
        raise LiveError("a unanimous decision has no vote count")
    decision.text = text
    if edit.votes is None:
        decision.method = DecisionMethod.UNANIMOUS if edit.unanimous else DecisionMethod.CONSENSUS
        decision.votes_for = decision.votes_against = decision.votes_abstain = None
    else:
        decision.method = DecisionMethod.VOTE
        decision.votes_for, decision.votes_against, decision.votes_abstain = edit.votes
    wanted = {(StatementKind.RESERVATION, person, "") for person in edit.reservations}
    if edit.note_by is not None:
        wanted.add((StatementKind.PROTOCOL_NOTE, edit.note_by, edit.note_text.strip()))
    for statement in meeting.decision_statements(decision.id):
        key = (statement.kind, statement.person, statement.text)
        if key in wanted:
            wanted.discard(key)
        else:
            statement.deleted = True
    for kind, person, note in sorted(wanted):
        add_statement(meeting, decision.id, kind, person, note)
    _logged(meeting, now, EventKind.RECORD_EDITED, "decisions", decision.id, decision.item, text)


def edit_action(
    meeting: Meeting,
    action_id: str,
    text: str,
    now: datetime,
    *,
    owner: str | None = None,
    due: date | None = None,
    co_owners: tuple[str, ...] = (),
) -> None:
    """Change an action's text, owners (person ids of the meeting; ``owner`` None: no
    owner) and due date."""
    action = meeting.action(action_id)
    if action is None or action.deleted:
        raise LiveError("no such action")
    if not text.strip():
        raise LiveError("an action needs a text")
    person = meeting.person(owner) if owner else None
    action.text = text.strip()
    named = [(p.id, p.name) for p in (meeting.person(o) for o in (owner, *co_owners) if o) if p]
    set_owners(action, named if person else [])
    action.due = due
    _logged(meeting, now, EventKind.RECORD_EDITED, "actions", action.id, action.item, action.text)


def edit_item_title(
    meeting: Meeting,
    item_id: str,
    title: str,
    now: datetime,
    *,
    raised_by: str | None = None,
) -> None:
    """Change a sub-item's title, or an AOB matter's title and who raised it (a person
    id of the meeting; ``raised_by`` is ignored for plain sub-items)."""
    item = require_item(meeting, item_id)
    if not title.strip():
        raise LiveError("an item needs a title")
    item.title = title.strip()
    if item.raised_by or item.raised_by_id or raised_by:
        person = meeting.person(raised_by) if raised_by else None
        item.raised_by = person.name if person else ""
        item.raised_by_id = person.id if person else None
    _logged(meeting, now, EventKind.RECORD_EDITED, "items", item.id, item.parent, item.title)


def delete_record(meeting: Meeting, table: str, record_id: str, now: datetime) -> None:
    """Delete a decision, an action or a sub-item / AOB matter (tombstones).

    A deleted decision takes its statements with it and the later decisions move up one
    number, so the minutes never show a gap. A deleted sub-item takes the decisions and
    actions recorded under it. Top-level agenda items are not deleted here.
    """
    item: str | None
    if table in PROCEDURE_TABLES:  # motions, votes, elections
        delete_procedure_record(meeting, table, record_id, now)
        return
    if table == UPCOMING_TABLE:  # a meeting to come
        delete_upcoming(meeting, record_id, now)
        return
    if table == ELECTORATE_TABLE:  # a röstlängd
        delete_electorate(meeting, record_id, now)
        return
    if table == "decisions":
        decision = meeting.decision(record_id)
        if decision is None or decision.deleted:
            raise LiveError("no such decision")
        _delete_decision(meeting, decision.id)
        item, detail = decision.item, decision.text
    elif table == "actions":
        action = meeting.action(record_id)
        if action is None or action.deleted:
            raise LiveError("no such action")
        action.deleted = True
        item, detail = action.item, action.text
    elif table == "items":
        sub = meeting.item(record_id)
        if sub is None or sub.deleted or sub.parent is None:
            raise LiveError("no such sub-item")
        sub.deleted = True
        for decision in meeting.item_decisions(sub.id):
            _delete_decision(meeting, decision.id)
        for action in meeting.item_actions(sub.id):
            action.deleted = True
        item, detail = sub.parent, sub.title
    else:
        raise LiveError("this record cannot be deleted")
    _logged(meeting, now, EventKind.RECORD_DELETED, table, record_id, item, detail)


def _delete_decision(meeting: Meeting, decision_id: str) -> None:
    decision = meeting.decision(decision_id)
    if decision is None:
        return
    decision.deleted = True
    for statement in meeting.decision_statements(decision.id):
        statement.deleted = True
    for later in meeting.live_decisions():
        if later.number > decision.number:
            later.number -= 1
