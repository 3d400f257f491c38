"""The installed ``minutes`` command in a real terminal (tmux): keys in, screen and file out."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from model.enums import AttendanceStatus, ItemStatus
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import demo_archive

REPO = Path(__file__).resolve().parents[3]
MINUTES = REPO / ".venv" / ("Scripts" if sys.platform == "win32" else "bin") / "minutes"

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None or not MINUTES.exists(), reason="needs tmux and .venv/bin/minutes"
)


def _tmux(*args: str) -> str:
    return subprocess.run(
        ["tmux", *args], check=True, capture_output=True, text=True, timeout=20
    ).stdout


def _wait_for(session: str, text: str, seconds: float = 15) -> str:
    deadline = time.monotonic() + seconds
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux("capture-pane", "-p", "-t", session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not on screen:\n{screen}")


def test_minutes_open_in_tmux(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    meeting_id = path.stem
    session = f"minutes-e2e-{uuid.uuid4().hex[:8]}"
    command = f"{MINUTES} --archive {tmp_path} --lang en open {meeting_id}"
    _tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command)
    try:
        _wait_for(session, "has not started")
        _tmux("send-keys", "-t", session, "C-n")
        _wait_for(session, "Välkommen")
        _tmux("send-keys", "-t", session, "F2")
        _wait_for(session, "10 ?")
        _tmux("send-keys", "-t", session, "p", "p", "r")
        _wait_for(session, "2 present · 1 remote")
        # typed in one burst with the key that moves the focus, as a fast typist does:
        # no letter may reach the attendance list (its letter keys) or the wrong field
        _tmux("send-keys", "-t", session, "F2", "Hej och välkommen")
        screen = _wait_for(session, "Hej och välkommen")
        assert "Saved" in _wait_for(session, "● Saved")
        _tmux("send-keys", "-t", session, "C-d", "Beslut om budget", "Tab", "7-2-0", "Enter")
        _wait_for(session, "Beslut om budget")
        _tmux("send-keys", "-t", session, "F1")
        screen = _wait_for(session, "Keys")
        assert "Next item" in screen
        _tmux("send-keys", "-t", session, "Escape")
        _tmux("send-keys", "-t", session, "C-q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if subprocess.run(
                ["tmux", "has-session", "-t", session], capture_output=True
            ).returncode:
                break
            time.sleep(0.2)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    with MeetingStore(Archive(tmp_path).resolve(meeting_id), read_only=True) as store:
        meeting = store.meeting
    assert meeting.agenda[0].notes == "Hej och välkommen"
    (decision,) = meeting.decisions
    assert decision.text == "Beslut om budget"
    assert (decision.votes_for, decision.votes_against, decision.votes_abstain) == (7, 2, 0)
    statuses = [p.status for p in meeting.people[:3]]
    assert statuses == [AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.REMOTE]
    assert meeting.header.actual_start is not None


def _wait_gone(session: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if subprocess.run(["tmux", "has-session", "-t", session], capture_output=True).returncode:
            return
        time.sleep(0.2)
    raise AssertionError(f"minutes did not quit:\n{_tmux('capture-pane', '-p', '-t', session)}")


def test_the_seed_meeting_typed_in_bursts(tmp_path: Path) -> None:
    """Roll call, two late arrivals, three decisions and a tabling, each typed as one
    burst with no pause between keys or between the bursts."""
    path = demo_archive(tmp_path, with_finished=False)
    meeting_id = path.stem
    session = f"minutes-burst-{uuid.uuid4().hex[:8]}"
    command = f"{MINUTES} --archive {tmp_path} --lang en open {meeting_id}"
    _tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
    bursts = [
        ["C-n", "F2", *"pprprppaaa", "F2", "Magnus hälsar välkommen."],  # item 1: roll call
        ["C-n", "F2", "/", "fr", "Enter", "l", "F2"],  # item 2: Frida Nilsson arrives
        ["C-n", "C-n", "F2", "/", "st", "Enter", "l", "F2"],  # item 4: Stefan Hollmark
        ["C-n", "C-d", "Första beslutet.", "Enter", "C-d", "Andra beslutet.", "Enter"],
        ["C-d", "Tredje beslutet.", "Tab", "7-2-0", "Enter", "Enter", "Klart."],
        ["C-n", "C-t", "Enter"],  # item 6 tabled for lack of time; on to item 7
        ["C-q"],
    ]
    try:
        _wait_for(session, "has not started")
        for keys in bursts:
            _tmux("send-keys", "-t", session, *keys)
        _wait_gone(session)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    with MeetingStore(Archive(tmp_path).resolve(meeting_id), read_only=True) as store:
        meeting = store.meeting
    from model.attendance import remark

    people = {p.name: p for p in meeting.people}
    assert [p.status for p in meeting.people] == [
        AttendanceStatus.PRESENT,
        AttendanceStatus.PRESENT,
        AttendanceStatus.REMOTE,
        AttendanceStatus.PRESENT,
        AttendanceStatus.REMOTE,
        AttendanceStatus.PRESENT,
        AttendanceStatus.PRESENT,
        AttendanceStatus.ABSENT,
        AttendanceStatus.ABSENT,
        AttendanceStatus.ABSENT,
    ]
    assert remark(meeting, people["Frida Nilsson"]) == "via Teams, fr o m punkt 2"
    assert remark(meeting, people["Stefan Hollmark"]) == "via Teams, fr o m punkt 4"
    agenda = {item.number: item for item in meeting.agenda}
    assert agenda["1"].notes == "Magnus hälsar välkommen."
    decisions = meeting.item_decisions(agenda["5"].id)
    texts = [d.text for d in decisions]
    assert texts == ["Första beslutet.", "Andra beslutet.", "Tredje beslutet."]
    assert (decisions[2].votes_for, decisions[2].votes_against) == (7, 2)
    assert agenda["5"].notes == "\nKlart."
    assert agenda["6"].status is ItemStatus.TABLED and agenda["6"].status_reason == "tidsbrist"
    assert meeting.current is agenda["7"]
