"""A municipal committee's protokoll: § numbers from 1 (the year's first meeting), a
substitute serving for an absent member in §§ 4-9, two yrkanden put against each other,
a roll-call vote (votering) printed as a table, a reservation, an återremiss."""

from __future__ import annotations

from datetime import datetime, time

from model import live
from model.elections import Officer
from model.enums import DocumentKind, ItemKind, Language, Role, StatementKind
from model.meeting import Meeting
from model.motions import MotionOutcome
from model.presence import mark_presence, set_serving
from model.procedure import (
    ElectionInput,
    MotionInput,
    VoteInput,
    add_election,
    add_motion,
    add_vote,
)
from model.votes import Ballot, VoteMethod

from .build import agenda, clock, new_meeting, roster, walk

BODY = "Kultur- och fritidsnämnden"
START = datetime(2026, 1, 20, 18, 0)
PEOPLE = [
    ("Eva Holm (S)", Role.CHAIR, "present", ""),
    ("Jonas Krantz (M)", Role.VICE_CHAIR, "present", ""),
    ("Amir Haddad (S)", Role.MEMBER, "present", ""),
    ("Britt Sand (V)", Role.MEMBER, "present", ""),
    ("Olle Rask (KD)", Role.MEMBER, "present", ""),
    ("Lisa Berg (SD)", Role.MEMBER, "present", ""),
    ("Tove Ling (C)", Role.MEMBER, "absent_with_notice", ""),
    ("Maria Wik", Role.SECRETARY, "present", "Kultur- och fritidsförvaltningen"),
]
SUBSTITUTE = "Kim Nordin (C)"
AGENDA = [
    ("Sammanträdets öppnande", ItemKind.OPENING, "1"),
    ("Val av justerare", ItemKind.VERIFIERS, "2"),
    ("Godkännande av dagordningen", ItemKind.AGENDA_APPROVAL, "3"),
    ("Taxor för fritidsgårdar 2027", ItemKind.REGULAR, "4"),
    ("Föreningsbidrag 2026", ItemKind.REGULAR, "5"),
    ("Yttrande över regional kulturplan", ItemKind.REGULAR, "6"),
    ("Internkontrollplan 2026", ItemKind.REGULAR, "7"),
    ("Medborgarförslag om utegym i Norrparken", ItemKind.REGULAR, "8"),
    ("Redovisning av delegationsbeslut", ItemKind.REGULAR, "9"),
    ("Meddelanden", ItemKind.REGULAR, "10"),
]
#: § number -> the decision typed under it (§ 4 and § 8 are handled on their own)
DECISIONS = {
    "3": "Dagordningen godkänns.",
    "5": "Nämnden beslutar att fördela föreningsbidragen enligt förvaltningens förslag.",
    "6": "Nämnden antar förvaltningens yttrande som sitt eget.",
    "7": "Nämnden fastställer internkontrollplanen för 2026.",
    "9": "Redovisningen läggs till handlingarna.",
    "10": "Meddelandena läggs till handlingarna.",
}
FIRST = "bifall till arbetsutskottets förslag"
SECOND = "att taxorna lämnas oförändrade"
ROLL_CALL = [
    ("Eva Holm (S)", Ballot.YES), ("Amir Haddad (S)", Ballot.YES),
    ("Britt Sand (V)", Ballot.YES), ("Jonas Krantz (M)", Ballot.NO),
    ("Olle Rask (KD)", Ballot.NO), ("Lisa Berg (SD)", Ballot.NO),
    (SUBSTITUTE, Ballot.YES),
]  # fmt: skip
TAXES_DECIDED = "Nämnden beslutar enligt arbetsutskottets förslag."
REFERRAL = "för att utreda kostnaden för skötsel och underhåll"
#: minutes after 18.00 at which each § starts
STARTS = [0, 2, 4, 6, 40, 50, 62, 70, 85, 92]


def municipal_committee() -> Meeting:
    """Kultur- och fritidsnämnden, 20 January 2026, §§ 1-10."""
    meeting = new_meeting(BODY, DocumentKind.PROTOKOLL, Language.SV, START, time(20, 0),
                          "Stadshuset, sammanträdesrum Linden")  # fmt: skip
    at = clock(START)
    people = roster(meeting, at(-10), PEOPLE)
    items = agenda(meeting, at(-10), AGENDA)
    live.start_meeting(meeting, at(0))
    for paragraph, item_id, minute in walk(meeting, items, STARTS, at):
        if paragraph == 1:
            meeting.header.quorum_declared = True
        elif paragraph == 2:
            verifier = ElectionInput("", ("Jonas Krantz (M)",), officer=Officer.VERIFIER)
            add_election(meeting, item_id, verifier, at(minute + 1))
        elif paragraph == 4:
            _taxes(meeting, item_id, people, minute)
        elif paragraph == 8:
            live.refer_back(meeting, item_id, at(minute + 10), REFERRAL)
        if str(paragraph) in DECISIONS:
            live.add_decision(meeting, item_id, DECISIONS[str(paragraph)], at(minute + 3))
        if paragraph == 9:  # the substitute leaves after § 9
            mark_presence(meeting, people[SUBSTITUTE], at(minute + 5), arrived=False)
    live.end_meeting(meeting, at(100))
    return meeting


def _taxes(meeting: Meeting, item_id: str, people: dict[str, str], minute: int) -> None:
    """§ 4: the substitute comes in and serves for Tove Ling up to § 9; two yrkanden; the
    roll call; the decision with a reservation."""
    at = clock(START)
    substitute = live.add_person(meeting, SUBSTITUTE, at(minute),
                                 substitute_for=people["Tove Ling (C)"])  # fmt: skip
    people[SUBSTITUTE] = substitute.id
    mark_presence(meeting, substitute.id, at(minute), arrived=True)
    ninth = meeting.agenda[8].id
    set_serving(meeting, substitute.id, people["Tove Ling (C)"], item_id, ninth, at(minute))
    first = add_motion(meeting, item_id, MotionInput(
        FIRST, moved_by=people["Eva Holm (S)"], outcome=MotionOutcome.ADOPTED,
    ), at(minute + 15))  # fmt: skip
    add_motion(meeting, item_id, MotionInput(
        SECOND, moved_by=people["Jonas Krantz (M)"], outcome=MotionOutcome.REJECTED,
    ), at(minute + 17))  # fmt: skip
    ballots = tuple((people[name], ballot.value) for name, ballot in ROLL_CALL)
    add_vote(meeting, item_id, VoteInput(VoteMethod.ROLL_CALL, motion=first.id,
                                         roll_call=ballots), at(minute + 25))  # fmt: skip
    decision = live.add_decision(meeting, item_id, TAXES_DECIDED, at(minute + 26))
    for name in ("Jonas Krantz (M)", "Olle Rask (KD)", "Lisa Berg (SD)"):
        live.add_statement(meeting, decision.id, StatementKind.RESERVATION, people[name])
