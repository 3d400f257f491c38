"""The cached encoder writes exactly the bytes of the canonical encoding, change after
change (a save reuses the text of records that did not change)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from model import live
from model.codec import meeting_to_tables
from model.demo import demo_meeting
from model.enums import AttendanceStatus
from model.store.archive import Archive
from model.store.encoder import CachedEncoder, _text
from model.store.files import encode
from model.store.meeting_store import MeetingStore
from model.store.schema import KIND_MEETING, with_meta

text = st.text(alphabet='aåäö"\\\n\t{}: ,é€😀', max_size=6)
value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
    max_leaves=6,
)
record = st.dictionaries(text, value, max_size=4)
tables = st.dictionaries(text, st.dictionaries(text, record, max_size=4), max_size=4)


@given(st.lists(tables, min_size=1, max_size=5))
def test_cached_encoding_is_the_canonical_encoding(versions: list[Any]) -> None:
    encoder = CachedEncoder()
    for data in versions:
        assert encoder.encode(data) == encode(data)


@given(tables, st.data())
def test_a_record_changed_in_place_is_encoded_again(data: Any, draw: st.DataObject) -> None:
    encoder = CachedEncoder()
    encoder.encode(data)
    for table in data.values():
        for rec in table.values():
            rec[draw.draw(text)] = draw.draw(value)  # mutated, same dict object
    assert encoder.encode(data) == encode(data)


def test_other_shapes_fall_back_to_the_canonical_encoding() -> None:
    encoder = CachedEncoder()
    for data in ({}, [], {"t": []}, {"t": {"r": 1}}, {"t": {1: {}}}):
        assert encoder.encode(data) == encode(data)


def test_saves_write_the_canonical_bytes(tmp_path: Path) -> None:
    """Change after change through the store, the file is exactly the canonical encoding
    of the meeting (the records not changed are not encoded again)."""
    archive = Archive(tmp_path / "archive")
    path = archive.create(demo_meeting())
    now = datetime(2022, 5, 6, 9, 0)
    with MeetingStore(path) as store:
        meeting = store.meeting
        for n in range(12):
            person = meeting.people[n % len(meeting.people)]
            live.set_attendance(meeting, person.id, AttendanceStatus.REMOTE, now)
            item = live.add_item(meeting, f"Punkt {n}", now)
            item.notes = f"Anteckning {n} med å, ä och ö."
            if n % 3 == 0:
                meeting.items[0].notes += " Tillägg."
            store.save()
            expected = encode(with_meta(meeting_to_tables(meeting), KIND_MEETING))
            assert path.read_bytes() == expected == store.written_bytes


@given(text, record)
def test_a_records_text_is_its_canonical_text(record_id: str, data: dict[str, Any]) -> None:
    """Flat records go through the C encoder, nested ones through the pretty one: the
    text is the one the whole file's encoding gives the record either way."""
    whole = encode({"t": {record_id: data}})
    assert whole == b'{\n "t": {' + _text(record_id, data) + b"\n }\n}\n"


#: one step on a table of records: set one (new or not), add one after all the others (as
#: events are), or take one out; the step names it
step = st.tuples(st.sampled_from(["set", "append", "append", "remove"]), text, text, record)


@given(st.lists(st.lists(step, max_size=4), min_size=1, max_size=6))
def test_the_records_named_are_the_only_ones_encoded_again(rounds: Any) -> None:
    """Given ``changed``, records set or removed (named) are put in their place and the
    rest is reused: the bytes stay those of a full encoding, whatever is named."""
    encoder = CachedEncoder()
    data: dict[str, dict[str, Any]] = {"events": {}, "items": {"a": {"n": 1}}}
    assert encoder.encode(data, None) == encode(data)
    for steps in rounds:
        changed = set()
        for action, table_key, record_id, value in steps:
            table = data.setdefault("events" if len(table_key) % 2 else "items", {})
            name = "events" if table is data["events"] else "items"
            if action == "append":
                record_id = max(table, default="") + "0" + record_id
            if action in ("set", "append"):
                table[record_id] = value
            else:
                table.pop(record_id, None)
            changed.add((name, record_id))
        assert encoder.encode(data, changed) == encode(data)
