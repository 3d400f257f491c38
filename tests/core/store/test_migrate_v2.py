"""A real version-1 meeting file (made by the version-1 program) opens as version 2.

``data/v1_meeting.json`` is the demo meeting written by the program before intervals,
after: Frida Nilsson arrived at item 2, left at item 3 and came back at item 8 (version 1
stored "from item 8, until item 3": present at no item); Carolina Pettersson left at item
10; Stefan Hollmark arrived at 2 (corrected to 4), left at 5 and came back at 7.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from hypothesis import given, settings

from model.attendance import remark
from model.presence import intervals, present_indexes
from model.store.meeting_store import MeetingStore
from model.store.migrate_v2 import attendance_to_intervals
from model.store.schema import SCHEMA_VERSION
from tests.core.model.test_presence import brute_force, walks

V1 = Path(__file__).parent / "data" / "v1_meeting.json"


def copy_of_v1(tmp_path: Path) -> Path:
    target = tmp_path / "meetings" / V1.name
    target.parent.mkdir(parents=True)
    shutil.copyfile(V1, target)
    return target


def test_the_fixture_is_version_1_with_the_old_fields() -> None:
    data = json.loads(V1.read_text(encoding="utf-8"))
    assert data["meta"]["schema"]["version"] == 1
    assert any("from_item" in r for r in data["attendance"].values())
    assert "presence" not in data


def test_v1_file_opens_with_intervals_and_is_written_as_v2(tmp_path: Path) -> None:
    path = copy_of_v1(tmp_path)
    with MeetingStore(path) as store:
        m = store.meeting
        people = {p.name: p for p in m.people}
        frida, carolina = people["Frida Nilsson"], people["Carolina Pettersson"]
        stefan = people["Stefan Hollmark"]
        assert sorted(i + 1 for i in present_indexes(m, frida)) == [2, 3, 8, 9, 10, 11]
        assert sorted(i + 1 for i in present_indexes(m, carolina)) == list(range(1, 11))
        assert sorted(i + 1 for i in present_indexes(m, stefan)) == [4, 5, 7, 8, 9, 10, 11]
        assert remark(m, frida).startswith("via Teams, punkt 2-3 och 8-11 (från kl 8.41;")
        assert remark(m, carolina) == "t o m punkt 10 (kl 10.50)"
        everyone_else = set(people) - {"Frida Nilsson", "Carolina Pettersson", "Stefan Hollmark"}
        assert all(not intervals(m, people[n].id) for n in everyone_else)
        store.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["meta"]["schema"]["version"] == SCHEMA_VERSION == 2
    assert not any(k in r for r in data["attendance"].values() for k in ("from_item", "until_item"))
    assert len(data["presence"]) == 5


def test_two_machines_migrating_the_same_file_make_the_same_records() -> None:
    data = json.loads(V1.read_text(encoding="utf-8"))
    first = attendance_to_intervals(json.loads(json.dumps(data)))
    second = attendance_to_intervals(json.loads(json.dumps(data)))
    assert first["presence"] == second["presence"]


def test_fields_alone_when_the_log_disagrees() -> None:
    """A v1 record whose arrival/departure is not in the log (edited by hand): from the
    fields, a departure before the arrival becomes two intervals."""
    data = json.loads(V1.read_text(encoding="utf-8"))
    data["events"] = {}
    migrated = attendance_to_intervals(data)
    frida = next(pid for pid, r in migrated["attendance"].items() if r["name"] == "Frida Nilsson")
    spans = sorted(
        (r for r in migrated["presence"].values() if r["person"] == frida),
        key=lambda r: r["from_item"] or "",
    )
    assert [(s["from_item"] is None, s["until_item"] is None) for s in spans] == [
        (True, False),
        (False, True),
    ]


APPROVED = Path(__file__).parent / "data" / "v1_approved.json"


def test_a_meeting_approved_under_version_1_still_verifies(tmp_path: Path) -> None:
    """``data/v1_approved.json``: the demo meeting approved by the version-1 program."""
    from model.approval import content_hash

    target = tmp_path / "meetings" / APPROVED.name
    target.parent.mkdir(parents=True)
    shutil.copyfile(APPROVED, target)
    with MeetingStore(target, read_only=True) as store:
        m = store.meeting
        assert m.header.state.value == "approved"
        frida = next(p for p in m.people if p.name == "Frida Nilsson")
        assert remark(m, frida) == "via Teams, fr o m punkt 2 (kl 8.41)"
        assert content_hash(m) == m.header.approved_hash
        intervals(m, frida.id)[0].from_item = m.agenda[0].id  # a changed interval shows
        assert content_hash(m) != m.header.approved_hash


def _v1_tables(count: int, events: list[tuple[bool, int]]) -> dict:
    """A version-1 file's tables for one person walking ``events``: the log, and the two
    fields the version-1 program kept (the last arrival, the last departure)."""
    from model.codec import meeting_to_tables
    from tests.core.model.test_presence import at, meeting_of

    m = meeting_of(items=count, members=2)
    tables = meeting_to_tables(m)
    del tables["presence"]
    person = m.people[1].id
    record = tables["attendance"][person]
    record.update(from_item=None, from_time=None, until_item=None, until_time=None)
    for n, (arrived, index) in enumerate(events):
        item, moment = m.agenda[index].id, at(n).isoformat()
        kind = "person_arrived" if arrived else "person_left"
        tables["events"][f"e{n:03d}"] = {"at": moment, "kind": kind, "item": item, "person": person}
        side = "from" if arrived else "until"
        record[f"{side}_item"], record[f"{side}_time"] = item, moment
    return tables


@settings(max_examples=100, deadline=None)
@given(walks())
def test_migrated_intervals_agree_with_a_replay_of_the_v1_log(
    walk: tuple[int, list[tuple[bool, int]]],
) -> None:
    from model.codec import tables_to_meeting

    count, events = walk
    migrated = tables_to_meeting(attendance_to_intervals(_v1_tables(count, events)))
    assert present_indexes(migrated, migrated.people[1]) == brute_force(count, events)
