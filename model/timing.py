"""Meeting and item clocks for the live screen: time used, time left, projected end.

Pure functions of the meeting and ``now``, so the chair's "we will not make it" warning
is testable without a clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from model.agenda import AgendaItem
from model.enums import ItemStatus
from model.events import EventKind
from model.meeting import Meeting

#: Items that no longer take time in this meeting.
CLOSED = (ItemStatus.DONE, ItemStatus.TABLED, ItemStatus.REFERRED_BACK, ItemStatus.WITHDRAWN)


def on_meeting_day(meeting: Meeting, moment: datetime | None) -> bool:
    """Whether a clock time recorded at ``moment`` is a time of the meeting: on its date
    (or the night after). A meeting minuted on another day (typed in afterwards from
    notes, a replay of an old meeting) has no clock times worth printing: the minutes
    then show the planned times and the items alone."""
    if moment is None:
        return False
    day = meeting.header.date
    return day is None or 0 <= (moment.date() - day).days <= 1


def used_seconds(meeting: Meeting, item: AgendaItem, now: datetime) -> int:
    """Seconds spent on an item, counting the running visit if it is current."""
    used = item.elapsed_seconds
    if meeting.header.current_item == item.id and item.status is ItemStatus.IN_PROGRESS:
        started = _visit_start(meeting, item.id) or item.started_at
        if started is not None:
            used += max(0, int((now - started).total_seconds()))
    return used


def _visit_start(meeting: Meeting, item_id: str) -> datetime | None:
    for event in reversed(meeting.events):
        if event.item == item_id and event.kind is EventKind.ITEM_STARTED:
            return event.at
    return None


def meeting_seconds(meeting: Meeting, now: datetime) -> int:
    """Seconds since the real start (to the real end once ended); 0 before the start."""
    start = meeting.header.actual_start
    if start is None:
        return 0
    end = meeting.header.actual_end or now
    return max(0, int((end - start).total_seconds()))


def projected_end(meeting: Meeting, now: datetime) -> datetime | None:
    """When the meeting ends if every remaining item takes its planned time.

    The current item counts with what is left of its plan (nothing if it is over);
    pending items with their whole plan. None when no item has a planned time.
    """
    if meeting.header.actual_end is not None:
        return meeting.header.actual_end
    remaining = 0
    planned_any = False
    for item in meeting.agenda:
        if item.planned_minutes is None:
            continue
        planned_any = True
        planned = item.planned_minutes * 60
        if item.id == meeting.header.current_item:
            remaining += max(0, planned - used_seconds(meeting, item, now))
        elif item.status not in CLOSED:
            remaining += planned
    if not planned_any:
        return None
    start = now
    header = meeting.header
    if header.actual_start is None and header.date and header.planned_start:
        start = datetime.combine(header.date, header.planned_start)
    return start + timedelta(seconds=remaining)


def planned_end(meeting: Meeting) -> datetime | None:
    """The planned end on the day the meeting really runs (its planned date before it starts).

    A meeting minuted on another day than planned (a rehearsal, a postponed meeting) is
    compared with its planned clock time on the day it runs, not with the old date.
    """
    header = meeting.header
    if header.planned_end is None:
        return None
    day = header.actual_start.date() if header.actual_start else header.date
    if day is None:
        return None
    return datetime.combine(day, header.planned_end)


def minutes_over(meeting: Meeting, now: datetime) -> int:
    """How many minutes the projection runs past the planned end (0 if it fits)."""
    projected, planned = projected_end(meeting, now), planned_end(meeting)
    if projected is None or planned is None:
        return 0
    return max(0, int((projected - planned).total_seconds() // 60))


def format_duration(seconds: int) -> str:
    """``"12:05"`` for 12 min 5 s, ``"1:02:03"`` past an hour."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
