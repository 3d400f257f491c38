"""Resolving sync conflicts: take our version, take theirs, or set the merged text.

Pure: changes the meeting in memory; the caller saves. A resolved conflict stays in the
file (resolved, by whom, when) so the history of the minutes stays readable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from model.codec import HEADER_TABLE, RECORD_TABLES
from model.conflicts import Conflict
from model.meeting import Meeting
from model.records import _decode, _hints

OURS = "ours"
THEIRS = "theirs"


class ResolutionError(ValueError):
    """The conflict cannot be resolved this way (its record is gone, it is resolved)."""


def conflict_target(meeting: Meeting, conflict: Conflict) -> object | None:
    """The record a conflict is about, or None if it is not in this meeting."""
    if conflict.table == HEADER_TABLE:
        return meeting.header if conflict.record == meeting.id else None
    entry = RECORD_TABLES.get(conflict.table)
    if entry is None:
        return None
    return next((r for r in getattr(meeting, entry[1]) if r.id == conflict.record), None)


def version(conflict: Conflict, side: str) -> Any:
    """The value a side stands for. For text with clean edits elsewhere, the text that
    keeps those edits and takes this side's lines where the two collided."""
    key = "with_ours" if side == OURS else "with_theirs"
    if key in conflict.extra:
        return conflict.extra[key]
    return conflict.ours if side == OURS else conflict.theirs


def _set_field(record: object, name: str, value: Any) -> None:
    hints = _hints(type(record))  # type: ignore[arg-type]
    if name in hints:
        setattr(record, name, _decode(hints[name], value))
    else:
        getattr(record, "extra", {})[name] = value


def _mark(conflict: Conflict, by: str, now: datetime, how: str) -> None:
    conflict.resolved = True
    conflict.resolved_by = by
    conflict.resolved_at = now.replace(microsecond=0)
    conflict.extra["resolution"] = how


def _check(meeting: Meeting, conflict: Conflict) -> object:
    if conflict.resolved:
        raise ResolutionError("already resolved")
    target = conflict_target(meeting, conflict)
    if target is None:
        raise ResolutionError("the record of this conflict is not in the meeting")
    return target


def take(meeting: Meeting, conflict: Conflict, side: str, by: str, now: datetime) -> None:
    """Resolve by keeping one side's version (``OURS`` or ``THEIRS``)."""
    target = _check(meeting, conflict)
    if conflict.kind == "deleted_edited":
        # "deleted" stands for the side that deleted the record: taking it deletes again.
        chosen = conflict.ours if side == OURS else conflict.theirs
        target.deleted = chosen == "deleted"  # type: ignore[attr-defined]
    elif conflict.field:
        _set_field(target, conflict.field, version(conflict, side))
    _mark(conflict, by, now, side)


def set_text(meeting: Meeting, conflict: Conflict, text: str, by: str, now: datetime) -> None:
    """Resolve a text conflict with text the user wrote from both versions."""
    target = _check(meeting, conflict)
    if not conflict.field:
        raise ResolutionError("this conflict has no text to set")
    _set_field(target, conflict.field, text)
    _mark(conflict, by, now, "edited")


def find(meeting: Meeting, conflict_id: str) -> Conflict | None:
    return next((c for c in meeting.conflicts if c.id == conflict_id), None)
