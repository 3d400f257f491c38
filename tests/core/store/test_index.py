"""The archive's SQLite index: kept in step with the files, rebuilt when it cannot be used,
and its full-text search equal to a plain scan of the meetings."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import live
from model.meeting import Meeting, MeetingHeader
from model.registers import action_register, load_index, meetings_of
from model.search import count_hits, search
from model.store.archive import Archive
from model.store.index_tables import SCHEMA_VERSION
from model.store.meeting_store import MeetingStore
from tests.conftest import REPO
from tests.core.followup.archive_gen import TOPICS, WORDS, generate


def _meeting(body: str, day: date, title: str, notes: str = "") -> Meeting:
    meeting = Meeting(MeetingHeader(id=_new_id(), body=body, title=title, date=day))
    item = live.add_item(meeting, title, datetime.combine(day, datetime.min.time()))
    item.notes = notes
    return meeting


def settle(archive: Archive) -> None:
    """Date the meeting files a minute back, as files are that were not just written: the
    index re-reads a file changed within its timestamp's resolution (RACY_NS) anyway."""
    past = time.time_ns() - 60 * 10**9
    for path in archive.meeting_paths():
        os.utime(path, ns=(past, past))


def _new_id() -> str:
    from model.ids import new_id

    return new_id()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    return generate(tmp_path_factory.mktemp("index") / "archive", 16, seed=3)


# -- kept in step with the files ----------------------------------------------------------


def test_create_edit_delete_update_only_what_changed(archive_path: Path) -> None:
    archive = Archive(archive_path)
    first = archive.create(_meeting("Styrelsen", date(2024, 3, 1), "Budget", "Om ekonomin."))
    second = archive.create(_meeting("Styrelsen", date(2024, 4, 1), "Lokaler", "Om hyran."))
    settle(archive)
    with load_index(archive) as index:
        assert index.rebuilt and index.refreshed == 2
    assert [s.title for s in archive.summaries()] == ["Lokaler", "Budget"]

    with MeetingStore(first) as store:  # an edit: this file's rows are rewritten
        store.meeting.items[0].notes = "Zebrakorsning vid skolan."
        store.save()
    with load_index(archive) as index:
        assert index.refreshed == 1
        (hit,) = search(index, "zebrakorsning")
        assert hit.path == first and hit.where == "notes"
        assert search(index, "ekonomin") == []  # the old text is gone with the old rows

    third = archive.create(_meeting("Nämnden", date(2024, 5, 1), "Nytt", "Cykelbana."))
    with load_index(archive) as index:
        assert search(index, "cykelbana")[0].path == third
    first.unlink()  # deleted (or removed by a sync): its rows go
    with load_index(archive) as index:
        assert search(index, "zebrakorsning") == []
        assert {m.path for m in meetings_of(index)} == {second, third}
    assert len(archive.summaries()) == 2


def test_a_damaged_meeting_stays_listed_as_damaged(archive_path: Path) -> None:
    archive = Archive(archive_path)
    path = archive.create(_meeting("Styrelsen", date(2024, 3, 1), "Budget", "Om ekonomin."))
    archive.summaries()
    path.write_text("{ not json", encoding="utf-8")
    (summary,) = archive.summaries()
    assert summary.problem and summary.path == path
    with load_index(archive) as index:
        assert search(index, "ekonomin") == []  # nothing of it in the registers


# -- rebuilt when it cannot be used ---------------------------------------------------------


@pytest.mark.parametrize("damage", [b"not a database at all" * 50, b"", b"SQLite format 3\x00"])
def test_a_damaged_index_is_rebuilt(generated: Archive, damage: bytes) -> None:
    with load_index(generated) as index:
        path = index.path
        expected = [s.id for s in generated.summaries()]
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(damage)
    with load_index(generated) as index:
        assert index.rebuilt and index.refreshed == 16
    assert [s.id for s in generated.summaries()] == expected


def test_an_index_of_another_schema_version_is_rebuilt(generated: Archive) -> None:
    with load_index(generated) as index:
        path = index.path
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM texts")  # an older program's index lacks what we need
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION - 1}")
    conn.close()
    with load_index(generated) as index:
        assert index.rebuilt and index.refreshed == 16
        assert search(index, "budgetuppföljning")


def test_an_unwritable_index_folder_still_answers(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive")
    archive.create(_meeting("Styrelsen", date(2024, 3, 1), "Budget", "Om ekonomin."))
    shutil.rmtree(archive.meetings_dir / ".local")  # the change journal made it
    (archive.meetings_dir / ".local").write_text("a file where the folder should be")
    (summary,) = archive.summaries()
    assert summary.title == "Budget"


def test_two_processes_building_one_index_at_once(tmp_path: Path) -> None:
    archive = generate(tmp_path / "archive", 40, seed=5)
    command = [sys.executable, "-m", "tui", "--archive", str(archive.root), "list", "--all"]
    env = {"PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8", "PATH": ""}
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)]
    runs.append(subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env))
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    first, second = (out.decode("utf-8").splitlines() for out, _err in outputs)
    assert first == second and len(first) == 41
    with load_index(archive) as index:
        assert len(meetings_of(index)) == 40 and index.refreshed == 0


# -- search equals a scan ----------------------------------------------------------------


def _texts(meeting: Meeting) -> list[tuple[str, str, str]]:
    """Every searchable text of a meeting: (item id, where, text)."""
    found = []
    for item in meeting.items:
        if item.deleted:
            continue
        found.append((item.id, "title", item.title))
        if item.notes:
            found.append((item.id, "notes", item.notes))
    found += [(d.item, "decision", d.text) for d in meeting.live_decisions()]
    found += [(a.item or "", "action", a.text) for a in meeting.live_actions()]
    return found


def _scan(archive: Archive, words: list[str]) -> set[tuple[str, str, str]]:
    """The brute-force answer: texts where every word begins some word of the text."""
    hits = set()
    for path in archive.meeting_paths():
        with MeetingStore(path, read_only=True) as store:
            meeting = store.meeting
        for item_id, where, text in _texts(meeting):
            tokens = re.findall(r"[^\W_]+", text.lower())
            if all(any(tok.startswith(w) for tok in tokens) for w in words):
                hits.add((meeting.id, item_id, where))
    return hits


VOCABULARY = sorted({w.lower() for t in TOPICS for w in t.split()} | set(WORDS))
query_word = st.one_of(
    st.sampled_from(VOCABULARY).flatmap(
        lambda w: st.integers(1, len(w)).map(lambda n: w[:n])  # a word or its beginning
    ),
    st.text(alphabet="aåäöeinrstu", min_size=1, max_size=4),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(query_word, min_size=1, max_size=3))
def test_search_equals_a_scan(generated: Archive, words: list[str]) -> None:
    text = " ".join(w.upper() if i % 2 else w for i, w in enumerate(words))  # any case
    with load_index(generated) as index:
        hits = search(index, text, limit=None)
        assert count_hits(index, text) == len(hits)
    found = {(h.meeting, h.item_id, h.where) for h in hits}
    assert len(found) == len(hits)
    assert found == _scan(generated, [w.lower() for w in words])


def test_search_is_ranked_and_limited(generated: Archive) -> None:
    with load_index(generated) as index:
        every = search(index, "prognosen", limit=None)
        first = search(index, "prognosen", limit=5)
    assert len(every) > 5 and first == every[:5]
    assert all("prognosen" in h.snippet.lower() for h in first)
    for hit in first:  # the marks point at the word found
        assert any(hit.snippet[a:b].lower().startswith("prognosen") for a, b in hit.marks)


def test_swedish_letters_are_letters(archive_path: Path) -> None:
    archive = Archive(archive_path)
    archive.create(
        _meeting("Nämnden", date(2024, 1, 9), "Älgstammen", "Åtgärder för ÖVERSIKTSPLAN.")
    )
    archive.create(_meeting("Nämnden", date(2024, 1, 10), "Algblomning", "Mätningar i sjön."))
    with load_index(archive) as index:

        def titles(text: str) -> set[str]:
            return {h.item_title for h in search(index, text, limit=None)}

        assert titles("älg") == {"Älgstammen"}  # "älg" is not "alg"
        assert titles("alg") == {"Algblomning"}
        assert titles("ÅTGÄRD") == titles("åtgärder") == {"Älgstammen"}
        assert titles("atgard") == set()
        assert titles("översiktsplan") == {"Älgstammen"}
        assert titles("matning") == set() and titles("mätning") == {"Algblomning"}


def test_registers_of_a_body_ignore_the_case_of_its_name(generated: Archive) -> None:
    with load_index(generated) as index:
        body = meetings_of(index)[0].body
        assert action_register(index, body=body.upper(), include_closed=True) == action_register(
            index, body=body, include_closed=True
        )


def test_a_build_reads_each_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the summary and the register rows come from the same bytes: one read per file
    from model.store import index_entry

    archive = generate(tmp_path / "archive", 6, seed=4)
    (archive.meetings_dir / "broken.json").write_text("{not json", encoding="utf-8")
    for suffix in ("", "-wal", "-shm"):
        path = archive.meetings_dir / ".local" / f"index.sqlite3{suffix}"
        path.unlink(missing_ok=True)
    reads: list[str] = []
    real = index_entry.read_limited

    def counting(path: Path) -> bytes:
        reads.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(index_entry, "read_limited", counting)
    with archive.index() as index:
        assert index.refreshed == 7
        rows = index.rows("SELECT count(*) FROM actions a JOIN items i USING (mid)")
    assert sorted(reads) == sorted(p.name for p in archive.meeting_paths())
    assert rows[0][0] > 0  # the registers were read from those same bytes
    listed = {s.path.name: s for s in archive.summaries(refresh=False)}
    assert listed["broken.json"].problem is not None


def test_an_action_keeps_the_label_of_its_item(archive_path: Path) -> None:
    archive = Archive(archive_path)
    meeting = _meeting("Styrelsen", date(2024, 3, 1), "Ekonomi")
    at = datetime(2024, 3, 1, 9)
    sub = live.add_sub_item(meeting, meeting.items[0].id, "Budgetuppföljning", at)
    live.add_action(meeting, sub.id, "Ta fram en prognos", at)
    archive.create(meeting)
    settle(archive)
    with load_index(archive) as index:
        (row,) = action_register(index)
    # a sub-item without a number of its own shows its parent's, as in the minutes
    assert meeting.items[0].number and not sub.number
    assert (row.item_number, row.item_title) == (meeting.items[0].number, sub.title)


def test_approved_or_tagged_meetings_are_found_without_listing_all(archive_path: Path) -> None:
    from model.enums import MeetingState

    archive = Archive(archive_path)
    approved = _meeting("Styrelsen", date(2024, 1, 5), "Godkänt")
    approved.header.state = MeetingState.APPROVED
    tagged = _meeting("Styrelsen", date(2024, 2, 5), "Taggat utkast")
    plain = _meeting("Styrelsen", date(2024, 3, 5), "Utkast")
    for meeting in (approved, tagged, plain):
        archive.create(meeting)
    settle(archive)
    # more ids than one statement may carry on an old SQLite (999 parameters)
    ids = [tagged.id, *(f"unknown-{n}" for n in range(1200))]
    found = archive.approved_or(ids)
    assert [s.id for s in found] == [tagged.id, approved.id]  # newest first
    assert [s.id for s in archive.approved_or([])] == [approved.id]
