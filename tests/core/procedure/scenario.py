"""A meeting with motions, votes and elections, built through the model operations."""

from __future__ import annotations

from datetime import datetime

from model.demo import demo_meeting
from model.elections import ElectionKind, Officer
from model.enums import DocumentKind, Language
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
from model.votes import Ballot, VoteMethod

NOW = datetime(2022, 5, 6, 9, 0)


def person(meeting: Meeting, name: str) -> str:
    return next(p.id for p in meeting.people if p.name == name)


def item(meeting: Meeting, number: str) -> str:
    return next(i.id for i in meeting.agenda if i.number == number)


def procedure_meeting(
    kind: DocumentKind = DocumentKind.PROTOKOLL, language: Language = Language.SV
) -> Meeting:
    """The demo meeting with: item 1 electing the meeting's officers, item 4 two competing
    motions (one seconded) and a roll-call vote, item 5 a unanimous vote and an att-sats,
    item 7 an election with candidates and a vote among them."""
    meeting = demo_meeting()
    meeting.header.kind, meeting.header.language = kind, language
    one, four, five, seven = (item(meeting, n) for n in ("1", "4", "5", "7"))
    add_election(meeting, one, ElectionInput("", ("Camilla Broo",), officer=Officer.CHAIR), NOW)
    add_election(
        meeting, one, ElectionInput("", ("Anna Söderström",), officer=Officer.SECRETARY), NOW
    )
    add_election(
        meeting, one, ElectionInput("", ("Carolina Pettersson",), officer=Officer.VERIFIER), NOW
    )
    add_election(
        meeting, one, ElectionInput("", ("Frida Nilsson", "Camilla Broo"), officer=Officer.TELLER),
        NOW,
    )  # fmt: skip
    first = add_motion(
        meeting,
        four,
        MotionInput(
            "bifall till arbetsutskottets förslag",
            moved_by=person(meeting, "Camilla Broo"),
            seconded_by=person(meeting, "Carolina Pettersson"),
            outcome=MotionOutcome.ADOPTED,
        ),
        NOW,
    )
    add_motion(
        meeting,
        four,
        MotionInput(
            "avslag",
            moved_by=person(meeting, "Magnus Gyllestad"),
            outcome=MotionOutcome.REJECTED,
        ),
        NOW,
    )
    ballots = (
        (person(meeting, "Camilla Broo"), Ballot.YES.value),
        (person(meeting, "Carolina Pettersson"), Ballot.YES.value),
        (person(meeting, "Magnus Gyllestad"), Ballot.NO.value),
        (person(meeting, "Stefan Hollmark"), Ballot.ABSTAIN.value),
    )
    add_vote(
        meeting, four, VoteInput(VoteMethod.ROLL_CALL, motion=first.id, roll_call=ballots), NOW
    )
    add_motion(
        meeting,
        five,
        MotionInput("att anta utvecklingsprogrammet", decision="bifalles"),
        NOW,
    )
    add_vote(meeting, five, VoteInput(VoteMethod.UNANIMOUS), NOW)
    chosen = add_election(
        meeting,
        seven,
        ElectionInput(
            "Ledamot i konferensrådet",
            elected=("Frida Nilsson",),
            candidates=("Frida Nilsson", "Leif Eriksson"),
            nominated_by="valberedningen",
            kind=ElectionKind.NEW,
            term="2 år",
            seats=2,
            accepted=True,
        ),
        NOW,
    )
    add_vote(
        meeting,
        seven,
        VoteInput(
            VoteMethod.OPTIONS,
            election=chosen.id,
            options=("Frida Nilsson", "Leif Eriksson"),
            option_counts=(4, 1),
            secret=True,
        ),
        NOW,
    )
    return meeting
