"""Failures reaching the remote, with real git: a login refused, a wrong address, git
missing, the app's sync key when they happen, and how git's messages are told apart.

Each failure must give a clear sentence (app and command line), never hang, never leave
the repository half-merged, lose nothing, and a later sync must succeed.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from model.demo import demo_meeting
from model.store.archive import Archive
from sync.engine import read_state
from sync.errors import SyncError
from sync.gitenv import classify, git_headline, git_message
from sync.gitenv import git_module as git_module_of
from sync.setup import setup
from sync.status import status
from tests.app.sync.apps import chair_app
from tests.app.sync.failures import assert_clean, head, minutes_cli, sentence
from tests.core.sync.conftest import CHAIR, Pair, git
from tests.core.sync.helpers import edit, read
from tests.notices import run_test, shown
from tui.app import MinutesApp

# -- login refused ---------------------------------------------------------------------


class _RefuseLogin(http.server.BaseHTTPRequestHandler):
    """Answers every request as a git host that wants a login the user does not have."""

    def _refuse(self) -> None:
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="minutes test"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = _refuse

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def login_refused() -> Iterator[str]:
    """A URL whose server answers 401 to everything (git would ask for a password)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _RefuseLogin)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/shared.git"
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_login_refused_is_auth_and_keeps_the_local_commit(pair: Pair, login_refused: str) -> None:
    git(pair.chair, "remote", "set-url", "origin", login_refused)
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "place", "Lokalt"))
    before = head(pair.chair)
    with pytest.raises(SyncError) as info:
        pair.sync(pair.chair)  # GIT_TERMINAL_PROMPT=0: no prompt, so no hang
    assert info.value.code == "auth"
    assert "could not read Username" in info.value.detail  # git 2.39's words
    assert head(pair.chair) != before  # committed locally
    assert git(pair.chair, "log", "-1", "--format=%an").strip() == CHAIR.name
    assert_clean(pair.chair)
    assert read(pair.path(pair.chair)).header.place == "Lokalt"
    assert read_state(pair.chair)["last_error"] == "auth"  # what 'sync status' shows
    git(pair.chair, "remote", "set-url", "origin", str(pair.remote))
    assert pair.sync(pair.chair).pushed  # retried once the login works
    assert pair.sync(pair.secretary).merged
    assert read(pair.path(pair.secretary)).header.place == "Lokalt"


def test_cli_sync_with_login_refused_says_so_and_exits_2(
    pair: Pair, login_refused: str, tmp_path: Path
) -> None:
    git(pair.secretary, "remote", "set-url", "origin", login_refused)
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Lokalt"))
    run = minutes_cli(tmp_path, "--archive", str(pair.secretary), "sync")
    assert run.returncode == 2, run.stderr
    assert sentence("sync.error.auth") in run.stderr
    assert "could not read Username" in run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    assert_clean(pair.secretary)
    status = minutes_cli(tmp_path, "--archive", str(pair.secretary), "sync", "status")
    assert status.returncode == 0
    failed = sentence("sync.status.last_error", error=sentence("sync.error.auth"))
    assert failed in status.stdout


@pytest.mark.parametrize(
    ("stderr", "code"),
    [
        (" ! [rejected]        HEAD -> main (fetch first)", "rejected"),
        (" ! [rejected]        HEAD -> main (non-fast-forward)", "rejected"),
        (" ! [remote rejected] HEAD -> main (failed to update ref)", "rejected"),
        (
            "remote: GH006: Protected branch\n ! [remote rejected] main -> main (protected "
            "branch hook declined)",
            "push_refused",
        ),
        ("fatal: sha1 file '.git/index.lock' write error. Out of diskspace", "disk_full"),
        ("error: unable to create temporary file: No space left on device", "disk_full"),
        ("fatal: unable to access 'https://h/x/': The requested URL returned error: 403", "auth"),
    ],
)
def test_git_messages_are_told_apart(stderr: str, code: str) -> None:
    error = git_module_of().GitCommandError(["git", "push"], 1, stderr.encode())
    assert classify(error).code == code


# -- wrong address ---------------------------------------------------------------------


def test_setup_with_a_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    Archive(archive).create(demo_meeting())
    with pytest.raises(SyncError) as info:
        setup(archive, str(tmp_path / "no-such-folder.git"))
    assert info.value.code == "not_found"
    assert "does not appear to be a git repository" in info.value.detail
    assert not (archive / ".git").exists()  # nothing was changed
    plain = tmp_path / "just-a-folder"
    plain.mkdir()
    with pytest.raises(SyncError) as info:
        setup(archive, str(plain))
    assert info.value.code == "not_found"
    assert not (archive / ".git").exists()


def test_setup_with_a_remote_out_of_reach_is_accepted(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    Archive(archive).create(demo_meeting())
    setup(archive, "git://127.0.0.1:9/later.git")  # offline now: the first sync shares
    assert git(archive, "remote", "get-url", "origin").strip() == "git://127.0.0.1:9/later.git"


def test_sync_with_a_remote_that_moved_says_not_found(pair: Pair, tmp_path: Path) -> None:
    git(pair.chair, "remote", "set-url", "origin", str(tmp_path / "moved.git"))
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "place", "Kvar"))
    with pytest.raises(SyncError) as info:
        pair.sync(pair.chair)
    assert info.value.code == "not_found"
    assert_clean(pair.chair)
    assert read(pair.path(pair.chair)).header.place == "Kvar"


def test_cli_setup_and_clone_with_a_wrong_address(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    Archive(archive).create(demo_meeting())
    wrong = str(tmp_path / "typo.git")
    run = minutes_cli(tmp_path, "--archive", str(archive), "sync", "setup", wrong)
    assert run.returncode == 2
    assert sentence("sync.error.not_found") in run.stderr
    assert "typo.git' does not appear to be a git repository" in run.stderr
    run = minutes_cli(tmp_path, "--archive", str(tmp_path / "c"), "sync", "clone", wrong)
    assert run.returncode == 2 and sentence("sync.error.not_found") in run.stderr
    assert not (tmp_path / "c").exists()
    assert "Traceback" not in run.stderr


# -- git missing -----------------------------------------------------------------------


@pytest.fixture
def no_git_path(tmp_path: Path) -> str:
    """A PATH without git (the minutes script names its Python by absolute path)."""
    folder = tmp_path / "bin-without-git"
    folder.mkdir()
    return str(folder)


@pytest.mark.parametrize(
    "command",
    [
        ["sync"],
        ["sync", "status"],
        ["sync", "setup", "{remote}"],
        ["sync", "clone", "{remote}", "{tmp}/copy"],
        ["diff", "{meeting}"],
        ["approve", "{meeting}"],
    ],
    ids=["sync", "status", "setup", "clone", "diff", "approve"],
)
def test_cli_without_git_says_so(
    pair: Pair, tmp_path: Path, no_git_path: str, command: list[str]
) -> None:
    values = {"remote": str(pair.remote), "tmp": str(tmp_path), "meeting": pair.meeting_id}
    args = [part.format(**values) for part in command]
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Utan git"))
    run = minutes_cli(tmp_path, "--archive", str(pair.secretary), *args, path=no_git_path)
    assert run.returncode == 2, run.stdout + run.stderr
    assert sentence("sync.error.git_missing") in run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    assert read(pair.path(pair.secretary)).header.place == "Utan git"  # the work is saved


def test_engine_without_git_is_git_missing(
    pair: Pair, no_git_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", no_git_path)
    monkeypatch.delenv("GIT_PYTHON_GIT_EXECUTABLE", raising=False)
    with pytest.raises(SyncError) as info:
        pair.sync(pair.secretary)
    assert info.value.code == "git_missing"
    with pytest.raises(SyncError) as info:
        status(pair.secretary)
    assert info.value.code == "git_missing"


def test_git_vanishing_between_commands_is_git_missing() -> None:
    """GitPython imported with GIT_PYTHON_REFRESH=quiet raises GitCommandNotFound only
    when a command runs: that too is "git missing", not "git failed"."""
    git_module = git_module_of()
    with pytest.raises(git_module.GitCommandNotFound) as info:
        git_module.Git().execute(["minutes-test-no-such-git", "status"])
    assert classify(info.value).code == "git_missing"
    assert classify(FileNotFoundError(2, "No such file or directory", "git")).code == (
        "git_missing"
    )


# -- the app ---------------------------------------------------------------------------


async def sync_key(app: MinutesApp, pilot: Pilot[None]) -> list[str]:
    """F12 pressed and the sync finished: the error notifications shown so far."""
    await pilot.press("f12")
    await app.workers.wait_for_complete()
    await pilot.pause()
    return [n.message for n in shown(app) if n.severity == "error"]


@pytest.mark.asyncio
async def test_app_sync_key_with_login_refused_then_fixed(pair: Pair, login_refused: str) -> None:
    git(pair.chair, "remote", "set-url", "origin", login_refused)
    path = pair.path(pair.chair)
    app = chair_app(pair)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.meeting_screens()[-1]
        errors = await sync_key(app, pilot)
        assert errors == [sentence("sync.error.auth")]
        assert sentence("sync.state.failed") in app.sub_title
        assert not app.syncing.running  # a later F12 is not ignored
        # still editable, and what is typed now is saved
        screen.query_one("#agenda", OptionList).highlighted = 0
        await pilot.pause()
        screen.item_view.editor.focus()
        await pilot.press(*"Efter felet. ", "ctrl+s")
        await pilot.pause()
        assert read(path).agenda[0].notes.endswith("Efter felet. ")
        git(pair.chair, "remote", "set-url", "origin", str(pair.remote))
        assert await sync_key(app, pilot) == errors  # no new error
        assert "synced" in app.sub_title
    assert pair.sync(pair.secretary).merged
    assert read(pair.path(pair.secretary)).agenda[0].notes.endswith("Efter felet. ")


@pytest.mark.asyncio
async def test_app_sync_key_without_git_says_git_is_missing(
    pair: Pair, no_git_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = chair_app(pair)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        monkeypatch.setenv("PATH", no_git_path)
        monkeypatch.delenv("GIT_PYTHON_GIT_EXECUTABLE", raising=False)
        errors = await sync_key(app, pilot)
        assert errors == [sentence("sync.error.git_missing")]
        assert sentence("sync.state.failed") in app.sub_title


def test_the_telling_line_of_gits_output() -> None:
    refused = (
        "fatal: unable to connect to 127.0.0.1:\n127.0.0.1[0: 127.0.0.1]: errno=Connection refused"
    )
    assert git_headline(refused) == (
        "unable to connect to 127.0.0.1: 127.0.0.1[0: 127.0.0.1]: errno=Connection refused"
    )
    advice = (
        "fatal: '/x' does not appear to be a git repository\n"
        "fatal: Could not read from remote repository.\n\n"
        "Please make sure you have the correct access rights\nand the repository exists."
    )
    assert git_headline(advice) == "'/x' does not appear to be a git repository"
    wrapped = git_module_of().GitCommandError(["git", "fetch"], 128, b"fatal: x\x1b[2J\x07 y")
    assert git_message(wrapped) == "fatal: x [2J  y"  # no escape reaches the terminal
