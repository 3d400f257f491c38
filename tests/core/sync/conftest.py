"""Real git for the sync tests: a bare remote, secretary and chair clones, git daemon.

Every test runs with HOME in a temp folder and no system git config, so git has no
identity of its own: the sync must supply one (a machine where git was never set up).
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from model.demo import demo_meeting
from model.store.archive import Archive
from sync.engine import SyncResult, sync
from sync.gitenv import Identity
from sync.setup import clone, setup

SECRETARY = Identity("Sara Sekreterare", "sara@example.se")
CHAIR = Identity("Olle Ordförande", "olle@example.se")


@pytest.fixture(autouse=True)
def no_git_identity(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for name in (
        "GIT_AUTHOR_NAME",
        "GIT_AUTHOR_EMAIL",
        "GIT_COMMITTER_NAME",
        "GIT_COMMITTER_EMAIL",
        "EMAIL",
    ):
        monkeypatch.delenv(name, raising=False)


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout


@dataclass
class Pair:
    """Two people sharing one meeting through a bare remote."""

    remote: Path
    secretary: Path
    chair: Path
    meeting_id: str

    def path(self, who: Path) -> Path:
        return Archive(who).meeting_path(self.meeting_id)

    def sync(self, who: Path) -> SyncResult:
        return sync(who, SECRETARY if who == self.secretary else CHAIR)


def make_remote(tmp_path: Path) -> Path:
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    return remote


@pytest.fixture
def pair(tmp_path: Path) -> Pair:
    remote = make_remote(tmp_path)
    secretary = tmp_path / "secretary"
    archive = Archive(secretary)
    meeting = demo_meeting()
    archive.create(meeting)
    setup(secretary, str(remote))
    result = sync(secretary, SECRETARY)
    assert result.pushed and result.committed
    chair = clone(str(remote), tmp_path / "chair")
    return Pair(remote, secretary, chair, meeting.id)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Daemon:
    url: str
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(5)
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait(5)


@pytest.fixture
def daemon(tmp_path: Path) -> Iterator[Daemon]:
    if shutil.which("git") is None:
        pytest.skip("git missing")
    base = tmp_path / "served"
    base.mkdir()
    subprocess.run(["git", "init", "-q", "--bare", str(base / "shared.git")], check=True)
    port = free_port()
    process = subprocess.Popen(
        [
            "git",
            "daemon",
            "--reuseaddr",
            f"--base-path={base}",
            "--export-all",
            "--enable=receive-pack",
            "--listen=127.0.0.1",
            f"--port={port}",
            str(base),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            break
        time.sleep(0.05)
    handle = Daemon(f"git://127.0.0.1:{port}/shared.git", process)
    yield handle
    handle.stop()
