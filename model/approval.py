"""Approval (justering): the approved content's hash, approve, reopen and verify.

The hash covers what the minutes say: every record of the meeting in its canonical
encoding, without the approval fields themselves, the event log, conflict records and
per-sync bookkeeping (the current item, timers). Pure: no git, no disk. The git tag that
marks the approved commit is made by sync/.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from model.codec import HEADER_TABLE, Tables, meeting_to_tables
from model.enums import MeetingState
from model.events import EventKind
from model.live import log
from model.meeting import Meeting
from model.store.files import encode
from model.store.migrate_v2 import derived_presence

HASH_PREFIX = "sha256:"
#: Header fields that are not content: who approved, the state, live bookkeeping.
_HEADER_NOISE = frozenset(
    {"approved_by", "approved_at", "approved_hash", "state", "current_item", "actual_end"}
)
#: Record fields that change while the meeting runs but say nothing in the minutes.
RECORD_NOISE = frozenset({"elapsed_seconds", "started_at", "ended_at"})
_SKIPPED_TABLES = frozenset({"events", "conflicts", "meta"})
#: Fields added after schema 1 (table -> field -> the value a file without them means):
#: left out of the hash while they hold it, so a meeting approved before they existed
#: still verifies. Add a field here when you add one to a record.
LATER_DEFAULTS: dict[str, dict[str, object]] = {
    HEADER_TABLE: {"item_times": False, "quorum": "", "quorum_declared": False},
    "items": {"status_text": ""},
    "actions": {"co_owners": [], "co_owner_names": []},
}
#: Tables added after schema 1: left out of the hash while empty.
LATER_TABLES = frozenset({"presence"})


class ApprovalError(Exception):
    """An approval rule was broken. ``code`` names the rule (for interface texts)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def content_tables(tables: Tables) -> Tables:
    """The part of a meeting file that approval covers (see the module docstring)."""
    content: Tables = {}
    derived = derived_presence(tables)
    for name, records in tables.items():
        if name in _SKIPPED_TABLES:
            continue
        noise = _HEADER_NOISE if name == HEADER_TABLE else RECORD_NOISE
        content[name] = {
            rid: {k: v for k, v in rec.items() if k not in noise and not _later_default(name, k, v)}
            for rid, rec in records.items()
            # intervals the schema-2 migration made of an approved meeting's kept fields
            if not (name == "presence" and derived.get(rid) == rec)
        }
        if name in LATER_TABLES and not content[name]:
            del content[name]
    return content


def _later_default(table: str, name: str, value: object) -> bool:
    defaults = LATER_DEFAULTS.get(table)
    return defaults is not None and name in defaults and value == defaults[name]


def content_hash_of_tables(tables: Tables) -> str:
    """The approval hash of a meeting file's tables."""
    return HASH_PREFIX + hashlib.sha256(encode(content_tables(tables))).hexdigest()


def content_hash(meeting: Meeting) -> str:
    """The approval hash of a meeting."""
    return content_hash_of_tables(meeting_to_tables(meeting))


def approve(meeting: Meeting, by: str, now: datetime) -> str:
    """Make the meeting final. Returns the hash. Refused with open conflicts or twice."""
    if meeting.header.state is MeetingState.APPROVED:
        raise ApprovalError("already_approved", meeting.header.approved_by)
    if meeting.open_conflicts():
        raise ApprovalError("open_conflicts", str(len(meeting.open_conflicts())))
    if not by.strip():
        raise ApprovalError("no_name")
    digest = content_hash(meeting)
    meeting.header.state = MeetingState.APPROVED
    meeting.header.approved_by = by.strip()
    meeting.header.approved_at = now.replace(microsecond=0)
    meeting.header.approved_hash = digest
    event = log(meeting, now, EventKind.APPROVED, detail=by.strip())
    event.extra["hash"] = digest
    return digest


def reopen(meeting: Meeting, by: str, now: datetime, reason: str = "") -> None:
    """Open an approved meeting for a correction. Recorded as an event, shown in the app.

    The last approval (who, when, hash) stays on the header so the history reads right;
    the state goes back to awaiting approval, which makes the meeting editable again.
    """
    if meeting.header.state is not MeetingState.APPROVED:
        raise ApprovalError("not_approved")
    meeting.header.state = MeetingState.AWAITING_APPROVAL
    event = log(meeting, now, EventKind.REOPENED, detail=reason.strip())
    event.extra["by"] = by.strip()
    event.extra["hash"] = meeting.header.approved_hash


@dataclass(frozen=True)
class Verification:
    """What ``verify`` found: ``ok`` is True when approved and unchanged since."""

    approved: bool
    unchanged: bool
    approved_by: str
    approved_at: datetime | None
    expected: str
    actual: str

    @property
    def ok(self) -> bool:
        return self.approved and self.unchanged


def verify(meeting: Meeting) -> Verification:
    """Compare the meeting's content with the hash recorded at approval."""
    header = meeting.header
    actual = content_hash(meeting)
    return Verification(
        approved=header.state is MeetingState.APPROVED,
        unchanged=bool(header.approved_hash) and actual == header.approved_hash,
        approved_by=header.approved_by,
        approved_at=header.approved_at,
        expected=header.approved_hash,
        actual=actual,
    )


def is_locked(meeting: Meeting) -> bool:
    """An approved meeting is final: the app opens it read-only."""
    return meeting.header.state is MeetingState.APPROVED
