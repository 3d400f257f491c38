"""The last resort (tui/crash.py): an unexpected error in a command or in the app is one
sentence in the user's language naming a log file, the traceback is in that file, the
exit code is 70, and no traceback reaches the terminal. Real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

#: a command that fails as a bug would, added to the real command group, run through main()
COMMAND = """
import sys
from tui.cli import main
from tui.cli.base import root

@root.command("boom")
def boom() -> None:
    raise RuntimeError("kaputt im Befehl")

sys.argv = ["minutes", *sys.argv[1:]]
main()
"""

#: the real app, run headless as tui/launch.py runs it, with a screen handler that fails
APP = """
import sys
from pathlib import Path
from model.enums import Language
from tui.app import MinutesApp
from tui.launch import _run

def on_ready(self: MinutesApp) -> None:
    raise RuntimeError("kaputt in der App")

MinutesApp.on_ready = on_ready  # a handler that fails as a bug would
_run(MinutesApp(Path(sys.argv[1]), Language.SV), headless=True)
"""


def _run(code: str, *args: str, home: Path, logs: Path) -> subprocess.CompletedProcess[str]:
    script = home / "script.py"
    script.write_bytes(code.encode("utf-8"))
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "PYTHONIOENCODING": "utf-8",
        "MINUTES_CONFIG": str(home / "config"),
        "MINUTES_ARCHIVE": str(home / "archive"),
        "MINUTES_LOG_DIR": str(logs),
    }
    return subprocess.run(
        [sys.executable, str(script), *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def _one_log(logs: Path) -> Path:
    files = list(logs.glob("crash-*.log"))
    assert len(files) == 1, files
    return files[0]


def test_a_command_that_crashes_says_one_german_sentence_and_logs_the_traceback(
    tmp_path: Path,
) -> None:
    logs = tmp_path / "logs"
    done = _run(COMMAND, "--lang", "de", "boom", home=tmp_path, logs=logs)
    assert done.returncode == 70
    assert "Traceback" not in done.stderr + done.stdout
    log = _one_log(logs)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == [lines[0]] and "unerwarteten Fehler" in lines[0] and str(log) in lines[0]
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: kaputt im Befehl" in text


def test_the_app_that_crashes_closes_with_a_swedish_sentence_and_exit_70(
    tmp_path: Path,
) -> None:
    logs = tmp_path / "logs"
    (tmp_path / "archive").mkdir()
    done = _run(APP, str(tmp_path / "archive"), home=tmp_path, logs=logs)
    assert done.returncode == 70, done.stderr[-2000:]
    assert "Traceback" not in done.stderr + done.stdout
    log = _one_log(logs)
    assert "oväntat fel" in done.stderr and str(log) in done.stderr
    assert "RuntimeError: kaputt in der App" in log.read_text(encoding="utf-8")


def test_without_a_writable_log_folder_the_sentence_still_comes(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"a file where the log folder should be")
    done = _run(COMMAND, "--lang", "en", "boom", home=tmp_path, logs=blocker / "logs")
    assert done.returncode == 70
    assert "Traceback" not in done.stderr
    assert "unexpected error" in done.stderr  # logged in the next folder that takes it
