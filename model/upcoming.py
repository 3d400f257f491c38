"""Kommande möten: the meetings to come that the minutes list, some of them tentative.

Real minutes name one next meeting ("Nästa möte: fredagen den 17 juni kl 8.30") or list
several ("Kommande möten": three dates, one "preliminärt"), each with its time and place.
They are the records of the optional ``upcoming`` table. A file from before that table
keeps its one next meeting in the header fields ``next_date``, ``next_start``,
``next_end``, ``next_place``: ``upcoming_meetings`` reads it as the first of the list,
and the first change to the list moves it into the table (the header fields are then
cleared), so a file is never read two ways at once.

Operations are pure like ``model.live``: checked before anything changes, logged, saved
by the caller. A deleted meeting stays as a tombstone for the sync merge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from model.enums import Language
from model.events import EventKind
from model.ids import new_id
from model.live import LiveError, log_record
from model.meeting import Meeting
from model.timefmt import when
from model.upcoming_record import UpcomingMeeting

#: The store table of the upcoming meetings.
TABLE = "upcoming"
#: The id under which the header's one next meeting of an older file is listed.
HEADER_ID = "header"


@dataclass(frozen=True)
class UpcomingInput:
    """An upcoming meeting as the form gives it."""

    day: date | None
    start: time | None = None
    end: time | None = None
    place: str = ""
    tentative: bool = False


def _order(record: UpcomingMeeting) -> tuple[date, int, str]:
    return (record.day or date.max, record.position, record.id)


def upcoming_meetings(meeting: Meeting) -> list[UpcomingMeeting]:
    """The meetings to come in date order (the header's one of an older file, if the
    table holds none)."""
    if meeting.upcoming:  # a record without a date (another tool's) is no meeting to come
        return sorted((u for u in meeting.upcoming if not u.deleted and u.day), key=_order)
    header = meeting.header
    if header.next_date is None:  # a place alone was never printed: not listed either
        return []
    return [
        UpcomingMeeting(
            id=HEADER_ID,
            day=header.next_date,
            start=header.next_start,
            end=header.next_end,
            place=header.next_place,
        )
    ]


def next_planned(meeting: Meeting) -> UpcomingMeeting | None:
    """The meeting a "next meeting from the last one" is planned for: the first that is
    not tentative, else the first (a preliminary date is still the best there is)."""
    listed = upcoming_meetings(meeting)
    firm = [u for u in listed if not u.tentative and u.day is not None]
    return firm[0] if firm else (listed[0] if listed else None)


def _from_header(meeting: Meeting) -> None:
    """Move an older file's one next meeting from the header into the table."""
    if meeting.upcoming:
        return
    (legacy,) = upcoming_meetings(meeting) or (None,)
    if legacy is None:
        return
    # the same id on every machine: two people who both change the list of one older
    # file move the same record, which the merge then sees as one
    legacy.id, legacy.position = f"{HEADER_ID}-{meeting.id}", 10
    meeting.upcoming.append(legacy)
    header = meeting.header
    header.next_date = header.next_start = header.next_end = None
    header.next_place = ""


def _fill(meeting: Meeting, record: UpcomingMeeting, data: UpcomingInput) -> None:
    if data.day is None:
        raise LiveError("an upcoming meeting needs its date")
    if data.start and data.end and data.end < data.start:
        raise LiveError("an upcoming meeting cannot end before it starts")
    if meeting.header.date is not None and data.day <= meeting.header.date:
        raise LiveError("an upcoming meeting comes after this meeting")
    record.day, record.start, record.end = data.day, data.start, data.end
    record.place = " ".join(data.place.split())
    record.tentative = data.tentative


def _find(meeting: Meeting, record_id: str) -> UpcomingMeeting:
    if record_id == HEADER_ID:
        _from_header(meeting)
        listed = upcoming_meetings(meeting)
        if listed:
            return listed[0]
    found = next((u for u in meeting.upcoming if u.id == record_id and not u.deleted), None)
    if found is None:
        raise LiveError("no such upcoming meeting")
    return found


def _logged(meeting: Meeting, now: datetime, kind: EventKind, record: UpcomingMeeting) -> None:
    detail = record.day.isoformat() if record.day else ""
    log_record(meeting, now, kind, TABLE, record.id, detail=detail)


def add_upcoming(meeting: Meeting, data: UpcomingInput, now: datetime) -> UpcomingMeeting:
    """One more meeting to come (after an older file's one is moved into the list)."""
    probe = UpcomingMeeting(id=new_id())
    _fill(meeting, probe, data)  # checked before the header's one moves
    if any(u.day == probe.day and u.start == probe.start for u in upcoming_meetings(meeting)):
        raise LiveError("that meeting to come is already listed")
    _from_header(meeting)
    probe.position = max((u.position for u in meeting.upcoming), default=0) + 10
    meeting.upcoming.append(probe)
    _logged(meeting, now, EventKind.RECORD_EDITED, probe)
    return probe


def edit_upcoming(
    meeting: Meeting, record_id: str, data: UpcomingInput, now: datetime
) -> UpcomingMeeting:
    _fill(meeting, UpcomingMeeting(id=""), data)  # checked before anything moves
    record = _find(meeting, record_id)
    _fill(meeting, record, data)
    _logged(meeting, now, EventKind.RECORD_EDITED, record)
    return record


def delete_upcoming(meeting: Meeting, record_id: str, now: datetime) -> None:
    record = _find(meeting, record_id)
    record.deleted = True
    _logged(meeting, now, EventKind.RECORD_DELETED, record)


def carried_upcoming(previous: Meeting, planned: UpcomingMeeting | None) -> list[UpcomingMeeting]:
    """The meetings to come after ``planned`` (the one a next meeting is made for), for
    that next meeting's own list: new records, in their order."""
    listed = upcoming_meetings(previous)
    after = [
        u
        for u in listed
        if u is not planned
        and u.day is not None
        and (planned is None or planned.day is None or u.day > planned.day)
    ]
    return [
        UpcomingMeeting(
            id=new_id(),
            day=u.day,
            start=u.start,
            end=u.end,
            place=u.place,
            tentative=u.tentative,
            position=(n + 1) * 10,
        )
        for n, u in enumerate(after)
    ]


def keep_after_date(meeting: Meeting) -> None:
    """Drop the meetings to come that are not after the meeting's own date (a new meeting,
    not yet saved, whose date was changed from the planned one)."""
    day = meeting.header.date
    if day is not None:
        meeting.upcoming = [u for u in meeting.upcoming if u.day is None or u.day > day]


def upcoming_text(coming: UpcomingMeeting, lang: Language) -> str:
    """ "Fredagen den 17 juni 2022 kl 8.30-11.00, Valhall": when and where (the caller
    adds the word for tentative in its own language)."""
    text = when(coming.day, coming.start, coming.end, lang)
    if coming.place:
        text = f"{text}, {coming.place}" if text else coming.place
    return text
