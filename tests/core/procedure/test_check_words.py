"""``minutes check``'s findings on motions and votes, worded in German with the values
of a real meeting (each made as it happens: attendance or the röstlängd corrected after
the vote, a merge that brings a vote on a motion the other side deleted)."""

from __future__ import annotations

from model.electorate import ElectorateInput, add_electorate, edit_electorate
from model.enums import AttendanceStatus, Language
from model.live import set_attendance
from model.meeting import Meeting
from model.procedure import MotionInput, VoteInput, add_motion, add_vote
from model.procedure_checks import default_electorate
from model.validation import validate
from model.votes import VoteMethod
from tests.core.procedure.scenario import NOW, item, person, procedure_meeting


def _german(meeting: Meeting, wording: str) -> list[str]:
    return [p.message(Language.DE) for p in validate(meeting) if (p.wording or p.code) == wording]


def test_a_vote_that_no_longer_fits_the_attendance_is_worded_in_german() -> None:
    meeting = procedure_meeting()
    four = item(meeting, "4")
    camilla = person(meeting, "Camilla Broo")
    add_vote(meeting, four, VoteInput(VoteMethod.COUNT, votes_for=1, electorate=(camilla,)), NOW)
    set_attendance(meeting, camilla, AttendanceStatus.ABSENT, NOW)  # corrected afterwards
    assert _german(meeting, "electorate_not_present") == [
        "Die Abstimmung unter TOP 4: stimmberechtigt, aber nicht anwesend: Camilla Broo."
    ]
    # she voted yes in item 4's roll call, and is no longer in its electorate
    assert _german(meeting, "voted_outside_electorate") == [
        "Die Abstimmung unter TOP 4: abgestimmt, ohne stimmberechtigt zu sein: Camilla Broo."
    ]


def test_more_votes_than_the_electorate_is_worded_in_german() -> None:
    meeting = procedure_meeting()
    five = item(meeting, "5")
    voters = default_electorate(meeting, five)
    size = len(voters)
    add_vote(meeting, five, VoteInput(VoteMethod.COUNT, votes_for=size), NOW)
    set_attendance(meeting, voters[-1].id, AttendanceStatus.ABSENT, NOW)
    assert _german(meeting, "more_votes_than_electorate") == [
        f"Die Abstimmung unter TOP 5: {size} Stimmen, aber die Zahl der Stimmberechtigten "
        f"ist {size - 1}."
    ]


def test_a_vote_on_a_deleted_motion_is_worded_in_german() -> None:
    meeting = procedure_meeting()
    five = item(meeting, "5")
    motion = add_motion(meeting, five, MotionInput("avslag"), NOW)
    add_vote(meeting, five, VoteInput(VoteMethod.UNANIMOUS, motion=motion.id), NOW)
    motion.deleted = True  # as a merge leaves it: one side deleted it, the other voted
    assert _german(meeting, "vote_on_deleted_motion") == [
        "Die Abstimmung unter TOP 5 gilt einem gelöschten Antrag."
    ]


def test_a_vote_outside_the_roestlaengd_is_worded_in_german() -> None:
    meeting = procedure_meeting()
    three, six = item(meeting, "3"), item(meeting, "6")
    record = add_electorate(meeting, three, ElectorateInput(42), NOW)
    add_vote(meeting, six, VoteInput(VoteMethod.COUNT, votes_for=40, votes_against=2), NOW)
    counted = VoteInput(VoteMethod.COUNT, votes_for=30, electorate_count=42)
    add_vote(meeting, six, counted, NOW)
    edit_electorate(meeting, record.id, ElectorateInput(41), NOW)  # lowered afterwards
    assert _german(meeting, "vote_outside_rostlangd_cast") == [
        "Die Abstimmung unter TOP 6: 42 Stimmen abgegeben, aber die Stimmliste zu diesem "
        "TOP hat 41."
    ]
    assert _german(meeting, "vote_outside_rostlangd_own") == [
        "Die Abstimmung unter TOP 6: Die Stimmberechtigten der Abstimmung weichen von der "
        "Stimmliste zu diesem TOP ab: 42, nicht 41."
    ]
