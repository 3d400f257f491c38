"""The cheap check between full syncs: has the remote's branch moved?

The side that follows a meeting learns of the other side's push sooner than its sync
interval by asking the remote for one ref (``git ls-remote``: one process, one
connection, no objects transferred, nothing written locally). When the tip there is
neither our remote-tracking ref nor our own branch, something new is waiting and the
app starts a full sync at once.

Local refs are read from ``.git`` directly (a loose ref file, else ``packed-refs``) so
that the check is a single git process. It never raises for an unreachable or slow
remote: it answers "not moved" and the next full sync reports the problem in its own
words; it is bounded by the config's ``git_timeout`` and can be cancelled like any git
command (sync/gitrun.py). It takes no job lock: it writes nothing, and a full sync may
run beside it.
"""

from __future__ import annotations

from pathlib import Path

from sync.errors import SyncError
from sync.gitenv import NETWORK_TIMEOUT, REMOTE, git_env
from sync.gitrun import Cancel, Git, GitFailed


def _branch(git_dir: Path) -> str:
    head = (git_dir / "HEAD").read_text(encoding="utf-8").strip()
    return head.removeprefix("ref: refs/heads/") if head.startswith("ref: refs/heads/") else ""


def local_ref(git_dir: Path, ref: str) -> str:
    """The commit ``ref`` names in this repository ("" if it does not exist)."""
    loose = git_dir.joinpath(*ref.split("/"))
    try:
        return loose.read_text(encoding="utf-8").strip()
    except OSError:
        pass
    try:
        packed = (git_dir / "packed-refs").read_text(encoding="utf-8")
    except OSError:
        return ""
    for line in packed.splitlines():
        sha, _, name = line.partition(" ")
        if name == ref:
            return sha
    return ""


def remote_moved(
    root: Path, *, network_timeout: int = NETWORK_TIMEOUT, cancel: Cancel | None = None
) -> bool:
    """Whether the remote's branch has a commit this archive has not fetched yet."""
    git_dir = Path(root) / ".git"
    try:
        branch = _branch(git_dir)
    except OSError:
        return False
    if not branch:
        return False
    git = Git(Path(root), git_env(), network_timeout=network_timeout, cancel=cancel)
    try:
        code, out, _err = git.raw(
            "ls-remote", "--heads", REMOTE, f"refs/heads/{branch}", network=True, check=False
        )
    except (SyncError, GitFailed, OSError):
        return False  # unreachable, slow or cancelled: the next full sync says why
    if code != 0:
        return False
    tips = [line.split("\t")[0] for line in out.decode("ascii", "replace").splitlines()]
    if not tips or not tips[0]:
        return False  # the branch is not there yet: our next sync pushes it
    known = {
        local_ref(git_dir, f"refs/remotes/{REMOTE}/{branch}"),
        local_ref(git_dir, f"refs/heads/{branch}"),
    }
    return tips[0] not in known
