"""The roster of a body, set up from nothing in the attendance panel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from model import live
from model.attendance import description
from model.enums import Language, Role
from model.meeting import Meeting
from model.store.archive import Archive, new_header
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import Clock, burst, make_app, settle
from tui.screens.meeting import MeetingScreen

pytestmark = pytest.mark.asyncio


def empty_meeting(root: Path) -> Path:
    """A meeting of a new body: two items, nobody on its list, no roster anywhere."""
    meeting = Meeting(header=new_header(body="Styrelsen", date=date(2022, 5, 6)))
    for title in ("Öppnande", "Ekonomi"):
        live.add_item(meeting, title, Clock().now)
    return Archive(root).create(meeting)


async def test_a_roster_typed_in_one_burst_is_the_next_meetings_people(tmp_path: Path) -> None:
    path = empty_meeting(tmp_path)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<f2>", "n", "Anna Andersson", "<tab>", "Haninge", "<tab>", "<ctrl+u>")
        burst(app, "vice ordförande", "<tab>", "anna@haninge.se", "<enter>")
        # the focus is back in the panel: the next key is the panel's again
        burst(app, "n", "Bo Berg", "<tab>", "ordförande", "<enter>")  # a role typed as org
        burst(app, "+", "Cia Carlsson", "<tab>", "Nykvarn", "<enter>")  # a guest ...
        burst(app, "<f2>", "<end>", "m")  # ... made a member with one key
        burst(app, "<up>", "<up>", "c", "<ctrl+u>", "Anna Ek", "<enter>")  # a name fixed
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    people = [(p.name, p.organisation, p.role) for p in meeting.people]
    assert people == [
        ("Anna Ek", "Haninge", Role.VICE_CHAIR),
        ("Bo Berg", "", Role.CHAIR),
        ("Cia Carlsson", "Nykvarn", Role.MEMBER),
    ]
    lines = [description(meeting, p) for p in meeting.people]
    assert lines[0].startswith("Haninge, vice ordförande")
    assert not any("gäst" in line for line in lines)  # nobody printed as a guest
    archive = Archive(tmp_path)
    members = archive.registry().members("Styrelsen")
    assert [(m.name, m.role, m.email) for m in members] == [
        ("Anna Ek", Role.VICE_CHAIR, "anna@haninge.se"),
        ("Bo Berg", Role.CHAIR, ""),
        ("Cia Carlsson", Role.MEMBER, ""),
    ]
    nxt = archive.roster_for("Styrelsen")
    assert [p.name for p in nxt] == ["Anna Ek", "Bo Berg", "Cia Carlsson"]
    assert {p.id for p in nxt} == {p.id for p in meeting.people}  # the same person ids


async def test_a_pasted_list_and_a_removal(tmp_path: Path) -> None:
    path = empty_meeting(tmp_path)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<f2>", "i", "Ada Lind, Tyresö, chair|Per Ek, Nacka, kung", "<enter>")
        await settle(pilot)
        error = str(app.screen.query_one("#form-error").render())
        assert "Line 2" in error and "kung" in error  # nothing added, the line named
        burst(app, "<ctrl+u>", "Ada Lind, Tyresö, chair|Per Ek, Nacka, substitute|Ola, guest")
        burst(app, "<enter>", "<up>", "<delete>")  # Per Ek off the list
        await settle(pilot)
    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    assert [(p.name, p.role) for p in meeting.people] == [
        ("Ada Lind", Role.CHAIR),
        ("Ola", Role.GUEST),
    ]
    assert any(p.deleted and p.name == "Per Ek" for p in meeting.attendance)  # a tombstone
    members = Archive(tmp_path).registry().members("Styrelsen")
    assert [m.name for m in members] == ["Ada Lind"]  # the guest is not on the roster
