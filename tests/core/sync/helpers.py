"""Shared assertions of the sync tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from model.meeting import Meeting
from model.store.load import load_tables
from model.store.meeting_store import MeetingStore


def edit(path: Path, change: Callable[[Meeting], Any]) -> None:
    """Open a meeting file for writing, change it, save (as the app does)."""
    with MeetingStore(path) as store:
        change(store.meeting)
        store.save()


def read(path: Path) -> Meeting:
    with MeetingStore(path, read_only=True) as store:
        return store.meeting


def lines_of(value: Any) -> set[str]:
    """Every non-empty line of every string anywhere in a JSON value."""
    found: set[str] = set()
    if isinstance(value, str):
        found.update(line for line in value.splitlines() if line.strip())
    elif isinstance(value, dict):
        for v in value.values():
            found |= lines_of(v)
    elif isinstance(value, list):
        for v in value:
            found |= lines_of(v)
    return found


def tables(path: Path) -> dict[str, Any]:
    return load_tables(path, "meeting").tables


def assert_nothing_lost(
    base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any], merged_path: Path
) -> None:
    """Every line either side wrote (not in the base) is in the merged file, in a field
    or in a conflict record; and the file loads."""
    merged = tables(merged_path)
    raw = merged_path.read_bytes()
    assert b"<<<<<<<" not in raw and b">>>>>>>" not in raw
    written = (lines_of(ours) | lines_of(theirs)) - lines_of(base)
    missing = written - lines_of(merged)
    assert not missing, f"lost lines: {sorted(missing)[:5]}"
    json.loads(raw)
