"""Conflict records: both versions of a field that two people changed differently.

A sync merge (sync/) never drops text: where it cannot combine two edits it keeps both
here, on the meeting, until the user picks one or writes the merged text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from model.records import from_record
from model.tracked import Tracked

#: The table of conflict records in every store file (meetings and archive.json).
CONFLICTS_TABLE = "conflicts"


@dataclass
class Conflict(Tracked):
    """One field of one record with two versions that could not be merged.

    ``kind`` is "field" (both sides changed it differently) or "deleted_edited" (one side
    deleted the record, the other edited it: the record survives, flagged here).
    """

    id: str
    table: str  # table of the record ("items", "decisions", "meeting", ...)
    record: str  # record id
    field: str  # field name ("notes", "status", ...); "" for a whole-record conflict
    kind: str = "field"
    base: Any = None
    ours: Any = None
    theirs: Any = None
    ours_by: str = ""  # author name of our side
    theirs_by: str = ""
    ours_at: datetime | None = None
    theirs_at: datetime | None = None
    resolved: bool = False
    resolved_by: str = ""
    resolved_at: datetime | None = None
    deleted: bool = False
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)


def is_open_record(record: Mapping[str, Any]) -> bool:
    """A stored conflict record the user has not resolved yet (and nobody deleted)."""
    return not record.get("resolved") and not record.get("deleted")


def open_in_tables(tables: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> list[Conflict]:
    """The open conflicts of a store file's tables, in id order (the same on every machine)."""
    records = tables.get(CONFLICTS_TABLE) or {}
    return [
        from_record(Conflict, cid, dict(rec))
        for cid, rec in sorted(records.items())
        if is_open_record(rec)
    ]
