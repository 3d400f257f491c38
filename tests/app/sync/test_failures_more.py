"""More failures with real git: login refused, history rewritten on the remote, disk
full, git missing, a push refused by the remote, a wrong address, and the app's sync key
when the remote refuses.

Each failure must give a clear sentence (app and command line), never hang, never leave
the repository half-merged, lose nothing, and a later sync must succeed.
"""

from __future__ import annotations

import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList

from model.demo import demo_meeting
from model.enums import Language
from model.store.archive import Archive
from model.store.load import load_tables
from sync.engine import MERGING_FILE, read_state
from sync.engine import sync as sync_engine
from sync.errors import SyncError
from sync.gitenv import classify, git_headline, git_message
from sync.gitenv import git_module as git_module_of
from sync.setup import clone, setup
from sync.status import status
from tests.core.sync.conftest import CHAIR, SECRETARY, Pair, git
from tests.core.sync.helpers import chair_app, edit, read
from tests.notices import run_test, shown
from tests.small_disk import fill, run_on_small_disk
from tui.i18n import t

IDENT = ("-c", "user.name=Olle", "-c", "user.email=olle@example.se")


def head(path: Path) -> str:
    return git(path, "rev-parse", "HEAD").strip()


def assert_clean(path: Path) -> None:
    """Nothing uncommitted, not mid-merge, every meeting file loads."""
    assert git(path, "status", "--porcelain") == ""
    assert not (path / ".git" / "MERGE_HEAD").exists()
    for name in (path / "meetings").glob("*.json"):
        load_tables(name, "meeting")
        assert b"<<<<<<<" not in name.read_bytes()


# -- history rewritten on the remote ---------------------------------------------------


def rewrite_remote(pair: Pair, change: str) -> str:
    """The chair drops the last shared commit, commits ``change`` as next_place and
    force-pushes. Returns the commit the force-push dropped."""
    dropped = head(pair.chair)
    git(pair.chair, "reset", "-q", "--hard", "HEAD~1")
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "next_place", change))
    git(pair.chair, "add", "-A")
    git(pair.chair, *IDENT, "commit", "-qm", "rewritten")
    git(pair.chair, "push", "-q", "--force", "origin", "HEAD:main")
    return dropped


def test_rewritten_remote_history_keeps_everything_both_sides_wrote(pair: Pair) -> None:
    # a commit both had: the secretary's place, shared and synced by the chair
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Delad plats"))
    assert pair.sync(pair.secretary).pushed
    assert pair.sync(pair.chair).merged
    dropped = rewrite_remote(pair, "Ordförandens nya")
    # the secretary's unshared edit, made on the old history
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[0], "notes", "Sekreterarens"))
    result = pair.sync(pair.secretary)
    assert result.pushed and result.merged and result.committed
    meeting = read(pair.path(pair.secretary))
    # nothing lost: her edit, the chair's new commit, and the dropped shared commit,
    # which her merge brings back (a force-push is not a way to delete minutes)
    assert meeting.agenda[0].notes == "Sekreterarens"
    assert meeting.header.next_place == "Ordförandens nya"
    assert meeting.header.place == "Delad plats"
    assert meeting.open_conflicts() == []
    assert_clean(pair.secretary)
    assert git(pair.secretary, "merge-base", "--is-ancestor", dropped, "HEAD") == ""
    # the remote has it all: the chair gets it back with a plain sync
    assert pair.sync(pair.chair).merged
    chair = read(pair.path(pair.chair))
    assert (chair.header.place, chair.header.next_place, chair.agenda[0].notes) == (
        "Delad plats",
        "Ordförandens nya",
        "Sekreterarens",
    )
    assert_clean(pair.chair)


def test_rewritten_remote_history_without_local_changes(pair: Pair) -> None:
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Delad plats"))
    assert pair.sync(pair.secretary).pushed
    assert pair.sync(pair.chair).merged
    rewrite_remote(pair, "Ordförandens nya")
    before = head(pair.secretary)
    result = pair.sync(pair.secretary)
    assert result.pushed and result.merged and not result.committed
    meeting = read(pair.path(pair.secretary))
    assert meeting.header.next_place == "Ordförandens nya"  # the remote's content
    assert meeting.header.place == "Delad plats"  # plus nothing lost
    assert_clean(pair.secretary)
    assert head(pair.secretary) != before
    assert git(pair.remote, "rev-parse", "main").strip() == head(pair.secretary)


def test_remote_replaced_by_an_unrelated_history(pair: Pair) -> None:
    """The chair starts the history again from her files (a new root commit pushed with
    --force). Without a common base git cannot tell who changed what: every field the
    two sides hold differently keeps ours and a conflict record keeps theirs. Nothing
    is lost, no record is duplicated, and the user is told there are conflicts."""
    edit(pair.path(pair.secretary), lambda m: setattr(m.agenda[1], "notes", "Sekreterarens"))
    git(pair.chair, "checkout", "-q", "--orphan", "fresh")
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "next_place", "Ny historia"))
    git(pair.chair, "add", "-A")
    git(pair.chair, *IDENT, "commit", "-qm", "start again")
    git(pair.chair, "push", "-q", "--force", "origin", "fresh:main")
    result = pair.sync(pair.secretary)
    assert result.pushed and result.merged
    assert result.conflicts == 2
    meeting = read(pair.path(pair.secretary))
    assert meeting.agenda[1].notes == "Sekreterarens"
    kept = {(c.field, c.theirs) for c in meeting.open_conflicts()}
    assert ("next_place", "Ny historia") in kept
    relative = pair.path(pair.chair).relative_to(pair.chair).as_posix()
    theirs = json.loads(git(pair.chair, "show", f"fresh:{relative}"))
    data = json.loads(pair.path(pair.secretary).read_bytes())
    for table in ("items", "attendance", "decisions", "actions"):
        assert set(data.get(table, {})) == set(theirs.get(table, {})), table
    assert_clean(pair.secretary)


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


def minutes_cli(
    tmp_path: Path, *args: str, path: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The installed ``minutes`` command in a subprocess, as a user runs it (English,
    a config with name and e-mail, HOME in a temp folder)."""
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "config.toml").write_text(
        f'name = "{SECRETARY.name}"\nemail = "{SECRETARY.email}"\nlanguage = "en"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "MINUTES_CONFIG": str(config), "PYTHONIOENCODING": "utf-8"}
    env.pop("GIT_PYTHON_GIT_EXECUTABLE", None)
    if path is not None:
        env["PATH"] = path
    command = shutil.which("minutes", path=str(Path(sys.executable).parent))
    assert command is not None, "minutes is not installed in this environment"
    return subprocess.run(
        [command, "--lang", "en", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def sentence(key: str, **values: str) -> str:
    return t(Language.EN, key, **values)


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


# -- the remote refuses the push -------------------------------------------------------


def protect(remote: Path) -> Path:
    """A pre-receive hook that refuses every push, as a protected branch does. Each
    refusal is counted in a file beside the repository."""
    counter = remote.parent / "refusals"
    hook = remote / "hooks" / "pre-receive"
    hook.write_text(
        "#!/bin/sh\n"
        f"echo x >> '{counter.as_posix()}'\n"
        "echo 'protected branch: main takes no pushes today' >&2\n"
        "exit 1\n",
        encoding="utf-8",
    )
    hook.chmod(0o755)
    return counter


def test_push_refused_by_the_remote_is_not_taken_for_a_race(pair: Pair) -> None:
    counter = protect(pair.remote)
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Sekreterarens"))
    with pytest.raises(SyncError) as info:
        pair.sync(pair.secretary)
    assert info.value.code == "push_refused"
    assert "protected branch: main takes no pushes today" in info.value.detail
    assert "pre-receive hook declined" in info.value.detail
    assert counter.read_text(encoding="utf-8").count("x") == 1  # refused once, not retried
    message = sentence("sync.error.push_refused", detail=info.value.detail)
    assert "refused" in message and "protected branch" in message and "nothing was lost" in message
    assert_clean(pair.secretary)
    assert git(pair.secretary, "log", "-1", "--format=%an").strip() == SECRETARY.name
    (pair.remote / "hooks" / "pre-receive").unlink()
    assert pair.sync(pair.secretary).pushed
    assert pair.sync(pair.chair).merged
    assert read(pair.path(pair.chair)).header.place == "Sekreterarens"


def test_cli_prints_the_remotes_refusal(pair: Pair, tmp_path: Path) -> None:
    protect(pair.remote)
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "place", "Sekreterarens"))
    run = minutes_cli(tmp_path, "--archive", str(pair.secretary), "sync")
    assert run.returncode == 2
    assert "The remote refused to take your changes: protected branch" in run.stderr
    assert "Someone else synced" not in run.stderr and "Traceback" not in run.stderr


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


# -- disk full -------------------------------------------------------------------------


def disk_full_scenario(base: str, mount: str, stage: str) -> None:
    """Run inside the namespace (the tmpfs at ``mount`` exists only there): the
    secretary's clone lives on the small disk, the remote and the chair beside it.
    Prints what happened as JSON for the test to check."""
    remote = Path(base) / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    chair = Path(base) / "chair"
    meeting = demo_meeting()
    Archive(chair).create(meeting)
    setup(chair, str(remote))
    assert sync_engine(chair, CHAIR).pushed
    secretary = clone(str(remote), Path(mount) / "secretary")
    path = Archive(secretary).meeting_path(meeting.id)
    # the chair adds a long text: merging it needs room for several copies of the file
    big = "\n".join(f"Rad {n}: " + os.urandom(48).hex() for n in range(2500))
    edit(Archive(chair).meeting_path(meeting.id), lambda m: setattr(m.agenda[2], "notes", big))
    assert sync_engine(chair, CHAIR).pushed
    edit(path, lambda m: setattr(m.header, "place", "Sekreterarens"))
    name = path.relative_to(secretary).as_posix()
    if stage == "commit":  # not even the local commit fits
        leave = 0
    else:  # committed and fetched already: the merge itself runs out of room
        ident = ("-c", "user.name=Sara", "-c", "user.email=sara@example.se")
        git(secretary, "add", "-A")
        git(secretary, *ident, "commit", "-qm", "local")
        git(secretary, "fetch", "-q", "origin")
        size = int(git(secretary, "cat-file", "-s", f"origin/main:{name}"))
        leave = size * 3 // 2  # git's copy of their file fits, the merged one does not
    before = path.read_bytes()
    head_before = head(secretary)
    filler = fill(Path(mount), leave)
    report: dict[str, Any] = {"head_before": head_before}
    try:
        sync_engine(secretary, SECRETARY)
        report["code"] = ""
    except SyncError as exc:
        report["code"], report["detail"] = exc.code, exc.detail
    report["head_after"] = head(secretary)
    report["merge_head"] = (secretary / ".git" / "MERGE_HEAD").exists()
    report["file_unchanged"] = path.read_bytes() == before
    filler.unlink()  # space freed: the next sync must do it all
    report["status"] = git(secretary, "status", "--porcelain")
    result = sync_engine(secretary, SECRETARY)
    report["retry"] = {"pushed": result.pushed, "merged": result.merged}
    merged = read(path)
    report["kept"] = merged.header.place == "Sekreterarens" and merged.agenda[2].notes == big
    report["remote_has_it"] = git(remote, "rev-parse", "main").strip() == head(secretary)
    print(json.dumps(report))


@pytest.mark.parametrize("stage", ["commit", "merge"])
def test_disk_full_fails_cleanly_and_the_next_sync_does_it_all(tmp_path: Path, stage: str) -> None:
    mount = tmp_path / "small-disk"
    mount.mkdir()
    code = (
        "from tests.app.sync.test_failures_more import disk_full_scenario as run;run(*sys.argv[1:])"
    )
    run = run_on_small_disk(mount, code, str(tmp_path), str(mount), stage)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["code"] == "disk_full", report
    assert sentence("sync.error.disk_full").startswith("The disk is full")
    assert not report["merge_head"]  # never left half-merged
    assert report["file_unchanged"]
    # the commit did not fit: HEAD as before; the merge did not: HEAD is the local commit
    assert report["head_after"] == report["head_before"]
    if stage == "commit":  # the edit waits, uncommitted, for the next sync
        assert report["status"].startswith(" M meetings/"), report
    else:  # the merge is where the room ran out (in git's objects): nothing else moved
        assert report["status"] == "", report
    assert report["retry"] == {"pushed": True, "merged": True}
    assert report["kept"] and report["remote_has_it"]


def test_a_merge_that_could_not_be_undone_is_repaired_by_the_next_sync(
    pair: Pair, tmp_path: Path
) -> None:
    """A merge failed and even putting the work tree back failed (a full disk): the
    mark stays and git may have left files half-written. The next sync keeps every
    whole file, restores or drops the half-written ones, and then syncs as usual."""
    second = demo_meeting()
    Archive(pair.secretary).create(second)
    assert pair.sync(pair.secretary).pushed
    assert pair.sync(pair.chair).merged
    third = demo_meeting()
    Archive(pair.chair).create(third)  # a new meeting on the chair's side
    edit(pair.path(pair.chair), lambda m: setattr(m.header, "place", "Ordförandens"))
    assert pair.sync(pair.chair).pushed
    edit(pair.path(pair.secretary), lambda m: setattr(m.header, "next_place", "Hennes"))
    git(pair.secretary, "add", "-A")
    git(pair.secretary, *IDENT, "commit", "-qm", "local")
    git(pair.secretary, "fetch", "-q", "origin")
    ours, theirs = head(pair.secretary), git(pair.secretary, "rev-parse", "origin/main").strip()
    # what the failed merge left: the mark, a half-written meeting, a half-written new
    # file of theirs; and an edit the user saved afterwards (a whole file)
    (pair.secretary / ".git" / MERGING_FILE).write_text(f"{ours} {theirs}\n", encoding="utf-8")
    half = pair.path(pair.secretary).read_bytes()
    pair.path(pair.secretary).write_bytes(half[: len(half) // 2])
    new_file = Archive(pair.secretary).meeting_path(third.id)
    new_file.write_bytes(Archive(pair.chair).meeting_path(third.id).read_bytes()[:100])
    edit(
        Archive(pair.secretary).meeting_path(second.id), lambda m: setattr(m.header, "place", "Sen")
    )
    result = pair.sync(pair.secretary)
    assert result.pushed and result.merged
    assert not (pair.secretary / ".git" / MERGING_FILE).exists()
    assert_clean(pair.secretary)
    first = read(pair.path(pair.secretary))
    assert (first.header.place, first.header.next_place) == ("Ordförandens", "Hennes")
    assert read(Archive(pair.secretary).meeting_path(second.id)).header.place == "Sen"
    assert read(new_file).id == third.id


def test_damaged_file_in_a_meeting_only_the_other_side_changed(pair: Pair) -> None:
    """Stray bytes after the data (a crashed writer): the store could read the valid
    part, but a sync must not take a damaged file in (and push it on) as if whole."""
    path = pair.path(pair.chair)
    path.write_bytes(path.read_bytes() + b'"place": "stray"}\n')
    git(pair.chair, "add", "-A")
    git(pair.chair, *IDENT, "commit", "-qm", "damaged")
    git(pair.chair, "push", "-q", "origin", "HEAD:main")
    before = pair.path(pair.secretary).read_bytes()
    with pytest.raises(SyncError) as info:
        pair.sync(pair.secretary)
    assert info.value.code == "invalid_result"
    assert "stray bytes" in info.value.detail
    assert pair.path(pair.secretary).read_bytes() == before
    assert_clean(pair.secretary)
    assert not (pair.secretary / ".git" / MERGING_FILE).exists()
    message = sentence("sync.error.invalid_result", detail=info.value.detail)
    assert "damaged" in message and "nothing was lost" in message


# -- the app ---------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_app_sync_key_with_login_refused_then_fixed(pair: Pair, login_refused: str) -> None:
    git(pair.chair, "remote", "set-url", "origin", login_refused)
    path = pair.path(pair.chair)
    app = chair_app(pair)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.meeting_screens()[-1]
        await pilot.press("f12")
        await app.workers.wait_for_complete()
        await pilot.pause()
        errors = [n.message for n in shown(app) if n.severity == "error"]
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
        await pilot.press("f12")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "synced" in app.sub_title
        assert [n.message for n in shown(app) if n.severity == "error"] == errors
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
        await pilot.press("f12")
        await app.workers.wait_for_complete()
        await pilot.pause()
        errors = [n.message for n in shown(app) if n.severity == "error"]
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
