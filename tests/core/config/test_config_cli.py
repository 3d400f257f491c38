"""The installed ``minutes`` command with a config file: as a user runs it, a subprocess
of the entry point with MINUTES_CONFIG pointing at a temp folder."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from model.store.archive import Archive
from model.store.locations import config_file
from tests.core.config.helpers import LEGACY_CLASH, readme_config, write_config
from tui.config import load_config

ENTRY = Path(sys.executable).parent / ("minutes.exe" if os.name == "nt" else "minutes")
pytestmark = pytest.mark.skipif(not ENTRY.exists(), reason=f"no installed command at {ENTRY}")


def minutes(
    *args: str, env: dict[str, str] | None = None, stdin: int | None = subprocess.DEVNULL
) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "COLUMNS": "200", "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [str(ENTRY), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env=environ,
        stdin=stdin,
    )


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr


def test_a_locale_form_of_the_language_is_understood_not_a_traceback() -> None:
    write_config('language = "sv_SE"\n')
    result = minutes("list")
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "har inga möten" in result.stdout  # Swedish, as meant
    assert result.stderr == ""


def test_a_bad_language_is_one_sentence_and_the_command_runs() -> None:
    path = write_config('name = "Anna"\nlanguage = "klingon"\n')
    before = path.read_bytes()
    result = minutes("--lang", "en", "list")
    no_traceback(result)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        f'{path}, line 2: language = "klingon" is not a language the app speaks: write "sv", '
        '"en", "de" or "" (the computer\'s setting), which is used for now.'
    ]
    assert "has no meetings yet" in result.stdout
    assert path.read_bytes() == before


def test_the_old_broken_keymap_and_a_quoted_number_are_reported_at_start_up() -> None:
    path = write_config(LEGACY_CLASH.replace("sync_interval = 60", 'sync_interval = "30"'))
    before = path.read_bytes()
    result = minutes("--lang", "en", "list")
    no_traceback(result)
    assert result.returncode == 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert f"{path}, line 9: the line next_item.letter" in lines[0]
    assert f"{path}, line 4: sync_interval" in lines[1] and "sync_interval = 30" in lines[1]
    assert path.read_bytes() == before


def test_config_set_get_show_path_and_unset() -> None:
    path = write_config(readme_config(identity=False))
    result = minutes("--lang", "en", "config", "set", "name", "Anna Andersson")
    assert result.returncode == 0, result.stderr
    assert f'Saved name = "Anna Andersson" in {path}.' in result.stdout
    assert minutes("config", "set", "email", "anna@example.se").returncode == 0
    assert minutes("config", "set", "sync_interval", "30").returncode == 0
    assert minutes("config", "set", "keymap.undo.letter", "z").returncode == 0
    assert minutes("config", "set", "theme", "gruvbox").returncode == 0
    text = path.read_text(encoding="utf-8")
    assert "# the single-letter key of a command" in text and 'future_setting = "kept"' in text
    data = tomllib.loads(text)
    assert data["sync_interval"] == 30 and data["keymap"]["undo.letter"] == "z"
    assert data["theme"] == "gruvbox"
    assert data["keymap"]["next_item.letter"] == "j"
    assert minutes("config", "get", "name").stdout == "Anna Andersson\n"
    assert minutes("config", "get", "keymap.next_item.letter").stdout == "j\n"
    assert minutes("config", "path").stdout.strip() == str(path)
    shown = minutes("--lang", "en", "config", "show")
    assert shown.returncode == 0
    assert 'name = "Anna Andersson"' in shown.stdout and "git_timeout = 30" in shown.stdout
    assert tomllib.loads(shown.stdout)["keymap"]["next_item.letter"] == "j"  # valid TOML
    assert minutes("config", "unset", "sync_interval").returncode == 0
    assert "sync_interval" not in tomllib.loads(path.read_text(encoding="utf-8"))
    assert load_config().sync_interval == 5


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("language", "klingon", "is not a language"),
        ("sync_interval", "soon", "whole number"),
        ("git_timeout", "0", "at least 1"),
        ("email", "anna", "e-mail address"),
        ("keymap.nxet_item", "f10", 'key id "nxet_item"'),
        ("colour", "red", "colour is not a setting"),
        ("theme", "no-such-theme", 'there is no theme "no-such-theme"'),
    ],
)
def test_config_set_refuses_a_bad_value_with_a_sentence(key: str, value: str, words: str) -> None:
    path = write_config('# mine\nname = "Anna"\n')
    before = path.read_bytes()
    result = minutes("--lang", "en", "config", "set", key, value)
    no_traceback(result)
    assert result.returncode == 2
    assert words in result.stderr
    assert path.read_bytes() == before


def test_config_set_never_replaces_a_file_it_could_not_read() -> None:
    path = write_config(LEGACY_CLASH)
    before = path.read_bytes()
    result = minutes("--lang", "en", "config", "set", "theme", "nord")
    no_traceback(result)
    assert result.returncode == 2
    assert "were not saved" in result.stderr and "line 9" in result.stderr
    assert path.read_bytes() == before


def test_the_identity_from_the_environment_is_used_and_never_written(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    meeting_id = minutes("demo", "--into", str(archive)).stdout.strip().splitlines()[-1]
    path = write_config('# mine\nname = "Filens Namn"\n')
    before = path.read_bytes()
    env = {"MINUTES_NAME": "Skript Användare", "MINUTES_EMAIL": "skript@example.se"}
    result = minutes("--lang", "en", "--archive", str(archive), "approve", meeting_id, env=env)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "approved by Skript Användare" in result.stdout
    assert path.read_bytes() == before
    assert minutes("config", "get", "name", env=env).stdout == "Skript Användare\n"
    assert Archive(archive).summaries()[0].state.value == "approved"


def test_approve_without_a_name_says_the_name_is_needed_to_approve(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    meeting_id = minutes("demo", "--into", str(archive)).stdout.strip().splitlines()[-1]
    result = minutes("--lang", "en", "--archive", str(archive), "approve", meeting_id)
    no_traceback(result)
    assert result.returncode == 2
    assert "needed to approve" in result.stderr and "to sync" not in result.stderr
    assert "minutes config set name" in result.stderr
    swedish = minutes("--lang", "sv", "--archive", str(archive), "approve", meeting_id)
    assert "behövs för att justera" in swedish.stderr
    assert not config_file().exists()


@pytest.mark.parametrize(
    ("start", "end"), [("10.00", "9.00"), ("10.00", "10.00"), ("23.30", "0.15")]
)
def test_new_refuses_an_end_that_is_not_after_the_start(
    tmp_path: Path, start: str, end: str
) -> None:
    archive = tmp_path / "archive"
    result = minutes(
        "--lang", "en", "--archive", str(archive), "new", "--body", "Styrelsen",
        "--title", "Styrelsemöte", "--date", "2024-05-08", "--start", start, "--end", end,
        "--place", "Rummet",
    )  # fmt: skip
    no_traceback(result)
    assert result.returncode == 2
    assert "is not after the start time" in result.stderr
    assert Archive(archive).summaries() == []


def test_new_next_refuses_an_end_before_the_start_too(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    minutes("demo", "--into", str(archive))
    before = len(Archive(archive).summaries())
    body = Archive(archive).summaries()[0].body
    result = minutes(
        "--lang", "sv", "--archive", str(archive), "new", "--next", "--body", body,
        "--start", "11.00", "--end", "8.30", "--yes",
    )  # fmt: skip
    no_traceback(result)
    assert result.returncode == 2
    assert "Sluttiden 8.30 ligger inte efter starttiden 11.00." in result.stderr
    assert len(Archive(archive).summaries()) == before
    ok = minutes(
        "--archive", str(archive), "new", "--next", "--body", body, "--start", "8.30",
        "--end", "11.00", "--yes",
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr


@pytest.mark.skipif(os.name == "nt", reason="needs a pseudo-terminal (POSIX)")
def test_minutes_sync_asks_for_the_identity_and_keeps_the_readme_keymap(tmp_path: Path) -> None:
    """The sync command's own question (a terminal on stdin) saves name and e-mail into the
    user's file: the README keymap, comments and unknown keys survive, the file parses."""
    import pty

    archive = tmp_path / "archive"
    minutes("demo", "--into", str(archive))
    assert minutes("--archive", str(archive), "sync", "setup").returncode == 0
    path = write_config(readme_config(identity=False))
    main, terminal = pty.openpty()
    try:
        os.write(main, b"Anna Andersson\nanna@example.se\n")
        result = minutes("--lang", "en", "--archive", str(archive), "sync", stdin=terminal)
    finally:
        os.close(terminal)
        os.close(main)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    text = path.read_text(encoding="utf-8")
    assert "# the single-letter key of a command" in text and 'future_setting = "kept"' in text
    config = load_config()
    assert config.problems == []
    assert (config.name, config.email) == ("Anna Andersson", "anna@example.se")
    assert config.keymap == {
        "next_item": "f10,ctrl+n",
        "table_item": "ctrl+b",
        "next_item.letter": "j",
        "attendance.present": "n",
    }
    log = subprocess.run(
        ["git", "log", "-1", "--format=%an <%ae>"],
        cwd=archive,
        capture_output=True,
        text=True,
        check=True,
    )
    assert log.stdout.strip() == "Anna Andersson <anna@example.se>"
