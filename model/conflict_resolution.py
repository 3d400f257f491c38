"""Resolving sync conflicts: take our version, take theirs, or set the merged text.

Pure: changes a meeting in memory (``take``, ``set_text``) or the tables of a store file
that has no model of its own, like archive.json (``take_in_tables``,
``set_text_in_tables``); the caller saves. Both follow the same rule (``_change``,
``_mark``). A resolved conflict stays in the file (resolved, by whom, when) so the
history of the minutes stays readable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from model.codec import HEADER_TABLE, RECORD_TABLES, Tables
from model.conflicts import CONFLICTS_TABLE, Conflict, is_open_record
from model.meeting import Meeting
from model.records import decode_value, field_hints, from_record, to_record

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


def mine(conflict: Conflict, viewer: str) -> str:
    """The side the viewer wrote: ``THEIRS`` when the other person merged first and the
    viewer's edit arrived as "theirs", else ``OURS``. "Take mine" takes this side."""
    if viewer and conflict.theirs_by == viewer and conflict.ours_by != viewer:
        return THEIRS
    return OURS


def other(side: str) -> str:
    return THEIRS if side == OURS else OURS


def dropped_lines(conflict: Conflict, side: str) -> list[str]:
    """The lines the other side wrote (in its version, not in the base) that taking
    ``side`` would remove: the screen says so before it takes that side."""
    if conflict.kind != "field":
        return []
    kept, left_out = version(conflict, side), version(conflict, other(side))
    if not isinstance(kept, str) or not isinstance(left_out, str):
        return []
    base = conflict.base if isinstance(conflict.base, str) else ""
    have = set(kept.splitlines()) | set(base.splitlines())
    return [line for line in left_out.splitlines() if line.strip() and line not in have]


def _change(conflict: Conflict, side: str) -> tuple[str, Any] | None:
    """The field taking ``side`` writes and its stored value (None: nothing to write)."""
    if conflict.kind == "deleted_edited":
        # "deleted" stands for the side that deleted the record: taking it deletes again.
        chosen = conflict.ours if side == OURS else conflict.theirs
        return "deleted", chosen == "deleted"
    if conflict.field:
        return conflict.field, version(conflict, side)
    return None


def _set_field(record: object, name: str, value: Any) -> None:
    cls: type = type(record)  # as ``type``: ``type[object]`` is not Hashable to the cache
    hints = field_hints(cls)
    if name in hints:
        setattr(record, name, decode_value(hints[name], value))
    else:
        getattr(record, "extra", {})[name] = value


def _mark(conflict: Conflict, by: str, now: datetime, how: str) -> None:
    conflict.resolved = True
    conflict.resolved_by = by
    conflict.resolved_at = now.replace(microsecond=0)
    conflict.extra["resolution"] = how


#: How an older open conflict on the same field is marked when a newer one is resolved.
SUPERSEDED = "superseded"


def _stacked(conflict: Conflict, other: Conflict) -> bool:
    """``other`` is an older open conflict on the same field: repeated offline edits of
    one field leave one conflict per sync. Each side's latest version holds what it
    wrote before, so resolving the newest decides the field; the older records stay in
    the file, resolved as superseded."""
    return (
        other.id != conflict.id
        and not other.resolved
        and not other.deleted
        and (other.table, other.record, other.field, other.kind)
        == (conflict.table, conflict.record, conflict.field, conflict.kind)
    )


def _supersede(meeting: Meeting, conflict: Conflict, by: str, now: datetime) -> None:
    for other in meeting.conflicts:
        if _stacked(conflict, other):
            _mark(other, by, now, SUPERSEDED)


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
    change = _change(conflict, side)
    if change is not None:
        _set_field(target, *change)
    _mark(conflict, by, now, side)
    _supersede(meeting, conflict, by, now)


def set_text(meeting: Meeting, conflict: Conflict, text: str, by: str, now: datetime) -> None:
    """Resolve a text conflict with text the user wrote from both versions."""
    target = _check(meeting, conflict)
    if not conflict.field:
        raise ResolutionError("this conflict has no text to set")
    _set_field(target, conflict.field, text)
    _mark(conflict, by, now, "edited")
    _supersede(meeting, conflict, by, now)


def find(meeting: Meeting, conflict_id: str) -> Conflict | None:
    return next((c for c in meeting.conflicts if c.id == conflict_id), None)


# -- the tables of a store file (archive.json) ----------------------------------------

#: The fields of a conflict record that a resolution writes.
_RESOLUTION_FIELDS = ("resolved", "resolved_by", "resolved_at", "resolution")


def _located(tables: Tables, conflict_id: str) -> tuple[Conflict, dict[str, Any]]:
    """The open conflict ``conflict_id`` and the stored record it is about."""
    stored = (tables.get(CONFLICTS_TABLE) or {}).get(conflict_id)
    if stored is None:
        raise ResolutionError("no such conflict")
    if not is_open_record(stored):
        raise ResolutionError("already resolved")
    try:
        conflict = from_record(Conflict, conflict_id, stored)
    except (TypeError, ValueError) as exc:
        raise ResolutionError(f"the conflict record cannot be read: {exc}") from exc
    record = (tables.get(conflict.table) or {}).get(conflict.record)
    if record is None:
        raise ResolutionError("the record of this conflict is not in the file")
    return conflict, record


def _mark_stored(tables: Tables, conflict: Conflict, by: str, now: datetime, how: str) -> None:
    stored = tables[CONFLICTS_TABLE]

    def write(resolved: Conflict, how: str) -> None:
        _mark(resolved, by, now, how)
        encoded = to_record(resolved)
        stored[resolved.id].update({k: encoded[k] for k in _RESOLUTION_FIELDS})

    write(conflict, how)
    for cid, record in list(stored.items()):
        if cid == conflict.id or not is_open_record(record):
            continue
        try:
            other = from_record(Conflict, cid, record)
        except (TypeError, ValueError):
            continue  # an unreadable record stays as it is
        if _stacked(conflict, other):
            write(other, SUPERSEDED)


def take_in_tables(tables: Tables, conflict_id: str, side: str, by: str, now: datetime) -> Conflict:
    """Resolve a conflict of a store file's tables by keeping one side (in place).

    Returns the resolved conflict: its ``table`` and ``record`` name the changed record."""
    conflict, record = _located(tables, conflict_id)
    change = _change(conflict, side)
    if change is not None:
        record[change[0]] = change[1]
    _mark_stored(tables, conflict, by, now, side)
    return conflict


def set_text_in_tables(
    tables: Tables, conflict_id: str, text: str, by: str, now: datetime
) -> Conflict:
    """Resolve a conflict of a store file's tables with text the user wrote (in place)."""
    conflict, record = _located(tables, conflict_id)
    if not conflict.field or conflict.kind == "deleted_edited":
        raise ResolutionError("this conflict has no text to set")
    record[conflict.field] = text
    _mark_stored(tables, conflict, by, now, "edited")
    return conflict
