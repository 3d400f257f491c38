"""A usage error (a missing argument, a bad option value, an unknown command) is worded in
the interface language, as the help is: the usage line's words and the argument it names
too, never Click's English "[OPTIONS] MEETING" under ``--lang sv``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def _minutes(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "PYTHONIOENCODING": "utf-8",
        "MINUTES_CONFIG": str(tmp_path / "config"),  # no config: the language is --lang's
    }
    return subprocess.run(
        [sys.executable, "-m", "tui", "--archive", str(tmp_path / "archive"), *args],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp_path,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "said", "not_said"),
    [
        (
            ["--lang", "sv", "show"],
            ["Användning: minutes show [FLAGGOR] MÖTE", "Fel: Argument saknas 'MÖTE'."],
            ["MEETING", "OPTIONS", "Usage", "Error"],
        ),
        (
            ["--lang", "de", "export"],
            ["Aufruf: minutes export [OPTIONEN] SITZUNG", "Fehler: Argument fehlt 'SITZUNG'."],
            ["MEETING", "OPTIONS", "Usage", "Error"],
        ),
        (
            ["--lang", "sv", "export", "x", "--to", "bogus"],
            ["minutes export [FLAGGOR] MÖTE", "Ogiltigt värde för '--to': 'bogus' är inte"],
            ["MEETING", "OPTIONS", "Invalid"],
        ),
        (
            ["--lang", "sv", "sync", "bogus"],
            ["minutes sync [FLAGGOR] [KOMMANDO] [ARGUMENT]...", "Det finns inget kommando"],
            ["OPTIONS", "COMMAND", "No such"],
        ),
        (
            ["--lang", "de", "--bogus"],
            ["Aufruf: minutes [OPTIONEN] [BEFEHL] [ARGUMENTE]...", "keine Option '--bogus'"],
            ["OPTIONS", "COMMAND", "No such"],
        ),
        (  # English stays Click's own
            ["--lang", "en", "show"],
            ["Usage: minutes show [OPTIONS] MEETING", "Error: Missing argument 'MEETING'."],
            ["MÖTE"],
        ),
    ],
)
def test_a_usage_error_is_in_the_interface_language(
    tmp_path: Path, args: list[str], said: list[str], not_said: list[str]
) -> None:
    done = _minutes(tmp_path, *args)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    for text in said:
        assert text in done.stderr, (text, done.stderr)
    for text in not_said:
        assert text not in done.stderr, (text, done.stderr)
