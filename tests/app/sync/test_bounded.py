"""Every git call is bounded: a remote that accepts the connection and never answers.

A TCP server on 127.0.0.1 that accepts and then says nothing (a firewall that swallows
packets, a hung server) for git:// and http://. With a short ``git_timeout`` from the
config every command ends with the timeout sentence; nothing half-made stays behind;
setup never claims the archive is shared; quitting the app stops a hanging sync.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from model.store.archive import Archive
from sync.engine import SyncResult, read_state, sync
from sync.errors import SyncError
from sync.setup import clone
from tests.app.sync.apps import chair_app
from tests.app.sync.failures import assert_clean, head, minutes_cli, sentence
from tests.core.sync.conftest import CHAIR, Pair, git
from tests.core.sync.helpers import edit, read
from tui.config import Config

TIMEOUT = 2


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts every connection and never sends a byte."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            with contextlib.suppress(OSError):
                connection, _ = server.accept()
                held.append(connection)  # kept open, never answered

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    stop.set()
    thread.join(5)
    for connection in held:
        connection.close()
    server.close()


def urls(port: int) -> list[str]:
    return [f"git://127.0.0.1:{port}/shared.git", f"http://127.0.0.1:{port}/shared.git"]


@pytest.mark.parametrize("scheme", [0, 1], ids=["git", "http"])
def test_clone_times_out_and_leaves_nothing_behind(
    silent_port: int, tmp_path: Path, pair: Pair, scheme: int
) -> None:
    target = tmp_path / "new"
    with pytest.raises(SyncError) as info:
        clone(urls(silent_port)[scheme], target, timeout=TIMEOUT)
    assert info.value.code == "timeout"
    assert f"no answer in {TIMEOUT} s" in info.value.detail
    assert not target.exists()
    # the same folder can simply be used again
    assert read(Archive(clone(str(pair.remote), target)).meeting_path(pair.meeting_id))


def test_clone_into_an_existing_empty_folder_empties_it_again(
    silent_port: int, tmp_path: Path
) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    with pytest.raises(SyncError):
        clone(urls(silent_port)[0], target, timeout=TIMEOUT)
    assert target.is_dir() and not any(target.iterdir())


def cli_with_timeout(tmp_path: Path, *args: str) -> tuple[int, str]:
    """The installed ``minutes`` command with a config whose git_timeout is TIMEOUT:
    its exit code and everything it printed."""
    settings = f"git_timeout = {TIMEOUT}\n"
    run = minutes_cli(tmp_path, *args, who=CHAIR, settings=settings, timeout=120)
    return run.returncode, run.stdout + run.stderr


def test_cli_clone_says_it_timed_out(silent_port: int, tmp_path: Path) -> None:
    target = tmp_path / "new"
    code, out = cli_with_timeout(tmp_path, "sync", "clone", urls(silent_port)[1], str(target))
    assert code == 2, out
    assert sentence("sync.error.timeout", detail=f"git clone: no answer in {TIMEOUT} s") in out
    assert "Traceback" not in out
    assert not target.exists()


def test_setup_against_a_silent_remote_is_refused_and_changes_nothing(
    silent_port: int, tmp_path: Path
) -> None:
    archive = tmp_path / "archive"
    Archive(archive).ensure()
    code, out = cli_with_timeout(
        tmp_path, "--archive", str(archive), "sync", "setup", urls(silent_port)[0]
    )
    assert code == 2, out
    assert sentence("sync.error.timeout", detail=f"git ls-remote: no answer in {TIMEOUT} s") in out
    assert "is now shared" not in out
    assert not (archive / ".git").exists()


def test_setup_with_a_remote_out_of_reach_does_not_say_shared(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    Archive(archive).ensure()
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens: connection refused
    url = f"git://127.0.0.1:{port}/shared.git"
    code, out = cli_with_timeout(tmp_path, "--archive", str(archive), "sync", "setup", url)
    assert code == 0, out
    assert "is now shared" not in out
    assert sentence("sync.setup_unreached", remote=url) in out


def test_fetch_from_a_silent_remote_times_out_and_keeps_the_commit(
    pair: Pair, silent_port: int
) -> None:
    git(pair.chair, "remote", "set-url", "origin", urls(silent_port)[0])
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "place", "Lokalt"))
    before = head(pair.chair)
    result = sync_chair(pair)
    assert result.offline is not None and result.offline.code == "timeout"
    assert head(pair.chair) != before  # committed locally
    assert_clean(pair.chair)
    assert read_state(pair.chair)["last_error"] == "timeout"


def test_push_to_a_silent_remote_times_out_and_the_next_sync_pushes(
    pair: Pair, silent_port: int
) -> None:
    git(pair.chair, "config", "remote.origin.pushurl", urls(silent_port)[1])
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "place", "Lokalt"))
    result = sync_chair(pair)
    assert result.offline is not None and result.offline.code == "timeout"
    assert "git push" in result.offline.detail
    assert_clean(pair.chair)
    git(pair.chair, "config", "--unset", "remote.origin.pushurl")
    assert sync_chair(pair).pushed
    assert pair.sync(pair.secretary).merged
    assert read(pair.path(pair.secretary)).header.place == "Lokalt"


def sync_chair(pair: Pair) -> SyncResult:
    return sync(pair.chair, CHAIR, network_timeout=TIMEOUT)


@pytest.mark.asyncio
async def test_quitting_during_a_hanging_sync_stops_it(pair: Pair, silent_port: int) -> None:
    """The sync hangs on a silent remote with a long timeout; quitting kills its git
    command (the sync ends "cancelled", not after the timeout) and the repository is
    consistent."""
    git(pair.chair, "remote", "set-url", "origin", urls(silent_port)[0])
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "place", "Innan"))
    app = chair_app(pair)
    app.config = Config(name=CHAIR.name, email=CHAIR.email, sync_interval=0, git_timeout=600)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f12")
        for _ in range(200):  # until the fetch hangs on the silent server
            await pilot.pause(0.05)
            if app.syncing._cancel is not None and app.syncing._cancel._running:
                break
        assert app.syncing.running
        await app.action_quit()
        await pilot.pause()
    assert read_state(pair.chair)["last_error"] == "cancelled"
    assert_clean(pair.chair)
    assert read(pair.path(pair.chair)).header.place == "Innan"
