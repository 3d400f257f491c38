"""The small builders every demo meeting of formal procedure shares: a header, a roster,
an agenda with § numbers, a clock counting minutes from the start, and the walk through
the agenda item by item."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, time, timedelta

from model import live
from model.enums import AttendanceStatus, DocumentKind, ItemKind, Language, Role
from model.ids import new_id
from model.meeting import Meeting, MeetingHeader

#: name, role, status ("present", "absent", ...), organisation
Person = tuple[str, Role, str, str]
#: title, kind, § number ("" for none)
Item = tuple[str, ItemKind, str]


def new_meeting(
    body: str, kind: DocumentKind, language: Language, start: datetime, end: time, place: str,
    title: str = "",
) -> Meeting:  # fmt: skip
    header = MeetingHeader(
        id=new_id(), body=body, kind=kind, language=language, title=title, date=start.date(),
        planned_start=start.time(), planned_end=end, place=place,
    )  # fmt: skip
    return Meeting(header=header)


def roster(meeting: Meeting, now: datetime, people: list[Person]) -> dict[str, str]:
    """The people with their roles and attendance; their ids by name."""
    ids: dict[str, str] = {}
    for name, role, status, organisation in people:
        person = live.add_person(meeting, name, now, role=role, organisation=organisation)
        person.role = role  # add_person's guest rules do not apply to members
        if status:
            live.set_attendance(meeting, person.id, AttendanceStatus(status), now)
        ids[name] = person.id
    return ids


def agenda(meeting: Meeting, now: datetime, items: list[Item]) -> list[str]:
    """The agenda, numbered 1, 2, 3 …; the item ids in order."""
    ids = []
    for number, (title, kind, paragraph) in enumerate(items, start=1):
        item = live.add_item(meeting, title, now)
        item.kind, item.number, item.paragraph = kind, str(number), paragraph
        ids.append(item.id)
    return ids


def clock(start: datetime) -> Callable[[float], datetime]:
    """Minutes after the start as a time of day."""
    return lambda minutes: start + timedelta(minutes=minutes)


def walk(
    meeting: Meeting, items: Sequence[str], starts: Sequence[int], at: Callable[[float], datetime]
) -> Iterator[tuple[int, str, int]]:
    """Each item in turn, gone to at its start (minutes after the start): its number from
    1, its id and that minute; what the caller records under it happens before the next."""
    for number, (item_id, minute) in enumerate(zip(items, starts, strict=True), start=1):
        live.go_to_item(meeting, item_id, at(minute))
        yield number, item_id, minute
