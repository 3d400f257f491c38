"""The archive: a folder of meeting files plus one archive-level file of bodies and rosters.

ARCHIVE/
  archive.json          bodies, their rosters and agenda templates (TinyDB)
  meetings/<id>.json    one TinyDB file per meeting
  .local/, meetings/.local/   per-machine state (locks, index, good copies): not synced
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

from model.enums import MeetingState
from model.store.errors import AmbiguousMeeting, MeetingNotFound, StoreError
from model.store.problems import FileProblem, problem_of

if TYPE_CHECKING:  # imported where used: ``minutes list`` needs none of them (the meeting
    # model, filelock, TinyDB): the listing is answered from the index; and the app
    # launched into a meeting paints without the index (sqlite3)
    from model.header_fields import HeaderFields
    from model.meeting import Meeting, MeetingHeader
    from model.people import Attendance
    from model.store.index_db import ArchiveIndex, Progress
    from model.store.meeting_store import MeetingStore
    from model.store.registry import Registry

MEETINGS_DIR = "meetings"
REGISTRY_FILE = "archive.json"


@dataclass(frozen=True)
class MeetingSummary:
    """What the archive list shows of a meeting, without loading all of it."""

    id: str
    body: str
    title: str
    date: date | None
    state: MeetingState
    path: Path
    problem: FileProblem | None = None  # set when the file could not be read
    conflicts: int = 0  # unresolved sync conflicts in the file


@dataclass(frozen=True)
class ArchivePage:
    """Some of the newest meetings, with what the whole list holds."""

    summaries: list[MeetingSummary]
    offset: int  # how many newer meetings come before these
    total: int  # meetings in the archive
    conflicts: int  # unresolved sync conflicts across all meeting files


class Archive:
    def __init__(self, root: Path) -> None:
        self.root = Path(root).expanduser()

    @property
    def meetings_dir(self) -> Path:
        return self.root / MEETINGS_DIR

    @property
    def registry_path(self) -> Path:
        return self.root / REGISTRY_FILE

    def ensure(self) -> None:
        """Create the archive folders if they do not exist."""
        self.meetings_dir.mkdir(parents=True, exist_ok=True)

    def registry(self) -> Registry:
        from model.store.registry import Registry

        return Registry(self.registry_path)

    def meeting_path(self, meeting_id: str) -> Path:
        return self.meetings_dir / f"{meeting_id}.json"

    def meeting_paths(self) -> list[Path]:
        if not self.meetings_dir.is_dir():
            return []
        return sorted(p for p in self.meetings_dir.glob("*.json") if not p.name.startswith("."))

    # -- listing ---------------------------------------------------------------------

    def index(
        self, *, refresh: bool = True, progress: Progress | None = None, full: bool = False
    ) -> ArchiveIndex:
        """The per-machine index (``meetings/.local/index.sqlite3``), brought up to date
        with the files unless ``refresh`` is false: those the change journal names, or
        every file's stamp (``full``, or when the journal cannot tell). Close it after use."""
        from model.store.index_db import ArchiveIndex

        index = ArchiveIndex(self.meetings_dir)
        if refresh:
            try:
                index.refresh(progress, full=full)
            except BaseException:
                index.close()
                raise
        return index

    def summaries(
        self,
        *,
        body: str | None = None,
        since: date | None = None,
        states: Iterable[MeetingState] = (),
        limit: int | None = None,
        offset: int = 0,
        refresh: bool = True,
    ) -> list[MeetingSummary]:
        """The meetings, newest first, from the index (only changed files are read).

        ``body`` (any case), ``since`` (on or after) and ``states`` filter; ``limit``
        keeps the newest (after skipping ``offset``). ``refresh=False`` answers from the
        index as it is, reading no meeting file (the app paints with it before it
        refreshes).
        """
        where, parameters = _listing_filter(body, since, states)
        with self.index(refresh=refresh) as index:
            return self._query_summaries(index, where, parameters, limit, offset)

    def page(
        self,
        limit: int,
        offset: int = 0,
        *,
        refresh: bool = False,
        progress: Progress | None = None,
        full: bool = False,
    ) -> ArchivePage:
        """A page of the newest meetings and the archive's totals, in one index visit
        (``full``: every file's stamp compared, see ``index``)."""
        with self.index(refresh=refresh, progress=progress, full=full) as index:
            summaries = self._query_summaries(index, "", [], limit, offset)
            ((total, conflicts),) = index.rows("SELECT count(*), sum(conflicts) FROM meetings")
        return ArchivePage(summaries, offset, int(total), int(conflicts or 0))

    def approved_or(self, ids: Iterable[str], *, refresh: bool = True) -> list[MeetingSummary]:
        """The readable meetings that are approved or whose id is among ``ids``, newest
        first: what an approval check reads, found without listing the archive."""
        wanted = sorted(set(ids))
        approved = MeetingState.APPROVED.value
        with self.index(refresh=refresh) as index:
            where = "WHERE problem = '' AND state = ?"
            found = self._query_summaries(index, where, [approved], None)
            # the ids in slices: old SQLite versions allow 999 parameters in a statement
            for start in range(0, len(wanted), 500):
                some = wanted[start : start + 500]
                where = f"WHERE problem = '' AND state != ? AND id IN ({','.join('?' * len(some))})"
                found.extend(self._query_summaries(index, where, [approved, *some], None))
        if len(found) > 1:
            found.sort(key=lambda s: (s.date is not None, s.date or date.min, s.id), reverse=True)
        return found

    def count(
        self,
        *,
        body: str | None = None,
        since: date | None = None,
        states: Iterable[MeetingState] = (),
        refresh: bool = True,
    ) -> int:
        """How many meetings ``summaries`` would give without a limit."""
        where, parameters = _listing_filter(body, since, states)
        with self.index(refresh=refresh) as index:
            ((total,),) = index.rows(f"SELECT count(*) FROM meetings {where}", parameters)
            return int(total)

    def _query_summaries(
        self,
        index: ArchiveIndex,
        where: str,
        parameters: list[Any],
        limit: int | None,
        offset: int = 0,
    ) -> list[MeetingSummary]:
        sql = (
            "SELECT name, id, body, title, date, state, problem, conflicts FROM meetings"
            f" {where} ORDER BY date IS NULL, date DESC, id DESC"
        )
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            parameters = [*parameters, -1 if limit is None else max(0, limit), max(0, offset)]
        folder = self.meetings_dir
        return [summary_from_row(folder, row) for row in index.rows(sql, parameters)]

    def resolve(self, ref: str) -> Path:
        """A meeting given by id, unique id prefix, date (YYYY-MM-DD) or file path."""
        ref = ref.strip()
        candidate = Path(ref).expanduser()
        if ref.endswith(".json") and candidate.is_file():
            return candidate
        exact = self.meeting_path(ref)
        if ref and exact.is_file():
            return exact
        matches: list[MeetingSummary] = []
        with self.index() as index:
            if ref:
                escaped = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                where = "WHERE id LIKE ? ESCAPE '\\'"
                matches = self._query_summaries(index, where, [escaped + "%"], 6)
            if not matches:
                with contextlib.suppress(ValueError):
                    day = date.fromisoformat(ref).isoformat()
                    matches = self._query_summaries(index, "WHERE date = ?", [day], 6)
        if not matches:
            raise MeetingNotFound(self.root, repr(ref))
        if len(matches) > 1:
            listed = ", ".join(f"{s.id} ({s.date or '-'} {s.body})" for s in matches[:5])
            raise AmbiguousMeeting(self.root, f"{ref!r}: {listed}")
        return matches[0].path

    def open(self, ref: str, *, read_only: bool = False) -> MeetingStore:
        from model.store.meeting_store import MeetingStore

        return MeetingStore(self.resolve(ref), read_only=read_only)

    # -- creating --------------------------------------------------------------------

    def last_meeting_of(self, body: str, before: date | None = None) -> Meeting | None:
        """The body's latest meeting (before ``before`` if given), read-only."""
        return self.last_readable_meeting(body, before)[0]

    def last_readable_meeting(
        self, body: str, before: date | None = None
    ) -> tuple[Meeting | None, list[MeetingSummary]]:
        """The body's latest meeting that can be read, and the files that could not be
        read and may be a later meeting of the body (their body or date unknown, or both
        the body's and later): a next meeting built while one of those is skipped says so.
        """
        from model.store.meeting_store import MeetingStore

        wanted = body.casefold()
        # the body's meetings and the files whose body is unknown (they cannot be read)
        with self.index() as index:
            summaries = self._query_summaries(index, "WHERE body_key IN (?, '')", [wanted], None)
        # a file that cannot be read has no date we know: it may be the newest
        skipped = [
            s
            for s in summaries
            if s.problem and s.date is None and s.body.casefold() in ("", wanted)
        ]
        for summary in summaries:
            if before is not None and summary.date is not None and summary.date >= before:
                continue
            if summary.problem:
                if summary.date is not None and summary.body.casefold() in ("", wanted):
                    skipped.append(summary)
                continue
            if summary.body.casefold() != wanted:
                continue
            try:
                with MeetingStore(summary.path, read_only=True) as store:
                    return store.meeting, skipped
            except (StoreError, OSError, RecursionError) as exc:
                skipped.append(dataclasses.replace(summary, problem=problem_of(exc)))
        return None, skipped

    def create(self, meeting: Meeting) -> Path:
        """Write a new meeting file and remember its body and roster in the registry."""
        from model.store.meeting_store import write_new_meeting
        from model.store.registry import apply_body_settings

        self.ensure()
        with contextlib.suppress(StoreError, OSError):
            apply_body_settings(meeting, self.registry().body_settings(meeting.header.body))
        path = self.meeting_path(meeting.id)
        write_new_meeting(path, meeting)
        with contextlib.suppress(StoreError, OSError):
            self.registry().remember(meeting)
        return path

    def roster_for(self, body: str) -> list[Attendance]:
        """The people of a body for a new meeting: its roster in archive.json (kept with
        ``minutes roster`` and the app), else the people of its last meeting."""
        from model.attendance import roster_copy

        registry = self.registry()
        with contextlib.suppress(StoreError, OSError):
            if registry.has_roster(body):
                return roster_copy(registry.roster(body))
        last = self.last_meeting_of(body)
        return roster_copy(last.people if last else [])


def _listing_filter(
    body: str | None, since: date | None, states: Iterable[MeetingState]
) -> tuple[str, list[Any]]:
    """The WHERE clause of a listing and its parameters."""
    clauses: list[str] = []
    parameters: list[Any] = []
    if body:
        clauses.append("body_key = ?")
        parameters.append(body.casefold())
    if since is not None:
        clauses.append("date >= ?")
        parameters.append(since.isoformat())
    wanted = [s.value for s in states]
    if wanted:
        clauses.append(f"state IN ({','.join('?' * len(wanted))}) AND problem = ''")
        parameters.extend(wanted)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), parameters


def _problem_of_text(text: str) -> FileProblem | None:
    """A damaged file's problem as the index keeps it (``FileProblem.to_json`` as text)."""
    if not text:
        return None
    try:
        value: object = json.loads(text)
    except ValueError:
        value = text
    return FileProblem.from_json(value) or FileProblem("damaged", detail=text)


def summary_from_row(folder: Path, row: tuple[Any, ...]) -> MeetingSummary:
    name, meeting_id, body, title, day, state, problem, conflicts = row
    try:
        meeting_state = MeetingState(state)
    except ValueError:
        meeting_state = MeetingState.DRAFT
    return MeetingSummary(
        id=meeting_id,
        body=body,
        title=title,
        date=date.fromisoformat(day) if day else None,
        state=meeting_state,
        path=folder / name,
        problem=_problem_of_text(problem),
        conflicts=conflicts,
    )


def new_header(body: str, **fields: Unpack[HeaderFields]) -> MeetingHeader:
    """A header with a fresh id; see ``MeetingHeader`` for the fields."""
    from model.ids import new_id
    from model.meeting import MeetingHeader

    return MeetingHeader(id=new_id(), body=body, **fields)
