"""Registers and search over a generated archive written by the real store."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.enums import ActionStatus
from model.registers import (
    action_register,
    attendance_register,
    decision_register,
    index_path,
    load_index,
    meetings_of,
    unreadable_files,
)
from model.search import search
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from tests.core.followup.archive_gen import BODIES, generate
from tests.core.store.test_index import settle


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    generated = generate(tmp_path_factory.mktemp("gen") / "archive", 24)
    settle(generated)  # files just written are re-read once (racy stamps)
    return generated


def test_index_is_built_once_and_refreshed_per_file(archive: Archive) -> None:
    first = load_index(archive)
    assert len(meetings_of(first)) == 24
    assert load_index(archive).refreshed == 0
    assert index_path(archive).is_file() and ".local" in index_path(archive).parts
    summary = archive.summaries()[0]
    with MeetingStore(summary.path) as store:
        store.meeting.items[0].notes = "Ett alldeles unikt ord: Zebrakorsning."
        store.save()
    again = load_index(archive)
    assert again.refreshed == 1
    (hit,) = search(again, "zebrakorsning")
    assert hit.meeting == summary.id and hit.where == "notes"


def test_action_register(archive: Archive) -> None:
    index = load_index(archive)
    open_rows = action_register(index)
    all_rows = action_register(index, include_closed=True)
    assert open_rows and len(all_rows) > len(open_rows)
    assert all(r.status is ActionStatus.OPEN for r in open_rows)
    keys = [(r.owner_name.casefold(), r.due) for r in open_rows]
    assert keys == sorted(keys)  # by owner, then due date
    done = [r for r in all_rows if r.status is ActionStatus.DONE]
    assert done and all(r.done_in_meeting and r.done_in_meeting != r.meeting for r in done)
    by_id = {m.id: m for m in meetings_of(index)}
    for row in done:  # reported in a later meeting of the same body
        assert by_id[row.done_in_meeting].body == row.body  # type: ignore[index]
        assert row.done_date and row.meeting_date and row.done_date > row.meeting_date
    owner = open_rows[0].owner_name
    assert all(owner in r.owner_name for r in action_register(index, owner=owner))


def test_decision_register(archive: Archive) -> None:
    rows = decision_register(load_index(archive))
    assert rows
    keys = [(r.body.casefold(), r.meeting_date) for r in rows]
    assert keys == sorted(keys)
    body = BODIES[1]
    assert all(r.body == body for r in decision_register(load_index(archive), body=body))
    assert all(r.item_title for r in rows)


def test_search_gives_meeting_and_item(archive: Archive) -> None:
    hits = search(load_index(archive), "Cykelstrategi")
    assert hits
    for hit in hits:
        assert hit.meeting and hit.item_number and "cykelstrategi" in hit.snippet.casefold()
    assert search(load_index(archive), "   ") == []
    assert search(load_index(archive), "finnsinte") == []


def test_attendance_register(archive: Archive) -> None:
    rows = attendance_register(load_index(archive))
    assert len(rows) == 9 * len(BODIES)
    person = rows[0]
    assert person.meetings == len(person.history) == 24 // len(BODIES)
    assert person.present + person.remote + person.with_notice + person.absent == person.meetings


def test_damaged_file_is_listed_as_a_problem_not_a_crash(tmp_path: Path) -> None:
    archive = generate(tmp_path / "archive", 3)
    bad = archive.meeting_paths()[0]
    bad.write_text("{ not json", encoding="utf-8")
    index = load_index(archive)
    assert sum(1 for m in meetings_of(index) if m.problem) == 1
    assert index_path(archive).is_file()
    bad_id = next(m.id for m in meetings_of(index) if m.problem)
    assert all(r.meeting != bad_id for r in decision_register(index))
    problem = next(m.problem for m in meetings_of(index) if m.problem)
    assert problem.words("en") == "damaged: not valid JSON at line 1"
    assert unreadable_files(index, "en") == f"{bad.name} (damaged: not valid JSON at line 1)"
