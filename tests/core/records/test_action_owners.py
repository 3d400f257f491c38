"""Actions with several owners in the action register and ``minutes actions --owner``:
every owner is found, not only the first (a real archive on disk, the real index)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

from click.testing import CliRunner

from model import live
from model.demo import demo_meeting
from model.registers import action_register, index_path, load_index
from model.store.archive import Archive
from model.store.index_tables import SCHEMA_VERSION
from tests.core.store.test_index import settle
from tui.cli import root

NOW = datetime(2022, 5, 6, 9, 0)


def _archive(tmp_path: Path) -> tuple[Archive, str]:
    meeting = demo_meeting()
    people = meeting.people
    first, second, third = people[0], people[1], people[2]
    action = live.add_action(
        meeting, meeting.agenda[1].id, "Skriv remissvaret om Zebrafinkar", NOW,
        owner=first.id, due=date(2022, 6, 1), co_owners=(second.id, third.id),
    )  # fmt: skip
    archive = Archive(tmp_path / "archive")
    archive.create(meeting)
    settle(archive)
    return archive, action.id


def test_every_owner_is_found(tmp_path: Path) -> None:
    archive, action_id = _archive(tmp_path)
    meeting = archive.last_meeting_of(demo_meeting().header.body)
    assert meeting is not None
    action = meeting.action(action_id)
    assert action is not None and len(action.owner_names) == 3
    index = load_index(archive)
    for name in action.owner_names:
        surname = name.split()[-1]
        rows = [r for r in action_register(index, owner=surname) if r.id == action_id]
        assert len(rows) == 1, name
        assert rows[0].owner_names == action.owner_names
    assert not [r for r in action_register(index, owner="Nobody Atall") if r.id == action_id]


def test_index_schema_was_bumped(tmp_path: Path) -> None:
    archive, _ = _archive(tmp_path)
    load_index(archive)
    # version 6 added co_owners; later versions keep it
    with sqlite3.connect(index_path(archive)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 6
        columns = [row[1] for row in conn.execute("PRAGMA table_info(actions)")]
    assert "co_owners" in columns


def test_cli_owner_filter_finds_a_co_owner(tmp_path: Path) -> None:
    archive, _ = _archive(tmp_path)
    meeting = archive.last_meeting_of(demo_meeting().header.body)
    assert meeting is not None
    third = meeting.people[2].name
    result = CliRunner().invoke(
        root, ["--archive", str(archive.root), "--lang", "en", "actions", "--owner", third]
    )
    assert result.exit_code == 0, result.output
    assert "Zebrafinkar" in result.output
    assert meeting.people[0].name in result.output  # the row shows every owner
