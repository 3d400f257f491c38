"""Motions, votes and elections through the sync's record merge."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from model.codec import meeting_to_tables, tables_to_meeting
from model.meeting import Meeting
from model.motions import Motion
from model.procedure import (
    ElectionInput,
    MotionInput,
    add_election,
    add_motion,
    edit_motion,
    item_motions,
)
from sync.merge import Side, merge_tables
from tests.core.procedure.scenario import NOW, item, procedure_meeting


def _sides() -> tuple[Meeting, Meeting, Meeting]:
    base = procedure_meeting()
    tables = meeting_to_tables(base)
    return base, tables_to_meeting(copy.deepcopy(tables)), tables_to_meeting(copy.deepcopy(tables))


def _decided_both_ways(text: str) -> tuple[Meeting, Meeting, Meeting, Motion]:
    """The first motion of item 4 given ``text`` on both sides, decided "bifalles" by ours
    and "avslås" by theirs: base, ours, theirs and the motion."""
    base, ours, theirs = _sides()
    first = item_motions(base, item(base, "4"))[0]
    edit_motion(ours, first.id, MotionInput(text, decision="bifalles"), NOW)
    edit_motion(theirs, first.id, MotionInput(text, decision="avslås"), NOW)
    return base, ours, theirs, first


def test_motions_added_on_both_sides_are_both_kept() -> None:
    base, ours, theirs = _sides()
    six = item(base, "6")
    add_motion(ours, six, MotionInput("att göra A"), NOW)
    add_motion(theirs, six, MotionInput("att göra B"), NOW)
    merged, report = merge_tables(
        meeting_to_tables(base), meeting_to_tables(ours), meeting_to_tables(theirs)
    )
    assert report.conflicts == []
    texts = sorted(m.text for m in item_motions(tables_to_meeting(merged), six))
    assert texts == ["att göra A", "att göra B"]


def test_one_motion_edited_differently_is_a_conflict_naming_both_authors() -> None:
    base, ours, theirs, first = _decided_both_ways("bifall till förslaget")
    merged, report = merge_tables(
        meeting_to_tables(base),
        meeting_to_tables(ours),
        meeting_to_tables(theirs),
        Side("Anna Söderström", "2022-05-06T10:00:00"),
        Side("Magnus Gyllestad", "2022-05-06T10:01:00"),
    )
    (conflict_id,) = report.conflicts
    conflict = merged["conflicts"][conflict_id]
    assert (conflict["table"], conflict["record"], conflict["field"]) == (
        "motions",
        first.id,
        "decision",
    )
    assert (conflict["ours"], conflict["theirs"]) == ("bifalles", "avslås")
    assert (conflict["ours_by"], conflict["theirs_by"]) == ("Anna Söderström", "Magnus Gyllestad")
    assert merged["motions"][first.id]["decision"] == "bifalles"  # ours shown until resolved


def test_an_election_deleted_on_one_side_and_edited_on_the_other_survives() -> None:
    base, ours, theirs = _sides()
    chosen = next(e for e in base.elections if e.item == item(base, "7"))
    next(e for e in ours.elections if e.id == chosen.id).deleted = True
    next(e for e in theirs.elections if e.id == chosen.id).term = "3 år"
    merged, report = merge_tables(
        meeting_to_tables(base), meeting_to_tables(ours), meeting_to_tables(theirs)
    )
    assert merged["elections"][chosen.id]["deleted"] is False
    assert merged["elections"][chosen.id]["term"] == "3 år"
    assert any(merged["conflicts"][c]["kind"] == "deleted_edited" for c in report.conflicts)


def test_a_file_without_the_tables_merges_with_one_that_has_them() -> None:
    base, _ours, theirs = _sides()
    old = meeting_to_tables(base)
    for name in ("motions", "votes", "elections"):
        old.pop(name)
    merged, report = merge_tables(old, old, meeting_to_tables(theirs))
    assert report.conflicts == []
    assert len(tables_to_meeting(merged).motions) == len(theirs.motions)


def test_the_document_names_the_item_of_a_motion_in_conflict() -> None:
    from export.markdown import conflict_warning

    base, ours, theirs, _first = _decided_both_ways("bifall")
    merged, _report = merge_tables(
        meeting_to_tables(base), meeting_to_tables(ours), meeting_to_tables(theirs),
        Side("Anna", ""), Side("Magnus", ""),
    )  # fmt: skip
    warning = conflict_warning(tables_to_meeting(merged))
    assert "punkt 4: decision (ändrad av Anna och Magnus)" in warning


@settings(max_examples=25, deadline=None)
@given(
    ours_texts=st.lists(st.text(min_size=1, max_size=20).filter(str.strip), max_size=4),
    theirs_texts=st.lists(st.text(min_size=1, max_size=20).filter(str.strip), max_size=4),
    elections=st.integers(min_value=0, max_value=3),
)
def test_whatever_both_sides_add_is_kept(
    ours_texts: list[str], theirs_texts: list[str], elections: int
) -> None:
    base, ours, theirs = _sides()
    six = item(base, "6")
    for text in ours_texts:
        add_motion(ours, six, MotionInput(text), NOW)
    for text in theirs_texts:
        add_motion(theirs, six, MotionInput(text), NOW)
    for n in range(elections):
        add_election(theirs, six, ElectionInput(f"Uppdrag {n}", (f"Person {n}",)), NOW)
    merged, report = merge_tables(
        meeting_to_tables(base), meeting_to_tables(ours), meeting_to_tables(theirs)
    )
    assert report.conflicts == []
    result = tables_to_meeting(merged)
    added = {m.id for m in ours.motions} | {m.id for m in theirs.motions}
    assert {m.id for m in result.motions} == added
    assert len(result.elections) == len(base.elections) + elections


def test_motions_both_sides_numbered_alike_get_distinct_numbers() -> None:
    base, ours, theirs = _sides()
    four = item(base, "4")  # two motions already
    mine = add_motion(ours, four, MotionInput("att göra A"), NOW)
    other = add_motion(theirs, four, MotionInput("att göra B"), NOW)
    assert mine.number == other.number == 3
    merged, report = merge_tables(
        meeting_to_tables(base), meeting_to_tables(ours), meeting_to_tables(theirs)
    )
    again, _ = merge_tables(
        meeting_to_tables(base), meeting_to_tables(theirs), meeting_to_tables(ours)
    )
    numbers = {m.id: m.number for m in item_motions(tables_to_meeting(merged), four)}
    assert sorted(numbers.values()) == [1, 2, 3, 4]
    assert numbers == {m.id: m.number for m in item_motions(tables_to_meeting(again), four)}
    assert {rid for rid, _old, _new in report.renumbered} <= {mine.id, other.id}
