"""A generator of realistic archives: N meetings of a few bodies, written by the real store.

Each body meets every few weeks. Each meeting is built from the body's last one with
``build_next_meeting`` (so tabled items return and open actions are followed up), then
minuted through the live operations: attendance, notes, decisions, actions, a tabled
item now and then, actions reported done. Deterministic for a given seed. Used by the
follow-up tests and by bench/bench_followup.py.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from model import live
from model.enums import ActionStatus, AttendanceStatus, DocumentKind, ItemKind, Language, Role
from model.ids import new_id
from model.meeting import Meeting, MeetingHeader
from model.next_meeting import build_next_meeting, follow_ups, report_action
from model.people import Attendance
from model.store.archive import Archive

BODIES = [
    "Kommunstyrelsens arbetsutskott",
    "Barn- och utbildningsnämnden",
    "Tekniska nämnden",
    "Södertörnskommunernas ledningsgrupp",
]
FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Per", "Sara", "Olof", "Lena"]
LAST = ["Andersson", "Berg", "Lindqvist", "Holm", "Ek", "Sjöberg", "Nyström", "Åberg", "Öhman"]
TOPICS = [
    "Budgetuppföljning",
    "Verksamhetsplan",
    "Lokalförsörjning",
    "Upphandling av skolskjuts",
    "Detaljplan för Västra hamnen",
    "Cykelstrategi",
    "Internkontroll",
    "Remiss om regional utvecklingsplan",
    "Digitaliseringsstrategi",
    "Trygghetsvandring",
    "Energieffektivisering i kommunens fastigheter",
    "Rekrytering av förvaltningschef",
    "Samverkan med Region Stockholm",
    "Medborgardialog om parkerna",
    "Vinterväghållning",
]
WORDS = [
    "förvaltningen",
    "redovisar",
    "läget",
    "diskussion",
    "kring",
    "förslaget",
    "ekonomin",
    "prognosen",
    "visar",
    "underskott",
    "överskott",
    "arbetet",
    "fortsätter",
    "under",
    "hösten",
    "samråd",
    "med",
    "berörda",
    "kommuner",
    "ledningsgruppen",
    "önskar",
    "en",
    "fördjupad",
    "analys",
    "inför",
    "nästa",
    "möte",
    "tidplanen",
    "håller",
    "kostnaderna",
    "ökar",
    "beslut",
    "fattas",
    "i",
    "fullmäktige",
    "utredningen",
    "pågår",
    "synpunkter",
    "lämnas",
]


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _first_meeting(body: str, day: date, rng: random.Random) -> Meeting:
    header = MeetingHeader(
        id=new_id(),
        body=body,
        kind=DocumentKind.PROTOKOLL,
        language=Language.SV,
        title=f"Protokoll {body}",
        date=day,
        planned_start=time(8, 30),
        planned_end=time(11, 0),
        place="Kommunhuset, sal A",
    )
    meeting = Meeting(header=header)
    names = rng.sample([f"{f} {s}" for f in FIRST for s in LAST], 9)
    for index, name in enumerate(names):
        role = Role.CHAIR if index == 0 else Role.SECRETARY if index == 1 else Role.MEMBER
        meeting.attendance.append(Attendance(id=new_id(), name=name, role=role, position=index))
    now = datetime.combine(day, time(8, 0))
    for title, kind in [
        ("Mötets öppnande", ItemKind.OPENING),
        ("Föregående mötes protokoll", ItemKind.PREVIOUS_MINUTES),
        ("Utestående ärenden", ItemKind.OUTSTANDING),
        ("Övriga frågor", ItemKind.ANY_OTHER_BUSINESS),
        ("Nästa möte", ItemKind.NEXT_MEETING),
    ]:
        live.add_item(meeting, title, now).kind = kind
    return meeting


def _minute(meeting: Meeting, rng: random.Random) -> None:
    """Minute a meeting: new matters, attendance, notes, decisions, actions, tabling."""
    day = meeting.header.date or date(2024, 1, 1)
    now = datetime.combine(day, time(8, 30))
    agenda = meeting.agenda
    aob = next((i for i in agenda if i.kind is ItemKind.ANY_OTHER_BUSINESS), None)
    for topic in rng.sample(TOPICS, rng.randint(3, 6)):
        live.add_item(meeting, topic, now, after=_before(meeting, aob), presenter="")
    for position, item in enumerate(meeting.agenda):
        item.number = str(position + 1)
    for person in meeting.people:
        status = rng.choices(
            [
                AttendanceStatus.PRESENT,
                AttendanceStatus.REMOTE,
                AttendanceStatus.ABSENT_WITH_NOTICE,
            ],
            [7, 2, 1],
        )[0]
        live.set_attendance(meeting, person.id, status, now)
    people = [p for p in meeting.people if p.status.attends]
    for follow_up in follow_ups(meeting):
        if rng.random() < 0.6:
            report_action(meeting, follow_up, now)
    regular = [i for i in meeting.agenda if i.kind is ItemKind.REGULAR]
    for item in meeting.agenda:
        now += timedelta(minutes=rng.randint(3, 15))
        live.go_to_item(meeting, item.id, now)
        if item.kind is not ItemKind.REGULAR:
            continue
        if item is regular[-1] and rng.random() < 0.3:
            live.table_item(meeting, item.id, now)
            continue
        item.notes = "\n\n".join(_sentence(rng, rng.randint(12, 30)) for _ in range(3))
        if rng.random() < 0.7:
            live.add_decision(meeting, item.id, f"Nämnden beslutade att {_sentence(rng, 10)}", now)
        if rng.random() < 0.5 and people:
            live.add_action(
                meeting,
                item.id,
                f"Ta fram underlag om {item.title.lower()}",
                now,
                owner=rng.choice(people).id,
                due=day + timedelta(days=rng.randint(14, 60)),
            )
    live.end_meeting(meeting, now)
    meeting.header.next_date = day + timedelta(days=21)
    meeting.header.next_start, meeting.header.next_end = time(8, 30), time(11, 0)
    meeting.header.next_place = meeting.header.place


def _before(meeting: Meeting, aob: object) -> str | None:
    agenda = meeting.agenda
    if aob is None:
        return agenda[-1].id if agenda else None
    index = next(i for i, item in enumerate(agenda) if item is aob)
    return agenda[index - 1].id if index > 0 else None


def generate(root: Path, count: int, seed: int = 6) -> Archive:
    """Write ``count`` minuted meetings into the archive at ``root`` (real store files)."""
    rng = random.Random(seed)
    archive = Archive(root)
    last: dict[str, Meeting] = {}
    start = date(2020, 1, 10)
    for index in range(count):
        body = BODIES[index % len(BODIES)]
        previous = last.get(body)
        if previous is None:
            meeting = _first_meeting(body, start + timedelta(days=index), rng)
        else:
            meeting = build_next_meeting(previous)
        _minute(meeting, rng)
        archive.create(meeting)
        last[body] = meeting
    return archive


__all__ = ["ActionStatus", "generate"]
