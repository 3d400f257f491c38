"""After a record merge: motions and elections both sides added under one item with the
same number get distinct numbers, the same on every machine (like the decisions of
sync/merge.py: records the base knew keep their place, the new ones follow by id, and
record ids are time-ordered ULIDs)."""

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
