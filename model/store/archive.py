"""The archive: a folder of meeting files plus one archive-level file of bodies and rosters.

ARCHIVE/
  archive.json          bodies, their rosters and agenda templates (TinyDB)
  meetings/<id>.json    one TinyDB file per meeting
  .local/, meetings/.local/   per-machine state (locks, index, good copies): not synced
"""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from model.attendance import roster_copy
from model.conflicts import CONFLICTS_TABLE, is_open_record
from model.enums import MeetingState
from model.ids import new_id
from model.meeting import Meeting, MeetingHeader
from model.people import Attendance
from model.store.errors import AmbiguousMeeting, MeetingNotFound, StoreError
from model.store.file_index import refresh_index
from model.store.limits import loads_limited, read_limited
from model.store.load import local_dir
from model.store.meeting_store import MeetingStore, write_new_meeting
from model.store.problems import FileProblem, problem_of
from model.store.registry import Registry

MEETINGS_DIR = "meetings"
REGISTRY_FILE = "archive.json"
#: Version of the listing index (.local/index.json): bump when an entry gains a field, so
#: indexes written by an older version are rebuilt. 2: the open conflicts count.
#: 3: a damaged file's problem as a ``FileProblem`` (words, not a class name).
INDEX_VERSION = 3


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

    def sort_key(self) -> tuple[str, str]:
        return (self.date.isoformat() if self.date else "", self.id)


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
        return Registry(self.registry_path)

    def meeting_path(self, meeting_id: str) -> Path:
        return self.meetings_dir / f"{meeting_id}.json"

    def meeting_paths(self) -> list[Path]:
        if not self.meetings_dir.is_dir():
            return []
        return sorted(p for p in self.meetings_dir.glob("*.json") if not p.name.startswith("."))

    # -- listing ---------------------------------------------------------------------

    def summaries(self) -> list[MeetingSummary]:
        """Every meeting, newest first. Uses a per-machine index so 1,000 files stay fast."""
        index_path = local_dir(self.meetings_dir / "x") / "index.json"
        index = refresh_index(index_path, self.meeting_paths(), _read_summary, INDEX_VERSION)
        result = [_summary_from_entry(path, entry) for path, entry in index.entries]
        result.sort(key=MeetingSummary.sort_key, reverse=True)
        return result

    def resolve(self, ref: str) -> Path:
        """A meeting given by id, unique id prefix, date (YYYY-MM-DD) or file path."""
        ref = ref.strip()
        candidate = Path(ref).expanduser()
        if ref.endswith(".json") and candidate.is_file():
            return candidate
        exact = self.meeting_path(ref)
        if ref and exact.is_file():
            return exact
        summaries = self.summaries()
        matches = [s for s in summaries if ref and s.id.lower().startswith(ref.lower())]
        if not matches:
            with contextlib.suppress(ValueError):
                day = date.fromisoformat(ref)
                matches = [s for s in summaries if s.date == day]
        if not matches:
            raise MeetingNotFound(self.root, repr(ref))
        if len(matches) > 1:
            listed = ", ".join(f"{s.id} ({s.date or '-'} {s.body})" for s in matches[:5])
            raise AmbiguousMeeting(self.root, f"{ref!r}: {listed}")
        return matches[0].path

    def open(self, ref: str, *, read_only: bool = False) -> MeetingStore:
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
        wanted = body.casefold()
        summaries = self.summaries()
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
        self.ensure()
        path = self.meeting_path(meeting.id)
        write_new_meeting(path, meeting)
        with contextlib.suppress(StoreError, OSError):
            self.registry().remember(meeting)
        return path

    def roster_for(self, body: str) -> list[Attendance]:
        """The people of a body for a new meeting: its roster in archive.json (kept with
        ``minutes roster`` and the app), else the people of its last meeting."""
        registry = self.registry()
        with contextlib.suppress(StoreError, OSError):
            if registry.has_roster(body):
                return roster_copy(registry.roster(body))
        last = self.last_meeting_of(body)
        return roster_copy(last.people if last else [])


def _read_summary(path: Path) -> dict[str, object]:
    """The summary fields of one file, read straight from its JSON (no full decode)."""
    try:
        raw = read_limited(path)
        if not raw.strip():
            return {"id": path.stem, "problem": FileProblem("empty").to_json()}
        data = loads_limited(raw)
        ((meeting_id, header),) = data["meeting"].items()
        return {
            "id": meeting_id,
            "body": header.get("body", ""),
            "title": header.get("title", ""),
            "date": header.get("date"),
            "state": header.get("state", MeetingState.DRAFT.value),
            "conflicts": sum(
                1 for rec in (data.get(CONFLICTS_TABLE) or {}).values() if is_open_record(rec)
            ),
        }
    except (OSError, ValueError, KeyError, AttributeError, TypeError, RecursionError) as exc:
        return {"id": path.stem, "problem": problem_of(exc).to_json()}
    except MemoryError:
        return {"id": path.stem, "problem": FileProblem("too_big").to_json()}


def _summary_from_entry(path: Path, entry: dict[str, object]) -> MeetingSummary:
    day = entry.get("date")
    try:
        state = MeetingState(str(entry.get("state", "draft")))
    except ValueError:
        state = MeetingState.DRAFT
    try:
        parsed = date.fromisoformat(str(day)) if day else None
    except ValueError:
        parsed = None
    return MeetingSummary(
        id=str(entry.get("id", path.stem)),
        body=str(entry.get("body", "")),
        title=str(entry.get("title", "")),
        date=parsed,
        state=state,
        path=path,
        problem=FileProblem.from_json(entry.get("problem")),
        conflicts=_count(entry.get("conflicts")),
    )


def _count(value: object) -> int:
    return value if isinstance(value, int) and value > 0 else 0


def new_header(**fields: object) -> MeetingHeader:
    """A header with a fresh id; see ``MeetingHeader`` for the fields."""
    return MeetingHeader(id=new_id(), **fields)  # type: ignore[arg-type]
