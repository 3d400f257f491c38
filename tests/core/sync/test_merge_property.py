"""Property: whatever both sides do to a meeting, every line either side wrote is in the
merged meeting (a field or a conflict record), the result decodes, and merging is stable.

Pure merge over the tables format (what the git driver runs), on random edit sequences.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import live
from model.codec import meeting_to_tables, tables_to_meeting
from model.demo import demo_meeting
from model.enums import AttendanceStatus
from model.meeting import Meeting
from sync.merge import merge_tables
from tests.core.sync.helpers import lines_of

NOW = datetime(2024, 5, 6, 10, 0)
BASE = meeting_to_tables(demo_meeting())

words = st.text(alphabet="abcdefghij åäö", min_size=1, max_size=12).map(str.strip).filter(bool)
edits = st.tuples(
    st.sampled_from(
        ["append_para", "replace_line", "decision", "status", "add_item", "delete", "title"]
    ),
    st.integers(0, 30),
    words,
)


def apply(meeting: Meeting, edit: tuple[str, int, str]) -> None:
    kind, n, word = edit
    agenda = meeting.agenda
    item = agenda[n % len(agenda)]
    if kind == "append_para":
        item.notes = (item.notes + "\n\n" if item.notes else "") + f"{word} {n}"
    elif kind == "replace_line":
        lines = item.notes.split("\n") or [""]
        lines[n % len(lines)] = f"{word} ersatt"
        item.notes = "\n".join(lines)
    elif kind == "decision":
        decisions = meeting.live_decisions()
        if decisions and n % 2:
            decisions[n % len(decisions)].text += f" {word}"
        else:
            live.add_decision(meeting, item.id, f"Beslut {word}", NOW)
    elif kind == "status":
        person = meeting.people[n % len(meeting.people)]
        person.status = list(AttendanceStatus)[n % len(AttendanceStatus)]
    elif kind == "add_item":
        live.add_item(meeting, f"Punkt {word}", NOW)
    elif kind == "delete":
        live.delete(item)
    elif kind == "title":
        item.title = f"{item.title} {word}"


def side(sequence: list[tuple[str, int, str]]) -> dict[str, Any]:
    meeting = tables_to_meeting(BASE)
    for edit in sequence:
        apply(meeting, edit)
    return meeting_to_tables(meeting)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(edits, max_size=6), st.lists(edits, max_size=6))
def test_nothing_either_side_wrote_is_lost(ours_edits: list[Any], theirs_edits: list[Any]) -> None:
    ours, theirs = side(ours_edits), side(theirs_edits)
    merged, _report = merge_tables(BASE, ours, theirs)
    written = (lines_of(ours) | lines_of(theirs)) - lines_of(BASE)
    assert not written - lines_of(merged)
    meeting = tables_to_meeting(merged)  # decodes
    numbers = [d.number for d in meeting.live_decisions()]
    assert len(numbers) == len(set(numbers))
    # the other machine, merging the other way round, keeps the same records alive
    mirrored, _ = merge_tables(BASE, theirs, ours)
    for table in ("items", "decisions", "attendance"):
        alive = {k for k, v in merged[table].items() if not v.get("deleted")}
        assert alive == {k for k, v in mirrored[table].items() if not v.get("deleted")}
