"""What changed in a meeting since a git ref, record by record, and who changed it.

Walks the commits that touched the meeting file since ``since`` (oldest first) and
compares each version with the one before, so every change carries the author and time
of the commit that made it. Uncommitted changes on disk come last, by "(not shared)".
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from model.agenda import AgendaItem
from model.approval import RECORD_NOISE
from model.meeting import Meeting
from model.store.limits import loads_limited
from sync.errors import SyncError
from sync.gitenv import classify
from sync.gitrun import Git, GitFailed, local_git
from sync.localstate import read_cache_map

_IGNORED_TABLES = frozenset({"meta", "events"})
#: Live bookkeeping (timers, the current item) says nothing in the minutes: not a change
#: a reviewer needs to read (the approval hash leaves the same fields out).
_IGNORED_FIELDS = RECORD_NOISE | {"current_item"}
SEEN_FILE = Path(".local") / "seen.json"


@dataclass(frozen=True)
class Change:
    table: str
    record: str
    field: str  # "" for a whole record added or deleted
    kind: str  # "added", "deleted", "changed"
    old: Any
    new: Any
    by: str
    at: str


def table_changes(old: dict[str, Any], new: dict[str, Any], by: str, at: str) -> list[Change]:
    """The changes between two versions of a meeting file's tables."""
    changes: list[Change] = []
    for table in sorted(set(old) | set(new)):
        if table in _IGNORED_TABLES:
            continue
        before, after = old.get(table) or {}, new.get(table) or {}
        for rid in sorted(set(before) | set(after)):
            a, b = before.get(rid), after.get(rid)
            if a == b:
                continue
            if a is None or (b is not None and a.get("deleted") and not b.get("deleted")):
                changes.append(Change(table, rid, "", "added", None, b, by, at))
            elif b is None or (b.get("deleted") and not a.get("deleted")):
                changes.append(Change(table, rid, "", "deleted", a, None, by, at))
            else:
                for name in sorted(set(a) | set(b)):
                    if name not in _IGNORED_FIELDS and a.get(name) != b.get(name):
                        changes.append(
                            Change(table, rid, name, "changed", a.get(name), b.get(name), by, at)
                        )
    return changes


def _load(text: str) -> dict[str, Any]:
    try:
        value = loads_limited(text)
    except ValueError:  # also OverLimit: an old version over the limits shows no changes
        return {}
    return value if isinstance(value, dict) else {}


def meeting_changes(root: Path, meeting_path: Path, since: str | None) -> tuple[str, list[Change]]:
    """Changes to the meeting file since ``since`` (a ref; None: since this machine last
    looked, else since the file was first shared: the first shared version is the
    starting point). Returns the ref used ("" for the first shared version) and the
    changes."""
    root = Path(root).resolve()
    relative = Path(meeting_path).resolve().relative_to(root).as_posix()
    git = local_git(root)
    if since is None:
        since = seen(root).get(Path(relative).stem)
    try:
        return since or "", _changes(git, Path(meeting_path), relative, since)
    except GitFailed as exc:
        raise classify(exc) from exc


def _changes(git: Git, meeting_path: Path, relative: str, since: str | None) -> list[Change]:
    log_range: list[str] = ["HEAD"]
    if since:
        code, _ = git.try_("rev-parse", "--verify", "-q", f"{since}^{{commit}}")
        if code != 0:
            raise SyncError("git_failed", f"unknown ref {since}")
        log_range = [f"{since}..HEAD"]
    code, out = git.try_(
        "log", "--reverse", "--format=%H%x09%an%x09%aI", *log_range, "--", relative
    )
    commits = [line.split("\t") for line in out.splitlines() if line.strip()] if code == 0 else []
    code, text = git.try_("show", f"{since}:{relative}") if since else (1, "")
    previous = _load(text) if code == 0 else {}
    if not since and commits:
        # never looked: changes since the draft was first shared (its items and people
        # are the draft, not changes)
        previous = _load(git.run("show", f"{commits[0][0]}:{relative}"))
        commits = commits[1:]
    changes: list[Change] = []
    for sha, name, at in commits:
        current = _load(git.run("show", f"{sha}:{relative}"))
        changes += table_changes(previous, current, name, at)
        previous = current
    disk = _load(meeting_path.read_text(encoding="utf-8"))
    changes += table_changes(previous, disk, "", "")
    return changes


@dataclass(frozen=True)
class Place:
    """Where a changed record lives in the minutes. ``kind`` is "meeting" (the header),
    "attendance", "item" or "other" (then ``label`` is the table's name)."""

    kind: str
    label: str


def _item_of(meeting: Meeting, table: str, record: str) -> AgendaItem | None:
    """The agenda item a record of ``table`` belongs to, if any."""
    item_id = record if table == "items" else None
    if table in ("decisions", "actions"):
        holder = meeting.decision(record) or meeting.action(record)
        item_id = getattr(holder, "item", None)
    if table in ("motions", "votes", "elections"):
        holder = next((r for r in getattr(meeting, table) if r.id == record), None)
        item_id = getattr(holder, "item", None)
    if table == "statements":
        statement = next((s for s in meeting.statements if s.id == record), None)
        decision = meeting.decision(statement.decision) if statement else None
        item_id = decision.item if decision else None
    return meeting.item(item_id)


def _where(
    meeting: Meeting, table: str, record: str, people: dict[str, int], items: dict[str, int]
) -> tuple[Place, tuple[int, int]]:
    """Where a record belongs in ``meeting`` and where that comes in the minutes: the
    header, the attendance (roster order, ``people``), the items (agenda order, each
    item's sub-items after it, ``items``), then anything else."""
    if table == "meeting":
        return Place("meeting", meeting.header.title or meeting.header.body), (0, 0)
    if table in ("attendance", "presence"):  # an interval is shown with its person
        if table == "presence":
            span = next((p for p in meeting.presence if p.id == record), None)
            record = span.person if span else record
        person = meeting.person(record)
        rank = people.get(record, len(people))
        return Place("attendance", person.name if person else ""), (1, rank)
    item = _item_of(meeting, table, record)
    if item is None:
        return Place("other", table), (3, 0)
    return Place("item", f"{item.number} {item.title}".strip()), (2, items.get(item.id, len(items)))


def group_changes(meeting: Meeting, changes: list[Change]) -> list[tuple[Place, list[Change]]]:
    """The changes grouped by where they are in the minutes, in the minutes' order; within
    a place, in the order they were made."""
    people = {person.id: n for n, person in enumerate(meeting.people)}
    ordered = (i for top in meeting.agenda for i in (top, *meeting.sub_items(top.id)))
    items = {item.id: n for n, item in enumerate(ordered)}
    groups: dict[Place, list[Change]] = {}
    order: dict[Place, tuple[int, int]] = {}
    for change in changes:
        place, rank = _where(meeting, change.table, change.record, people, items)
        groups.setdefault(place, []).append(change)
        order.setdefault(place, rank)
    return sorted(groups.items(), key=lambda group: order[group[0]])


def _short(value: Any, width: int) -> str:
    text = " ".join(str(value).split()) if value is not None else "-"
    return text if len(text) <= width else text[: width - 1] + "…"


def change_lines(change: Change, width: int = 70) -> list[str]:
    """A changed field as lines to show: the changed lines of a text ("-"/"+" prefixed),
    or the old and the new value. Added and deleted records have no lines."""
    if change.kind != "changed":
        return []
    old, new = change.old, change.new
    if isinstance(old, str) and isinstance(new, str) and "\n" in old + new:
        return [
            f"{line[0]} {_short(line[1:], width + 30)}"
            for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
            if line and not line.startswith(("---", "+++", "@@"))
        ]
    return [f"- {_short(old, width)}", f"+ {_short(new, width)}"]


def seen(root: Path) -> dict[str, str]:
    """Per machine: meeting id -> the commit this user last reviewed."""
    return read_cache_map(Path(root) / SEEN_FILE)


def mark_seen(root: Path, meeting_id: str) -> None:
    """Remember that the user has reviewed the meeting as of HEAD."""
    code, head = local_git(Path(root)).try_("rev-parse", "--verify", "-q", "HEAD")
    if code != 0:
        return
    data = seen(root)
    data[meeting_id] = head.strip()
    path = Path(root) / SEEN_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
