"""``minutes actions`` shows the actions of the newest meetings (``--limit``, ``--every``),
says on stderr how many more there are, and stays parseable text when piped."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.registers import ActionRow, action_page, action_register, load_index
from model.store.archive import Archive
from tests.conftest import REPO
from tests.core.followup.archive_gen import generate
from tests.core.store.test_index import settle

KEYS = ["owner", "due", "action", "status", "from", "item", "id"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    generated = generate(tmp_path_factory.mktemp("page") / "archive", 30, seed=4)
    settle(generated)  # files just written are re-read once (racy stamps)
    return generated


def _meeting_key(row: ActionRow) -> tuple[bool, date, str]:
    """A row's meeting in time, as the register orders meetings (undated first)."""
    return row.meeting_date is not None, row.meeting_date or date.min, row.meeting


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    limit=st.integers(min_value=1, max_value=120),
    include_closed=st.booleans(),
    owner=st.sampled_from([None, "a", "son", "Berg"]),
)
def test_the_page_is_the_registers_rows_of_the_newest_meetings(
    archive: Archive, limit: int, include_closed: bool, owner: str | None
) -> None:
    with load_index(archive) as index:
        every = action_register(index, owner=owner, include_closed=include_closed)
        page, total = action_page(index, limit, owner=owner, include_closed=include_closed)
    assert total == len(every) and len(page) == min(limit, total)
    assert page == [row for row in every if row in page]  # the register's order
    left_out = [row for row in every if row not in page]
    if page and left_out:  # no row left out is of a newer meeting than one shown
        assert max(map(_meeting_key, left_out)) <= min(map(_meeting_key, page))


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8"}


def _actions(archive: Archive, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """``minutes actions`` piped, as a script runs it."""
    return subprocess.run(
        [sys.executable, "-m", "tui", "--archive", str(archive.root), "--lang", lang, "actions",
         *args],
        capture_output=True, text=True, encoding="utf-8", env=_env(), timeout=120,
    )  # fmt: skip


def _rows(done: subprocess.CompletedProcess[str]) -> list[dict[str, str]]:
    assert done.returncode == 0, done.stderr
    reader = csv.DictReader(io.StringIO(done.stdout), delimiter="\t", quoting=csv.QUOTE_NONE)
    assert reader.fieldnames == KEYS
    rows = list(reader)
    assert all(None not in row and len(row) == len(KEYS) for row in rows)  # 7 cells a line
    return rows


def test_piped_page_and_the_rest_on_stderr(archive: Archive) -> None:
    with load_index(archive) as index:
        every = action_register(index)
        page, total = action_page(index, 5)
    assert total > 5
    limited = _actions(archive, "--limit", "5")
    rows = _rows(limited)
    assert [r["id"] for r in rows] == [r.id[:10] for r in page]
    assert rows[0]["action"] == page[0].text and rows[0]["status"].startswith("open")
    assert limited.stderr.strip() == (
        f"Showing 5 of {total} actions, those of the newest meetings; --every shows every one."
    )
    swedish = _actions(archive, "--limit", "5", lang="sv")
    assert f"Visar 5 av {total} uppdrag" in swedish.stderr and "--every" in swedish.stderr
    german = _actions(archive, "--limit", "5", lang="de")
    assert f"5 von {total} Aufgaben" in german.stderr

    shown = _actions(archive, "--every")
    assert [r["id"] for r in _rows(shown)] == [r.id[:10] for r in every]
    assert shown.stderr == ""  # nothing left out: nothing said


def test_default_page_and_a_complete_export(archive: Archive, tmp_path: Path) -> None:
    with load_index(archive) as index:
        total = len(action_register(index, include_closed=True))
    assert total > 50  # more than the default page
    default = _actions(archive, "--all")
    assert len(_rows(default)) == 50 and f"50 of {total}" in default.stderr
    target = tmp_path / "actions.md"
    exported = _actions(archive, "--all", "--limit", "3", "--export", str(target))
    assert exported.returncode == 0, exported.stderr
    table = [line for line in target.read_text(encoding="utf-8").splitlines() if line[:1] == "|"]
    assert len(table) == total + 2  # the header, its rule and every action: no page
