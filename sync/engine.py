"""One sync: commit local changes, fetch, merge, check, push; retry a rejected push.

The sync never races the editor. The app saves the open meeting whenever typing pauses,
also while a sync runs, so no step may depend on the work tree standing still:

1. **Commit a snapshot.** ``git add -A`` + ``git commit`` read each file once (the store
   replaces files atomically, so each is whole) and write only the index and a ref.
2. **Fetch**, then check what came in (the incoming tree check goes right after it).
   Except on the typing side's usual sync: a branch that was level with the remote
   before the commit is pushed first (``_pushed_first``); only a refused push fetches.
3. **Merge in the object store** (sync/treemerge.py): the merged tree is built from the
   two commits with the record merge of sync/merge.py, written as git objects; nothing
   on disk changes and git's "your local changes would be overwritten" cannot happen.
   The merged files are checked (whole, loadable, no markers) before anything moves.
4. **Bring the result in**, file by file, only where nobody is writing:
   - a meeting open in this app goes to its ``Session`` (``bring_in``: the app merges
     base = our commit, ours = the meeting in memory with whatever was typed during the
     sync, theirs = the merged file, and saves), so typing is never refused or lost;
   - a file nobody has open is written under its lock (a meeting's lock, archive.json's
     lock), 3-way merged again if it changed since step 1;
   - a meeting open in another program (its lock held) postpones the whole merge:
     local work is committed and pushed later; that program's own sync merges it.
5. **Move the branch** (``update-ref`` with the old value: atomic) to the merge commit,
   make the index match it (``reset``: the work tree is not touched), push.

Guarantees:
- a local commit is never lost: the branch only ever moves to a commit that has it as an
  ancestor; before that the old tip is saved in ``refs/minutes/backup``;
- the repository is never mid-merge: there is no merge state at all. A sync killed at
  any point (quit, power cut, a git command killed by its timeout) leaves the branch
  before or after step 5; files already brought in hold both sides' changes and the
  next sync commits them and merges again, which changes nothing a second time (the
  three-way merge of an edit both sides contain is that edit). A ``git merge`` or an
  older version of this program that did leave MERGE_HEAD or ``MERGING_FILE`` is
  repaired by the next sync (sync/recover.py);
- a push the remote refuses (a hook, a protected branch) is told apart from one that
  lost a race (fetched, merged and pushed again): see ``gitenv.classify``;
- no prompt ever appears (sync/gitenv.py); every git command has a timeout (network
  ones ``network_timeout``, from the config's ``git_timeout``) and can be cancelled
  from another thread (sync/gitrun.py ``Cancel``): quitting the app kills it;
- one git job at a time per archive (sync/joblock.py), in this process and across
  processes on the machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from model.codec import Tables
from model.store.schema import META_TABLE
from sync.approval_check import ApprovalCheck, unverified_approvals
from sync.errors import SyncError
from sync.filecheck import check_blob
from sync.gitenv import (
    NETWORK_TIMEOUT,
    REMOTE,
    Identity,
    classify,
    driver_command,
    git_env,
    git_headline,
)
from sync.gitrun import Cancel, Git, GitFailed
from sync.incoming import check_incoming, unstage_foreign
from sync.joblock import Busy, git_job
from sync.localstate import read_cache_map, write_cache_file
from sync.merge import Side
from sync.recover import BACKUP_REF, recover_interrupted
from sync.recover import MERGING_FILE as MERGING_FILE  # tests and tools name it here
from sync.remote_tip import local_ref
from sync.repofiles import ensure_repo_files
from sync.setup import DRIVER_KEY, register_driver
from sync.treemerge import (
    Changes,
    TreeMerge,
    merge_commits,
    read_blobs,
    tables_of,
)
from sync.worktree import bring_into_file, locked_for_merge

MAX_PUSH_ATTEMPTS = 3
STATE_FILE = Path(".local") / "sync.json"
#: Seconds a sync waits for another git job of the archive (the CLI; the app skips).
WAIT_FOR_JOB = 30.0


@dataclass
class SyncResult:
    """What a sync did."""

    committed: bool = False
    merged: bool = False
    pushed: bool = False
    changed: list[str] = field(default_factory=list)  # files the merge changed
    conflicts: int = 0  # new conflict records created by this sync
    postponed: list[str] = field(default_factory=list)  # open elsewhere: merged later
    offline: SyncError | None = None  # the remote could not be reached; retry later
    no_remote: bool = False
    at: str = ""
    unverified: list[ApprovalCheck] = field(default_factory=list)  # approvals that fail


@dataclass(frozen=True)
class Incoming:
    """A merge that changed a meeting open in the app: what the app folds into it."""

    path: Path
    base: Tables  # the meeting as the sync committed it (what memory started from)
    merged: Tables  # the merged meeting
    mine: Side  # the user of this machine (what was typed during the sync)
    theirs: Side  # who wrote the incoming changes


#: Folds an ``Incoming`` into the open meeting and saves; returns new conflicts, or None
#: when the meeting is no longer open for writing there (closed or approved during the
#: sync: the file is then written like any other). Raises on failure (the sync then
#: fails before moving the branch, nothing is lost).
BringIn = Callable[[Incoming], int | None]


def _branch(git_dir: Path) -> str:
    # Read .git/HEAD instead of running git: one process less per sync.
    head = (git_dir / "HEAD").read_text(encoding="utf-8").strip()
    if not head.startswith("ref: refs/heads/"):
        raise SyncError("detached", "HEAD is not on a branch")
    return head.removeprefix("ref: refs/heads/")


#: ``.git/config`` as last read by ``_configure`` (its stamp) and whether it had a remote.
_CONFIGURED: dict[Path, tuple[tuple[int, int], bool]] = {}


def _configure(git: Git, git_dir: Path) -> bool:
    """Register the merge driver in this clone (a plain ``git pull`` merges the same
    way); returns whether the clone has a remote. One git call when all is set, none when
    ``.git/config`` is unchanged since the last sync of this process."""
    config = git_dir / "config"
    try:
        info = config.stat()
        stamp = (info.st_mtime_ns, info.st_size)
    except OSError:
        stamp = (0, 0)
    known = _CONFIGURED.get(config)
    if known is not None and known[0] == stamp and stamp != (0, 0):
        return known[1]
    remote_key = f"remote.{REMOTE}.url"
    pattern = f"^({re.escape(DRIVER_KEY)}|{re.escape(remote_key)})$"
    _code, out = git.try_("config", "--local", "--get-regexp", pattern)
    values = dict(line.partition(" ")[::2] for line in out.splitlines())
    current = values.get(DRIVER_KEY, "")
    register_driver(git, current)
    has_remote = remote_key in values
    if current == driver_command():  # nothing was written: the stamp is still valid
        _CONFIGURED[config] = (stamp, has_remote)
    return has_remote


def _commit_local(git: Git, root: Path, identity: Identity) -> tuple[bool, bool]:
    """Commit the work tree as it is now (each file read once, whole). Returns whether
    it committed and whether the index now holds exactly HEAD's tree."""
    git.run("add", "-A", ".")
    unstage_foreign(git, root)  # files an archive does not consist of stay unshared
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    message = f"minutes: {identity.name}, {stamp}"
    code, _ = git.try_("commit", "-q", "--no-verify", "--no-gpg-sign", "-m", message)
    return code == 0, code in (0, 1)  # 1: nothing to commit


def _into_closed_file(
    git: Git, root: Path, name: str, blobs_of: tuple[str, str], blobs: dict[str, bytes]
) -> int:
    busy: list[str] = []
    with locked_for_merge(root, [name], busy) as free:
        if not free:  # opened by another program in that moment: try again next time
            raise SyncError("busy", name)
        return bring_into_file(git, root, name, *blobs_of, blobs)


def _meeting_tables(raw: bytes, name: str) -> Tables:
    tables = tables_of(raw, name)
    tables.pop(META_TABLE, None)
    return tables


def _merge(
    git: Git,
    root: Path,
    branch: str,
    commits: tuple[str, str, str],
    theirs_side: Side,
    open_here: Collection[Path],
    bring_in: BringIn | None,
    identity: Identity,
    result: SyncResult,
    blobs: dict[str, bytes],
    head_index: Path | None,
    diffs: list[Changes],
) -> bool:
    """Merge ``theirs`` into ``head`` (``commits``: head, theirs, their merge base) and
    bring it in. False if postponed (a meeting open in another program). ``blobs``:
    contents already read (by the incoming check); ``head_index``: an index holding
    exactly ``head``'s tree, if there is one."""
    head, theirs, base = commits
    both = (diffs[0], diffs[1]) if len(diffs) == 2 else None
    tree = merge_commits(git, root / ".git", head, theirs, base, blobs, head_index, both)
    try:
        return _bring_in_merge(
            git, root, branch, commits, tree, theirs_side, open_here, bring_in, identity, result
        )
    finally:
        if tree.index is not None:
            tree.index.unlink(missing_ok=True)


def _bring_in_merge(
    git: Git,
    root: Path,
    branch: str,
    commits: tuple[str, str, str],
    tree: TreeMerge,
    theirs_side: Side,
    open_here: Collection[Path],
    bring_in: BringIn | None,
    identity: Identity,
    result: SyncResult,
) -> bool:
    head, theirs, _base = commits
    read_blobs(git, [sha for pair in tree.changed.values() for sha in pair if sha], tree.blobs)
    for name, (_ours, merged) in tree.changed.items():
        if merged is not None:
            check_blob(name, tree.blobs[merged])
    mine = {Path(p).resolve() for p in open_here}
    here = {n: c for n, c in tree.changed.items() if bring_in and (root / n).resolve() in mine}
    others = {n: c for n, c in tree.changed.items() if n not in here}
    if not tree.tree:  # fast-forward: their commit is the merge
        new = theirs
    else:
        new = git.run(
            "commit-tree", tree.tree, "-p", head, "-p", theirs, "-m", f"minutes: merge {REMOTE}"
        )
    busy: list[str] = []
    with locked_for_merge(root, others, busy) as free:
        if not free:
            result.postponed = busy
            return False
        conflicts = tree.conflicts
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        for name, (ours, merged) in here.items():
            if bring_in is None or ours is None or merged is None:
                continue  # deleted there while open here: it stays, shared again
            incoming = Incoming(
                root / name,
                _meeting_tables(tree.blobs[ours], name),
                _meeting_tables(tree.blobs[merged], name),
                Side(identity.name, stamp),
                theirs_side,
            )
            taken = bring_in(incoming)
            if taken is None:  # closed there meanwhile: a file nobody has open
                conflicts += _into_closed_file(git, root, name, (ours, merged), tree.blobs)
            else:
                conflicts += taken
        for name, (ours, merged) in others.items():
            conflicts += bring_into_file(git, root, name, ours, merged, tree.blobs)
        git.cancel.check()  # a quit before the branch moves: the next sync redoes it
        # one transaction: the backup of our tip and the branch on the merge (or neither)
        moves = f"update {BACKUP_REF} {head}\nupdate refs/heads/{branch} {new} {head}\n"
        git.raw("update-ref", "-m", "minutes: sync", "--stdin", stdin=moves.encode())
    # the index follows the branch (the work tree is not touched): the merge's own index
    # holds exactly the new tree; a fast-forward reads theirs
    if tree.index is not None:
        os.replace(tree.index, root / ".git" / "index")
        tree.index = None
    else:
        git.try_("read-tree", new)
    result.merged = True
    result.changed = sorted(set(result.changed) | set(tree.changed))
    result.conflicts += conflicts
    return True


def sync(
    root: Path,
    identity: Identity,
    *,
    open_here: Collection[Path] = (),
    bring_in: BringIn | None = None,
    network_timeout: int = NETWORK_TIMEOUT,
    cancel: Cancel | None = None,
    wait: float = WAIT_FOR_JOB,
) -> SyncResult:
    """Sync the archive at ``root`` with its remote. Raises ``SyncError`` on failure.

    ``open_here`` are meetings open for writing in the calling app and ``bring_in`` how
    a merge reaches them (see the module docstring); without ``bring_in`` they are
    written like any file nobody has open. An unreachable remote is not an error: the
    result says ``offline`` and the local commit waits for the next sync. Another git
    job on the archive is waited for ``wait`` seconds, then ``SyncError("busy")``.
    """
    if not identity.name.strip() or not identity.email.strip():
        raise SyncError("no_identity")
    root = Path(root).resolve()
    if not (root / ".git").is_dir():
        raise SyncError("not_a_repo", str(root))
    git = Git(root, git_env(identity), network_timeout=network_timeout, cancel=cancel)
    try:
        with git_job(root, wait):
            return _sync(git, root, identity, open_here, bring_in)
    except Busy as exc:
        raise SyncError("busy", str(exc)) from exc
    except SyncError as exc:
        _record_failure(root, exc)
        raise
    except (GitFailed, OSError) as exc:
        error = classify(exc)
        _record_failure(root, error)
        raise error from exc


def _sync(
    git: Git,
    root: Path,
    identity: Identity,
    open_here: Collection[Path],
    bring_in: BringIn | None,
) -> SyncResult:
    result = SyncResult()
    git_dir = root / ".git"
    ensure_repo_files(root)
    has_remote = _configure(git, git_dir)
    recover_interrupted(git, git_dir, root)
    level = _level_with_remote(git_dir)
    result.committed, index_is_head = _commit_local(git, root, identity)
    if not has_remote:
        result.no_remote = True
        return _finish(root, result)
    branch = _branch(git_dir)
    theirs_ref = f"refs/remotes/{REMOTE}/{branch}"
    first = level and result.committed and not _MERGED_LAST.get(root, False)
    if first and _pushed_first(git, branch, result):
        return _finish(root, result)
    for attempt in range(MAX_PUSH_ATTEMPTS):
        # right after the commit the index is exactly HEAD's tree: the merge starts
        # from a copy of it (later attempts follow a merge or a fast-forward: read-tree)
        head_index = git_dir / "index" if index_is_head and attempt == 0 else None
        try:
            git.run("fetch", "-q", "--prune", REMOTE, network=True)
        except (GitFailed, SyncError) as exc:
            error = classify(exc)
            if error.offline:
                result.offline = error
                return _finish(root, result)
            raise error from exc
        code, out = git.try_(
            "log", "--no-walk=unsorted", "--format=%H%x09%an%x09%aI", "HEAD", theirs_ref, "--"
        )
        tips = [line.split("\t") for line in out.splitlines()]
        if code == 0 and len(tips) == 1:  # one commit: both are the same, all is shared
            result.pushed = True
            return _finish(root, result)
        if code == 0 and len(tips) == 2:  # the remote has our branch
            (head, *_), (theirs, *who) = tips
            # only archive files come in, checked before the merge reads anything of theirs
            # (the blobs it reads are kept for the merge; its merge base is git's one)
            blobs: dict[str, bytes] = {}
            diffs: list[Changes] = []  # what each side changed: listed by the check
            bases = check_incoming(git, theirs, head, blobs, diffs)
            base = bases[0] if bases else ""
            ahead, behind = base != head, base != theirs
            theirs_side = Side(*who[:2]) if len(who) >= 2 else Side()
            if behind and not _merge(
                git, root, branch, (head, theirs, base), theirs_side, open_here, bring_in,
                identity, result, blobs, head_index, diffs,
            ):  # fmt: skip
                return _finish(root, result)
            if not ahead:  # nothing of ours is missing there
                result.pushed = True
                return _finish(root, result)
        try:
            git.run(
                "push", "-q", "--follow-tags", REMOTE, f"HEAD:refs/heads/{branch}", network=True
            )
            result.pushed = True
            return _finish(root, result)
        except (GitFailed, SyncError) as exc:
            error = classify(exc)
            if error.code == "rejected":
                continue  # someone pushed meanwhile: fetch, merge, push again
            if error.offline:
                result.offline = error
                return _finish(root, result)
            raise error from exc
    raise SyncError("rejected", f"{MAX_PUSH_ATTEMPTS} attempts")


#: Whether the last sync of an archive (in this process) merged the other side's work:
#: then the other side is writing too, and a push first would likely be refused.
_MERGED_LAST: dict[Path, bool] = {}


def _level_with_remote(git_dir: Path) -> bool:
    """Whether the branch is where the remote's branch was at the last fetch or push (read
    from ``.git``, no process): then a new commit on it is a fast-forward of the remote,
    unless someone pushed since."""
    try:
        branch = _branch(git_dir)
    except (OSError, SyncError):
        return False
    head = local_ref(git_dir, f"refs/heads/{branch}")
    return bool(head) and head == local_ref(git_dir, f"refs/remotes/{REMOTE}/{branch}")


def _pushed_first(git: Git, branch: str, result: SyncResult) -> bool:
    """The typing side's usual sync: level with the remote before, one new commit now,
    and the last sync brought nothing in (else the other side is writing as well).
    Push it straight away (``add``, ``commit``, ``push``: three processes instead of
    eight). If the remote still is where we last saw it, the push is a fast-forward and
    nothing came in to merge; if someone pushed meanwhile, git refuses it (nothing
    changes anywhere) and the sync fetches, merges and pushes as usual. Returns whether
    the push went through; an unreachable remote is the result's ``offline``."""
    try:
        git.run("push", "-q", "--follow-tags", REMOTE, f"HEAD:refs/heads/{branch}", network=True)
    except (GitFailed, SyncError) as exc:
        error = classify(exc)
        if error.code == "rejected":
            return False
        if error.offline:
            result.offline = error
            return True
        raise error from exc
    result.pushed = True
    return True


def _finish(root: Path, result: SyncResult) -> SyncResult:
    result.at = datetime.now().isoformat(timespec="seconds")
    _MERGED_LAST[root] = result.merged
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
        write_cache_file(root / STATE_FILE, json.dumps(state, indent=1).encode("utf-8"))


def read_state(root: Path) -> dict[str, str]:
    """The per-machine sync record: last successful sync, last attempt, last error."""
    return read_cache_map(Path(root) / STATE_FILE)
