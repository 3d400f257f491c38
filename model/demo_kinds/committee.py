"""English committee minutes: apologies, the previous minutes approved on a motion moved
and seconded (carried unanimously), the accounts and the new water charge carried by a
count, a late arrival, an action, any other business, the date of the next meeting, and each item's
clock times printed (the body's setting)."""

from __future__ import annotations

from datetime import date, datetime, time

from model import live
from model.enums import DocumentKind, ItemKind, Language, Role
from model.meeting import Meeting
from model.motions import MotionOutcome
from model.presence import mark_presence
from model.procedure import MotionInput, VoteInput, add_motion, add_vote
from model.procedure_settings import set_seconding
from model.votes import VoteMethod

from .build import agenda, clock, new_meeting, roster, walk

BODY = "Riverside Allotment Society Committee"
START = datetime(2026, 5, 6, 18, 0)
PEOPLE = [
    ("Alice Moore", Role.CHAIR, "present", ""), ("Ben Clarke", Role.MEMBER, "present", ""),
    ("Chloe Patel", Role.SECRETARY, "present", ""), ("David Hughes", Role.MEMBER, "present", ""),
    ("Farah Khan", Role.MEMBER, "", ""),  # not here when the meeting opens
    ("Emma Shaw", Role.MEMBER, "absent_with_notice", ""),
]  # fmt: skip
AGENDA = [
    ("Apologies for absence", ItemKind.OPENING, ""),
    ("Approval of the previous minutes", ItemKind.PREVIOUS_MINUTES, ""),
    ("Treasurer's report", ItemKind.REGULAR, ""),
    ("Water charges for 2027", ItemKind.REGULAR, ""),
    ("Any other business", ItemKind.ANY_OTHER_BUSINESS, ""),
    ("Date of next meeting", ItemKind.NEXT_MEETING, ""),
]
#: minutes after 18:00 at which each item starts
STARTS = [0, 3, 8, 20, 42, 52]
MINUTES_MOTION = "that the minutes of 8 April be approved as a true record"
ACCOUNTS = "that the accounts for 2025 be adopted"
CHARGE = "that the water charge rise to £12 per plot"
ACTION = "Write to all plot holders about the new water charge"
AOB = "Skip hire for the spring clear-out"
#: Farah Khan arrives during the treasurer's report
LATE = 12


def english_committee() -> Meeting:
    """The Riverside Allotment Society's committee, Wednesday 6 May 2026."""
    meeting = new_meeting(BODY, DocumentKind.MINUTES, Language.EN, START, time(19, 0),
                          "Riverside Hall")  # fmt: skip
    set_seconding(meeting, True)
    meeting.header.item_times = True
    at = clock(START)
    people = roster(meeting, at(-10), PEOPLE)
    items = agenda(meeting, at(-10), AGENDA)
    live.start_meeting(meeting, at(0))
    for number, item_id, minute in walk(meeting, items, STARTS, at):
        if number == 2:
            approved = add_motion(meeting, item_id, MotionInput(
                MINUTES_MOTION, moved_by=people["Ben Clarke"],
                seconded_by=people["David Hughes"], outcome=MotionOutcome.ADOPTED,
            ), at(minute + 2))  # fmt: skip
            add_vote(meeting, item_id, VoteInput(VoteMethod.UNANIMOUS, motion=approved.id),
                     at(minute + 2))  # fmt: skip
        elif number == 3:
            mark_presence(meeting, people["Farah Khan"], at(LATE), arrived=True)
            accounts = add_motion(meeting, item_id, MotionInput(
                ACCOUNTS, moved_by=people["David Hughes"], seconded_by=people["Farah Khan"],
                outcome=MotionOutcome.ADOPTED,
            ), at(minute + 10))  # fmt: skip
            add_vote(meeting, item_id, VoteInput(VoteMethod.COUNT, motion=accounts.id,
                                                 votes_for=5), at(minute + 10))  # fmt: skip
        elif number == 4:
            _charges(meeting, item_id, people, at(minute + 15))
        elif number == 5:
            live.add_any_other_business(meeting, AOB, people["Farah Khan"], at(minute + 1))
        elif number == 6:
            header = meeting.header
            header.next_date, header.next_start, header.next_place = (
                date(2026, 6, 3), time(18, 0), "Riverside Hall",
            )  # fmt: skip
    live.end_meeting(meeting, at(56))
    return meeting


def _charges(meeting: Meeting, item_id: str, people: dict[str, str], now: datetime) -> None:
    charge = add_motion(meeting, item_id, MotionInput(
        CHARGE, moved_by=people["David Hughes"], seconded_by=people["Alice Moore"],
        outcome=MotionOutcome.ADOPTED,
    ), now)  # fmt: skip
    add_vote(meeting, item_id, VoteInput(VoteMethod.COUNT, motion=charge.id, votes_for=4,
                                         votes_against=1), now)  # fmt: skip
    live.add_action(meeting, item_id, ACTION, now, owner=people["Chloe Patel"],
                    due=date(2026, 5, 20))  # fmt: skip
