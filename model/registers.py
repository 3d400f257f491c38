"""Registers across the archive: open actions, decisions, attendance, and the files a
register could not read; full-text search is ``model/search.py``, over the same index.

Every register is a query over the archive's per-machine index (``model.store.index_db``,
an SQLite file in ``meetings/.local/``), refreshed first for the files that changed since
the last call. The index is a cache: deleting it loses nothing.
"""

from __future__ import annotations

import functools
import heapq
import operator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from model.enums import ActionStatus, AttendanceStatus, Language
from model.store.archive import Archive, MeetingSummary
from model.store.index_db import ArchiveIndex, Progress
from model.store.index_entry import co_owners_of

__all__ = ["ArchiveIndex", "load_index"]


# -- the index ------------------------------------------------------------------------


def index_path(archive: Archive) -> Path:
    return ArchiveIndex(archive.meetings_dir, lambda _p: {}).path


def load_index(archive: Archive, progress: Progress | None = None) -> ArchiveIndex:
    """The archive's index, refreshed for files changed since last time. ``refreshed``
    says how many files were read again."""
    return archive.index(progress=progress)


def meetings_of(index: ArchiveIndex) -> list[MeetingSummary]:
    """Every indexed meeting, oldest first (mainly for tests and tools)."""
    from model.store.archive import summary_from_row

    rows = index.rows(
        "SELECT name, id, body, title, date, state, problem, conflicts FROM meetings"
        " ORDER BY date IS NOT NULL, date, id"
    )
    return [summary_from_row(index.meetings_dir, row) for row in rows]


def register_clause(
    body: str | None,
    since: date | None = None,
    until: date | None = None,
    alias: str = "m",
) -> tuple[str, list[object]]:
    """The WHERE of a register: readable meetings only (a damaged file has no register
    rows), of ``body`` if given, held from ``since`` until ``until`` if given."""
    where, parameters = f"{alias}.registers = 1", list[object]()
    if body:
        where += f" AND {alias}.body_key = ?"
        parameters.append(body.casefold())
    if since is not None:
        where += f" AND {alias}.date >= ?"
        parameters.append(since.isoformat())
    if until is not None:
        where += f" AND {alias}.date <= ?"
        parameters.append(until.isoformat())
    return where, parameters


@functools.lru_cache(maxsize=4096)
def day_of(value: str | None) -> date | None:
    """An ISO date of the index as a date (cached: 10,000 meetings have few dates)."""
    return date.fromisoformat(value) if value else None


# -- actions ---------------------------------------------------------------------------


class ActionRow(NamedTuple):
    """An action and where it came from; ``done_in_meeting`` where it was reported done.

    A named tuple rather than a frozen dataclass: a large archive's register builds
    thousands of them, and a frozen dataclass costs three times as much to build."""

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
    #: the owners after the first, as (person id, name)
    co_owners: tuple[tuple[str, str], ...] = ()

    @property
    def owner_names(self) -> list[str]:
        """Every owner's name, the first owner first (empty: no owner)."""
        first = [self.owner_name] if self.owner_name else []
        return first + [name for _pid, name in self.co_owners]

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
    found = _chosen_actions(index, body, include_closed)
    return [row for _order, row in _action_rows(index, found, owner)]


def action_page(
    index: ArchiveIndex,
    limit: int,
    *,
    body: str | None = None,
    owner: str | None = None,
    include_closed: bool = False,
) -> tuple[list[ActionRow], int]:
    """The ``limit`` actions of the newest meetings, in ``action_register``'s order, and
    how many ``action_register`` gives in all (the same filters)."""
    found = _chosen_actions(index, body, include_closed)
    if owner is None:  # cut before the texts are read: most of the cost is in them
        total = len(found.chosen)
        found.chosen = heapq.nlargest(limit, found.chosen, key=operator.itemgetter(1, 0))
        return [row for _order, row in _action_rows(index, found, None)], total
    # whose an action is needs every row's owners: the whole register, then cut
    keyed = _action_rows(index, found, owner)
    kept = sorted(keyed, key=lambda pair: (-pair[0][3], -pair[0][4]))[:limit]
    kept.sort(key=lambda pair: pair[0])
    return [row for _order, row in kept], len(keyed)


#: Row ids per query (SQLite allows 999 parameters in old versions).
_CHUNK = 900
#: Status values to their members (a dict lookup: ``ActionStatus(value)`` is slower).
_STATUS = {s.value: s for s in ActionStatus}
_OPEN = ActionStatus.OPEN.value
#: A chosen action: its rowid, its meeting's place in time (``_Chosen``), its meeting's
#: mid, its id, its status value and the mid of the meeting where it was closed, if any.
Chosen = tuple[int, int, int, str, str, "int | None"]


@dataclass
class _Chosen:
    """The actions a register shows, before their texts are read (``Chosen`` rows), and
    the meetings in the register's scope: mid -> (id, date). A meeting's place is its
    rank by (undated first, date, id), oldest first; equal meetings share one."""

    meetings: dict[int, tuple[str, str | None]]
    chosen: list[Chosen]


def _chosen_actions(index: ArchiveIndex, body: str | None, include_closed: bool) -> _Chosen:
    """Which actions the register shows and their status, from ids and states alone.

    Joined here rather than in SQL: at 10,000 meetings SQLite's joins, window functions
    or grouping over the reports cost twice what these dictionaries do.
    """
    where, parameters = register_clause(body)
    if not body:  # every meeting, read from the index alone (meetings_newest_first): an
        where, parameters = "1", []  # unreadable one has no action or report rows anyway
    meetings: dict[int, tuple[str, str | None]] = {}
    place: dict[int, int] = {}
    rank, previous = -1, None
    for mid, meeting_id, day in index.rows(
        f"SELECT m.mid, m.id, m.date FROM meetings m WHERE {where}"
        " ORDER BY m.date IS NULL DESC, m.date, m.id",  # the index's order, reversed
        parameters,
    ):
        if (day, meeting_id) != previous:
            rank, previous = rank + 1, (day, meeting_id)
        place[mid] = rank
        meetings[mid] = (meeting_id, day)
    # the latest report of each action: in meeting order, the later report of one meeting
    # (rowid order) winning; "open" takes a report back
    latest: dict[str, tuple[int, str, int]] = {}
    for action_id, status, mid in index.rows(
        "SELECT action_id, status, mid FROM reports WHERE status IS NOT NULL AND status != ''"
        " ORDER BY rowid"
    ):
        at = place.get(mid)
        if at is None:
            continue
        known = latest.get(action_id)
        if known is None or at >= known[0]:
            latest[action_id] = (at, status, mid)
    closing = {action_id: seen for action_id, seen in latest.items() if seen[1] != _OPEN}
    # an action is open when it was set open and no later report closed it
    sql = "SELECT rowid, mid, action_id, status FROM actions"
    if not include_closed:  # the status is known: not read 22,000 times
        sql = f"SELECT rowid, mid, action_id, '{_OPEN}' FROM actions WHERE status = '{_OPEN}'"
    chosen: list[Chosen] = []
    for rowid, mid, action_id, status in index.rows(sql):
        at = place.get(mid)
        if at is None:
            continue
        closed = closing.get(action_id)
        if closed is not None:
            if include_closed:
                chosen.append((rowid, at, mid, action_id, closed[1], closed[2]))
        elif status == _OPEN:
            chosen.append((rowid, at, mid, action_id, status, None))
        elif include_closed:
            chosen.append((rowid, at, mid, action_id, status, mid))
    return _Chosen(meetings, chosen)


def _action_rows(
    index: ArchiveIndex, found: _Chosen, owner: str | None
) -> list[tuple[tuple[str, date, str, int, int], ActionRow]]:
    """The chosen actions with their texts, owners and meetings, in the register's order
    (each with its sort key: owner, due date, text, meeting's place, rowid)."""
    chosen = {c[0]: c for c in found.chosen}
    meetings = found.meetings
    wanted_owner = owner.casefold() if owner else None
    keyed: list[tuple[tuple[str, date, str, int, int], ActionRow]] = []
    rowids = list(chosen)
    for start in range(0, len(rowids), _CHUNK):
        some = rowids[start : start + _CHUNK]
        rows = index.rows(
            "SELECT a.rowid, a.text, a.owner, a.owner_name, a.due, a.item_number,"
            " a.item_title, a.co_owners, m.body FROM actions a JOIN meetings m"
            f" ON m.mid = a.mid WHERE a.rowid IN ({','.join('?' * len(some))})",
            some,
        )
        for rowid, text, owner_id, owner_name, due, number, title, others, meeting_body in rows:
            _rowid, at, mid, action_id, status, done_mid = chosen[rowid]
            name = owner_name or ""
            co_owners = co_owners_of(others) if others != "[]" else ()
            if wanted_owner and not any(
                wanted_owner in n.casefold() for n in (name, *(o[1] for o in co_owners))
            ):
                continue
            meeting_id, day = meetings[mid]
            done_in = meetings[done_mid] if done_mid is not None else None
            due_day = day_of(due)
            row = ActionRow(
                action_id,
                text,
                owner_id,
                name,
                due_day,
                _STATUS.get(status) or ActionStatus(status),
                meeting_id,
                day_of(day),
                meeting_body,
                number or "",
                title or "",
                done_in[0] if done_in else None,
                day_of(done_in[1]) if done_in else None,
                co_owners,
            )
            # by owner, due date and text; equal ones in meeting order, then as recorded
            order = (name.casefold() or "\uffff", due_day or date.max, text, at, rowid)
            keyed.append((order, row))
    keyed.sort(key=lambda pair: pair[0])
    return keyed


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
    where, parameters = register_clause(body, since, until)
    rows = [
        DecisionRow(
            meeting_body, meeting_id, day_of(day), number, paragraph, n or "", t or "", text
        )
        for meeting_body, meeting_id, day, number, paragraph, n, t, text in index.rows(
            "SELECT m.body, m.id, m.date, d.number, d.paragraph, i.number, i.title, d.text"
            " FROM decisions d JOIN meetings m ON m.mid = d.mid"
            " LEFT JOIN items i ON i.mid = d.mid AND i.item_id = d.item_id"
            f" WHERE {where}",
            parameters,
        )
    ]
    rows.sort(key=lambda r: (r.body.casefold(), r.meeting_date or date.min, r.meeting, r.number))
    return rows


# -- files a register could not read ---------------------------------------------------


def unreadable(index: ArchiveIndex, body: str | None = None) -> list[MeetingSummary]:
    """The files that could not be read (their body, if known, is ``body``), oldest first."""
    from model.store.archive import summary_from_row

    where, parameters = "WHERE problem != ''", []
    if body:
        where += " AND body_key IN (?, '')"
        parameters.append(body.casefold())
    rows = index.rows(
        "SELECT name, id, body, title, date, state, problem, conflicts FROM meetings"
        f" {where} ORDER BY date IS NOT NULL, date, id",
        parameters,
    )
    return [summary_from_row(index.meetings_dir, row) for row in rows]


def unreadable_files(index: ArchiveIndex, language: Language | str, body: str | None = None) -> str:
    """The files a register could not read, as "name (what is wrong)", or ""."""
    return ", ".join(
        f"{m.path.name} ({m.problem.words(language)})" for m in unreadable(index, body) if m.problem
    )


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
    where, parameters = register_clause(body)
    people: dict[str, PersonAttendance] = {}
    for pid, name, organisation, status, from_item, until_item, day, meeting_id in index.rows(
        "SELECT a.person, a.name, a.organisation, a.status, a.from_item, a.until_item,"
        " m.date, m.id FROM attendance a JOIN meetings m ON m.mid = a.mid"
        f" WHERE {where} ORDER BY m.date IS NOT NULL, m.date, m.id, a.position",
        parameters,
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
        row.history.append((day_of(day), meeting_id, status))
    return sorted(people.values(), key=lambda p: p.name.casefold())


def bodies(index: ArchiveIndex) -> list[str]:
    rows = index.rows("SELECT DISTINCT body FROM meetings WHERE body != ''")
    return sorted((body for (body,) in rows), key=str.casefold)


def find_action(index: ArchiveIndex, ref: str) -> ActionRow | None:
    """An action by id or unique id prefix (open or closed)."""
    matches = [r for r in action_register(index, include_closed=True) if r.id.startswith(ref)]
    return matches[0] if len(matches) == 1 else None
