"""The meetings to come across the archive (kommande möten), as the minutes plan them.

A body's plan is two things. The meetings already created for today or later (a draft
made ahead) stand as themselves. The body's newest readable meeting records the
meetings to come (``model.upcoming``; a next meeting made from it carries the later ones
over, so the newest holds the plan); those from today on are listed, but one on the date
of a meeting already created is that meeting, listed once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from model.store.archive import Archive
from model.store.errors import StoreError
from model.upcoming import upcoming_meetings


@dataclass(frozen=True)
class PlannedMeeting:
    """One meeting to come of one body."""

    body: str
    day: dt.date | None  # None: planned without a date yet
    start: dt.time | None
    end: dt.time | None
    place: str
    tentative: bool  # preliminärt: the date may still change
    created: bool  # its meeting file exists (made ahead)
    planned_in: dt.date | None  # the date of the minutes that plan it (None if created)


def _sort_key(planned: PlannedMeeting) -> tuple[dt.date, dt.time, str]:
    return (planned.day or dt.date.max, planned.start or dt.time.min, planned.body.casefold())


def planned_meetings(
    archive: Archive, *, today: dt.date, body: str | None = None, limit: int | None = None
) -> tuple[list[PlannedMeeting], int]:
    """Every body's meetings to come from ``today`` on (only ``body``'s if given), in
    date order (a meeting planned without a date last): the first ``limit`` of them (all
    if None), and how many there are. The list and the dates come from the index; only
    the newest meeting of each body and the created meetings shown are read. A file that
    cannot be read is passed over (``minutes list`` names it)."""
    from model.store.meeting_store import MeetingStore

    ahead = [s for s in archive.summaries(body=body, since=today) if not s.problem and s.date]
    #: the meetings created ahead, by body and date: their files
    created = {(s.body.casefold(), s.date): s.path for s in ahead}
    found = [PlannedMeeting(s.body, s.date, None, None, "", False, True, None) for s in ahead]
    for name in _bodies(archive, body):
        newest = archive.last_meeting_of(name)
        if newest is None:
            continue
        for coming in upcoming_meetings(newest):
            if coming.day is not None and (
                coming.day < today or (name.casefold(), coming.day) in created
            ):
                continue
            found.append(
                PlannedMeeting(
                    name,
                    coming.day,
                    coming.start,
                    coming.end,
                    coming.place,
                    coming.tentative,
                    False,
                    newest.header.date,
                )
            )
    found.sort(key=_sort_key)
    total = len(found)
    shown: list[PlannedMeeting] = []
    for planned in found:
        if limit is not None and len(shown) >= limit:
            break
        if planned.created:  # its time and place are in its file
            try:
                path = created[(planned.body.casefold(), planned.day)]
                with MeetingStore(path, read_only=True) as store:
                    header = store.meeting.header
            except (StoreError, OSError, RecursionError):
                total -= 1
                continue
            planned = dataclasses.replace(
                planned, start=header.planned_start, end=header.planned_end, place=header.place
            )
        shown.append(planned)
    return shown, total


def _bodies(archive: Archive, body: str | None) -> list[str]:
    """The bodies with a meeting in the archive (``body`` alone, as the archive spells
    it, if given)."""
    from model.registers import bodies

    with archive.index() as index:
        names = bodies(index)
    if body is not None:
        names = [n for n in names if n.casefold() == body.casefold()]
    return names
