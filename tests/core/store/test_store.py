"""The store: round trips, stable bytes, ids, the one-writer rule, read-only opening."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from model import live
from model.codec import meeting_to_tables
from model.demo import demo_meeting
from model.store.archive import Archive
from model.store.errors import MeetingLocked, ReadOnly, SaveFailed
from model.store.meeting_store import MeetingStore

NOW = datetime(2022, 5, 6, 10, 0)


def make(archive_path: Path) -> tuple[Archive, Path]:
    archive = Archive(archive_path)
    path = archive.create(demo_meeting())
    return archive, path


def test_round_trip_keeps_every_record_and_swedish_letters(archive_path: Path) -> None:
    original = demo_meeting()
    path = Archive(archive_path).create(original)
    with MeetingStore(path) as store:
        assert meeting_to_tables(store.meeting) == meeting_to_tables(original)
        store.meeting.items[0].notes = "Åsa, Örjan och Ärla: å ä ö Å Ä Ö é ü ß – “citat”"
        store.save()
    raw = path.read_bytes()
    assert "Åsa, Örjan och Ärla: å ä ö Å Ä Ö é ü ß – “citat”".encode() in raw
    assert b"\\u00" not in raw  # UTF-8, not escapes
    with MeetingStore(path, read_only=True) as store:
        assert store.meeting.items[0].notes.startswith("Åsa, Örjan")


def test_file_is_readable_json_one_field_per_line(archive_path: Path) -> None:
    _, path = make(archive_path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["meta"]["schema"] == {"kind": "meeting", "version": 2}
    assert text == json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    assert '   "body": "Södertörnskommunernas ledningsgrupp",\n' in text


def test_saving_twice_without_a_change_writes_the_same_bytes(archive_path: Path) -> None:
    _, path = make(archive_path)
    with MeetingStore(path) as store:
        store.meeting.items[1].notes += "\n\nTillägg."
        assert store.save() is True
        first = path.read_bytes()
        stamp = path.stat().st_mtime_ns
        assert store.save() is False
        assert path.read_bytes() == first
        assert path.stat().st_mtime_ns == stamp
    with MeetingStore(path) as store:
        store.save()
    assert path.read_bytes() == first


def test_record_ids_are_random_strings_unique_across_two_stores(tmp_path: Path) -> None:
    ids: set[str] = set()
    for name in ("secretary", "chair"):
        meeting = demo_meeting()
        path = Archive(tmp_path / name).create(meeting)
        with MeetingStore(path) as store:
            for _ in range(50):
                live.add_decision(store.meeting, store.meeting.agenda[0].id, "x", NOW)
            store.save()
            tables = meeting_to_tables(store.meeting)
        new = {rid for table in tables.values() for rid in table}
        assert not ids & new
        ids |= new
    assert all(len(i) == 26 and not i.isdigit() for i in ids)


def test_a_second_writer_in_another_process_gets_a_clear_message(archive_path: Path) -> None:
    _, path = make(archive_path)
    with MeetingStore(path):
        code = (
            "import sys\n"
            "from model.store.meeting_store import MeetingStore\n"
            "from model.store.errors import MeetingLocked\n"
            "try:\n"
            f"    MeetingStore({str(path)!r})\n"
            "except MeetingLocked as exc:\n"
            "    print(exc.message('sv')); sys.exit(3)\n"
            f"MeetingStore({str(path)!r}, read_only=True)\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 3, result.stderr
        assert "redan öppet för skrivning" in result.stdout
        assert str(path) in result.stdout
    with MeetingStore(path):  # the lock is released on close
        pass


def test_second_writer_in_the_same_process_is_refused_but_reading_is_fine(
    archive_path: Path,
) -> None:
    _, path = make(archive_path)
    with MeetingStore(path) as writer:
        with pytest.raises(MeetingLocked) as info:
            MeetingStore(path)
        assert "already open for writing" in info.value.message("en")
        with MeetingStore(path, read_only=True) as reader:
            assert reader.meeting.id == writer.meeting.id
            reader.meeting.header.place = "Annanstans"
            with pytest.raises(ReadOnly):
                reader.save()


def test_read_only_view_follows_the_writer(archive_path: Path) -> None:
    _, path = make(archive_path)
    with MeetingStore(path) as writer, MeetingStore(path, read_only=True) as reader:
        writer.meeting.header.place = "Stadshuset"
        writer.save()
        assert reader.reload().header.place == "Stadshuset"


def test_a_failed_save_keeps_the_change_in_memory_and_a_retry_succeeds(archive_path: Path) -> None:
    _, path = make(archive_path)
    with MeetingStore(path) as store:
        store.meeting.header.place = "Stadshuset"
        before = path.read_bytes()
        path.rename(path.with_suffix(".moved"))
        path.mkdir()  # a folder where the file should be: the replace fails
        with pytest.raises(SaveFailed) as info:
            store.save()
        assert "Could not save" in info.value.message("en")
        assert store.meeting.header.place == "Stadshuset"
        path.rmdir()
        path.with_suffix(".moved").rename(path)
        assert path.read_bytes() == before
        assert store.save() is True
    with MeetingStore(path, read_only=True) as store:
        assert store.meeting.header.place == "Stadshuset"


def test_tombstones_stay_in_the_file(archive_path: Path) -> None:
    _, path = make(archive_path)
    with MeetingStore(path) as store:
        decision = store.meeting.live_decisions()[0]
        live.delete(decision)
        store.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["decisions"][decision.id]["deleted"] is True
    with MeetingStore(path, read_only=True) as store:
        assert decision.id not in {d.id for d in store.meeting.live_decisions()}


def test_unknown_fields_survive_a_round_trip(archive_path: Path) -> None:
    _, path = make(archive_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    item_id = next(iter(data["items"]))
    data["items"][item_id]["colour"] = "grön"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with MeetingStore(path) as store:
        store.meeting.header.place = "Ny plats"
        store.save()
    assert json.loads(path.read_text(encoding="utf-8"))["items"][item_id]["colour"] == "grön"


def test_archive_lists_newest_first_and_resolves_references(archive_path: Path) -> None:
    archive = Archive(archive_path)
    older = demo_meeting()
    newer = demo_meeting()
    newer.header.date = newer.header.date.replace(year=2023)  # type: ignore[union-attr]
    archive.create(older)
    archive.create(newer)
    assert [s.id for s in archive.summaries()] == [newer.id, older.id]
    assert archive.resolve(older.id[:20]) == archive.meeting_path(older.id)
    assert archive.resolve("2023-05-06") == archive.meeting_path(newer.id)
    assert archive.resolve(str(archive.meeting_path(older.id))) == archive.meeting_path(older.id)


def test_new_meeting_roster_comes_from_the_body_s_last_meeting(archive_path: Path) -> None:
    archive = Archive(archive_path)
    archive.create(demo_meeting())
    roster = archive.roster_for("Södertörnskommunernas ledningsgrupp")
    assert len(roster) == 10
    assert roster[0].name == "Magnus Gyllestad" and roster[0].role.value == "chair"
    assert all(p.status.value == "unknown" and not p.extra for p in roster)
    assert (
        archive.registry().roster("södertörnskommunernas ledningsgrupp")[6].name
        == "Anna Söderström"
    )
