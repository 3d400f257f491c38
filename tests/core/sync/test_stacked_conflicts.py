"""Repeated offline edits of one field stack conflicts on it; resolving the newest
resolves the older ones too (kept in the file, marked superseded)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from model.conflict_resolution import SUPERSEDED, THEIRS, take, take_in_tables
from model.meeting import Meeting
from tests.core.sync.conftest import Pair
from tests.core.sync.helpers import edit, read

NOW = datetime(2024, 5, 8, 9, 0)


def _notes(text: str) -> Any:
    def change(m: Meeting) -> None:
        m.agenda[0].notes = text

    return change


def test_two_rounds_of_offline_edits_then_one_resolution(pair: Pair) -> None:
    # one word each (the text merge combines edits of different words of a line)
    for round_ in (1, 2):
        assert pair.sync(pair.secretary).pushed or round_ == 1
        edit(pair.path(pair.secretary), _notes(f"Sekreteraren-omgång-{round_}"))
        edit(pair.path(pair.chair), _notes(f"Ordföranden-omgång-{round_}"))
        assert pair.sync(pair.secretary).pushed
        assert pair.sync(pair.chair).conflicts == 1
    stacked = read(pair.path(pair.chair)).open_conflicts()
    assert len(stacked) == 2 and len({(c.table, c.record, c.field) for c in stacked}) == 1

    newest = max(stacked, key=lambda c: str(c.theirs))  # "omgång-2"
    assert "omgång-2" in str(newest.theirs)

    def resolve(m: Meeting) -> None:
        conflict = next(c for c in m.conflicts if c.id == newest.id)
        take(m, conflict, THEIRS, "Olle Ordförande", NOW)

    edit(pair.path(pair.chair), resolve)
    meeting = read(pair.path(pair.chair))
    assert meeting.open_conflicts() == []
    assert meeting.agenda[0].notes == "Sekreteraren-omgång-2"
    older = next(c for c in meeting.conflicts if c.id != newest.id)
    assert older.resolved and older.extra["resolution"] == SUPERSEDED
    assert "omgång-1" in str(older.theirs)  # still in the file, for the history
    assert pair.sync(pair.chair).pushed and pair.sync(pair.secretary).merged
    assert read(pair.path(pair.secretary)).open_conflicts() == []


def test_stacked_conflicts_in_a_store_files_tables() -> None:
    def record(ours: str, theirs: str) -> dict[str, Any]:
        return {"table": "bodies", "record": "b", "field": "place", "ours": ours,
                "theirs": theirs, "resolved": False, "deleted": False}  # fmt: skip

    tables: dict[str, Any] = {
        "bodies": {"b": {"place": "A2", "deleted": False}},
        "conflicts": {"old": record("A1", "B1"), "new": record("A2", "B2")},
    }
    take_in_tables(tables, "new", THEIRS, "Olle", NOW)
    assert tables["bodies"]["b"]["place"] == "B2"
    assert tables["conflicts"]["old"]["resolved"] is True
    assert tables["conflicts"]["old"]["resolution"] == SUPERSEDED
    assert tables["conflicts"]["old"]["theirs"] == "B1"
