"""Sync: intervals both sides wrote while apart are all kept by the record merge."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from model.codec import meeting_to_tables, tables_to_meeting
from model.demo import demo_meeting
from model.presence import mark_presence, toggle_recused
from sync.merge import merge_tables

T0 = datetime(2022, 5, 6, 9, 0)

#: one side's edits: (person index, arrived?, item index) or a jäv (person, None, item)
edits = st.lists(
    st.tuples(st.integers(0, 6), st.one_of(st.booleans(), st.none()), st.integers(0, 10)),
    max_size=6,
)


def apply(tables: dict, changes: list[tuple[int, bool | None, int]]) -> dict:
    meeting = tables_to_meeting(copy.deepcopy(tables))
    people = [p for p in meeting.people if p.status.attends]
    for n, (who, arrived, index) in enumerate(changes):
        person = people[who % len(people)]
        item = meeting.agenda[index % len(meeting.agenda)].id
        try:
            if arrived is None:
                toggle_recused(meeting, person.id, T0 + timedelta(minutes=n), item)
            else:
                mark_presence(
                    meeting, person.id, T0 + timedelta(minutes=n), arrived=arrived, item_id=item
                )
        except ValueError:
            continue  # refused as the app would refuse it: nothing written
    return meeting_to_tables(meeting)


@settings(max_examples=60, deadline=None)
@given(edits, edits)
def test_no_interval_either_side_wrote_is_lost(
    ours_edits: list[tuple[int, bool | None, int]], theirs_edits: list[tuple[int, bool | None, int]]
) -> None:
    base = meeting_to_tables(demo_meeting())
    ours = apply(base, ours_edits)
    theirs = apply(base, theirs_edits)
    merged, _report = merge_tables(base, ours, theirs)
    kept = merged.get("presence") or {}
    for side in (ours, theirs):
        for rid, record in (side.get("presence") or {}).items():
            assert rid in kept, "an interval was dropped"
            if rid not in (base.get("presence") or {}):
                other = theirs if side is ours else ours
                if rid not in (other.get("presence") or {}):
                    assert kept[rid] == record  # written on one side only: kept as written
    # and the merged file still decodes into a meeting
    tables_to_meeting(merged)


def test_both_sides_adding_a_return_keep_both() -> None:
    base_meeting = demo_meeting()
    base = meeting_to_tables(base_meeting)
    ours = apply(base, [(1, False, 2), (1, True, 6)])
    theirs = apply(base, [(3, False, 4)])
    merged, report = merge_tables(base, ours, theirs)
    meeting = tables_to_meeting(merged)
    live = [p for p in meeting.presence if not p.deleted]
    camilla = [p for p in live if p.person == meeting.people[1].id]
    carolina = [p for p in live if p.person == meeting.people[3].id]
    assert len(camilla) == 2 and len(carolina) == 1  # ours: left and back; theirs: left
    assert not report.conflicts


def test_both_closing_one_interval_differently_keep_both_versions_to_choose() -> None:
    from datetime import datetime as dt

    from model.conflict_resolution import THEIRS, take

    base = apply(meeting_to_tables(demo_meeting()), [(1, False, 1), (1, True, 3)])
    ours = apply(base, [(1, False, 5)])
    theirs = apply(base, [(1, False, 7)])
    merged, report = merge_tables(base, ours, theirs)
    assert len(report.conflicts) == 1
    meeting = tables_to_meeting(merged)
    (conflict,) = meeting.open_conflicts()
    assert (conflict.table, conflict.field) == ("presence", "until_item")
    take(meeting, conflict, THEIRS, "Anna", dt(2022, 5, 6, 12, 0))
    camilla = meeting.people[1]
    spans = [p for p in meeting.presence if p.person == camilla.id and not p.deleted]
    assert meeting.item_label(max(spans, key=lambda s: s.from_item or "").until_item) == "8"
