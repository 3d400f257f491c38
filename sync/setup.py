"""Making an archive a git repository, cloning one, and the files that keep it healthy.

``.gitignore`` keeps per-machine state out (``.local/`` folders: locks, index, good
copies; temp files of atomic writes). ``.gitattributes`` names the merge driver for the
store files; the driver itself is registered in ``.git/config`` of each clone (git does
not take commands from a cloned repository), with this Python's absolute path.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
from pathlib import Path
from typing import Any

from sync.errors import SyncError
from sync.gitenv import (
    DEFAULT_BRANCH,
    DRIVER_NAME,
    NETWORK_TIMEOUT,
    REMOTE,
    check_remote_url,
    classify,
    driver_command,
    git_env,
)
from sync.gitrun import Git, GitFailed
from sync.incoming import check_incoming
from sync.repofiles import ensure_repo_files

DRIVER_KEY = f"merge.{DRIVER_NAME}.driver"


def register_driver(git: Git, current: str | None = None) -> None:
    """Register the merge driver in this clone unless it is registered already
    (``current``: the command line the caller has read, else read here). A command line
    of an older version (``python -m sync.driver``, which imported code from the archive)
    is replaced: every sync, setup and clone, and the app's start, come here."""
    command = driver_command()
    if current is None:
        _code, current = git.try_("config", "--local", "--get", DRIVER_KEY)
    if current != command:
        git.run("config", "--local", f"merge.{DRIVER_NAME}.name", "minutes record merge")
        git.run("config", "--local", DRIVER_KEY, command)


def refresh_driver(root: Path) -> None:
    """At the app's start: the merge driver re-registered if ``.git/config`` has another
    command line, so a plain ``git pull`` after an update never runs the old one. One
    quick git process when nothing needs changing. Best effort: a failure is left to the
    next sync."""
    if not (Path(root) / ".git").exists():
        return
    with contextlib.suppress(SyncError, GitFailed, OSError):
        register_driver(Git(Path(root), git_env()))


def absolute_remote(remote: str) -> str:
    """A folder given relative to where the user typed it, made absolute: git would read
    it relative to the archive otherwise."""
    candidate = Path(remote).expanduser()
    if "://" not in remote and candidate.exists():
        return candidate.resolve().as_posix()
    return remote


def check_remote(remote: str, timeout: int = NETWORK_TIMEOUT) -> bool:
    """Refuse a remote that holds no repository (a folder that does not exist, a URL to
    something else), that refuses the login, or that accepts the connection and never
    answers (``SyncError("timeout")`` after ``timeout`` seconds), before anything is
    changed. Returns False for a remote out of reach right now (no network, host down):
    it is accepted, and the first sync shares once it can be reached."""
    runner = Git(None, git_env(), network_timeout=timeout)
    try:
        runner.run("ls-remote", "--heads", "--", remote, network=True)
    except GitFailed as exc:
        error = classify(exc)
        if error.code != "unreachable":
            raise error from exc
        return False
    return True


def setup(root: Path, remote: str | None, timeout: int = NETWORK_TIMEOUT) -> Path:
    """Make ``root`` a git repository (if it is not) and set its remote ``origin``."""
    return setup_remote(root, remote, timeout)[0]


def setup_remote(
    root: Path, remote: str | None, timeout: int = NETWORK_TIMEOUT
) -> tuple[Path, bool]:
    """``setup``, also saying whether the remote answered (False: set, but out of reach
    now; the caller must not say the archive is shared yet)."""
    reachable = False
    if remote is not None:
        remote = absolute_remote(check_remote_url(remote))
        reachable = check_remote(remote, timeout)
    try:
        return _setup(Path(root).expanduser().resolve(), remote), reachable
    except (GitFailed, OSError) as exc:
        raise classify(exc) from exc


def _setup(root: Path, remote: str | None) -> Path:
    (root / "meetings").mkdir(parents=True, exist_ok=True)
    git = Git(root, git_env())
    if not (root / ".git").exists():
        git.run("init", "-q", str(root))
        # "init --initial-branch" needs git 2.28: name the branch the same way on any git
        git.run("symbolic-ref", "HEAD", f"refs/heads/{DEFAULT_BRANCH}")
    ensure_repo_files(root)
    register_driver(git)
    if remote is not None:
        names = git.run("remote").split()
        git.run("remote", "set-url" if REMOTE in names else "add", REMOTE, remote)
    return root


def clone(remote: str, path: Path, timeout: int = NETWORK_TIMEOUT) -> Path:
    """Clone a shared archive to ``path`` (which must not exist or be empty).

    Bounded by ``timeout`` seconds (``SyncError("timeout")``); a clone that fails or is
    stopped leaves nothing behind: the folder is removed (or emptied, if it existed), so
    the same command can simply be run again."""
    remote = absolute_remote(check_remote_url(remote))
    path = Path(path).expanduser().resolve()
    existed = path.exists()
    if existed and any(path.iterdir()):
        raise SyncError("target_not_empty", str(path))
    runner = Git(None, git_env(), network_timeout=timeout)
    try:
        # nothing is checked out before the remote's files are checked (sync/incoming.py)
        runner.run(
            "clone", "-q", "--no-checkout", "--origin", REMOTE, "--", remote, str(path),
            network=True,
        )  # fmt: skip
        _after_clone(path)
    except BaseException as exc:
        with contextlib.suppress(OSError):  # the sentence matters more than the cleanup
            _remove_clone(path, existed)
        if isinstance(exc, SyncError):
            raise
        if isinstance(exc, GitFailed | OSError) or type(exc).__name__.endswith("CommandError"):
            raise classify(exc) from exc
        raise
    return path


def _after_clone(path: Path) -> None:
    git = Git(path, git_env())
    register_driver(git)
    if git.try_("rev-parse", "--verify", "-q", "HEAD")[0] == 0:
        check_incoming(git, "HEAD", ours=None)
        git.run("reset", "-q", "--hard", "HEAD")
    else:
        # The remote's HEAD names a branch that does not exist (a bare repository made
        # with another default branch name): check out ours if it is there.
        listing = git.run("for-each-ref", "--format=%(refname)", f"refs/remotes/{REMOTE}/")
        prefix = f"refs/remotes/{REMOTE}/"
        branches = [r.removeprefix(prefix) for r in listing.split() if r != f"{prefix}HEAD"]
        if branches:
            branch = DEFAULT_BRANCH if DEFAULT_BRANCH in branches else branches[0]
            check_incoming(git, f"{REMOTE}/{branch}", ours=None)
            git.run("checkout", "-q", "-B", branch, f"{REMOTE}/{branch}")
        else:  # an empty remote: start on our branch name
            git.run("symbolic-ref", "HEAD", f"refs/heads/{DEFAULT_BRANCH}")
    ensure_repo_files(path)
    (path / "meetings").mkdir(exist_ok=True)


def _remove_clone(path: Path, keep_folder: bool) -> None:
    """Remove what a clone made (git's object files are read-only on Windows)."""

    def writable_then_retry(function: Any, name: str, _error: Any) -> None:
        os.chmod(name, stat.S_IWRITE | stat.S_IREAD)
        function(name)

    def remove_tree(folder: Path) -> None:
        if sys.version_info >= (3, 12):
            shutil.rmtree(folder, onexc=writable_then_retry)
        else:
            shutil.rmtree(folder, onerror=writable_then_retry)

    if not keep_folder:
        remove_tree(path)
        return
    for child in path.iterdir():
        if child.is_dir() and not child.is_symlink():
            remove_tree(child)
        else:
            child.unlink()
