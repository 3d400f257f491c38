"""A Swedish association's annual meeting (årsmöte): the meeting's officers elected,
röstlängd set, a member's motion with two competing proposals and a counted vote,
ansvarsfrihet, the board elected (omval, nyval, a vote among candidates, a vacancy)."""

from __future__ import annotations

from datetime import datetime, time

from model import live
from model.elections import ElectionKind, Officer
from model.electorate import ElectorateInput, add_electorate
from model.enums import DocumentKind, ItemKind, Language, Role
from model.meeting import Meeting
from model.motions import MotionOutcome
from model.procedure import (
    ElectionInput,
    MotionInput,
    VoteInput,
    add_election,
    add_motion,
    add_vote,
)
from model.votes import VoteMethod

from .build import agenda, clock, new_meeting, roster

BODY = "Föreningen Ekbacken"
TITLE = "Årsmöte 2026"
START = datetime(2026, 3, 14, 14, 0)
PEOPLE = [
    ("Karin Lund", Role.CHAIR, "present", ""), ("Per Ahl", Role.MEMBER, "present", ""),
    ("Sara Öst", Role.SECRETARY, "present", ""), ("Omar Said", Role.MEMBER, "present", ""),
    ("Lena Berg", Role.MEMBER, "present", ""), ("Nils Ek", Role.MEMBER, "absent_with_notice", ""),
]  # fmt: skip
AGENDA = [
    ("Mötets öppnande", ItemKind.OPENING, ""),
    ("Val av mötesordförande och mötessekreterare", ItemKind.OFFICERS, ""),
    ("Val av justerare och rösträknare", ItemKind.VERIFIERS, ""),
    ("Fastställande av röstlängd", ItemKind.REGULAR, ""),
    ("Styrelsens verksamhetsberättelse", ItemKind.REGULAR, ""),
    ("Ansvarsfrihet för styrelsen", ItemKind.REGULAR, ""),
    ("Motion om en ny lekplats", ItemKind.REGULAR, ""),
    ("Val av styrelse", ItemKind.REGULAR, ""),
    ("Mötets avslutande", ItemKind.CLOSING, ""),
]
ELECTORATE = 42
ROSTLANGD = "Årsmötet fastställer röstlängden."
LATECOMER = "Eva Holm"  # a member who comes before the elections: the röstlängd is adjusted
REPORT = "Verksamhetsberättelsen läggs till handlingarna."
DISCHARGE = "Årsmötet beviljar styrelsen ansvarsfrihet för verksamhetsåret 2025."
BOARD_PROPOSAL = "avslag på motionen"
MEMBER_PROPOSAL = "bifall till motionen"
MOTION_DECIDED = "Årsmötet beslutar att bifalla motionen."
CANDIDATES = ("Lena Berg", "Nils Ek", "Per Ahl")
BALLOT = (30, 24, 18)


def association_annual_meeting() -> Meeting:
    """Föreningen Ekbacken's årsmöte, 14 March 2026."""
    meeting = new_meeting(BODY, DocumentKind.PROTOKOLL, Language.SV, START, time(16, 0),
                          "Ekbackens föreningslokal", TITLE)  # fmt: skip
    at = clock(START)
    people = roster(meeting, START, PEOPLE)
    items = _named(agenda(meeting, START, AGENDA))
    live.go_to_item(meeting, items["open"], at(0))
    live.go_to_item(meeting, items["officers"], at(2))
    add_election(meeting, items["officers"],
                 ElectionInput("", ("Per Ahl",), officer=Officer.CHAIR), at(3))  # fmt: skip
    add_election(meeting, items["officers"],
                 ElectionInput("", ("Sara Öst",), officer=Officer.SECRETARY), at(3))  # fmt: skip
    live.go_to_item(meeting, items["verifiers"], at(5))
    for officer in (Officer.VERIFIER, Officer.TELLER):
        both = ElectionInput("", ("Omar Said", "Lena Berg"), officer=officer)
        add_election(meeting, items["verifiers"], both, at(6))
    live.go_to_item(meeting, items["roll"], at(8))
    add_electorate(meeting, items["roll"], ElectorateInput(ELECTORATE), at(9))
    live.add_decision(meeting, items["roll"], ROSTLANGD, at(9))
    live.go_to_item(meeting, items["report"], at(10))
    live.add_decision(meeting, items["report"], REPORT, at(15))
    live.go_to_item(meeting, items["discharge"], at(16))
    live.add_decision(meeting, items["discharge"], DISCHARGE, at(18))
    live.go_to_item(meeting, items["motion"], at(20))
    add_motion(meeting, items["motion"], MotionInput(
        BOARD_PROPOSAL, moved_by_name="Styrelsen", outcome=MotionOutcome.REJECTED
    ), at(30))  # fmt: skip
    member = add_motion(meeting, items["motion"], MotionInput(
        MEMBER_PROPOSAL, moved_by=people["Omar Said"], outcome=MotionOutcome.ADOPTED
    ), at(32))  # fmt: skip
    add_vote(meeting, items["motion"], VoteInput(VoteMethod.COUNT, motion=member.id,
             votes_for=25, votes_against=15, votes_abstain=2, electorate_count=ELECTORATE),
             at(35))  # fmt: skip
    live.add_decision(meeting, items["motion"], MOTION_DECIDED, at(36))
    live.go_to_item(meeting, items["board"], at(40))
    add_electorate(meeting, items["board"], ElectorateInput(ELECTORATE + 1, (LATECOMER,)), at(41))
    add_election(meeting, items["board"], ElectionInput(
        "Ordförande", ("Karin Lund",), ("Karin Lund",), "valberedningen", ElectionKind.RE,
        "1 år", 1, True,
    ), at(42))  # fmt: skip
    members = add_election(meeting, items["board"], ElectionInput(
        "Ledamöter", ("Lena Berg", "Nils Ek"), CANDIDATES, "valberedningen", ElectionKind.NEW,
        "2 år", 2, True,
    ), at(48))  # fmt: skip
    add_vote(meeting, items["board"], VoteInput(
        VoteMethod.OPTIONS, election=members.id, options=CANDIDATES, option_counts=BALLOT,
        secret=True, electorate_count=ELECTORATE + 1,
    ), at(50))  # fmt: skip
    add_election(meeting, items["board"], ElectionInput(
        "Suppleanter", ("Per Ahl",), ("Per Ahl",), "valberedningen", ElectionKind.NEW,
        "1 år", 2, True,
    ), at(52))  # fmt: skip
    live.go_to_item(meeting, items["close"], at(55))
    live.end_meeting(meeting, at(57))
    return meeting


def _named(ids: list[str]) -> dict[str, str]:
    names = ("open", "officers", "verifiers", "roll", "report", "discharge", "motion", "board",
             "close")  # fmt: skip
    return dict(zip(names, ids, strict=True))
