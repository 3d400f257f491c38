"""Echo of a burst: 2,000 characters sent to the terminal at once (tmux ``send-keys``, one
write), then the time until the last of them is on the screen and, for minutes, in the
meeting file. Whole processes in a real terminal (tmux), against a bare Textual app
with a focused ``TextArea`` (bench/echo_bare.py) measured in the same run.

What minutes does per key that the bare app does not: the key waits its turn in the
input queue (tui/input_path.py: one list append, one hand-over); a letter into the
notes then follows the one before without waiting, anything else waits until the app
has settled (a look at every message pump); the editor's ``Changed`` reaches the meeting
screen, which puts the text into the meeting (``Session.set_notes``: one comparison and
copy of the item's notes) and repaints the header only on the first change. Painting is
held back while keys wait (every 0.1 s), and the notes are saved 0.4 s after the last
key (the debounce), so "on disk" includes that pause by design.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from bench.harness import Report
from model.demo import demo_agenda
from model.store.archive import Archive

REPO = Path(__file__).resolve().parents[1]
BIN = REPO / ".venv" / ("Scripts" if sys.platform == "win32" else "bin")
MARK = "SLUTORD2000"
TEXT = (
    ("Ledningsgruppen diskuterar förslaget och är överens om åtgärderna. " * 40)[
        : 2000 - len(MARK) - 1
    ]
    + " "
    + MARK
)
RUNS = int(__import__("os").environ.get("BENCH_ECHO_RUNS", "5"))


def _tmux(*args: str) -> str:
    return subprocess.run(
        ["tmux", *args], check=True, capture_output=True, text=True, timeout=30
    ).stdout


def _screen(session: str) -> str:
    return _tmux("capture-pane", "-p", "-J", "-t", session)


def _wait(predicate: Callable[[], bool], seconds: float = 60) -> float:
    """Poll ``predicate`` every 2 ms; the time it first held."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        if predicate():
            return time.perf_counter()
        time.sleep(0.002)
    raise TimeoutError("the echo never came")


def _one(command: str, ready: str, file: Path | None, env: dict[str, str]) -> tuple[float, float]:
    """(ms until the mark is on screen, ms until it is in ``file``) after the burst."""
    session = f"bench-echo-{uuid.uuid4().hex[:8]}"
    exports = " ".join(f"{key}={value}" for key, value in env.items())
    _tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", "-c", str(REPO),
          f"env {exports} {command}")  # fmt: skip
    try:
        _wait(lambda: ready in _screen(session))
        time.sleep(0.5)  # let the first paint and timers settle
        _tmux("send-keys", "-t", session, "-l", TEXT)
        sent = time.perf_counter()
        shown: float | None = None
        on_disk: float | None = None if file is not None else sent
        deadline = sent + 60
        while (shown is None or on_disk is None) and time.perf_counter() < deadline:
            now = time.perf_counter()  # both looked at in each round, each timed alone
            if shown is None and MARK in _screen(session):
                shown = now
            if on_disk is None and file is not None and MARK in file.read_text("utf-8"):
                on_disk = now
            time.sleep(0.002)
        if shown is None or on_disk is None:
            raise TimeoutError("the echo never came")
        return (shown - sent) * 1000, (on_disk - sent) * 1000
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def run(report: Report) -> None:
    if shutil.which("tmux") is None or not (BIN / "minutes").exists():
        print("bench_echo: needs tmux and .venv/bin/minutes; skipped")
        return
    root = Path(tempfile.mkdtemp(prefix="bench-echo-"))
    try:
        env = {"MINUTES_CONFIG": str(root / "config"), "TERM": "xterm-256color"}
        ours_screen: list[float] = []
        ours_disk: list[float] = []
        bare_screen: list[float] = []
        for run_number in range(RUNS):  # alternating, so both see the same machine load
            archive = Archive(root / f"archive-{run_number}")
            path = archive.create(demo_agenda())
            command = f"{BIN / 'minutes'} --archive {archive.root} --lang en open {path.stem}"
            shown, on_disk = _one(command, "has not started", path, env)
            ours_screen.append(shown)
            ours_disk.append(on_disk)
            shown, _ = _one(f"{BIN / 'python'} -m bench.echo_bare", "Agenda item 1", None, env)
            bare_screen.append(shown)
        report.against(
            "echo: 2,000-character burst to screen, after the last key",
            ours_screen,
            "bare Textual app, focused TextArea",
            bare_screen,
            at_most=1.5,
        )
        report.add(
            "echo: the same burst in the meeting file (incl. 0.4 s debounce)",
            ours_disk,
            target="< 1 s after the screen",
            met=lambda r: r.median_ms < sorted(ours_screen)[len(ours_screen) // 2] + 1000,
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)
