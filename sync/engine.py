"""One sync: commit local changes, fetch, merge, check, push; retry a rejected push.

Call it from one worker thread only (GitPython is not thread-safe). Guarantees:
- a local commit is never lost: before a merge the branch is saved in a backup ref
  (``refs/minutes/backup``); any failure during or after the merge restores it;
- the repository is never left mid-merge; a merge that fails and cannot even be undone
  (disk full) leaves a mark the next sync repairs from (``MERGING_FILE``);
- a push the remote refuses (a hook, a protected branch) is told apart from one that
  lost a race (fetched, merged and pushed again): see ``gitenv.classify``;
- no prompt ever appears (see sync/gitenv.py), every command has a timeout;
- a meeting file open for writing in another program (its lock in ``.local/locks``) is
  never rewritten under that program's feet: if incoming changes touch it, the merge is
  postponed (local work is still committed) and that program's own sync merges it.
  The caller names the files it has open itself (``open_here``): it will reload them.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from model.store.errors import StoreError
from model.store.files import atomic_write
from model.store.load import load_tables
from model.store.meeting_store import lock_path
from model.store.schema import KIND_ARCHIVE, KIND_MEETING
from sync.approval_check import ApprovalCheck, unverified_approvals
from sync.driver import THEIRS_REF_ENV
from sync.errors import SyncError
from sync.gitenv import (
    LOCAL_TIMEOUT,
    NETWORK_TIMEOUT,
    REMOTE,
    Identity,
    classify,
    git_env,
    git_headline,
    git_module,
    open_repo,
)
from sync.incoming import check_incoming, unstage_foreign
from sync.setup import configure, ensure_repo_files

BACKUP_REF = "refs/minutes/backup"
#: In the git folder while a merge is under way: "<our commit> <their commit>".
MERGING_FILE = "minutes-merging"
MAX_PUSH_ATTEMPTS = 3
STATE_FILE = Path(".local") / "sync.json"
MARKERS = (b"\n<<<<<<< ", b"\n>>>>>>> ")


@dataclass
class SyncResult:
    """What a sync did."""

    committed: bool = False
    merged: bool = False
    pushed: bool = False
    changed: list[str] = field(default_factory=list)  # files the merge changed on disk
    conflicts: int = 0  # new conflict records created by this sync
    postponed: list[str] = field(default_factory=list)  # open elsewhere: merged later
    offline: SyncError | None = None  # the remote could not be reached; retry later
    no_remote: bool = False
    at: str = ""
    unverified: list[ApprovalCheck] = field(default_factory=list)  # approvals that fail


def _run(repo: Any, env: dict[str, str], *args: str, timeout: int = LOCAL_TIMEOUT) -> str:
    return str(repo.git.execute(["git", *args], env=env, kill_after_timeout=timeout))


def _try(repo: Any, env: dict[str, str], *args: str) -> tuple[int, str]:
    status, out, _err = repo.git.execute(
        ["git", *args],
        env=env,
        kill_after_timeout=LOCAL_TIMEOUT,
        with_exceptions=False,
        with_extended_output=True,
    )
    return int(status), str(out)


def _branch(repo: Any) -> str:
    # Read .git/HEAD instead of running git: one process less per sync.
    head = (Path(repo.git_dir) / "HEAD").read_text(encoding="utf-8").strip()
    if not head.startswith("ref: refs/heads/"):
        raise SyncError("detached", "HEAD is not on a branch")
    return head.removeprefix("ref: refs/heads/")


def _any_locked_elsewhere(root: Path) -> bool:
    folder = root / "meetings" / ".local" / "locks"
    if not folder.is_dir():
        return False
    return any(
        _is_locked_elsewhere(root / "meetings" / lock.name.removesuffix(".lock"))
        for lock in folder.glob("*.lock")
    )


def _is_locked_elsewhere(path: Path) -> bool:
    target = lock_path(path)
    if not target.exists():
        return False
    lock = FileLock(str(target), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return True
    lock.release()
    return False


def check_files(root: Path, names: Collection[str]) -> None:
    """Every merged store file loads as it is (not only in part, not from this machine's
    good copy: that would hide damage that came from the other side) and no file has
    conflict markers."""
    for name in names:
        path = root / name
        if not path.is_file():
            continue
        data = path.read_bytes()
        if any(marker in b"\n" + data for marker in MARKERS):
            raise SyncError("invalid_result", f"{name}: conflict markers")
        if name == "archive.json" or (name.startswith("meetings/") and name.endswith(".json")):
            kind = KIND_ARCHIVE if name == "archive.json" else KIND_MEETING
            try:
                loaded = load_tables(path, kind)
            except StoreError as exc:
                raise SyncError("invalid_result", f"{name}: {exc}") from exc
            except (OSError, ValueError) as exc:
                raise SyncError("invalid_result", f"{name}: {exc}") from exc
            if loaded.recovery is not None:  # readable only from a good copy or in part
                raise SyncError("invalid_result", f"{name}: {loaded.recovery.problem}")


def _recover_interrupted(repo: Any, env: dict[str, str], root: Path) -> None:
    """A merge that did not finish: a sync killed mid-merge (power cut) left MERGE_HEAD,
    or a failed merge could not put the work tree back (disk full) and left the
    ``MERGING_FILE`` mark. Go back to the backup, keeping every whole file."""
    git_dir = Path(repo.git_dir)
    mark = git_dir / MERGING_FILE
    if not (git_dir / "MERGE_HEAD").exists() and not mark.exists():
        return
    code, merge_head = _try(repo, env, "rev-parse", "--verify", "-q", "MERGE_HEAD")
    _try(repo, env, "merge", "--abort")
    try:
        head, theirs = mark.read_text(encoding="utf-8").split()[:2]
    except (OSError, ValueError):
        status, backup = _try(repo, env, "rev-parse", "--verify", "-q", BACKUP_REF)
        if status != 0 or not backup.strip():
            return
        head, theirs = backup.strip(), merge_head.strip() if code == 0 else ""
    _back_to(repo, env, root, head, theirs)
    mark.unlink(missing_ok=True)


def _damaged(root: Path, name: str) -> bool:
    try:
        check_files(root, [name])
    except SyncError:
        return True
    return False


def _back_to(repo: Any, env: dict[str, str], root: Path, head: str, theirs: str) -> None:
    """Put the branch back on ``head`` after a merge that did not finish.

    Work-tree files are whole unless git itself was interrupted writing them (the app
    and the merge driver write atomically): a whole file holds the user's later edits or
    both sides merged, so it stays and is committed by the next sync. A file git left
    half-written or missing is restored from ``head``; a half-written file that only
    ``theirs`` has is removed (the next merge brings it again).
    """
    _run(repo, env, "reset", "-q", head)  # the branch and the index; the work tree stays
    tracked = _run(repo, env, "diff", "--name-only", "--no-renames", head).splitlines()
    restore = [n for n in tracked if not (root / n).exists() or _damaged(root, n)]
    if restore:
        _run(repo, env, "checkout", head, "--", *restore)
    if not theirs:
        return
    untracked = _run(repo, env, "ls-files", "--others", "--exclude-standard").splitlines()
    for name in untracked:
        code, _ = _try(repo, env, "cat-file", "-e", f"{theirs}:{name}")
        if code == 0 and _damaged(root, name):
            (root / name).unlink(missing_ok=True)


def _commit_local(repo: Any, env: dict[str, str], identity: Identity) -> bool:
    status = _run(repo, env, "status", "--porcelain", "--untracked-files=all")
    if not status.strip():
        return False
    _run(repo, env, "add", "-A", ".")
    unstage_foreign(repo, env)  # files an archive does not consist of stay unshared
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    code, _ = _try(
        repo, env, "commit", "-q", "--no-verify", "-m", f"minutes: {identity.name}, {stamp}"
    )
    return code == 0  # 1: nothing staged after all (only ignored or mode changes)


def _merge(
    repo: Any,
    env: dict[str, str],
    head: str,
    theirs: str,
    open_here: Collection[Path],
    root: Path,
    hold: Callable[[], contextlib.AbstractContextManager[None]],
    result: SyncResult,
) -> bool:
    """Merge ``theirs`` into ``head`` (HEAD). Returns False if postponed (files open
    elsewhere)."""
    check_incoming(repo, env, theirs)  # only archive files, before anything is checked out
    if _any_locked_elsewhere(root):
        incoming = _run(repo, env, "diff", "--name-only", f"HEAD...{theirs}").split()
        mine = {p.resolve() for p in open_here}
        busy = [
            name
            for name in incoming
            if name.startswith("meetings/")
            and (root / name).resolve() not in mine
            and _is_locked_elsewhere(root / name)
        ]
        if busy:
            result.postponed = busy
            return False
    _run(repo, env, "update-ref", BACKUP_REF, head)
    # Marks the merge as under way until the work tree is known to be whole again; a
    # full disk fails here, before git touches anything.
    mark = Path(repo.git_dir) / MERGING_FILE
    try:
        mark.write_text(f"{head} {theirs}\n", encoding="utf-8")
    except OSError:
        mark.unlink(missing_ok=True)
        raise
    # The driver asks git who wrote each side only when it finds a conflict.
    merge_env = {**env, THEIRS_REF_ENV: theirs}
    with hold():
        try:
            _run(
                repo,
                merge_env,
                "merge",
                "-q",
                "--no-edit",
                "--allow-unrelated-histories",
                "-m",
                f"minutes: merge {REMOTE}",
                theirs,
            )
            changed = _run(repo, env, "diff", "--name-only", head, "HEAD").split()
            check_files(root, changed)
        except BaseException as exc:
            _try(repo, env, "merge", "--abort")
            code, _ = _try(repo, env, "reset", "-q", "--hard", head)
            if code == 0:  # else (disk full) the mark stays: the next sync repairs
                mark.unlink(missing_ok=True)
            if isinstance(exc, SyncError):
                raise
            git = git_module()
            if isinstance(exc, git.CommandError | OSError):
                error = classify(exc)
                if error.code == "git_failed":
                    error = SyncError("merge_failed", error.detail)
                raise error from exc
            raise
    mark.unlink(missing_ok=True)
    result.merged = True
    result.changed = sorted(set(result.changed) | set(changed))
    result.conflicts += _count_conflicts(root, changed, repo, env, head)
    return True


def _count_conflicts(
    root: Path, changed: list[str], repo: Any, env: dict[str, str], old: str
) -> int:
    """How many open conflict records the merge added to the changed store files (the
    meetings and archive.json)."""
    total = 0
    for name in changed:
        if not (name.startswith("meetings/") or name == "archive.json"):
            continue
        try:
            now = json.loads((root / name).read_bytes()).get("conflicts", {})
        except (OSError, ValueError):
            continue
        code, before_text = _try(repo, env, "show", f"{old}:{name}")
        try:
            before = json.loads(before_text).get("conflicts", {}) if code == 0 else {}
        except ValueError:
            before = {}
        total += sum(1 for cid, rec in now.items() if cid not in before and not rec.get("resolved"))
    return total


@contextlib.contextmanager
def _no_hold() -> Iterator[None]:
    yield


def sync(
    root: Path,
    identity: Identity,
    *,
    open_here: Collection[Path] = (),
    hold: Callable[[], contextlib.AbstractContextManager[None]] | None = None,
    network_timeout: int = NETWORK_TIMEOUT,
) -> SyncResult:
    """Sync the archive at ``root`` with its remote. Raises ``SyncError`` on failure.

    ``hold`` is a context manager the merge runs inside: the app uses it to pause saving
    the open meeting while git rewrites files. An unreachable remote is not an error:
    the result says ``offline`` and the local commit waits for the next sync.
    """
    if not identity.name.strip() or not identity.email.strip():
        raise SyncError("no_identity")
    git = git_module()
    root = Path(root).resolve()
    env = git_env(identity)
    result = SyncResult()
    hold = hold or _no_hold
    with open_repo(root) as repo:
        try:
            ensure_repo_files(root)
            configure(repo)
            _recover_interrupted(repo, env, root)
            result.committed = _commit_local(repo, env, identity)
            if REMOTE not in [r.name for r in repo.remotes]:
                result.no_remote = True
                return _finish(root, result)
            branch = _branch(repo)
            for _attempt in range(MAX_PUSH_ATTEMPTS):
                try:
                    _run(repo, env, "fetch", "-q", "--prune", REMOTE, timeout=network_timeout)
                except git.GitCommandError as exc:
                    error = classify(exc)
                    if error.offline:
                        result.offline = error
                        return _finish(root, result)
                    raise error from exc
                theirs_ref = f"refs/remotes/{REMOTE}/{branch}"
                code, out = _try(repo, env, "rev-parse", "HEAD", theirs_ref)
                shas = out.split()
                if code == 0 and len(shas) == 2:  # the remote has our branch
                    head, theirs = shas
                    counts = _run(
                        repo, env, "rev-list", "--left-right", "--count", f"HEAD...{theirs}"
                    )
                    ahead, behind = (int(n) for n in counts.split())
                    if behind and not _merge(
                        repo, env, head, theirs, open_here, root, hold, result
                    ):
                        return _finish(root, result)
                    if not ahead and not behind:  # nothing of ours is missing there
                        result.pushed = True
                        return _finish(root, result)
                try:
                    _run(
                        repo,
                        env,
                        "push",
                        "-q",
                        "--follow-tags",
                        REMOTE,
                        f"HEAD:refs/heads/{branch}",
                        timeout=network_timeout,
                    )
                    result.pushed = True
                    return _finish(root, result)
                except git.GitCommandError as exc:
                    error = classify(exc)
                    if error.code == "rejected":
                        continue  # someone pushed meanwhile: fetch, merge, push again
                    if error.offline:
                        result.offline = error
                        return _finish(root, result)
                    raise error from exc
            raise SyncError("rejected", f"{MAX_PUSH_ATTEMPTS} attempts")
        except SyncError as exc:
            _record_failure(root, exc)
            raise
        except (git.CommandError, OSError) as exc:
            error = classify(exc)
            _record_failure(root, error)
            raise error from exc


def _finish(root: Path, result: SyncResult) -> SyncResult:
    result.at = datetime.now().isoformat(timespec="seconds")
    result.unverified = unverified_approvals(root, result.changed)  # what came in
    state = read_state(root)
    if result.pushed:
        state["last_sync"] = result.at
    state["last_attempt"] = result.at
    state["last_error"] = result.offline.code if result.offline else ""
    state["last_detail"] = git_headline(result.offline.detail) if result.offline else ""
    _write_state(root, state)
    return result


def _record_failure(root: Path, error: SyncError) -> None:
    """Remember the failed attempt (``minutes sync status`` shows it); best effort."""
    state = read_state(root)
    state["last_attempt"] = datetime.now().isoformat(timespec="seconds")
    state["last_error"] = error.code
    state["last_detail"] = git_headline(error.detail)[:200]
    _write_state(root, state)


def _write_state(root: Path, state: dict[str, str]) -> None:
    with contextlib.suppress(OSError):  # a full disk must not hide the sync's own result
        path = root / STATE_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, json.dumps(state, indent=1).encode("utf-8"))


def read_state(root: Path) -> dict[str, str]:
    """The per-machine sync record: last successful sync, last attempt, last error."""
    try:
        data = json.loads((Path(root) / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
