"""Editing a meeting's header during or after the meeting: place, times, roles, next meeting.

Pure operations like those of ``model.live``: they change the meeting, log nothing
that a merge needs, and the caller saves right after.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from model.enums import AttendanceStatus, Language, Role
from model.live import LiveError, require_person, set_attendance
from model.meeting import Meeting
from model.people import Attendance


@dataclass
class HeaderEdit:
    """The editable header fields as the secretary types them (already parsed)."""

    place: str = ""
    remote: str = ""
    planned_start: time | None = None
    planned_end: time | None = None
    chair: str | None = None  # person id
    secretary: str | None = None  # person id
    verifiers: tuple[str, ...] = ()  # person ids (justerare)
    rules: str | None = None  # the standing rules text; None: unchanged
    language: Language | None = None  # the document language; None keeps it


def header_edit_of(meeting: Meeting) -> HeaderEdit:
    """The current values, to fill the edit form."""
    header = meeting.header
    chair, secretary = meeting.chair, meeting.secretary
    return HeaderEdit(
        place=header.place,
        remote=header.remote,
        planned_start=header.planned_start,
        planned_end=header.planned_end,
        chair=chair.id if chair else None,
        secretary=secretary.id if secretary else None,
        verifiers=tuple(header.verifiers),
        rules=header.rules,
    )


def edit_header(meeting: Meeting, edit: HeaderEdit) -> None:
    """Apply a header edit. The chair and secretary roles move to the named people."""
    header = meeting.header
    header.place = edit.place.strip()
    header.remote = edit.remote.strip()
    header.planned_start = edit.planned_start
    header.planned_end = edit.planned_end
    for person_id, role in ((edit.chair, Role.CHAIR), (edit.secretary, Role.SECRETARY)):
        _move_role(meeting, person_id, role)
    for person_id in edit.verifiers:
        if meeting.person(person_id) is None:
            raise LiveError("no such person")
    header.verifiers = list(edit.verifiers)
    if edit.rules is not None:
        header.rules = edit.rules.strip()
    if edit.language is not None:
        header.language = edit.language


def _move_role(meeting: Meeting, person_id: str | None, role: Role) -> None:
    if person_id is None:
        return
    person = require_person(meeting, person_id)
    for other in meeting.people:
        if other.role is role and other.id != person.id:
            other.role = Role.MEMBER
    person.role = role


def set_next_meeting(
    meeting: Meeting,
    day: date | None,
    start: time | None = None,
    end: time | None = None,
    place: str = "",
) -> None:
    """The header's one next meeting, as files before the ``upcoming`` table keep it. The
    app records meetings to come with ``model.upcoming`` (which reads these fields only
    while that table is empty)."""
    header = meeting.header
    header.next_date, header.next_start, header.next_end = day, start, end
    header.next_place = place.strip()


def mark_remaining(meeting: Meeting, status: AttendanceStatus, now: datetime) -> list[Attendance]:
    """Give everyone not yet registered the same status ("all remaining present")."""
    changed = []
    for person in meeting.people:
        if person.status is AttendanceStatus.UNKNOWN:
            changed.append(set_attendance(meeting, person.id, status, now))
    return changed


def find_people(meeting: Meeting, text: str) -> list[Attendance]:
    """People whose name starts with ``text`` (any word of it), then those containing it."""
    needle = text.strip().casefold()
    if not needle:
        return meeting.people
    starts = [
        p
        for p in meeting.people
        if any(part.startswith(needle) for part in p.name.casefold().split())
        or p.name.casefold().startswith(needle)
    ]
    contains = [p for p in meeting.people if needle in p.name.casefold() and p not in starts]
    return starts + contains
