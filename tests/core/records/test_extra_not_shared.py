"""A record and the model object made from it share no nested value: a field written by a
newer version (kept in ``extra``) can be changed on one side without changing the other.

They used to share: ``from_record`` put the stored value itself into ``extra`` and
``to_record`` put ``extra``'s values themselves into the record. Changing a nested value
of the open meeting then changed the store's copy of the file too, so the save saw no
difference and wrote nothing; and an undo step shared it with the live meeting.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from model.agenda import AgendaItem
from model.codec import meeting_to_tables
from model.demo import demo_meeting
from model.history import History
from model.records import from_record, to_record
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from model.votes import Vote

NOW = datetime(2022, 5, 6, 9, 0)


def test_from_record_copies_nested_unknown_values() -> None:
    stored = {"title": "Budget", "future": {"tags": ["a"]}}
    item = from_record(AgendaItem, "i1", stored)
    item.extra["future"]["tags"].append("b")
    assert stored["future"] == {"tags": ["a"]}


def test_to_record_copies_nested_unknown_values() -> None:
    item = AgendaItem(id="i1", title="Budget", extra={"future": {"tags": ["a"]}})
    record = to_record(item)
    record["future"]["tags"].append("b")
    assert item.extra == {"future": {"tags": ["a"]}}
    item.extra["future"]["tags"].append("c")
    assert record["future"] == {"tags": ["a", "b"]}


def test_a_copy_made_through_records_is_independent() -> None:
    item = AgendaItem(id="i1", title="Budget", extra={"future": {"tags": ["a"]}})
    copy = from_record(AgendaItem, item.id, to_record(item))
    copy.extra["future"]["tags"].append("b")
    assert item.extra == {"future": {"tags": ["a"]}}


def test_dict_fields_are_copied_deeply() -> None:
    stored = {"item": "i1", "roll_call": {"p1": "yes"}, "future": [{"n": 1}]}
    vote = from_record(Vote, "v1", stored)
    vote.roll_call["p1"] = "no"
    vote.extra["future"][0]["n"] = 2
    assert stored == {"item": "i1", "roll_call": {"p1": "yes"}, "future": [{"n": 1}]}


def test_a_nested_unknown_value_changed_in_the_open_meeting_is_saved(tmp_path: Path) -> None:
    meeting = demo_meeting()
    meeting.items[0].extra["future"] = {"tags": ["a"]}
    path = Archive(tmp_path / "archive").create(meeting)
    with MeetingStore(path) as store:
        store.meeting.items[0].extra["future"]["tags"].append("b")
        assert store.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["items"][meeting.items[0].id]["future"] == {"tags": ["a", "b"]}


def test_an_undo_step_is_not_changed_by_the_live_meeting() -> None:
    meeting = demo_meeting()
    meeting.items[0].extra["future"] = {"tags": ["a"]}
    history = History(meeting)
    meeting.items[0].extra["future"]["tags"].append("b")
    assert history.commit(meeting)
    restored = history.undo(meeting)
    assert restored is not None
    assert restored.items[0].extra["future"] == {"tags": ["a"]}
    assert meeting_to_tables(restored)["items"][meeting.items[0].id]["future"] == {"tags": ["a"]}
