"""Damaged files: each kind gets a clear message naming the file, and nothing is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from model.demo import demo_meeting
from model.store.archive import Archive
from model.store.errors import DamagedFile, NewerSchema, NotAMinutesFile
from model.store.load import backup_path, local_dir
from model.store.meeting_store import MeetingStore
from model.store.problems import FileProblem, problem_of


def make(archive_path: Path, *, opened_once: bool = True) -> tuple[Path, bytes]:
    """A meeting file; opened once for writing so a last good copy exists."""
    path = Archive(archive_path).create(demo_meeting())
    if opened_once:
        with MeetingStore(path) as store:
            store.meeting.items[0].notes = "Sparad text före skadan."
            store.save()
    return path, path.read_bytes()


def damaged_copies(path: Path) -> list[Path]:
    folder = local_dir(path) / "damaged"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_stale_bytes_after_the_json_recover_the_valid_part(archive_path: Path) -> None:
    path, good = make(archive_path)
    tail = b'": "tail of an older, longer file"\n }\n}\n'
    path.write_bytes(good + tail)
    with MeetingStore(path) as store:
        assert store.recovery is not None
        assert store.recovery.source == "valid part"
        assert "stray bytes" in store.recovery.message("en")
        stray = len(good) + len(tail) - len(good.rstrip())  # all after the closing brace
        assert store.recovery.message("sv").startswith(
            f"Filen {path} var skadad ({stray} överblivna byte efter datan); "
            "återställd från den giltiga delen."
        )
        assert store.recovery.message("de").startswith(
            f"Die Datei {path} war beschädigt ({stray} überzählige Bytes nach den Daten); "
            "wiederhergestellt aus dem gültigen Teil."
        )
        assert store.meeting.items[0].notes == "Sparad text före skadan."
    assert path.read_bytes() == good  # rewritten whole
    (kept,) = damaged_copies(path)
    assert kept.read_bytes().startswith(good)  # the damaged bytes were not thrown away


def test_truncated_file_recovers_from_the_last_good_copy(archive_path: Path) -> None:
    path, good = make(archive_path)
    path.write_bytes(good[: len(good) // 2])
    with MeetingStore(path) as store:
        assert store.recovery is not None and store.recovery.source == "last good copy"
        assert store.meeting.items[0].notes == "Sparad text före skadan."
    assert damaged_copies(path)[0].read_bytes() == good[: len(good) // 2]
    assert json.loads(path.read_text(encoding="utf-8"))["meta"]["schema"]["kind"] == "meeting"


@pytest.mark.parametrize(
    "damage",
    [b"", b"\x00\x00\x00\x00", b"\xff\xfe garbage", b'{"meeting": {', b"not json at all"],
    ids=["empty", "zeros", "not-utf8", "cut-short", "text"],
)
def test_unreadable_file_without_a_good_copy_is_refused_and_left_untouched(
    archive_path: Path, damage: bytes
) -> None:
    path, _ = make(archive_path, opened_once=False)
    assert not backup_path(path).exists()
    path.write_bytes(damage)
    with pytest.raises(DamagedFile) as info:
        MeetingStore(path)
    assert str(path) in info.value.message("sv")
    assert "damaged" in info.value.message("en")
    assert path.read_bytes() == damage


def test_a_damaged_good_copy_is_reported_too(archive_path: Path) -> None:
    path, _ = make(archive_path)
    backup_path(path).write_bytes(b"{broken")
    path.write_bytes(b"{also broken")
    with pytest.raises(DamagedFile) as info:
        MeetingStore(path, read_only=True)
    assert "(not valid JSON at line 1; the last good copy is damaged too)" in (
        info.value.message("en")
    )
    assert "(inte giltig JSON på rad 1; även den senaste fungerande kopian är skadad)" in (
        info.value.message("sv")
    )
    assert "(kein gültiges JSON in Zeile 1; auch die letzte funktionierende Kopie ist " in (
        info.value.message("de")
    )
    assert problem_of(info.value) == FileProblem("invalid_json", 1)  # the file's own


def test_an_empty_file_is_said_to_be_empty_in_every_language(archive_path: Path) -> None:
    path, _ = make(archive_path, opened_once=False)
    path.write_bytes(b"")
    with pytest.raises(DamagedFile) as info:
        MeetingStore(path, read_only=True)
    said = {lang: info.value.message(lang) for lang in ("sv", "en", "de")}
    assert "(filen är tom)" in said["sv"] and "(the file is empty)" in said["en"]
    assert "(die Datei ist leer)" in said["de"]
    backup_path(path).parent.mkdir(parents=True, exist_ok=True)
    backup_path(path).write_bytes(b"")  # its good copy empty too
    with pytest.raises(DamagedFile) as info:
        MeetingStore(path, read_only=True)
    assert "(die Datei ist leer; auch die letzte funktionierende Kopie ist beschädigt)" in (
        info.value.message("de")
    )


def test_read_only_opening_recovers_in_memory_and_writes_nothing(archive_path: Path) -> None:
    path, good = make(archive_path)
    path.write_bytes(good + b"xx")
    with MeetingStore(path, read_only=True) as store:
        assert store.recovery is not None
        assert store.meeting.items[0].notes == "Sparad text före skadan."
    assert path.read_bytes() == good + b"xx"
    assert damaged_copies(path) == []


def test_a_file_from_a_newer_version_is_refused_unchanged(archive_path: Path) -> None:
    path, good = make(archive_path)
    data = json.loads(good)
    data["meta"]["schema"]["version"] = 99
    newer = json.dumps(data).encode()
    path.write_bytes(newer)
    with pytest.raises(NewerSchema) as info:
        MeetingStore(path)
    assert "nyare version" in info.value.message("sv")
    assert path.read_bytes() == newer


def test_json_that_is_not_a_meeting_file_is_refused(archive_path: Path) -> None:
    path, _ = make(archive_path)
    path.write_text('{"_default": {"1": {"x": 1}}}', encoding="utf-8")  # a stock TinyDB file
    with pytest.raises(NotAMinutesFile) as info:
        MeetingStore(path)
    assert info.value.message("en") == (
        f"The file {path} is not a minutes file (no schema record); it has not been changed."
    )
    # the detail too is the user's language, not English inside a Swedish sentence
    assert info.value.message("sv").endswith("(ingen schemapost); den har inte ändrats.")


def test_archive_listing_names_a_damaged_file_instead_of_failing(archive_path: Path) -> None:
    path, _ = make(archive_path)
    Archive(archive_path).create(demo_meeting())
    path.write_bytes(b"{")
    summaries = Archive(archive_path).summaries()
    assert len(summaries) == 2
    (problem,) = [s.problem for s in summaries if s.path == path]
    assert problem is not None
    assert problem.words("en") == "damaged: not valid JSON at line 1"
    assert problem.words("sv") == "skadad: inte giltig JSON på rad 1"


def test_stale_temp_files_of_a_killed_writer_are_removed_when_it_is_closed(
    archive_path: Path,
) -> None:
    path, _ = make(archive_path)
    stale = path.with_name(f".{path.name}.deadbeef.tmp")
    stale.write_bytes(b"half a write")
    other = path.with_name(".another.json.deadbeef.tmp")  # another meeting's: not ours to touch
    other.write_bytes(b"half a write")
    with MeetingStore(path) as store:
        store.meeting.header.place = "Sal B"
        store.save()
    assert not stale.exists()
    assert other.exists()
    assert json.loads(path.read_bytes())["meeting"][store.meeting.id]["place"] == "Sal B"


def test_migration_path_runs_registered_steps_and_keeps_the_old_bytes(
    archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.store import schema

    path, good = make(archive_path)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    current = schema.SCHEMA_VERSION - 1

    def v1_to_v2(tables: schema.Tables) -> schema.Tables:
        for record in tables["items"].values():
            record["title"] = record["title"].upper()
        return tables

    monkeypatch.setitem(schema.MIGRATIONS, current, v1_to_v2)
    with MeetingStore(path) as store:
        assert store.meeting.agenda[0].title == "VÄLKOMMEN"
    migrated = json.loads(path.read_text(encoding="utf-8"))
    assert migrated["meta"]["schema"]["version"] == current + 1
    assert good in [p.read_bytes() for p in damaged_copies(path)]  # the pre-migration bytes
