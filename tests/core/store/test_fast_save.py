"""A save through the caches (``TablesCache``, ``upsert_changed`` of the changed records,
``CachedEncoder``) writes exactly the bytes a full encoding of the meeting would, change
after change, and undo and redo after such saves restore exactly."""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import live
from model.codec import RECORD_TABLES, meeting_to_tables, tables_to_meeting
from model.codec_cache import TablesCache
from model.demo import demo_meeting
from model.enums import AttendanceStatus
from model.events import Event
from model.meeting import Meeting, MeetingHeader
from model.records import from_record, to_record
from model.store.archive import Archive
from model.store.errors import SaveFailed
from model.store.files import encode
from model.store.meeting_store import MeetingStore
from model.store.schema import KIND_MEETING, with_meta
from model.tracked import Tracked, revision_of
from tests.conftest import REPO
from tui.session import Session

NOW = datetime(2022, 5, 6, 9, 0)
words = st.text(alphabet='aåäöé "\\\n{}:,€', max_size=8)


def _notes(meeting: Meeting, n: int, text: str) -> None:
    meeting.items[n % len(meeting.items)].notes += text


def _title(meeting: Meeting, n: int, text: str) -> None:
    meeting.items[n % len(meeting.items)].title = text or "x"


def _attendance(meeting: Meeting, n: int, _text: str) -> None:
    person = meeting.people[n % len(meeting.people)]
    status = list(AttendanceStatus)[n % len(AttendanceStatus)]
    live.set_attendance(meeting, person.id, status, NOW)


def _add_item(meeting: Meeting, _n: int, text: str) -> None:
    live.add_item(meeting, f"Punkt {text}", NOW)


def _decision(meeting: Meeting, n: int, text: str) -> None:
    open_items = [i for i in meeting.items if not i.deleted]
    live.add_decision(meeting, open_items[n % len(open_items)].id, f"Beslut {text}", NOW)


def _verifier(meeting: Meeting, n: int, _text: str) -> None:
    meeting.header.verifiers.append(meeting.people[n % len(meeting.people)].id)  # in place


def _extra_in_place(meeting: Meeting, n: int, text: str) -> None:
    item = meeting.items[n % len(meeting.items)]
    item.extra.setdefault("future", {"tags": []})["tags"].append(text)  # a newer version's field


def _number_type(meeting: Meeting, n: int, _text: str) -> None:
    item = meeting.items[n % len(meeting.items)]
    item.returns_next_meeting = (False, 0, 0.0)[n % 3]  # equal values of other types,
    item.planned_minutes = (1, 1.0, True, None)[n % 4]  # written differently


def _place(meeting: Meeting, _n: int, text: str) -> None:
    meeting.header.place = text


def _delete_item(meeting: Meeting, n: int, _text: str) -> None:
    live_items = [i for i in meeting.items if not i.deleted]
    if len(live_items) > 2:
        live_items[n % len(live_items)].deleted = True


def _drop_from_list(meeting: Meeting, n: int, _text: str) -> None:
    if len(meeting.decisions) > 1:
        del meeting.decisions[n % len(meeting.decisions)]  # the file keeps the record


def _edit_event(meeting: Meeting, n: int, text: str) -> None:
    meeting.events[n % len(meeting.events)].detail = text  # in place: the log is not frozen


def _event_extra(meeting: Meeting, n: int, text: str) -> None:
    meeting.events[n % len(meeting.events)].extra.setdefault("notes", []).append(text)


def _pop_event(meeting: Meeting, _n: int, _text: str) -> None:
    meeting.events.pop()  # as undoing an agenda edit does; the file keeps the record


def _reorder_items(meeting: Meeting, n: int, _text: str) -> None:
    meeting.items.insert(0, meeting.items.pop(n % len(meeting.items)))  # same records, moved


def _copy_then_edit(meeting: Meeting, n: int, text: str) -> None:
    at = n % len(meeting.items)
    meeting.items[at] = copy.deepcopy(meeting.items[at])  # the same revision, then a new one
    meeting.items[at].title = text or "kopia"


def _copy_unchanged(meeting: Meeting, n: int, _text: str) -> None:
    at = n % len(meeting.events)
    meeting.events[at] = copy.deepcopy(meeting.events[at])  # a new object, the same record


def _shallow_copy_shared_list(meeting: Meeting, n: int, _text: str) -> None:
    meeting.header = copy.copy(meeting.header)  # shares its lists with the one it copies
    meeting.header.verifiers.append(meeting.people[n % len(meeting.people)].id)


def _replaced(meeting: Meeting, n: int, text: str) -> None:
    if meeting.decisions:
        at = n % len(meeting.decisions)
        meeting.decisions[at] = dataclasses.replace(meeting.decisions[at], text=text or "ny")


def _same_value_again(meeting: Meeting, n: int, _text: str) -> None:
    item = meeting.items[n % len(meeting.items)]
    item.title = item.title  # a new revision, the same record


def _list_swapped_for_equal(meeting: Meeting, n: int, text: str) -> None:
    item = meeting.items[n % len(meeting.items)]
    kept = item.extra
    item.extra = dict(kept)  # an equal dict: a new revision, the same record
    kept[text or "x"] = 1  # the dict let go of: nothing of the meeting's


CHANGES = [
    _copy_then_edit,
    _copy_unchanged,
    _shallow_copy_shared_list,
    _replaced,
    _same_value_again,
    _list_swapped_for_equal,
    _edit_event,
    _event_extra,
    _pop_event,
    _reorder_items,
    _notes,
    _title,
    _attendance,
    _add_item,
    _decision,
    _verifier,
    _extra_in_place,
    _number_type,
    _place,
    _delete_item,
    _drop_from_list,
]
change = st.tuples(st.sampled_from(CHANGES), st.integers(0, 50), words)


def _full(store: MeetingStore, before: dict[str, Any]) -> bytes:
    """What a full encoding makes of the file: the records on disk before, the meeting's
    records over them."""
    tables = json.loads(json.dumps(before))
    for name, records in meeting_to_tables(store.meeting).items():
        tables.setdefault(name, {}).update(records)
    return encode(tables)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.lists(change, max_size=3), min_size=1, max_size=8))
def test_cached_saves_write_the_bytes_of_a_full_encoding(tmp_path: Path, rounds: Any) -> None:
    path = Archive(tmp_path / f"a{len(list(tmp_path.iterdir()))}").create(demo_meeting())
    with MeetingStore(path) as store:
        for changes in rounds:
            before = json.loads(path.read_bytes())
            for operation, n, text in changes:
                operation(store.meeting, n, text)
            store.save()
            assert path.read_bytes() == _full(store, before) == store.written_bytes
    with MeetingStore(path, read_only=True) as again:  # and it reads back as it was
        reread = meeting_to_tables(again.meeting)
        for name, records in meeting_to_tables(store.meeting).items():
            assert {rid: reread[name][rid] for rid in records} == records


@settings(max_examples=40, deadline=None)
@given(st.lists(change, max_size=12))
def test_the_cache_gives_the_tables_of_a_full_encoding(changes: Any) -> None:
    meeting = demo_meeting()
    cache = TablesCache()
    handed = cache.tables(meeting)
    assert handed == meeting_to_tables(meeting)
    cache.settle()
    for operation, n, text in changes:
        before = json.loads(json.dumps(meeting_to_tables(meeting)))
        operation(meeting, n, text)
        tables = cache.tables(meeting)
        assert tables == meeting_to_tables(meeting)
        differs = {
            (name, rid)
            for name, records in tables.items()
            for rid, record in records.items()
            if before.get(name, {}).get(rid) != record
        }
        assert differs <= (cache.changed or set())
        handed = tables
    assert handed == meeting_to_tables(meeting)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(change, min_size=1, max_size=8), st.integers(1, 8))
def test_undo_and_redo_after_cached_saves_restore_exactly(
    tmp_path: Path, changes: Any, back: int
) -> None:
    path = Archive(tmp_path / f"a{len(list(tmp_path.iterdir()))}").create(demo_meeting())
    session = Session.open(path)
    try:
        states = [_without_events(meeting_to_tables(session.meeting))]
        for operation, n, text in changes:
            session.apply(lambda m, o=operation, n=n, t=text: o(m, n, t))
            now = _without_events(meeting_to_tables(session.meeting))
            if now != states[-1]:
                states.append(now)
        steps = min(back, len(states) - 1)
        for step in range(1, steps + 1):
            assert session.undo()
            assert _live(meeting_to_tables(session.meeting)) == _live(states[-1 - step])
            assert path.read_bytes() == session.store.written_bytes
        for step in range(steps - 1, -1, -1):
            assert session.redo()
            assert _live(meeting_to_tables(session.meeting)) == _live(states[-1 - step])
        on_disk = json.loads(path.read_bytes())
        for name, records in meeting_to_tables(session.meeting).items():
            for rid, record in records.items():
                assert on_disk[name][rid] == json.loads(json.dumps(record))
    finally:
        session.close()


def _without_events(tables: dict[str, Any]) -> dict[str, Any]:
    return {name: records for name, records in tables.items() if name != "events"}


def _live(tables: dict[str, Any]) -> dict[str, Any]:
    """The records not deleted (undo turns records added since into tombstones)."""
    return {
        name: {rid: r for rid, r in records.items() if not r.get("deleted")}
        for name, records in _without_events(tables).items()
    }


def test_a_failed_save_is_written_by_the_next(tmp_path: Path, monkeypatch: Any) -> None:
    """After a write the disk refused, the caches trust nothing: the next save writes the
    change that failed, not only what changed after it."""
    import model.store.storage as storage

    path = Archive(tmp_path / "a").create(demo_meeting())
    with MeetingStore(path) as store:
        store.meeting.items[0].notes = "före"
        store.save()
        real = storage.atomic_write

        def refuse(_path: Path, _data: bytes) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(storage, "atomic_write", refuse)
        store.meeting.items[0].notes = "misslyckad"
        try:
            store.save()
        except SaveFailed:
            pass
        else:
            raise AssertionError("the save should have failed")
        monkeypatch.setattr(storage, "atomic_write", real)
        store.meeting.header.place = "Sal B"
        assert store.save()
        expected = encode(with_meta(meeting_to_tables(store.meeting), KIND_MEETING))
        assert path.read_bytes() == expected
        assert "misslyckad" in path.read_text(encoding="utf-8")


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(change, min_size=1, max_size=6), st.integers(0, 5))
def test_a_meeting_read_again_saves_the_bytes_of_a_full_encoding(
    tmp_path: Path, changes: Any, at: int
) -> None:
    """A meeting replaced by one decoded anew (a sync's merge, undo, reading the file
    again): every object is new, the kept encodings are compared by value."""
    path = Archive(tmp_path / f"a{len(list(tmp_path.iterdir()))}").create(demo_meeting())
    with MeetingStore(path) as store:
        for number, (operation, n, text) in enumerate(changes):
            before = json.loads(path.read_bytes())
            if number == at:
                store.meeting = tables_to_meeting(meeting_to_tables(store.meeting))
            operation(store.meeting, n, text)
            store.save()
            assert path.read_bytes() == _full(store, before) == store.written_bytes
        store.reload()  # from the file: the caches start again
        before = json.loads(path.read_bytes())
        live.add_item(store.meeting, "Efter omläsning", NOW)
        store.save()
        assert path.read_bytes() == _full(store, before) == store.written_bytes


def test_a_number_of_another_type_is_written_as_it_is(tmp_path: Path) -> None:
    """``1``, ``1.0`` and ``True`` are equal, but the file says which one it is."""
    path = Archive(tmp_path / "a").create(demo_meeting())
    with MeetingStore(path) as store:
        item = store.meeting.items[0]
        for value in (1, 1.0, True, 1):
            item.planned_minutes = value
            store.save()
            written = json.loads(path.read_bytes())["items"][item.id]["planned_minutes"]
            assert type(written) is type(value)


def test_every_record_class_draws_a_revision_when_a_field_is_set() -> None:
    """The cache trusts a record whose revision it kept (model/tracked.py): every class a
    table holds must draw a new one on every setting of a field, decoded ones too."""
    meeting = demo_meeting()
    for cls in [MeetingHeader, *(cls for cls, _attr in RECORD_TABLES.values())]:
        assert issubclass(cls, Tracked), cls
    decoded = tables_to_meeting(meeting_to_tables(meeting))
    item = decoded.items[0]
    first = revision_of(item)
    item.notes = "ändrad"
    assert revision_of(item) > first
    assert revision_of(decoded.header) != revision_of(item)  # one counter: never shared


def test_decoding_gives_what_init_gives() -> None:
    """Records are decoded without ``__init__`` where it only sets fields: the same
    records, defaults filled in, and a record lacking a required field still refused."""
    meeting = demo_meeting()
    for name, (cls, attr) in RECORD_TABLES.items():
        for record in getattr(meeting, attr)[:3]:
            again = from_record(cls, record.id, to_record(record))
            assert again == record and type(again) is cls, name
    header = from_record(MeetingHeader, "m", {"body": "Styrelsen"})
    assert header == MeetingHeader(id="m", body="Styrelsen")  # defaults, factories fresh
    assert header.verifiers is not from_record(MeetingHeader, "n", {"body": "B"}).verifiers
    with pytest.raises(TypeError):
        from_record(Event, "e", {"kind": "approved"})  # "at" is required


#: what would set a record's field behind its revision's back
BYPASS = re.compile(r"object\.__setattr__\(|\.__dict__\[|__dict__\.update\(|vars\([^)]*\)\[")


def test_nothing_sets_a_field_behind_the_revision() -> None:
    found = []
    for package in ("model", "sync", "export", "tui"):
        for path in sorted((REPO / package).rglob("*.py")):
            if path.name == "tracked.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if BYPASS.search(line):
                    found.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert found == []
