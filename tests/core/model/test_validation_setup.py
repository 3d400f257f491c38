"""``validate`` (``minutes check``) on a meeting set up from nothing."""

from __future__ import annotations

from datetime import date, time

from model import live
from model.enums import ItemKind, Role
from model.meeting import Meeting, MeetingHeader
from model.validation import Severity, validate
from tests.core.model.test_live import T0, small_meeting


def codes(meeting: Meeting) -> dict[str, Severity]:
    return {p.code: p.severity for p in validate(meeting)}


def test_a_meeting_with_nobody_and_nothing_is_not_fine() -> None:
    meeting = Meeting(header=MeetingHeader(id="m1", body="Styrelsen", date=date(2022, 5, 6)))
    found = codes(meeting)
    assert found["no_people"] is Severity.ERROR
    assert found["no_items"] is Severity.ERROR
    assert {"no_chair", "no_secretary"} <= set(found)


def test_two_next_meeting_items_and_times_that_end_before_they_start() -> None:
    m = small_meeting()
    m.people[0].role = Role.CHAIR
    m.people[1].role = Role.SECRETARY
    assert "no_chair" not in codes(m) and "no_people" not in codes(m)
    for title in ("Kommande möten", "Nästa möte"):
        live.add_item(m, title, T0).kind = ItemKind.NEXT_MEETING
    m.header.planned_start, m.header.planned_end = time(11, 0), time(8, 30)
    # an older file's one next meeting (header fields): read as the first meeting to come
    m.header.next_date = date(2031, 1, 1)
    m.header.next_start, m.header.next_end = time(10, 0), time(9, 0)
    m.people[2].role = Role.CHAIR
    found = codes(m)
    assert found["two_next_meeting_items"] is Severity.ERROR
    assert found["end_before_start"] is Severity.ERROR
    assert found["next_end_before_start"] is Severity.ERROR
    assert found["two_chairs"] is Severity.WARNING
    message = next(p for p in validate(m) if p.code == "two_next_meeting_items").message("sv")
    assert "4, 5" in message


def test_a_check_words_its_values_in_each_language() -> None:
    """A problem carries its code and values; the sentence and the clock are the
    language's (model/locale/checks/): the Swedish and English read as they did when they
    were written beside each check."""
    m = small_meeting()
    m.header.next_date = date(2031, 1, 1)
    m.header.next_start, m.header.next_end = time(20, 0), time(18, 30)
    found = next(p for p in validate(m) if p.code == "next_end_before_start")
    assert dict(found.values) == {"start": time(20, 0), "end": time(18, 30)}
    assert found.message("sv") == (
        "Nästa möte: sluttiden 18.30 ligger inte efter starttiden 20.00."
    )
    assert found.message("en") == (
        "Next meeting: the end time 18:30 is not after the start time 20:00."
    )
    assert found.message("de") == (
        "Nächste Sitzung: Das Ende 18:30 Uhr liegt nicht nach dem Beginn 20:00 Uhr."
    )
    assert found.message("fr") == found.message("en")  # a language without words: English
    m.people[0].role = m.people[1].role = Role.SECRETARY
    two = next(p for p in validate(m) if p.code == "two_secretarys")
    names = f"{m.people[0].name}, {m.people[1].name}"
    assert two.message("sv") == f"Flera sekreterare: {names}."
    assert two.message("en") == f"More than one of the secretaries: {names}."
