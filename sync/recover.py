"""Repairing a merge an earlier program left unfinished (the sync itself never does).

``git merge`` killed mid-way (a plain ``git pull`` by hand, a power cut) leaves
MERGE_HEAD; older versions of this program left ``MERGING_FILE``. Either blocks every
later sync, so the next sync goes back to the branch's commit before that merge,
keeping every whole file, and then commits and merges as usual.
"""

from __future__ import annotations

from pathlib import Path

from sync.errors import SyncError
from sync.filecheck import check_files
from sync.gitrun import Git

BACKUP_REF = "refs/minutes/backup"
#: Left in the git folder by older versions while a merge was under way.
MERGING_FILE = "minutes-merging"


def recover_interrupted(git: Git, git_dir: Path, root: Path) -> None:
    """A merge that did not finish: a ``git merge`` killed mid-way left MERGE_HEAD, or an
    older version left the ``MERGING_FILE`` mark. Go back to the branch's commit before
    it, keeping every whole file (the next steps commit and merge them)."""
    mark = git_dir / MERGING_FILE
    if not (git_dir / "MERGE_HEAD").exists() and not mark.exists():
        return
    code, merge_head = git.try_("rev-parse", "--verify", "-q", "MERGE_HEAD")
    git.try_("merge", "--abort")
    try:
        head, theirs = mark.read_text(encoding="utf-8").split()[:2]
    except (OSError, ValueError):
        status, backup = git.try_("rev-parse", "--verify", "-q", BACKUP_REF)
        if status != 0 or not backup.strip():
            status, backup = git.try_("rev-parse", "--verify", "-q", "HEAD")
            if status != 0:
                return
        head, theirs = backup.strip(), merge_head.strip() if code == 0 else ""
    _back_to(git, root, head, theirs)
    mark.unlink(missing_ok=True)


def _damaged(root: Path, name: str) -> bool:
    try:
        check_files(root, [name])
    except SyncError:
        return True
    return False


def _back_to(git: Git, root: Path, head: str, theirs: str) -> None:
    """Put the branch back on ``head`` after a merge that did not finish.

    Work-tree files are whole unless git itself was interrupted writing them (the app
    writes atomically): a whole file holds the user's later edits or both sides merged,
    so it stays and is committed next. A file left half-written or missing is restored
    from ``head``; a half-written file that only ``theirs`` has is removed (the next
    merge brings it again).
    """
    git.run("reset", "-q", head)  # the branch and the index; the work tree stays
    tracked = git.run("diff", "--name-only", "--no-renames", head).splitlines()
    restore = [n for n in tracked if not (root / n).exists() or _damaged(root, n)]
    if restore:
        git.run("checkout", head, "--", *restore)
    if not theirs:
        return
    untracked = git.run("ls-files", "--others", "--exclude-standard").splitlines()
    for name in untracked:
        code, _ = git.try_("cat-file", "-e", f"{theirs}:{name}")
        if code == 0 and _damaged(root, name):
            (root / name).unlink(missing_ok=True)
