"""Setting up a body: templates, the one new-meeting model, dates as people write them,
the agenda import's next-meeting and quote rules, AOB promoted, roster after undo."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from model import live
from model.agenda_edits import promote_aob
from model.agenda_import import parse_agenda
from model.agenda_import.facts import read_date
from model.agenda_import.parse import item_kind
from model.enums import DocumentKind, ItemKind, ItemOrigin, Language, Role
from model.events import EventKind
from model.meeting import Meeting
from model.new_meeting import build_meeting, defaults_for, place_and_remote
from model.roster import RosterMember, add_member, parse_roster_file, people_state, roster_changes
from model.store.archive import Archive, new_header
from model.templates import (
    BodyTemplate,
    TemplateError,
    default_template,
    from_record,
    parse_items,
    to_record,
)
from model.timefmt import MONTHS, parse_date

NOW = datetime(2022, 5, 6, 8, 30)


# -- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("17 juni", date(2022, 6, 17)),
        ("15 dec", date(2022, 12, 15)),
        ("6/5", date(2022, 5, 6)),
        ("6.5", date(2022, 5, 6)),
        ("June 17", date(2022, 6, 17)),
        ("17 June", date(2022, 6, 17)),
        ("6 maj 2023", date(2023, 5, 6)),
        ("2022-05-06", date(2022, 5, 6)),
        ("6/5 2021", date(2021, 5, 6)),
    ],
)
def test_dates_as_people_write_them_in_the_meetings_year(typed: str, expected: date) -> None:
    assert parse_date(typed, year=2022) == expected


@pytest.mark.parametrize("typed", ["32 juni", "juni", "13/13", "imorgon", "6/5/"])
def test_what_is_no_date_is_refused_with_a_sentence(typed: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_date(typed, year=2022)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_every_date_read_back_in_both_languages(day: date) -> None:
    for language in (Language.SV, Language.EN):
        month = MONTHS[language][day.month - 1]
        assert parse_date(f"{day.day} {month}", year=day.year) == day
        assert parse_date(f"{day.day} {month[:3]}", year=day.year) == day
    assert parse_date(f"{day.day}/{day.month}", year=day.year) == day
    assert parse_date(day.isoformat()) == day


def test_the_agenda_reader_is_the_same_reader() -> None:
    assert read_date("Fredagen den 6 maj 2022 kl 8.30-11.00") == date(2022, 5, 6)
    assert read_date("17 juni") is None  # an agenda's date without a year is not guessed


# -- the agenda import ---------------------------------------------------------------------


def test_upcoming_meetings_is_a_discussion_not_the_next_meeting() -> None:
    assert item_kind("Kommande möten") is ItemKind.REGULAR
    assert item_kind("Kommande möte") is ItemKind.NEXT_MEETING
    assert item_kind("Nästa möte") is ItemKind.NEXT_MEETING
    assert item_kind("Nästa mötes datum") is ItemKind.NEXT_MEETING
    assert item_kind("Upcoming meetings") is ItemKind.REGULAR
    agenda = parse_agenda("1. Välkommen\n2. Kommande möten\n3. Övriga frågor\n4. Nästa möte\n")
    kinds = [i.kind for i in agenda.items]
    assert kinds.count(ItemKind.NEXT_MEETING) == 1 and kinds[1] is ItemKind.REGULAR


def test_a_quote_under_a_nested_item_is_its_text_not_its_title() -> None:
    text = (
        "1. Välkommen\n"
        "2. Verksamhetsplan\n"
        "   1. Nätverket för klimatstrategier och hållbar regional utveckling\n"
        "      > Samverkar med BioDriv Öst under året\n"
        "3. Övriga frågor\n"
    )
    items = parse_agenda(text).items
    sub = next(i for i in items if i.depth == 1)
    assert sub.title == "Nätverket för klimatstrategier och hållbar regional utveckling"
    assert "BioDriv" in sub.description


@pytest.mark.parametrize(
    ("place", "remote", "expected"),
    [
        ("Valhall alt Teams", "Teams", ("Valhall", "Teams")),
        ("Valhall alt Teams", "", ("Valhall", "Teams")),
        ("Valhall, alt. teams", "Teams", ("Valhall", "Teams")),
        ("Valhall", "Teams", ("Valhall", "Teams")),
        ("Valhall alt Zoom", "Teams", ("Valhall alt Zoom", "Teams")),
        ("Stora salen eller lilla salen", "", ("Stora salen eller lilla salen", "")),
    ],
)
def test_the_remote_option_is_named_once(
    place: str, remote: str, expected: tuple[str, str]
) -> None:
    assert place_and_remote(place, remote) == expected


# -- templates -------------------------------------------------------------------------------


def test_template_lines_drop_numbers_and_read_what_each_item_is_for() -> None:
    items = parse_items("1. Mötets öppnande\n§ 2 Val av justerare\n\n- Övriga frågor\nNästa möte\n")
    assert [(i.title, i.kind) for i in items] == [
        ("Mötets öppnande", ItemKind.OPENING),
        ("Val av justerare", ItemKind.VERIFIERS),
        ("Övriga frågor", ItemKind.ANY_OTHER_BUSINESS),
        ("Nästa möte", ItemKind.NEXT_MEETING),
    ]
    with pytest.raises(TemplateError):
        parse_items("\n  \n")
    with pytest.raises(TemplateError):
        parse_items("\n".join(f"Punkt {n}" for n in range(61)))


def test_a_hand_edited_template_record_never_stops_a_meeting() -> None:
    record = to_record(default_template("Styrelsen", Language.SV))
    assert from_record(record) == default_template("Styrelsen", Language.SV)
    record["items"] = [{"title": "Öppnande", "kind": "nonsense"}, 7, {"title": ""}]
    record["rules"] = None
    template = from_record(record)
    assert template is not None
    assert [(i.title, i.kind) for i in template.items] == [("Öppnande", ItemKind.REGULAR)]
    assert template.rules == ""
    assert from_record({**record, "deleted": True}) is None


def test_a_body_without_a_meeting_starts_from_its_template(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.ensure()
    registry = archive.registry()
    items = parse_items("Välkommen\nKommande möten\nÖvriga frågor\nNästa möte")
    registry.save_template(BodyTemplate("Styrelsen", items, "Beslut gäller alla."))
    registry.save_members("Styrelsen", [RosterMember("p1", "Anna Berg", "Haninge", Role.CHAIR)])
    assert defaults_for(archive, "styrelsen").source == "template"

    meeting = build_meeting(archive, "Styrelsen", day=date(2022, 5, 6), place="Valhall alt Teams")
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Välkommen"),
        ("2", "Kommande möten"),
        ("3", "Övriga frågor"),
        ("4", "Nästa möte"),
    ]
    assert meeting.header.rules == "Beslut gäller alla."
    assert (meeting.header.place, meeting.header.remote) == ("Valhall", "Teams")
    assert meeting.header.title == "Styrelsen"
    assert [(p.name, p.role) for p in meeting.people] == [("Anna Berg", Role.CHAIR)]
    archive.create(meeting)

    # the next new meeting inherits from that one: its place, kind and rules
    later = build_meeting(archive, "Styrelsen", title="Extra möte", kind=DocumentKind.PROTOKOLL)
    assert later.header.place == "Valhall" and later.header.remote == "Teams"
    assert later.header.kind is DocumentKind.PROTOKOLL and later.header.title == "Extra möte"
    assert len(later.agenda) == 4  # still the template: nothing was imported

    assert registry.remove_template("Styrelsen") and registry.template("Styrelsen") is None
    assert build_meeting(archive, "Styrelsen").agenda == []


def test_an_agenda_says_what_the_defaults_do_not(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    agenda = parse_agenda(
        "Tid: Fredagen den 6 maj 2022 kl 8.30-11.00\nPlats: Valhall alt Teams\n\n"
        "1. Välkommen\n2. Övriga frågor\n"
    )
    meeting = build_meeting(archive, "Ledningsgruppen", remote="Teams", agenda=agenda)
    header = meeting.header
    assert (header.date, header.planned_start, header.planned_end) == (
        date(2022, 5, 6),
        time(8, 30),
        time(11, 0),
    )
    assert (header.place, header.remote) == ("Valhall", "Teams")  # "alt Teams" once
    assert [i.title for i in meeting.agenda] == ["Välkommen", "Övriga frågor"]


# -- AOB promoted, roster after undo ---------------------------------------------------------


def _meeting_with_aob() -> tuple[Meeting, str]:
    meeting = Meeting(header=new_header(body="Styrelsen", date=date(2022, 5, 6)))
    for title in ("Välkommen", "Övriga frågor", "Nästa möte"):
        live.add_item(meeting, title, NOW)
    aob = meeting.agenda[1]
    aob.kind = ItemKind.ANY_OTHER_BUSINESS
    matter = live.add_any_other_business(meeting, "Budgetfrågan", "Anna Berg", NOW)
    assert matter.parent == aob.id
    return meeting, matter.id


def test_an_aob_matter_becomes_an_item_after_aob_before_the_start() -> None:
    meeting, matter_id = _meeting_with_aob()
    promoted = promote_aob(meeting, matter_id, NOW)
    assert promoted.parent is None and promoted.origin is ItemOrigin.AGENDA
    assert [(i.number, i.title) for i in meeting.agenda] == [
        ("1", "Välkommen"),
        ("2", "Övriga frågor"),
        ("3", "Budgetfrågan"),
        ("4", "Nästa möte"),
    ]
    assert promoted.presenter == "Anna Berg"
    assert meeting.events[-1].kind is EventKind.ITEM_PROMOTED
    assert not [e for e in meeting.events if e.kind is EventKind.ITEM_ADDED and e.item is None]


def test_an_aob_matter_promoted_during_the_meeting_keeps_the_numbers() -> None:
    meeting, matter_id = _meeting_with_aob()
    live.start_meeting(meeting, NOW)
    decision = live.add_decision(meeting, matter_id, "Budgeten antas", NOW)
    promote_aob(meeting, matter_id, NOW)
    assert [i.number for i in meeting.agenda] == ["1", "2", "2 a", "3"]
    assert decision.item == matter_id  # what was decided stays with it
    with pytest.raises(live.LiveError):
        promote_aob(meeting, meeting.agenda[0].id, NOW)


def test_an_undone_roster_change_leaves_the_roster_too() -> None:
    meeting = Meeting(header=new_header(body="Styrelsen"))
    before = people_state(meeting)
    add_member(meeting, RosterMember("p1", "Anna Berg", "Haninge", Role.CHAIR), NOW)
    after_add = people_state(meeting)
    save, remove = roster_changes(before, meeting, {"p1": "anna@x.se"})
    assert [(m.name, m.email) for m in save] == [("Anna Berg", "anna@x.se")] and remove == []
    undone = Meeting(header=meeting.header)  # the meeting as undo restores it
    save, remove = roster_changes(after_add, undone, {})
    assert save == [] and remove == ["p1"]


def test_a_spreadsheets_csv_is_a_roster() -> None:
    text = '\ufeffNamn;Organisation;Roll\n"Berg, Anna";Haninge;ordförande\nBo Ek;Nacka;kung\n'
    members, refused = parse_roster_file(text)
    assert [(m.name, m.organisation, m.role) for m in members] == [
        ("Berg, Anna", "Haninge", Role.CHAIR)
    ]
    assert [(number, error.value) for number, error in refused] == [(3, "kung")]
