"""A German e.V.'s Mitgliederversammlung (Protokoll, Tagesordnung with TOPs): the
Versammlungsleitung and Protokollführung elected, Beschlussfähigkeit declared, a member
who leaves before the lunch break and comes back after it ("bis 11:55; ab 14:55"), votes
Ja / Nein / Enthaltung on the Entlastung and a motion, a vote among two candidates for the
treasurer, a matter under Sonstiges; the electorate (Stimmberechtigte) shrinks and grows
with those present."""

from __future__ import annotations

from datetime import datetime, time

from model import live
from model.elections import ElectionKind, Officer
from model.enums import AttendanceStatus, DocumentKind, ItemKind, Language, Role
from model.meeting import Meeting
from model.motions import MotionOutcome
from model.presence import mark_presence
from model.procedure import (
    ElectionInput,
    MotionInput,
    VoteInput,
    add_election,
    add_motion,
    add_vote,
)
from model.votes import VoteMethod

from .build import agenda, clock, new_meeting, roster, walk

BODY = "Förderverein Stadtteilbibliothek Lindenhof e.V."
TITLE = "Ordentliche Mitgliederversammlung 2026"
START = datetime(2026, 3, 21, 10, 0)
PEOPLE = [
    ("Heike Brandt", Role.CHAIR, "present", ""),
    ("Markus Wolf", Role.VICE_CHAIR, "present", ""),
    ("Sabine Krüger", Role.SECRETARY, "present", ""),
    ("Thomas Neumann", Role.MEMBER, "present", ""),
    ("Jana Schulz", Role.MEMBER, "present", ""),
    ("Yusuf Demir", Role.MEMBER, "present", ""),
    ("Petra Lange", Role.MEMBER, "absent_with_notice", ""),
]
GUEST = ("Frank Ott", "Stadtteilbüro Lindenhof")
AGENDA = [
    ("Begrüßung und Feststellung der Beschlussfähigkeit", ItemKind.OPENING, ""),
    ("Wahl der Versammlungsleitung und der Protokollführung", ItemKind.OFFICERS, ""),
    ("Genehmigung der Tagesordnung", ItemKind.AGENDA_APPROVAL, ""),
    ("Bericht des Vorstands", ItemKind.REGULAR, ""),
    ("Kassenbericht und Bericht der Kassenprüfung", ItemKind.REGULAR, ""),
    ("Entlastung des Vorstands", ItemKind.REGULAR, ""),
    ("Wahl der Kassenwartin oder des Kassenwarts", ItemKind.REGULAR, ""),
    ("Antrag auf Erhöhung des Mitgliedsbeitrags", ItemKind.REGULAR, ""),
    ("Sonstiges", ItemKind.ANY_OTHER_BUSINESS, ""),
]
#: minutes after 10:00 at which each TOP starts (lunch break 12:30-14:00 before TOP 7)
STARTS = [0, 5, 10, 15, 75, 105, 240, 290, 330]
AGENDA_DECIDED = "Die Tagesordnung wird ohne Änderungen genehmigt."
REPORT = "Die Versammlung nimmt den Bericht des Vorstands zur Kenntnis."
DISCHARGE_MOTION = "Der Vorstand wird für das Geschäftsjahr 2025 entlastet."
DISCHARGE_DECIDED = "Der Vorstand ist entlastet."
FEE_MOTION = "Der Mitgliedsbeitrag wird ab 2027 auf 36 Euro im Jahr erhöht."
FEE_DECIDED = "Der Mitgliedsbeitrag beträgt ab 2027 36 Euro im Jahr."
OTHER = "Lesefest im Juni: Helferinnen und Helfer gesucht"
OFFICE = "Kassenwart/in"
CANDIDATES = ("Thomas Neumann", "Jana Schulz")
BALLOT = (14, 9)
#: the members entitled to vote while everyone is there, and while Markus Wolf is away
ELECTORATE, ELECTORATE_AWAY = 24, 23
#: Markus Wolf leaves during TOP 6 and comes back during TOP 8
LEFT_AT, BACK_AT = 115, 295


def verein_general_meeting() -> Meeting:
    """The Förderverein's Mitgliederversammlung, Saturday 21 March 2026, 10:00-16:00."""
    meeting = new_meeting(BODY, DocumentKind.PROTOKOLL, Language.DE, START, time(16, 0),
                          "Stadtteilbibliothek Lindenhof, Lesesaal", TITLE)  # fmt: skip
    at = clock(START)
    people = roster(meeting, at(-10), PEOPLE)
    guest = live.add_person(meeting, GUEST[0], at(-5), organisation=GUEST[1], role=Role.GUEST)
    items = agenda(meeting, at(-10), AGENDA)
    live.start_meeting(meeting, at(0))
    live.set_attendance(meeting, guest.id, AttendanceStatus.PRESENT, at(0))
    for number, item_id, minute in walk(meeting, items, STARTS, at):
        if number == 1:
            meeting.header.quorum_declared = True
        elif number == 2:
            for name, officer in (("Heike Brandt", Officer.CHAIR),
                                  ("Sabine Krüger", Officer.SECRETARY)):  # fmt: skip
                add_election(meeting, item_id, ElectionInput("", (name,), officer=officer),
                             at(minute + 2))  # fmt: skip
        elif number == 3:
            live.add_decision(meeting, item_id, AGENDA_DECIDED, at(minute + 2))
        elif number == 4:
            live.add_decision(meeting, item_id, REPORT, at(minute + 55))
        elif number == 6:
            _counted(meeting, item_id, people["Jana Schulz"], DISCHARGE_MOTION,
                     (20, 0, 4), ELECTORATE, at(minute + 5))  # fmt: skip
            live.add_decision(meeting, item_id, DISCHARGE_DECIDED, at(minute + 6))
            mark_presence(meeting, people["Markus Wolf"], at(LEFT_AT), arrived=False)
        elif number == 7:
            _treasurer(meeting, item_id, at(minute + 30))
        elif number == 8:
            mark_presence(meeting, people["Markus Wolf"], at(BACK_AT), arrived=True)
            _counted(meeting, item_id, people["Heike Brandt"], FEE_MOTION, (18, 4, 2),
                     ELECTORATE, at(minute + 30))  # fmt: skip
            live.add_decision(meeting, item_id, FEE_DECIDED, at(minute + 31))
        elif number == 9:
            live.add_any_other_business(meeting, OTHER, people["Yusuf Demir"], at(minute + 2))
    live.end_meeting(meeting, at(345))
    return meeting


def _counted(
    meeting: Meeting, item_id: str, mover: str, text: str, count: tuple[int, int, int],
    electorate: int, now: datetime,
) -> None:  # fmt: skip
    """A motion put to the vote: Ja / Nein / Enthaltung among ``electorate`` members."""
    motion = add_motion(meeting, item_id, MotionInput(
        text, moved_by=mover, outcome=MotionOutcome.ADOPTED), now)  # fmt: skip
    yes, no, abstain = count
    counted = VoteInput(VoteMethod.COUNT, motion=motion.id, votes_for=yes, votes_against=no,
                        votes_abstain=abstain, electorate_count=electorate)  # fmt: skip
    add_vote(meeting, item_id, counted, now)


def _treasurer(meeting: Meeting, item_id: str, now: datetime) -> None:
    """Two candidates, a secret ballot among the 23 members present."""
    chosen = add_election(meeting, item_id, ElectionInput(
        OFFICE, (CANDIDATES[0],), CANDIDATES, "", ElectionKind.NEW, "2 Jahre", 1, True,
    ), now)  # fmt: skip
    add_vote(meeting, item_id, VoteInput(
        VoteMethod.OPTIONS, election=chosen.id, options=CANDIDATES, option_counts=BALLOT,
        secret=True, electorate_count=ELECTORATE_AWAY,
    ), now)  # fmt: skip
