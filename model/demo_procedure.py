"""Demo meetings of formal procedure, replayed through the live operations: an
association's annual meeting (officers, röstlängd, two competing proposals, elections),
a municipal committee (a roll-call vote) and an English committee (motions moved and
seconded). Invented people and bodies; ``DEMO_KINDS`` names them for ``minutes demo``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from model import live
from model.elections import ElectionKind, Officer
from model.electorate import ElectorateInput, add_electorate
from model.enums import (
    AttendanceStatus,
    DecisionMethod,
    DocumentKind,
    ItemKind,
    Language,
    Role,
    StatementKind,
)
from model.ids import new_id
from model.meeting import Meeting, MeetingHeader
from model.motions import MotionOutcome
from model.procedure import (
    ElectionInput,
    MotionInput,
    VoteInput,
    add_election,
    add_motion,
    add_vote,
)
from model.procedure_settings import set_seconding
from model.votes import Ballot, VoteMethod


def _meeting(body: str, kind: DocumentKind, language: Language, day: date, place: str) -> Meeting:
    header = MeetingHeader(
        id=new_id(), body=body, kind=kind, language=language, date=day,
        planned_start=time(18, 0), planned_end=time(20, 0), place=place,
    )  # fmt: skip
    return Meeting(header=header)


def _people(meeting: Meeting, now: datetime, people: list[tuple[str, Role, str]]) -> dict[str, str]:
    ids: dict[str, str] = {}
    for name, role, status in people:
        person = live.add_person(meeting, name, now, role=role)
        person.role = role  # add_person's guest rules do not apply to members
        live.set_attendance(meeting, person.id, AttendanceStatus(status), now)
        ids[name] = person.id
    return ids


def _items(meeting: Meeting, now: datetime, titles: list[tuple[str, ItemKind]]) -> list[str]:
    ids = []
    for title, kind in titles:
        item = live.add_item(meeting, title, now)
        item.kind = kind
        ids.append(item.id)
    return ids


def association_annual_meeting() -> Meeting:
    """Årsmöte: officers elected, röstlängd adopted (and adjusted before the elections), two
    competing proposals on a motion from a member, the board elected (omval, nyval, a
    vacancy)."""
    start = datetime(2026, 3, 14, 14, 0)
    meeting = _meeting("Föreningen Ekbacken", DocumentKind.PROTOKOLL, Language.SV,
                       start.date(), "Ekbackens föreningslokal")  # fmt: skip
    people = _people(meeting, start, [
        ("Karin Lund", Role.CHAIR, "present"), ("Per Ahl", Role.MEMBER, "present"),
        ("Sara Öst", Role.SECRETARY, "present"), ("Omar Said", Role.MEMBER, "present"),
        ("Lena Berg", Role.MEMBER, "present"), ("Nils Ek", Role.MEMBER, "absent_with_notice"),
    ])  # fmt: skip
    items = _items(meeting, start, [
        ("Mötets öppnande", ItemKind.OPENING),
        ("Val av mötesordförande och mötessekreterare", ItemKind.OFFICERS),
        ("Val av justerare och rösträknare", ItemKind.VERIFIERS),
        ("Fastställande av röstlängd", ItemKind.REGULAR),
        ("Motion om en ny lekplats", ItemKind.REGULAR),
        ("Val av styrelse", ItemKind.REGULAR),
        ("Mötets avslutande", ItemKind.CLOSING),
    ])  # fmt: skip
    at = _clock(start)
    live.go_to_item(meeting, items[0], at(0))
    live.go_to_item(meeting, items[1], at(2))
    add_election(meeting, items[1], ElectionInput("", ("Per Ahl",), officer=Officer.CHAIR), at(3))
    add_election(
        meeting, items[1], ElectionInput("", ("Sara Öst",), officer=Officer.SECRETARY), at(3)
    )
    live.go_to_item(meeting, items[2], at(5))
    add_election(meeting, items[2], ElectionInput("", ("Omar Said", "Lena Berg"),
                                                  officer=Officer.VERIFIER), at(6))  # fmt: skip
    add_election(meeting, items[2], ElectionInput("", ("Omar Said", "Lena Berg"),
                                                  officer=Officer.TELLER), at(6))  # fmt: skip
    live.go_to_item(meeting, items[3], at(8))
    add_electorate(meeting, items[3], ElectorateInput(42), at(9))
    live.add_decision(meeting, items[3], "Årsmötet fastställer röstlängden.", at(9))
    live.go_to_item(meeting, items[4], at(10))
    add_motion(meeting, items[4], MotionInput(
        "avslag på motionen", moved_by_name="Styrelsen", outcome=MotionOutcome.REJECTED
    ), at(20))  # fmt: skip
    member = add_motion(meeting, items[4], MotionInput(
        "bifall till motionen", moved_by=people["Omar Said"], outcome=MotionOutcome.ADOPTED
    ), at(22))  # fmt: skip
    add_vote(meeting, items[4], VoteInput(VoteMethod.COUNT, motion=member.id, votes_for=25,
             votes_against=15, votes_abstain=2, electorate_count=42), at(25))  # fmt: skip
    live.add_decision(meeting, items[4], "Årsmötet beslutar att bifalla motionen.", at(26))
    live.go_to_item(meeting, items[5], at(30))
    add_electorate(meeting, items[5], ElectorateInput(43, ("Eva Holm",)), at(31))  # a latecomer
    add_election(meeting, items[5], ElectionInput(
        "Ordförande", ("Karin Lund",), ("Karin Lund",), "valberedningen", ElectionKind.RE,
        "1 år", 1, True,
    ), at(32))  # fmt: skip
    treasurer = add_election(meeting, items[5], ElectionInput(
        "Ledamöter", ("Lena Berg", "Nils Ek"), ("Lena Berg", "Nils Ek", "Per Ahl"),
        "valberedningen", ElectionKind.NEW, "2 år", 3, True,
    ), at(38))  # fmt: skip
    add_vote(meeting, items[5], VoteInput(
        VoteMethod.OPTIONS, election=treasurer.id, options=("Lena Berg", "Nils Ek", "Per Ahl"),
        option_counts=(30, 24, 18), secret=True, electorate_count=43,
    ), at(40))  # fmt: skip
    live.go_to_item(meeting, items[6], at(45))
    live.end_meeting(meeting, at(47))
    return meeting


def municipal_committee() -> Meeting:
    """A nämnd's protokoll: two yrkanden on a matter, the chair's proposition order and a
    roll-call vote (votering) printed as a table, a reservation."""
    start = datetime(2026, 4, 21, 18, 0)
    meeting = _meeting("Kultur- och fritidsnämnden", DocumentKind.PROTOKOLL, Language.SV,
                       start.date(), "Stadshuset, sammanträdesrum Linden")  # fmt: skip
    people = _people(meeting, start, [
        ("Eva Holm (S)", Role.CHAIR, "present"), ("Jonas Krantz (M)", Role.VICE_CHAIR, "present"),
        ("Amir Haddad (S)", Role.MEMBER, "present"), ("Britt Sand (V)", Role.MEMBER, "present"),
        ("Olle Rask (KD)", Role.MEMBER, "present"), ("Tove Ling (C)", Role.MEMBER, "absent"),
        ("Maria Wik", Role.SECRETARY, "present"),
    ])  # fmt: skip
    items = _items(meeting, start, [
        ("Val av justerare", ItemKind.VERIFIERS),
        ("Taxor för fritidsgårdar 2027", ItemKind.REGULAR),
    ])  # fmt: skip
    for number, item_id in zip(("45", "46"), items, strict=True):
        paragraph = meeting.item(item_id)
        if paragraph is not None:
            paragraph.paragraph = number
    at = _clock(start)
    live.go_to_item(meeting, items[0], at(1))
    add_election(meeting, items[0], ElectionInput("", ("Jonas Krantz (M)",),
                                                  officer=Officer.VERIFIER), at(2))  # fmt: skip
    live.go_to_item(meeting, items[1], at(5))
    first = add_motion(meeting, items[1], MotionInput(
        "bifall till arbetsutskottets förslag", moved_by=people["Eva Holm (S)"],
        outcome=MotionOutcome.ADOPTED,
    ), at(20))  # fmt: skip
    add_motion(meeting, items[1], MotionInput(
        "att taxorna lämnas oförändrade", moved_by=people["Jonas Krantz (M)"],
        outcome=MotionOutcome.REJECTED,
    ), at(22))  # fmt: skip
    ballots = tuple(
        (people[name], ballot.value)
        for name, ballot in (
            ("Eva Holm (S)", Ballot.YES), ("Amir Haddad (S)", Ballot.YES),
            ("Britt Sand (V)", Ballot.YES), ("Jonas Krantz (M)", Ballot.NO),
            ("Olle Rask (KD)", Ballot.NO),
        )
    )  # fmt: skip
    add_vote(meeting, items[1], VoteInput(VoteMethod.ROLL_CALL, motion=first.id,
                                          roll_call=ballots), at(25))  # fmt: skip
    decision = live.add_decision(meeting, items[1], "Nämnden beslutar enligt arbetsutskottets "
                                 "förslag.", at(26), votes=(3, 2, 0))  # fmt: skip
    decision.method = DecisionMethod.VOTE
    live.add_statement(meeting, decision.id, StatementKind.RESERVATION,
                       people["Jonas Krantz (M)"])  # fmt: skip
    live.end_meeting(meeting, at(30))
    return meeting


def english_committee() -> Meeting:
    """English minutes: motions moved and seconded, carried by a count and unanimously."""
    start = datetime(2026, 5, 6, 18, 0)
    meeting = _meeting("Riverside Allotment Society Committee", DocumentKind.MINUTES,
                       Language.EN, start.date(), "Riverside Hall")  # fmt: skip
    set_seconding(meeting, True)
    people = _people(meeting, start, [
        ("Alice Moore", Role.CHAIR, "present"), ("Ben Clarke", Role.MEMBER, "present"),
        ("Chloe Patel", Role.SECRETARY, "present"), ("David Hughes", Role.MEMBER, "present"),
        ("Emma Shaw", Role.MEMBER, "absent_with_notice"),
    ])  # fmt: skip
    items = _items(meeting, start, [
        ("Approval of the previous minutes", ItemKind.PREVIOUS_MINUTES),
        ("Water charges for 2027", ItemKind.REGULAR),
    ])  # fmt: skip
    at = _clock(start)
    live.go_to_item(meeting, items[0], at(1))
    minutes = add_motion(meeting, items[0], MotionInput(
        "that the minutes of 8 April be approved as a true record",
        moved_by=people["Ben Clarke"], seconded_by=people["David Hughes"],
        outcome=MotionOutcome.ADOPTED,
    ), at(2))  # fmt: skip
    add_vote(meeting, items[0], VoteInput(VoteMethod.UNANIMOUS, motion=minutes.id), at(3))
    live.go_to_item(meeting, items[1], at(5))
    charge = add_motion(meeting, items[1], MotionInput(
        "that the water charge rise to £12 per plot", moved_by=people["David Hughes"],
        seconded_by=people["Alice Moore"], outcome=MotionOutcome.ADOPTED,
    ), at(15))  # fmt: skip
    add_vote(meeting, items[1], VoteInput(VoteMethod.COUNT, motion=charge.id, votes_for=3,
                                          votes_against=1), at(16))  # fmt: skip
    live.end_meeting(meeting, at(20))
    return meeting


def _clock(start: datetime) -> Callable[[float], datetime]:
    return lambda minutes: start + timedelta(minutes=minutes)


#: ``minutes demo --kind``: the demo meetings of formal procedure.
DEMO_KINDS: dict[str, Callable[[], Meeting]] = {
    "association": association_annual_meeting,
    "municipal": municipal_committee,
    "committee": english_committee,
}
