"""One bad file never makes the rest of the archive unusable, and says what is wrong in
words: the real ``minutes`` command on an archive with damaged meeting files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.core.cli.test_meetings_cli import demo_into, minutes

DAMAGE = {
    "broken.json": (b'{\n "meeting": {\n  x', "damaged: not valid JSON at line 3"),
    "nested.json": (b"[" * 100_000, "damaged: nested more than 64 levels deep"),
    "tinydb.json": (b'{"_default": {"1": {"x": 1}}}', "not a minutes file"),
}


def damaged_archive(archive: Path) -> str:
    meeting_id = demo_into(archive)
    for name, (content, _) in DAMAGE.items():
        (archive / "meetings" / name).write_bytes(content)
    (archive / "meetings" / "folder.json").mkdir()
    return meeting_id


def flat(text: str) -> str:
    """The output without the table's line breaks."""
    return " ".join(text.split())


def test_list_says_what_is_wrong_in_words_and_lists_the_rest(archive_path: Path) -> None:
    meeting_id = damaged_archive(archive_path)
    result = minutes("list", archive=archive_path)
    assert result.returncode == 0, result.stderr
    out = flat(result.stdout)
    for _, words in DAMAGE.values():
        assert words in out, out
    assert "a folder, not a file" in out
    # piped, the list is tab-separated with the state's code (perf: tui/cli/output.py)
    assert meeting_id in out and "awaiting_approval" in out
    assert "Error" not in out and "Traceback" not in result.stderr
    swedish = flat(minutes("--lang", "sv", "list", archive=archive_path).stdout)
    assert "skadad: inte giltig JSON på rad 3" in swedish and "inte en minutes-fil" in swedish


def test_check_and_search_name_the_damage_and_work_on_the_rest(archive_path: Path) -> None:
    meeting_id = damaged_archive(archive_path)
    check = minutes("--lang", "sv", "check", "broken", archive=archive_path)
    assert check.returncode == 2 and "Traceback" not in check.stderr
    assert "(inte giltig JSON på rad 3)" in flat(check.stderr)
    assert minutes("check", meeting_id, archive=archive_path).returncode in (0, 1)
    search = minutes("search", "Välkommen", archive=archive_path)
    assert search.returncode == 0, search.stderr
    said = flat(search.stderr)  # the count is on stderr: piped output stays a clean table
    assert "2 hits for Välkommen" in said
    assert "4 meeting file(s) could not be searched" in said
    assert "broken.json (damaged: not valid JSON at line 3)" in said
    assert "nested.json (damaged: nested more than 64 levels deep)" in said


def test_new_next_over_a_damaged_newer_file_says_so_and_refuses_without_a_yes(
    archive_path: Path,
) -> None:
    damaged_archive(archive_path)
    before = sorted(p.name for p in (archive_path / "meetings").glob("*.json"))
    refused = minutes("new", "--next", archive=archive_path)
    assert refused.returncode == 1, refused.stdout + refused.stderr
    said = flat(refused.stderr)
    assert "could not be read and are skipped" in said
    assert "broken.json: damaged: not valid JSON at line 3" in said
    assert "--skip-damaged" in said
    assert sorted(p.name for p in (archive_path / "meetings").glob("*.json")) == before
    done = minutes("new", "--next", "--skip-damaged", archive=archive_path)
    assert done.returncode == 0, done.stderr
    assert "broken.json" in done.stderr  # still named
    assert len(list((archive_path / "meetings").glob("*.json"))) == len(before) + 1


@pytest.mark.skipif(os.name == "nt", reason="a pseudo-terminal is POSIX")
@pytest.mark.parametrize(("answer", "code"), [(b"n\n", 1), (b"y\n", 0)])
def test_new_next_in_a_terminal_asks(archive_path: Path, answer: bytes, code: int) -> None:
    import pty

    damaged_archive(archive_path)
    controller, terminal = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8", "COLUMNS": "200"}
    command = [sys.executable, "-m", "tui", "--archive", str(archive_path), "new", "--next"]
    process = subprocess.Popen(
        command, stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    os.close(terminal)
    os.write(controller, answer)
    out, err = process.communicate(timeout=60)
    os.close(controller)
    assert process.returncode == code, (out + err).decode()
    assert b"anyway?" in out + err
