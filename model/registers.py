"""Registers across the archive: open actions, decisions, full-text search, attendance.

Every register reads a per-machine index (``meetings/.local/followup.json``) holding what
the registers need of each meeting file, keyed by the file's modification time and size,
as ``Archive.summaries`` does. Only files that changed since the last call are read
again, so 1,000 meetings cost one JSON load and 1,000 ``stat`` calls, not 1,000 parses.
The index is a cache: deleting it loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from model.codec import tables_to_meeting
from model.enums import ActionStatus, AttendanceStatus, Language
from model.meeting import Meeting
from model.next_meeting import ACTION_ID, ACTION_MEETING, ACTION_STATUS
from model.store.archive import Archive
from model.store.errors import StoreError
from model.store.file_index import refresh_index
from model.store.load import load_tables, local_dir
from model.store.problems import FileProblem, problem_of
from model.store.schema import KIND_MEETING

INDEX_FILE = "followup.json"
#: 2: a damaged file's problem as a ``FileProblem`` (words, not a class name)
INDEX_VERSION = 2


# -- the index ------------------------------------------------------------------------


def _entry(meeting: Meeting) -> dict[str, Any]:
    """What the registers keep of one meeting (plain JSON)."""
    header = meeting.header
    items = [i for i in meeting.items if not i.deleted]
    texts: list[list[str]] = []
    for item in items:
        texts.append([item.id, "title", item.title])
        if item.notes:
            texts.append([item.id, "notes", item.notes])
    decisions = meeting.live_decisions()
    for decision in decisions:
        texts.append([decision.item, "decision", decision.text])
    for action in meeting.live_actions():
        texts.append([action.item or "", "action", action.text])
    return {
        "id": meeting.id,
        "body": header.body,
        "title": header.title,
        "date": header.date.isoformat() if header.date else None,
        "state": header.state.value,
        "items": {i.id: [i.number, i.title, i.parent] for i in items},
        "texts": texts,
        "decisions": [[d.id, d.item, d.number, d.paragraph, d.text] for d in decisions],
        "actions": [
            [
                a.id,
                a.item,
                a.text,
                a.owner,
                a.owner_name,
                a.due.isoformat() if a.due else None,
                a.status.value,
            ]
            for a in meeting.live_actions()
        ],
        "reports": [
            [
                str(i.extra[ACTION_ID]),
                str(i.extra.get(ACTION_MEETING, "")),
                i.extra.get(ACTION_STATUS),
            ]
            for i in items
            if ACTION_ID in i.extra
        ],
        "attendance": [
            [p.id, p.name, p.organisation, p.role.value, p.status.value, p.from_item, p.until_item]
            for p in meeting.people
        ],
    }


@dataclass
class IndexedMeeting:
    """One meeting as the registers see it."""

    path: Path
    data: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.data.get("id", self.path.stem))

    @property
    def body(self) -> str:
        return str(self.data.get("body", ""))

    @property
    def date(self) -> date | None:
        value = self.data.get("date")
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None

    @property
    def problem(self) -> FileProblem | None:
        return FileProblem.from_json(self.data.get("problem"))

    def item_label(self, item_id: str | None) -> tuple[str, str]:
        """(number, title) of an item of this meeting; sub-items show their item's number."""
        items: dict[str, list[Any]] = self.data.get("items", {})
        entry = items.get(item_id or "")
        if entry is None:
            return "", ""
        number, title, parent = entry
        if not number and parent in items:
            number = items[parent][0]
        return str(number or ""), str(title)

    def sort_key(self) -> tuple[str, str]:
        return (str(self.data.get("date") or ""), self.id)


@dataclass
class ArchiveIndex:
    meetings: list[IndexedMeeting] = field(default_factory=list)
    refreshed: int = 0  # files read again on this load

    def by_id(self) -> dict[str, IndexedMeeting]:
        return {m.id: m for m in self.meetings}

    def unreadable(self, body: str | None = None) -> list[IndexedMeeting]:
        """The files that could not be read (their body, if known, is ``body``)."""
        wanted = (body or "").casefold()
        return [
            m
            for m in self.meetings
            if m.problem and (not wanted or m.body.casefold() in ("", wanted))
        ]

    def of_body(self, body: str | None) -> list[IndexedMeeting]:
        if not body:
            return [m for m in self.meetings if not m.problem]
        wanted = body.casefold()
        return [m for m in self.meetings if not m.problem and m.body.casefold() == wanted]


def index_path(archive: Archive) -> Path:
    return local_dir(archive.meetings_dir / "x") / INDEX_FILE


def load_index(archive: Archive) -> ArchiveIndex:
    """The registers' index of the archive, refreshed for files changed since last time."""
    index = refresh_index(index_path(archive), archive.meeting_paths(), _read, INDEX_VERSION)
    result = ArchiveIndex(
        meetings=[IndexedMeeting(path, entry) for path, entry in index.entries],
        refreshed=index.refreshed,
    )
    result.meetings.sort(key=IndexedMeeting.sort_key)
    return result


def _read(path: Path) -> dict[str, Any]:
    try:
        meeting = tables_to_meeting(load_tables(path, KIND_MEETING).tables)
    except (
        StoreError, OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError
    ) as exc:  # fmt: skip
        return {"id": path.stem, "problem": problem_of(exc).to_json()}
    except MemoryError:
        return {"id": path.stem, "problem": FileProblem("too_big").to_json()}
    return _entry(meeting)


# -- actions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionRow:
    """An action and where it came from; ``done_in_meeting`` where it was reported done."""

    id: str
    text: str
    owner: str | None
    owner_name: str
    due: date | None
    status: ActionStatus
    meeting: str
    meeting_date: date | None
    body: str
    item_number: str
    item_title: str
    done_in_meeting: str | None = None
    done_date: date | None = None

    def overdue(self, today: date) -> bool:
        return self.status is ActionStatus.OPEN and self.due is not None and self.due < today


def action_register(
    index: ArchiveIndex,
    *,
    body: str | None = None,
    owner: str | None = None,
    include_closed: bool = False,
) -> list[ActionRow]:
    """Actions by owner and due date; open ones only unless ``include_closed``.

    An action's status is its own, overridden by the latest report of it in a later
    meeting (a follow-up sub-item marked done, cancelled or still open).
    """
    meetings = index.of_body(body)
    reports: dict[str, tuple[str, IndexedMeeting]] = {}
    for meeting in meetings:  # oldest first: later reports win
        for action_id, _origin, status in meeting.data.get("reports", []):
            if status and status != ActionStatus.OPEN.value:
                reports[action_id] = (status, meeting)
            elif status == ActionStatus.OPEN.value:
                reports.pop(action_id, None)
    rows: list[ActionRow] = []
    wanted_owner = owner.casefold() if owner else None
    for meeting in meetings:
        for action_id, item, text, owner_id, owner_name, due, status in meeting.data.get(
            "actions", []
        ):
            state = ActionStatus(status)
            done_in: IndexedMeeting | None = None
            if action_id in reports:
                reported, where = reports[action_id]
                state, done_in = ActionStatus(reported), where
            elif state is not ActionStatus.OPEN:
                done_in = meeting
            if state is not ActionStatus.OPEN and not include_closed:
                continue
            if wanted_owner and wanted_owner not in (owner_name or "").casefold():
                continue
            number, title = meeting.item_label(item)
            rows.append(
                ActionRow(
                    id=action_id,
                    text=text,
                    owner=owner_id,
                    owner_name=owner_name or "",
                    due=date.fromisoformat(due) if due else None,
                    status=state,
                    meeting=meeting.id,
                    meeting_date=meeting.date,
                    body=meeting.body,
                    item_number=number,
                    item_title=title,
                    done_in_meeting=done_in.id if done_in else None,
                    done_date=done_in.date if done_in else None,
                )
            )
    rows.sort(key=lambda r: (r.owner_name.casefold() or "\uffff", r.due or date.max, r.text))
    return rows


# -- decisions -------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionRow:
    body: str
    meeting: str
    meeting_date: date | None
    number: int
    paragraph: str
    item_number: str
    item_title: str
    text: str


def decision_register(
    index: ArchiveIndex,
    *,
    body: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[DecisionRow]:
    """Every decision by body, then date, then its number in the meeting."""
    rows = []
    for meeting in index.of_body(body):
        day = meeting.date
        if (since and (day is None or day < since)) or (until and (day is None or day > until)):
            continue
        for _id, item, number, paragraph, text in meeting.data.get("decisions", []):
            item_number, item_title = meeting.item_label(item)
            rows.append(
                DecisionRow(
                    meeting.body, meeting.id, day, number, paragraph, item_number, item_title, text
                )
            )
    rows.sort(key=lambda r: (r.body.casefold(), r.meeting_date or date.min, r.meeting, r.number))
    return rows


# -- search ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """One place the text was found: meeting, item and what part of it."""

    meeting: str
    meeting_date: date | None
    body: str
    item_id: str
    item_number: str
    item_title: str
    where: str  # title, notes, decision, action
    snippet: str


def search(
    index: ArchiveIndex, text: str, *, body: str | None = None, limit: int | None = None
) -> list[Hit]:
    """Every place the words occur (all of them, any case), newest meeting first."""
    words = [w.casefold() for w in text.split() if w.strip()]
    if not words:
        return []
    hits: list[Hit] = []
    for meeting in reversed(index.of_body(body)):
        for item_id, where, content in meeting.data.get("texts", []):
            folded = content.casefold()
            if not all(w in folded for w in words):
                continue
            number, title = meeting.item_label(item_id)
            hits.append(
                Hit(
                    meeting.id,
                    meeting.date,
                    meeting.body,
                    item_id,
                    number,
                    title,
                    where,
                    snippet(content, folded.find(words[0]), len(words[0])),
                )
            )
            if limit is not None and len(hits) >= limit:
                return hits
    return hits


def unreadable_files(index: ArchiveIndex, language: Language | str, body: str | None = None) -> str:
    """The files a register could not read, as "name (what is wrong)", or ""."""
    return ", ".join(
        f"{m.path.name} ({m.problem.words(language)})" for m in index.unreadable(body) if m.problem
    )


def snippet(text: str, at: int, length: int, width: int = 70) -> str:
    """The text around a hit, on one line, with "…" where it was cut."""
    start = max(0, at - width // 2)
    end = min(len(text), at + length + width // 2)
    piece = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")


# -- attendance ------------------------------------------------------------------------


@dataclass
class PersonAttendance:
    """One person's attendance across the meetings of the register."""

    person: str
    name: str
    organisation: str
    meetings: int = 0
    present: int = 0
    remote: int = 0
    absent: int = 0
    with_notice: int = 0
    partly: int = 0  # came late or left early
    history: list[tuple[date | None, str, str]] = field(default_factory=list)

    @property
    def attended(self) -> int:
        return self.present + self.remote

    @property
    def rate(self) -> float:
        registered = self.attended + self.absent + self.with_notice
        return self.attended / registered if registered else 0.0


def attendance_register(index: ArchiveIndex, *, body: str | None = None) -> list[PersonAttendance]:
    """Attendance per person (by person id, which stays the same across a body's meetings)."""
    people: dict[str, PersonAttendance] = {}
    for meeting in index.of_body(body):
        for pid, name, organisation, _role, status, from_item, until_item in meeting.data.get(
            "attendance", []
        ):
            row = people.setdefault(pid, PersonAttendance(pid, name, organisation))
            row.name, row.organisation = name, organisation or row.organisation
            state = AttendanceStatus(status)
            if state is AttendanceStatus.UNKNOWN:
                continue  # a meeting not yet held (or attendance not taken) says nothing
            row.meetings += 1
            if state is AttendanceStatus.PRESENT:
                row.present += 1
            elif state is AttendanceStatus.REMOTE:
                row.remote += 1
            elif state is AttendanceStatus.ABSENT:
                row.absent += 1
            elif state is AttendanceStatus.ABSENT_WITH_NOTICE:
                row.with_notice += 1
            if state.attends and (from_item or until_item):
                row.partly += 1
            row.history.append((meeting.date, meeting.id, status))
    return sorted(people.values(), key=lambda p: p.name.casefold())


def bodies(index: ArchiveIndex) -> list[str]:
    return sorted({m.body for m in index.meetings if m.body}, key=str.casefold)


def find_action(index: ArchiveIndex, ref: str) -> ActionRow | None:
    """An action by id or unique id prefix (open or closed)."""
    matches = [r for r in action_register(index, include_closed=True) if r.id.startswith(ref)]
    return matches[0] if len(matches) == 1 else None
