"""The SQLite index keeps why a file cannot be read as a ``FileProblem`` (the merge of the
``faults`` branch into ``perf``): the listing, the registers and ``new --next`` say it
in words, and an index of the schema before it (a class name as text) is rebuilt."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from model.demo import demo_meeting
from model.registers import load_index, unreadable_files
from model.store.archive import Archive
from model.store.index_db import INDEX_FILE
from model.store.index_tables import SCHEMA_VERSION
from model.store.load import LOCAL_DIR
from model.store.problems import FileProblem


def _archive(tmp_path: Path) -> tuple[Archive, Path, Path]:
    archive = Archive(tmp_path / "archive")
    archive.create(demo_meeting())
    broken = archive.meeting_path("broken")
    broken.write_text('{\n "meeting": {\n  x', encoding="utf-8")
    header_only = archive.meeting_path("header-only")  # its header reads, the rest is not ours
    header = {"body": "Styrelsen", "date": "2031-01-01", "state": "draft"}
    header_only.write_text(json.dumps({"meeting": {"m1": header}}), encoding="utf-8")
    return archive, broken, header_only


def test_the_index_keeps_the_problem_and_gives_it_back_in_words(tmp_path: Path) -> None:
    archive, broken, header_only = _archive(tmp_path)
    problems = {s.path.name: s.problem for s in archive.summaries()}
    assert problems[broken.name] == FileProblem("invalid_json", 3)
    assert problems[header_only.name] == FileProblem("not_minutes")
    assert sum(1 for p in problems.values() if p is None) == 1
    # the next command answers from the index without reading the files again
    again = {s.path.name: s.problem for s in archive.summaries(refresh=False)}
    assert again == problems
    with load_index(archive) as index:
        said = unreadable_files(index, "sv")
    assert f"{broken.name} (skadad: inte giltig JSON på rad 3)" in said
    assert f"{header_only.name} (inte en minutes-fil)" in said


def test_a_damaged_file_is_never_listed_as_an_approved_or_draft_meeting(tmp_path: Path) -> None:
    archive, broken, header_only = _archive(tmp_path)
    drafts = archive.summaries(states=[demo_meeting().header.state])
    assert all(s.problem is None for s in drafts)
    assert broken not in [s.path for s in drafts] and header_only not in [s.path for s in drafts]


def test_an_index_of_the_schema_before_file_problems_is_rebuilt(tmp_path: Path) -> None:
    archive, broken, _ = _archive(tmp_path)
    archive.summaries()
    path = archive.meetings_dir / LOCAL_DIR / INDEX_FILE
    with sqlite3.connect(path) as conn:  # what the previous schema stored: a class name
        conn.execute("UPDATE meetings SET problem = 'cannot be read: JSONDecodeError'")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.close()
    problems = {s.path.name: s.problem for s in archive.summaries(refresh=False)}
    assert problems == {}  # another version: emptied, nothing stale shown
    problems = {s.path.name: s.problem for s in archive.summaries()}
    assert problems[broken.name] == FileProblem("invalid_json", 3)
    assert sum(1 for p in problems.values() if p is None) == 1


def test_the_next_meeting_skips_a_damaged_file_of_the_body_and_names_it(tmp_path: Path) -> None:
    archive, broken, header_only = _archive(tmp_path)
    body = demo_meeting().header.body
    last, skipped = archive.last_readable_meeting(body)
    assert last is not None and last.header.body == body
    # broken.json has no known date or body: it may be the body's newest meeting
    assert [s.path for s in skipped] == [broken]
    assert skipped[0].problem == FileProblem("invalid_json", 3)
    _, of_other = archive.last_readable_meeting("Styrelsen")
    assert header_only in [s.path for s in of_other]
