"""Secretary and chair edit the same meeting offline, then both sync through a bare remote.

Each combination of the issue: every line either side wrote ends up in the merged
meeting or in a conflict record, every file is valid, both clones end up identical.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import datetime
from typing import Any

from model import live
from model.enums import AttendanceStatus
from model.meeting import Meeting
from tests.core.sync.conftest import Pair
from tests.core.sync.helpers import assert_nothing_lost, edit, read, tables

NOW = datetime(2024, 5, 6, 14, 2)


def exchange(
    pair: Pair, by_secretary: Callable[[Meeting], Any], by_chair: Callable[[Meeting], Any]
) -> Meeting:
    sec, chair = pair.path(pair.secretary), pair.path(pair.chair)
    base = tables(sec)
    edit(sec, by_secretary)
    edit(chair, by_chair)
    ours, theirs = tables(sec), tables(chair)
    assert pair.sync(pair.secretary).pushed
    result = pair.sync(pair.chair)
    assert result.merged and result.pushed
    assert pair.sync(pair.secretary).pushed
    assert sec.read_bytes() == chair.read_bytes()
    assert_nothing_lost(base, ours, theirs, sec)
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=pair.chair, capture_output=True, text=True
    ).stdout
    assert status == ""
    return read(sec)


def item4(m: Meeting) -> Any:
    return m.agenda[3]


def paragraphs(m: Meeting) -> list[str]:
    return item4(m).notes.split("\n\n")


def test_same_item_notes_in_different_paragraphs_merge_cleanly(pair: Pair) -> None:
    def sec(m: Meeting) -> None:
        parts = paragraphs(m)
        parts[0] += " Sekreteraren lade till detta."
        item4(m).notes = "\n\n".join(parts)

    def chair(m: Meeting) -> None:
        parts = paragraphs(m)
        parts[-1] += " Ordföranden rättade detta."
        item4(m).notes = "\n\n".join(parts)

    merged = exchange(pair, sec, chair)
    assert "Sekreteraren lade till detta." in item4(merged).notes
    assert "Ordföranden rättade detta." in item4(merged).notes
    assert merged.open_conflicts() == []


def test_paragraph_added_after_the_one_the_chair_corrected(pair: Pair) -> None:
    """The commonest case: the secretary goes on writing at the end of the item while
    the chair corrects its last paragraph. Both edits touch, neither changes the other's
    lines: no conflict, both kept."""

    def sec(m: Meeting) -> None:
        item4(m).notes += "\n\nSekreteraren skrev vidare här."

    def chair(m: Meeting) -> None:
        parts = paragraphs(m)
        parts[-1] = parts[-1].rstrip(".") + ", enligt ordföranden."
        item4(m).notes = "\n\n".join(parts)

    merged = exchange(pair, sec, chair)
    assert paragraphs(merged)[-1] == "Sekreteraren skrev vidare här."
    assert paragraphs(merged)[-2].endswith(", enligt ordföranden.")
    assert merged.open_conflicts() == []


def test_paragraphs_added_at_the_end_on_both_sides_are_both_kept(pair: Pair) -> None:
    def sec(m: Meeting) -> None:
        item4(m).notes += "\n\nSekreterarens tillägg."

    def chair(m: Meeting) -> None:
        item4(m).notes += "\n\nOrdförandens tillägg."

    merged = exchange(pair, sec, chair)
    assert paragraphs(merged)[-2:] == ["Ordförandens tillägg.", "Sekreterarens tillägg."]
    assert merged.open_conflicts() == []


def test_same_paragraph_keeps_both_versions_in_a_conflict(pair: Pair) -> None:
    def sec(m: Meeting) -> None:
        item4(m).notes = item4(m).notes.replace("kort status", "en kort status (sekreteraren)")

    def chair(m: Meeting) -> None:
        item4(m).notes = item4(m).notes.replace("kort status", "en lång status (ordföranden)")

    merged = exchange(pair, sec, chair)
    (conflict,) = merged.open_conflicts()
    assert conflict.table == "items" and conflict.field == "notes"
    assert conflict.record == item4(merged).id
    # the chair merged (the secretary had pushed first): the chair's side is "ours"
    assert "ordföranden" in conflict.ours and "sekreteraren" in conflict.theirs
    assert {conflict.ours_by, conflict.theirs_by} == {"Sara Sekreterare", "Olle Ordförande"}
    # the secretary synced first, so the chair's merge kept the chair's own text
    assert "ordföranden" in item4(merged).notes


def test_decision_text_changed_on_both_sides(pair: Pair) -> None:
    def sec(m: Meeting) -> None:
        m.live_decisions()[0].text += " (sekr)"

    def chair(m: Meeting) -> None:
        m.live_decisions()[0].text += " (ordf)"

    merged = exchange(pair, sec, chair)
    (conflict,) = merged.open_conflicts()
    assert conflict.table == "decisions" and conflict.field == "text"


def test_attendance_set_differently(pair: Pair) -> None:
    def sec(m: Meeting) -> None:
        m.people[0].status = AttendanceStatus.REMOTE

    def chair(m: Meeting) -> None:
        m.people[0].status = AttendanceStatus.ABSENT_WITH_NOTICE
        m.people[1].remark = "kom från ett annat möte"

    merged = exchange(pair, sec, chair)
    (conflict,) = merged.open_conflicts()
    assert (conflict.table, conflict.field) == ("attendance", "status")
    assert {conflict.ours, conflict.theirs} == {"remote", "absent_with_notice"}
    assert merged.people[1].remark == "kom från ett annat möte"


def test_new_items_on_both_sides_both_survive_with_distinct_numbers(pair: Pair) -> None:
    merged = exchange(
        pair,
        lambda m: live.add_item(m, "Sekreterarens punkt", NOW),
        lambda m: live.add_item(m, "Ordförandens punkt", NOW),
    )
    titles = [i.title for i in merged.agenda]
    assert "Sekreterarens punkt" in titles and "Ordförandens punkt" in titles
    numbers = [i.number for i in merged.agenda]
    assert len(numbers) == len(set(numbers))


def test_new_decisions_on_both_sides_are_renumbered(pair: Pair) -> None:
    def sec(m: Meeting) -> None:
        live.add_decision(m, m.agenda[5].id, "Sekreterarens beslut", NOW)

    def chair(m: Meeting) -> None:
        live.add_decision(m, m.agenda[6].id, "Ordförandens beslut", NOW)

    merged = exchange(pair, sec, chair)
    numbers = [d.number for d in merged.live_decisions()]
    assert numbers == [1, 2, 3, 4, 5]
    texts = {d.text for d in merged.live_decisions()}
    assert {"Sekreterarens beslut", "Ordförandens beslut"} <= texts


def test_delete_against_edit_keeps_the_edit_and_flags_it(pair: Pair) -> None:
    def sec(m: Meeting) -> None:
        live.delete(m.agenda[2])

    def chair(m: Meeting) -> None:
        m.agenda[2].notes = "Ordföranden skrev om kommande möten."

    merged = exchange(pair, sec, chair)
    item = next(i for i in merged.items if i.notes == "Ordföranden skrev om kommande möten.")
    assert not item.deleted
    (conflict,) = merged.open_conflicts()
    assert conflict.kind == "deleted_edited" and conflict.record == item.id


def test_reorder_on_one_side_and_edit_on_the_other(pair: Pair) -> None:
    def sec(m: Meeting) -> None:
        a, b = m.agenda[5], m.agenda[6]
        a.position, b.position = b.position, a.position

    def chair(m: Meeting) -> None:
        m.agenda[5].title += " (rättad)"

    merged = exchange(pair, sec, chair)
    assert merged.agenda[6].title.endswith("(rättad)")
    assert merged.open_conflicts() == []


def test_header_fields(pair: Pair) -> None:
    def sec(m: Meeting) -> None:
        m.header.place = "Rådhuset, sal 3"
        m.header.title = "Sekreterarens rubrik"

    def chair(m: Meeting) -> None:
        m.header.next_place = "Stadshuset"
        m.header.title = "Ordförandens rubrik"

    merged = exchange(pair, sec, chair)
    assert merged.header.place == "Rådhuset, sal 3"
    assert merged.header.next_place == "Stadshuset"
    (conflict,) = merged.open_conflicts()
    assert (conflict.table, conflict.field) == ("meeting", "title")
