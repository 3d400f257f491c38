"""After a record merge: motions and elections both sides added under one item with the
same number get distinct numbers, the same on every machine (like the decisions of
sync/merge.py: records the base knew keep their place, the new ones follow by id, and
record ids are time-ordered ULIDs); a meeting to come both sides added is kept once."""

from __future__ import annotations

from typing import Any

Tables = dict[str, dict[str, dict[str, Any]]]
RENUMBERED_TABLES = ("motions", "elections")


def renumber_per_item(base: Tables, merged: Tables) -> list[tuple[str, int, int]]:
    """Renumber the items whose motions (or elections) share a number; returns (record id,
    old number, new number) for each change."""
    changes: list[tuple[str, int, int]] = []
    for name in RENUMBERED_TABLES:
        records = merged.get(name) or {}
        known = base.get(name) or {}
        by_item: dict[str, list[str]] = {}
        for rid, record in records.items():
            if not record.get("deleted") and isinstance(record.get("number"), int):
                by_item.setdefault(str(record.get("item")), []).append(rid)
        for ids in by_item.values():
            numbers = [records[r]["number"] for r in ids]
            if len(set(numbers)) == len(numbers):
                continue
            ordered = sorted(ids, key=lambda r: (records[r]["number"], r not in known, r))
            for new, rid in enumerate(ordered, start=1):
                old = records[rid]["number"]
                if old != new:
                    records[rid] = {**records[rid], "number": new}
                    changes.append((rid, old, new))
    return changes


UPCOMING_TABLE = "upcoming"
_SAME_MEETING = ("day", "start", "end", "place", "tentative")


def same_upcoming_once(base: Tables, merged: Tables) -> list[str]:
    """Two people who both added the same meeting to come (same date, times, place and
    tentativeness) leave one: the later-added copies become tombstones. Returns their ids.
    A meeting the base already knew is never touched."""
    records = merged.get(UPCOMING_TABLE) or {}
    known = base.get(UPCOMING_TABLE) or {}
    seen: dict[tuple[Any, ...], str] = {}
    dropped: list[str] = []
    for rid in sorted(records, key=lambda r: (r not in known, r)):
        record = records[rid]
        if record.get("deleted"):
            continue
        key = tuple(str(record.get(name)) for name in _SAME_MEETING)
        if key in seen and rid not in known:
            records[rid] = {**record, "deleted": True}
            dropped.append(rid)
        else:
            seen.setdefault(key, rid)
    return dropped
