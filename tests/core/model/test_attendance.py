"""The attendance rules the seed shows: remarks, absentees, who was present at item N."""

from __future__ import annotations

from datetime import datetime

import pytest

from model import live
from model.attendance import absentees, decision_participants, description, present_at, remark
from model.demo import demo_meeting
from model.enums import AttendanceStatus, Language, Role
from model.meeting import Meeting
from model.presence import mark_presence

NOW = datetime(2022, 5, 6, 9, 0)


@pytest.fixture
def meeting() -> Meeting:
    return demo_meeting()


def person(meeting: Meeting, name: str):  # type: ignore[no-untyped-def]
    return next(p for p in meeting.people if p.name == name)


def item(meeting: Meeting, number: str):  # type: ignore[no-untyped-def]
    return next(i for i in meeting.agenda if i.number == number)


def test_derived_remarks_match_the_seed(meeting: Meeting) -> None:
    assert description(meeting, person(meeting, "Magnus Gyllestad")) == "Haninge, ordförande"
    assert (
        description(meeting, person(meeting, "Frida Nilsson"))
        == "Nykvarn, via Teams, fr o m punkt 2 (kl 8.41)"
    )
    assert (
        remark(meeting, person(meeting, "Stefan Hollmark")) == "via Teams, fr o m punkt 4 (kl 9.10)"
    )
    assert (
        description(meeting, person(meeting, "Anna Söderström"))
        == "Södertörns kommunerna, sekreterare"
    )
    assert description(meeting, person(meeting, "Camilla Broo")) == "Huddinge"


def test_remarks_in_english_carry_the_clock_time(meeting: Meeting) -> None:
    text = remark(meeting, person(meeting, "Frida Nilsson"), Language.EN)
    assert text.startswith("via Teams, from item 2")
    assert text.endswith("(arrived at 8:41)")


def test_absentees_are_the_three_of_the_seed(meeting: Meeting) -> None:
    assert [p.name for p in absentees(meeting)] == [
        "Leif Eriksson",
        "Mats Bergström",
        "Elin Waltersson",
    ]


def test_who_was_present_at_each_item(meeting: Meeting) -> None:
    at_1 = {p.name for p in present_at(meeting, item(meeting, "1").id)}
    at_2 = {p.name for p in present_at(meeting, item(meeting, "2").id)}
    at_5 = {p.name for p in present_at(meeting, item(meeting, "5").id)}
    assert "Frida Nilsson" not in at_1 and "Stefan Hollmark" not in at_1
    assert "Frida Nilsson" in at_2 and "Stefan Hollmark" not in at_2
    assert {"Frida Nilsson", "Stefan Hollmark"} <= at_5
    assert len(at_5) == 7
    assert not at_5 & {"Leif Eriksson", "Mats Bergström", "Elin Waltersson"}


def test_sub_items_count_as_their_parent(meeting: Meeting) -> None:
    sub = meeting.sub_items(item(meeting, "3").id)[0]
    assert {p.name for p in present_at(meeting, sub.id)} == {
        p.name for p in present_at(meeting, item(meeting, "3").id)
    }


def test_leaving_early_ends_presence_after_that_item(meeting: Meeting) -> None:
    camilla = person(meeting, "Camilla Broo")
    mark_presence(meeting, camilla.id, NOW, arrived=False, item_id=item(meeting, "6").id)
    assert "t o m punkt 6" in remark(meeting, camilla)
    assert camilla in present_at(meeting, item(meeting, "6").id)
    assert camilla not in present_at(meeting, item(meeting, "7").id)


def test_decision_participants_exclude_recused_and_latecomers(meeting: Meeting) -> None:
    decision = live.add_decision(meeting, item(meeting, "2").id, "Läggs till handlingarna.", NOW)
    decision.recused.append(person(meeting, "Camilla Broo").id)
    names = {p.name for p in decision_participants(meeting, decision.id)}
    assert "Camilla Broo" not in names
    assert "Stefan Hollmark" not in names
    assert "Frida Nilsson" in names


def test_substitute_and_notice_remarks(meeting: Meeting) -> None:
    leif = person(meeting, "Leif Eriksson")
    live.set_attendance(meeting, leif.id, AttendanceStatus.ABSENT_WITH_NOTICE, NOW)
    sub = live.add_person(
        meeting, "Eva Ersättare", NOW, organisation="Botkyrka", substitute_for=leif.id,
        status=AttendanceStatus.PRESENT,
    )  # fmt: skip
    assert sub.role is Role.SUBSTITUTE
    assert description(meeting, sub) == "Botkyrka, ersätter Leif Eriksson"
    assert remark(meeting, leif) == "anmält förhinder"
    assert remark(meeting, leif, Language.EN) == "apologies"
