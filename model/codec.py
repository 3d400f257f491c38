"""A meeting as tables of records: the shape of a meeting file (see docs/format.md)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from model.actions import Action
from model.agenda import AgendaItem
from model.conflicts import Conflict
from model.decisions import Decision, Statement
from model.elections import Election
from model.electorate_record import ElectorateRecord
from model.events import Event
from model.meeting import Meeting, MeetingHeader
from model.motions import Motion
from model.people import Attendance, Presence
from model.records import from_record, to_record
from model.upcoming_record import UpcomingMeeting
from model.votes import Vote

Tables = dict[str, dict[str, dict[str, Any]]]

#: table name -> (record class, attribute of Meeting holding the list)
RECORD_TABLES: dict[str, tuple[type, str]] = {
    "attendance": (Attendance, "attendance"),
    "items": (AgendaItem, "items"),
    "decisions": (Decision, "decisions"),
    "statements": (Statement, "statements"),
    "actions": (Action, "actions"),
    "events": (Event, "events"),
    "conflicts": (Conflict, "conflicts"),
    "presence": (Presence, "presence"),
    # optional tables (motions, votes, elections): a file without them has none
    "motions": (Motion, "motions"),
    "votes": (Vote, "votes"),
    "elections": (Election, "elections"),
    "upcoming": (UpcomingMeeting, "upcoming"),
    "electorates": (ElectorateRecord, "electorates"),
}
#: Tables a file has only once a record was added to them: a meeting without motions
#: encodes exactly as before they existed (an approved meeting's hash stays the same).
OPTIONAL_TABLES = frozenset({"motions", "votes", "elections", "upcoming", "electorates"})
HEADER_TABLE = "meeting"
META_TABLE = "meta"


def meeting_to_tables(meeting: Meeting) -> Tables:
    """Encode a meeting as ``{table: {record id: record}}`` (without the meta table)."""
    tables: Tables = {HEADER_TABLE: {meeting.id: to_record(meeting.header)}}
    for name, (_cls, attr) in RECORD_TABLES.items():
        records = getattr(meeting, attr)
        if records or name not in OPTIONAL_TABLES:
            tables[name] = {rec.id: to_record(rec) for rec in records}
    return tables


def tables_to_meeting(tables: Tables, skip: Collection[str] = ()) -> Meeting:
    """Decode the tables of a meeting file. Raises ``ValueError`` if there is no header.

    Tables named in ``skip`` are left empty (the archive index needs no events)."""
    headers = tables.get(HEADER_TABLE) or {}
    if len(headers) != 1:
        raise ValueError(f"expected one meeting header, found {len(headers)}")
    ((meeting_id, header_record),) = headers.items()
    meeting = Meeting(header=from_record(MeetingHeader, meeting_id, header_record))
    for name, (cls, attr) in RECORD_TABLES.items():
        if name in skip:
            continue
        records = tables.get(name) or {}
        setattr(meeting, attr, [from_record(cls, rid, rec) for rid, rec in sorted(records.items())])
    return meeting
