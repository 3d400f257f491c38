"""Motions, votes and elections in the model: validation, edits, deletion, the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.approval import content_hash
from model.codec import meeting_to_tables, tables_to_meeting
from model.demo import demo_meeting
from model.elections import Officer
from model.enums import Language
from model.events import EventKind
from model.live import LiveError
from model.motions import MotionOutcome
from model.procedure import (
    ElectionInput,
    MotionInput,
    VoteInput,
    add_election,
    add_motion,
    add_vote,
    competing,
    edit_election,
    edit_motion,
    edit_vote,
    item_motions,
    meeting_officers,
)
from model.procedure_checks import default_electorate, electorate_of
from model.record_edits import delete_record
from model.store.meeting_store import MeetingStore, write_new_meeting
from model.votes import Ballot, VoteMethod
from tests.core.procedure.scenario import NOW, item, person, procedure_meeting


def test_a_meeting_without_procedure_records_encodes_as_before() -> None:
    meeting = demo_meeting()
    tables = meeting_to_tables(meeting)
    assert not {"motions", "votes", "elections"} & set(tables)
    before = content_hash(meeting)
    assert content_hash(tables_to_meeting(tables)) == before


def test_the_records_survive_the_file(tmp_path: Path) -> None:
    meeting = procedure_meeting()
    path = tmp_path / "m.json"
    write_new_meeting(path, meeting)
    with MeetingStore(path, read_only=True) as store:
        again = store.meeting
    assert meeting_to_tables(again) == meeting_to_tables(meeting)
    roll = next(v for v in again.votes if v.method is VoteMethod.ROLL_CALL)
    assert roll.tally() == (2, 1, 1)
    assert [e.officer for e in again.elections][:2] == [Officer.CHAIR, Officer.SECRETARY]


def test_motions_are_numbered_per_item_and_compete() -> None:
    meeting = procedure_meeting()
    four = item(meeting, "4")
    motions = item_motions(meeting, four)
    assert [m.number for m in motions] == [1, 2]
    assert [m.moved_by_name for m in competing(meeting, four)] == [
        "Camilla Broo",
        "Magnus Gyllestad",
    ]
    assert motions[0].seconded_by_name == "Carolina Pettersson"
    kinds = [e.kind for e in meeting.events]
    assert kinds.count(EventKind.MOTION_ADDED) == 3
    assert kinds.count(EventKind.VOTE_ADDED) == 3
    assert kinds.count(EventKind.ELECTION_ADDED) == 5


def test_a_withdrawn_motion_does_not_compete() -> None:
    meeting = procedure_meeting()
    four = item(meeting, "4")
    second = item_motions(meeting, four)[1]
    edit_motion(
        meeting, second.id, MotionInput("avslag", moved_by=second.moved_by,
                                         outcome=MotionOutcome.WITHDRAWN), NOW
    )  # fmt: skip
    assert competing(meeting, four) == []
    assert meeting.events[-1].kind is EventKind.RECORD_EDITED
    assert meeting.events[-1].extra == {"table": "motions", "record": second.id}


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (MotionInput("  "), "proposal text"),
        (MotionInput("x", moved_by_name="Bo", seconded_by_name="Bo"), "seconded by its mover"),
        (MotionInput("x", amended_text="y"), "amended"),
    ],
)
def test_a_bad_motion_is_refused_and_nothing_changes(data: MotionInput, words: str) -> None:
    meeting = procedure_meeting()
    before = meeting_to_tables(meeting)
    with pytest.raises(LiveError, match=words):
        add_motion(meeting, item(meeting, "4"), data, NOW)
    first = item_motions(meeting, item(meeting, "4"))[0]
    with pytest.raises(LiveError, match=words):
        edit_motion(meeting, first.id, data, NOW)
    assert meeting_to_tables(meeting) == before


def test_the_electorate_is_who_may_vote_at_the_item() -> None:
    meeting = procedure_meeting()
    two, four = item(meeting, "2"), item(meeting, "4")
    names_two = [p.name for p in default_electorate(meeting, two)]
    names_four = [p.name for p in default_electorate(meeting, four)]
    # Stefan Hollmark comes from item 4; Helene Olofsson is an official without a vote
    assert "Stefan Hollmark" not in names_two and "Stefan Hollmark" in names_four
    assert "Helene Olofsson" not in names_four
    assert "Leif Eriksson" not in names_four  # absent


def test_a_vote_is_checked_against_who_is_present() -> None:
    meeting = procedure_meeting()
    two = item(meeting, "2")
    stefan = person(meeting, "Stefan Hollmark")
    with pytest.raises(LiveError, match="not present at this item"):
        add_vote(meeting, two, VoteInput(VoteMethod.COUNT, votes_for=1, electorate=(stefan,)), NOW)
    with pytest.raises(LiveError, match="not in the electorate"):
        add_vote(meeting, two, VoteInput(VoteMethod.ROLL_CALL, roll_call=((stefan, "yes"),)), NOW)
    with pytest.raises(LiveError, match="electorate has only"):
        add_vote(meeting, two, VoteInput(VoteMethod.COUNT, votes_for=40, votes_against=2), NOW)
    with pytest.raises(LiveError, match="secret ballot"):
        add_vote(
            meeting,
            two,
            VoteInput(VoteMethod.ROLL_CALL, secret=True,
                      roll_call=((person(meeting, "Camilla Broo"), "yes"),)),
            NOW,
        )  # fmt: skip
    with pytest.raises(LiveError, match="each option"):
        add_vote(meeting, two, VoteInput(VoteMethod.OPTIONS, options=("A",)), NOW)


def test_a_vote_edited_into_a_bad_one_is_refused_and_kept() -> None:
    meeting = procedure_meeting()
    unanimous = next(v for v in meeting.votes if v.method is VoteMethod.UNANIMOUS)
    with pytest.raises(LiveError):
        edit_vote(meeting, unanimous.id, VoteInput(VoteMethod.COUNT), NOW)
    assert next(v for v in meeting.votes if v.id == unanimous.id).method is VoteMethod.UNANIMOUS
    edit_vote(meeting, unanimous.id, VoteInput(VoteMethod.COUNT, votes_for=3), NOW)
    assert next(v for v in meeting.votes if v.id == unanimous.id).tally() == (3, 0, 0)


def test_elections_keep_their_rules() -> None:
    meeting = procedure_meeting()
    seven = item(meeting, "7")
    with pytest.raises(LiveError, match="not among the candidates"):
        add_election(meeting, seven, ElectionInput("Kassör", ("Ann",), ("Bo",)), NOW)
    with pytest.raises(LiveError, match="2 elected to 1 seats"):
        add_election(meeting, seven, ElectionInput("Kassör", ("Ann", "Bo"), seats=1), NOW)
    with pytest.raises(LiveError, match="one chair"):
        add_election(meeting, seven, ElectionInput("", ("Ann", "Bo"), officer=Officer.CHAIR), NOW)
    with pytest.raises(LiveError, match="office"):
        add_election(meeting, seven, ElectionInput("  ", ("Ann",)), NOW)
    chosen = next(e for e in meeting.elections if e.item == seven)
    assert chosen.vacancies == 1
    edit_election(meeting, chosen.id, ElectionInput("Ledamot", ("Frida Nilsson",), seats=1), NOW)
    assert chosen.vacancies == 0 and chosen.office == "Ledamot"


def test_the_meeting_officers_come_from_their_elections() -> None:
    officers = meeting_officers(procedure_meeting())
    assert officers.chair == "Camilla Broo"
    assert officers.secretary == "Anna Söderström"
    assert officers.verifiers == ("Carolina Pettersson",)
    assert officers.tellers == ("Frida Nilsson", "Camilla Broo")


def test_deleting_a_motion_takes_its_votes_and_renumbers() -> None:
    meeting = procedure_meeting()
    four = item(meeting, "4")
    first, second = item_motions(meeting, four)
    delete_record(meeting, "motions", first.id, NOW)
    assert first.deleted and item_motions(meeting, four) == [second]
    assert second.number == 1
    assert all(v.deleted for v in meeting.votes if v.motion == first.id)
    assert meeting.events[-1].kind is EventKind.RECORD_DELETED
    with pytest.raises(LiveError):
        delete_record(meeting, "motions", first.id, NOW)
    chosen = next(e for e in meeting.elections if e.item == item(meeting, "7"))
    delete_record(meeting, "elections", chosen.id, NOW)
    assert all(v.deleted for v in meeting.votes if v.election == chosen.id)


@settings(max_examples=40, deadline=None)
@given(
    ballots=st.lists(st.sampled_from([b.value for b in Ballot]), min_size=5, max_size=5),
)
def test_a_roll_call_tally_counts_every_ballot_once(ballots: list[str]) -> None:
    meeting = demo_meeting()
    four = item(meeting, "4")
    voters = [p.id for p in default_electorate(meeting, four)][:5]
    pairs = tuple(zip(voters, ballots, strict=False))
    if all(b == Ballot.ABSENT.value for _p, b in pairs):
        with pytest.raises(LiveError):
            add_vote(meeting, four, VoteInput(VoteMethod.ROLL_CALL, roll_call=pairs), NOW)
        return
    vote = add_vote(meeting, four, VoteInput(VoteMethod.ROLL_CALL, roll_call=pairs), NOW)
    tally = vote.tally()
    assert tally is not None
    assert sum(tally) + ballots[: len(voters)].count(Ballot.ABSENT.value) == len(pairs)
    assert set(electorate_of(meeting, vote)) >= set(voters)


def test_the_check_finds_a_vote_that_no_longer_fits_the_attendance() -> None:
    from model.enums import AttendanceStatus
    from model.live import set_attendance
    from model.validation import validate

    meeting = procedure_meeting()
    assert not [p for p in validate(meeting) if p.code.startswith(("electorate", "voted"))]
    four = item(meeting, "4")
    camilla = person(meeting, "Camilla Broo")
    add_vote(meeting, four, VoteInput(VoteMethod.COUNT, votes_for=1, electorate=(camilla,)), NOW)
    set_attendance(meeting, camilla, AttendanceStatus.ABSENT, NOW)  # corrected afterwards
    codes = {p.code for p in validate(meeting)}
    assert {"electorate_not_present", "voted_outside_electorate"} <= codes
    found = next(p for p in validate(meeting) if p.code == "electorate_not_present")
    assert "Camilla Broo" in found.message(Language.SV) and "punkt 4" in found.message(Language.SV)


def test_a_general_meeting_gives_its_electorate_as_a_number() -> None:
    from export.markdown import meeting_markdown

    meeting = procedure_meeting()
    six = item(meeting, "6")
    with pytest.raises(LiveError, match="only 42 voters"):
        add_vote(meeting, six, VoteInput(VoteMethod.COUNT, votes_for=40, votes_against=3,
                                         electorate_count=42), NOW)  # fmt: skip
    add_vote(meeting, six, VoteInput(VoteMethod.COUNT, votes_for=30, votes_against=12,
                                     electorate_count=42), NOW)  # fmt: skip
    assert "Omröstning: 30 ja, 12 nej, 0 avstår.\n\nRöstlängd: 42 röstberättigade." in (
        meeting_markdown(meeting)
    )
