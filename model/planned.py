"""The meetings to come across the archive (kommande möten), as the minutes plan them.

A body's plan is two things. The meetings already created for today or later (a draft
made ahead) stand as themselves. The body's newest readable meeting records the
meetings to come (``model.upcoming``; a next meeting made from it carries the later ones
over, so the newest holds the plan); those from today on are listed, but one on the date
of a meeting already created is that meeting, listed once.
"""

from __future__ import annotations

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
    archive: Archive, *, today: dt.date, body: str | None = None
) -> list[PlannedMeeting]:
    """Every body's meetings to come from ``today`` on (only ``body``'s if given), in
    date order; a meeting planned without a date comes last. A file that cannot be read
    is passed over (``minutes list`` names it)."""
    from model.store.meeting_store import MeetingStore

    summaries = archive.summaries(body=body)
    found: list[PlannedMeeting] = []
    created: set[tuple[str, dt.date]] = set()
    for summary in summaries:
        if summary.problem or summary.date is None or summary.date < today:
            continue
        try:
            with MeetingStore(summary.path, read_only=True) as store:
                header = store.meeting.header
        except (StoreError, OSError, RecursionError):
            continue
        created.add((summary.body.casefold(), summary.date))
        found.append(
            PlannedMeeting(
                header.body,
                summary.date,
                header.planned_start,
                header.planned_end,
                header.place,
                False,
                True,
                None,
            )
        )
    for name in sorted({s.body for s in summaries if s.body}, key=str.casefold):
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
    return sorted(found, key=_sort_key)
