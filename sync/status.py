"""What is not yet shared, when the last sync was, which conflicts are open; approval tags."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.conflicts import CONFLICTS_TABLE, is_open_record
from model.store.archive import Archive
from model.store.errors import StoreError
from model.store.limits import loads_limited, read_limited
from sync.approval import TAG_PREFIX, approval_tags, tag_approval
from sync.approval_check import ApprovalCheck, archive_unverified
from sync.engine import read_state
from sync.gitenv import REMOTE, classify
from sync.gitrun import Git, GitFailed, local_git
from sync.incoming import is_archive_path
from sync.remote_tip import local_ref

__all__ = ["TAG_PREFIX", "approval_tags", "tag_approval"]  # where callers found them first


@dataclass
class OpenConflict:
    """Where an unresolved conflict is: a meeting file, or archive.json (``meeting_id``
    empty; ``table`` is then bodies/roster/templates)."""

    meeting_id: str
    title: str
    table: str
    record: str
    field: str
    label: str  # the item number (else title) it is in; in archive.json the record's name
    id: str = ""
    date: str = ""  # the meeting's date (ISO)
    item_title: str = ""
    path: Path | None = None

    @property
    def in_archive(self) -> bool:
        return not self.meeting_id


@dataclass
class SyncStatus:
    is_repo: bool
    remote: str = ""
    changed_files: list[str] = field(default_factory=list)  # not yet committed
    unpushed_commits: int = 0
    last_sync: str = ""
    last_error: str = ""  # the code of the last failure (sync.error.<code>)
    last_detail: str = ""  # git's telling line about it
    conflicts: list[OpenConflict] = field(default_factory=list)
    unverified: list[ApprovalCheck] = field(default_factory=list)  # approvals that fail

    @property
    def unshared(self) -> int:
        """Changes not yet shared: files changed since the last commit plus commits."""
        return len(self.changed_files) + self.unpushed_commits


def open_conflicts(root: Path) -> list[OpenConflict]:
    """Unresolved conflict records in every meeting file, then in archive.json."""
    return meeting_conflicts(root) + archive_conflicts(root)


def meeting_conflicts(root: Path) -> list[OpenConflict]:
    """Unresolved conflicts of the meetings, newest meeting first. Only files the listing
    index counts conflicts in are read (the index is stamp-keyed, so this stays fast)."""
    found: list[OpenConflict] = []
    for summary in Archive(root).summaries():
        if summary.conflicts:
            found.extend(_conflicts_of_meeting(summary.path))
    return found


def _conflicts_of_meeting(path: Path) -> list[OpenConflict]:
    try:
        data = loads_limited(read_limited(path))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict):
        return []
    header: dict[str, Any] = next(iter((data.get("meeting") or {}).values()), {})
    found: list[OpenConflict] = []
    for cid, rec in sorted((data.get(CONFLICTS_TABLE) or {}).items()):
        if not is_open_record(rec):
            continue
        target = (data.get(rec.get("table", "")) or {}).get(rec.get("record", ""), {})
        item = target if rec.get("table") == "items" else None
        if item is None and isinstance(target.get("item"), str):
            item = (data.get("items") or {}).get(target["item"])
        label = (item.get("number") or item.get("title") or "") if item else ""
        found.append(
            OpenConflict(
                meeting_id=path.stem,
                title=str(header.get("title") or header.get("body") or path.stem),
                table=str(rec.get("table", "")),
                record=str(rec.get("record", "")),
                field=str(rec.get("field", "")),
                label=str(label),
                id=cid,
                date=str(header.get("date") or ""),
                item_title=str(item.get("title") or "") if item else "",
                path=path,
            )
        )
    return found


def archive_conflicts(root: Path) -> list[OpenConflict]:
    """Unresolved conflicts of archive.json (bodies, rosters, templates)."""
    archive = Archive(root)
    try:
        conflicts = archive.registry().open_conflicts()
    except StoreError:
        return []  # a damaged archive.json is reported where it is used
    return [
        OpenConflict(
            meeting_id="",
            title="",
            table=c.conflict.table,
            record=c.conflict.record,
            field=c.conflict.field,
            label=c.label,
            id=c.conflict.id,
            path=archive.registry_path,
        )
        for c in conflicts
    ]


def status(root: Path) -> SyncStatus:
    """The sync state of the archive at ``root`` (no network)."""
    root = Path(root)
    if not (root / ".git").exists():
        return SyncStatus(
            is_repo=False, conflicts=open_conflicts(root), unverified=archive_unverified(root)
        )
    result = SyncStatus(is_repo=True)
    try:
        _git_state(root, result)
    except GitFailed as exc:
        raise classify(exc) from exc
    state = read_state(root)
    result.last_sync = state.get("last_sync", "")
    result.last_error = state.get("last_error", "")
    result.last_detail = state.get("last_detail", "")
    result.conflicts = open_conflicts(root)
    result.unverified = archive_unverified(root)
    return result


def _git_state(root: Path, result: SyncStatus) -> None:
    """Remote, files not yet committed, commits not yet pushed (local git only)."""
    git = local_git(root)
    code, url = git.try_("remote", "get-url", REMOTE)
    result.remote = url.strip() if code == 0 else ""
    porcelain = git.run("status", "--porcelain", "-z", "--no-renames", "--untracked-files=all")
    changed = [entry[3:] for entry in porcelain.split("\0") if entry.strip()]
    # a stray file or a symlink in the folder is never shared (sync/incoming.py)
    result.changed_files = [
        name for name in changed if is_archive_path(name) and not (root / name).is_symlink()
    ]
    code, branch, has_head, level = _branch_state(git, root / ".git")
    if code == 0 and has_head:
        if level:  # the branch is where the remote's was at the last fetch or push
            result.unpushed_commits = 0
            return
        upstream = f"refs/remotes/{REMOTE}/{branch.strip()}"
        code, count = git.try_("rev-list", "--count", f"{upstream}..HEAD")
        if code != 0:
            code, count = git.try_("rev-list", "--count", "HEAD")
        result.unpushed_commits = int(count.strip() or 0) if code == 0 else 0


def _branch_state(git: Git, git_dir: Path) -> tuple[int, str, bool, bool]:
    """(0 or git's status, the branch, whether it has a commit, whether it is level with
    the remote-tracking ref). Read from ``.git`` when it is a folder (the app shows the
    state after every sync: two processes fewer), else asked of git."""
    if git_dir.is_dir():
        try:
            head = (git_dir / "HEAD").read_text(encoding="utf-8").strip()
        except OSError:
            head = ""
        if head.startswith("ref: refs/heads/"):
            branch = head.removeprefix("ref: refs/heads/")
            tip = local_ref(git_dir, f"refs/heads/{branch}")
            if tip:
                tracking = local_ref(git_dir, f"refs/remotes/{REMOTE}/{branch}")
                return 0, branch, True, tip == tracking
    code, branch = git.try_("symbolic-ref", "--short", "HEAD")
    has_head = git.try_("rev-parse", "--verify", "-q", "HEAD")[0] == 0
    return code, branch, has_head, False
