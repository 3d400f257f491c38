"""The change journal (model/store/index_journal.py): after one saved meeting the index
reads that file only, and whatever else happens to the folder (a sync writing files
directly, deletions, a damaged journal, a journal from another machine) the index ends
equal to one built afresh from the files."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.store import index_journal
from model.store.archive import Archive
from model.store.files import atomic_write
from model.store.index_db import ArchiveIndex
from model.store.index_tables import TEXT_BITS
from model.store.meeting_store import MeetingStore
from sync.incoming import _path_reason
from tests.core.followup.archive_gen import generate
from tests.core.store.test_index import _meeting, settle

TABLES = ("items", "decisions", "actions", "reports", "attendance", "motions", "elections")


def dump(index: ArchiveIndex) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the index, keyed by file name instead of the row ids and stamps."""
    rows = {
        "meetings": sorted(
            index.rows(
                "SELECT name, id, body, body_key, title, date, state, problem, conflicts,"
                " registers FROM meetings"
            )
        )
    }
    for table in TABLES:
        found = index.rows(f"SELECT m.name, t.* FROM {table} t JOIN meetings m USING (mid)")
        rows[table] = sorted(row[:1] + row[2:] for row in found)  # without mid
    rows["texts"] = sorted(
        index.rows(
            f"SELECT m.name, t.rowid - (m.mid << {TEXT_BITS}), t.content, t.item_id, t.kind"
            f" FROM texts t JOIN meetings m ON m.mid = (t.rowid >> {TEXT_BITS})"
        )
    )
    return rows


def fresh_dump(archive: Archive) -> dict[str, list[tuple[object, ...]]]:
    """The index built from nothing over a copy of the meeting files."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "meetings"
        copy.mkdir()
        for path in archive.meeting_paths():
            shutil.copy2(path, copy / path.name)
        with ArchiveIndex(copy) as index:
            index.refresh()
            return dump(index)


def current_dump(archive: Archive, full: bool = False) -> dict[str, list[tuple[object, ...]]]:
    with archive.index(full=full) as index:
        return dump(index)


def save(path: Path, title: str) -> None:
    with MeetingStore(path) as store:
        store.meeting.header.title = title
        store.save()


def outside(action: object) -> None:
    """A change by another program (git, a sync writing files directly, a file manager):
    not in the journal. Not within the timestamp tick of our last write (the one case the
    journal leaves to the next full check, see its module)."""
    time.sleep(0.012)
    assert callable(action)
    action()


OPS = st.sampled_from(
    ["save", "create", "sync_write", "sync_new", "sync_delete", "damage", "foreign", "refresh"]
)


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(ops=st.lists(st.tuples(OPS, st.integers(0, 10**6)), min_size=1, max_size=14))
def test_after_any_changes_the_index_equals_a_fresh_one(
    ops: list[tuple[str, int]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    archive = generate(tmp_path_factory.mktemp("journal") / "archive", 6, seed=11)
    other = generate(tmp_path_factory.mktemp("other") / "archive", 3, seed=12)
    current_dump(archive)
    log = index_journal.journal_path(archive.meetings_dir)
    for op, n in ops:
        paths = archive.meeting_paths()
        victim = paths[n % len(paths)] if paths else None
        if op == "save" and victim is not None:
            save(victim, f"Sammanträde {n}")
        elif op == "create":
            archive.create(_meeting("Styrelsen", date(2024, 1, 1 + n % 28), f"Möte {n}", "å ä ö"))
        elif op == "sync_write" and victim is not None:
            data = other.meeting_paths()[n % 3].read_bytes()
            outside(lambda: atomic_write(victim, data))  # noqa: B023 (called at once)
        elif op == "sync_new":
            source = other.meeting_paths()[n % 3]
            target = archive.meetings_dir / f"{n}{source.name}"
            outside(lambda: atomic_write(target, source.read_bytes()))  # noqa: B023
        elif op == "sync_delete" and victim is not None:
            outside(victim.unlink)
        elif op == "damage" and log.exists():
            with open(log, "ab") as handle:
                handle.write(b"\xff\x00 not a line of ours\n../../etc/passwd\n")
        elif op == "foreign":  # another machine's journal (copied with the folder)
            foreign = index_journal.journal_path(other.meetings_dir)
            save(other.meeting_paths()[0], f"Där {n}")
            shutil.copyfile(foreign, log)
        elif op == "refresh":
            assert current_dump(archive) == fresh_dump(archive)
    assert current_dump(archive) == fresh_dump(archive)


def test_one_saved_meeting_is_the_one_file_read(tmp_path: Path) -> None:
    archive = generate(tmp_path / "archive", 30, seed=4)
    settle(archive)  # not just written: the index trusts their stamps
    time.sleep(0.03)
    with archive.index() as index:
        assert index.refreshed == 30
    victim = archive.meeting_paths()[7]
    for n in range(3):
        save(victim, f"Ändrad {n}")
        time.sleep(0.03)  # as a command comes after a save: not in the same tick
        with archive.index() as index:
            assert index.refreshed == 1
            ((title,),) = index.rows("SELECT title FROM meetings WHERE name = ?", [victim.name])
            assert title == f"Ändrad {n}"
    time.sleep(0.12)  # the victim, read within RACY_NS of its save, is read once more
    with archive.index() as index:
        assert index.refreshed == 1
    new = archive.create(_meeting("Nämnden", date(2025, 2, 3), "Nytt möte"))
    time.sleep(0.03)
    with archive.index() as index:
        assert index.refreshed == 1
        assert index.rows("SELECT count(*) FROM meetings WHERE name = ?", [new.name]) == [(1,)]


def test_an_outside_deletion_is_found_without_the_journal(tmp_path: Path) -> None:
    archive = generate(tmp_path / "archive", 8, seed=6)
    current_dump(archive)
    time.sleep(0.03)
    gone = archive.meeting_paths()[2]
    gone.unlink()  # no line in the journal; the folder's mtime changed
    with archive.index() as index:
        assert index.rows("SELECT count(*) FROM meetings WHERE name = ?", [gone.name]) == [(0,)]


def test_a_file_rewritten_in_place_is_found_by_the_full_check(tmp_path: Path) -> None:
    # nothing in the folder's mtime shows it: the app's full check (and the periodic one)
    archive = generate(tmp_path / "archive", 5, seed=7)
    current_dump(archive)
    time.sleep(0.03)
    target, source = archive.meeting_paths()[:2]
    data = source.read_bytes()
    with open(target, "r+b") as handle:  # in place: the same inode, no rename
        handle.write(data)
        handle.truncate()
    assert current_dump(archive, full=True) == fresh_dump(archive)


def test_the_full_check_comes_when_the_last_is_old(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = generate(tmp_path / "archive", 5, seed=8)
    settle(archive)
    time.sleep(0.03)  # the folder's mtime not of this very tick: the index goes on from it
    current_dump(archive)
    time.sleep(0.03)
    target = archive.meeting_paths()[0]
    past = time.time_ns() - 10**9
    os.utime(target, ns=(past, past))  # a stamp changed in place
    with archive.index() as index:
        assert index.refreshed == 0  # the journal and the folder say nothing happened
    monkeypatch.setattr(index_journal, "FULL_CHECK_NS", 0)
    with archive.index() as index:
        assert index.refreshed == 1


def test_a_long_journal_is_started_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_journal, "ROTATE_BYTES", 300)
    archive = generate(tmp_path / "archive", 4, seed=9)
    current_dump(archive)
    log = index_journal.journal_path(archive.meetings_dir)
    token = index_journal.read_journal(archive.meetings_dir).token
    for n in range(5):
        save(archive.meeting_paths()[n % 4], f"Titel {n}")
    assert log.stat().st_size > 300
    assert current_dump(archive) == fresh_dump(archive)
    journal = index_journal.read_journal(archive.meetings_dir)
    assert journal.token != token and journal.entries == []
    settle(archive)
    current_dump(archive)
    save(archive.meeting_paths()[1], "Efter")
    time.sleep(0.03)
    with archive.index() as index:
        assert index.refreshed == 1


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"minutes-changes 1 zz\n",
        b"something else entirely\n1 2 a.json\n",
        b"minutes-changes 1 0123456789abcdef\n1 2 ../outside.json\n",
        b"minutes-changes 1 0123456789abcdef\n1 2 sub/dir.json\n",
        b"minutes-changes 1 0123456789abcdef\nx y a.json\n",
        b"minutes-changes 1 0123456789abcdef\n\xff\xfe\n",
    ],
)
def test_a_damaged_journal_is_not_trusted(tmp_path: Path, content: bytes) -> None:
    journal_file = tmp_path / ".local" / index_journal.JOURNAL_FILE
    journal_file.parent.mkdir()
    journal_file.write_bytes(content)
    journal = index_journal.read_journal(tmp_path)
    seen = index_journal.Seen(journal.token, 0, 5, 0)
    assert journal.damaged or journal.token == ""
    assert index_journal.changed_since(seen, journal, 5) is None or journal.token == ""


def test_a_partly_written_line_waits_for_the_next_read(tmp_path: Path) -> None:
    journal_file = tmp_path / ".local" / index_journal.JOURNAL_FILE
    journal_file.parent.mkdir()
    journal_file.write_bytes(b"minutes-changes 1 0123456789abcdef\n5 7 a.json\n7 9 b.js")
    journal = index_journal.read_journal(tmp_path)
    assert journal.entries == [(5, 7, "a.json")] and not journal.damaged
    seen = index_journal.Seen("0123456789abcdef", 0, 5, 0)
    assert index_journal.changed_since(seen, journal, 7) == {"a.json"}
    assert index_journal.changed_since(seen, journal, 9) is None  # b.json not accounted for


def test_a_gap_in_the_chain_means_a_full_check() -> None:
    journal = index_journal.Journal("ab12cd34", 100, entries=[(5, 7, "a.json"), (8, 9, "b.json")])
    seen = index_journal.Seen("ab12cd34", 0, 5, 0)
    assert index_journal.changed_since(seen, journal, 9) is None  # 7 -> 8: not ours
    same_tick = index_journal.Journal("ab12cd34", 100, entries=[(5, 5, "a.json")])
    assert index_journal.changed_since(seen, same_tick, 5) is None


def test_the_journal_is_never_synced() -> None:
    # .gitignore keeps .local/ out of our commits; a commit bringing one is refused
    from sync.repofiles import GITIGNORE_LINES

    assert ".local/" in [line.strip() for line in GITIGNORE_LINES]
    assert _path_reason("meetings/.local/changes.log")
