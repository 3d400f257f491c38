"""A body set up from nothing in the app (roster, template, first meeting), then minuted
with keys only and exported to Word: the reference meeting's header (shared/seeds), its
agenda, its standing rules, and no member printed as a guest."""

from __future__ import annotations

from pathlib import Path

import pytest

from export.exporter import export_meeting
from model.demo import AGENDA, BODY, RULES
from model.enums import AttendanceStatus, Role
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import Clock, burst, make_app, settle
from tests.core.export.conftest import blocks, demo_header, rows
from tui.screens.meeting import MeetingScreen
from tui.screens.roster_screen import RosterScreen
from tui.screens.template_edit import TemplateScreen

pytestmark = pytest.mark.asyncio

ROSTER_LINES = [
    "Magnus Gyllestad, Haninge, ordförande",
    "Camilla Broo, Huddinge, ledamot",
    "Frida Nilsson, Nykvarn, ledamot",
    "Carolina Pettersson, Nynäshamn, ledamot",
    "Stefan Hollmark, Södertälje, ledamot",
    "Helene Olofsson, Södertörns kommunerna, tjänsteperson",
    "Anna Söderström, Södertörns kommunerna, sekreterare",
    "Leif Eriksson, Botkyrka, ledamot",
    "Mats Bergström, Salem, ledamot",
    "Elin Waltersson, Tyresö",  # no role: a member
]
STANDING = ["1", "2", "10", "11"]  # the template: opening, outstanding, AOB, next meeting

#: The reference minutes' header, as tests/core/export/test_docx.py reads the demo meeting's
#: (this test's clock has Stefan Hollmark arrive at 9.16).
REFERENCE_HEADER = demo_header("9.16")


async def test_a_body_from_nothing_to_the_reference_minutes(tmp_path: Path) -> None:
    from model.enums import Language

    clock = Clock()
    app = make_app(tmp_path, Language.SV, clock=clock)
    titles = {number: title for number, title, *_ in AGENDA}
    async with app.run_test(size=(120, 40)) as pilot:
        # the roster: asked for the body (the archive is empty), then a pasted list
        burst(app, "<alt+r>", BODY, "<enter>")
        await settle(pilot)
        assert isinstance(app.screen, RosterScreen)
        burst(app, "i", "<tab>", "|".join(ROSTER_LINES), "<enter>")
        await settle(pilot)
        assert isinstance(app.screen, RosterScreen), app.screen
        burst(app, "<escape>")
        # the template: the usual agenda replaced by the body's standing items and rules
        burst(app, "<alt+t>", BODY, "<enter>")
        await settle(pilot)
        assert isinstance(app.screen, TemplateScreen)
        items = [titles[n] for n in STANDING]
        burst(app, "<f7>", items[0], *[p for title in items[1:] for p in ("<enter>", title)])
        burst(app, "<tab>", RULES, "<ctrl+s>")
        await settle(pilot)
        # the first meeting: the form asks what no earlier meeting can say
        burst(app, "<ctrl+n>", BODY, "<tab>", "<tab>", "<ctrl+u>", "6 maj 2022", "<tab>")
        burst(app, "8.30", "<tab>", "11.00", "<tab>", "Huddinge kommunhus lokal Valhall alt Teams")
        burst(app, "<enter>")
        await settle(pilot, 6)
        screen = app.screen
        assert isinstance(screen, MeetingScreen), screen
        assert [i.title for i in screen.meeting.agenda] == items
        # the agenda: items 3-9 after item 2, before the meeting starts
        burst(app, "<alt+d>", "<down>")
        for number in ("3", "4", "5", "6", "7", "8", "9"):
            burst(app, "n", titles[number], "<enter>")
        burst(app, "<escape>")
        await settle(pilot)
        assert [i.title for i in screen.meeting.agenda] == list(titles.values())
        # minuting: attendance, late arrivals per item, AOB, decisions, tabled items
        burst(app, "<ctrl+n>", "<f2>", "p", "p", "r", "p", "r", "p", "p", "a", "a", "a", "<f2>")
        burst(app, "<f6>", "Region Stockholm", "<tab>", "hel", "<enter>")
        burst(app, "<f6>", "Fördelningstal", "<tab>", "caro", "<enter>")
        burst(app, "Magnus Gyllestad hälsar välkommen.")
        await settle(pilot)
        clock.advance(9)
        burst(app, "<ctrl+n>")
        await settle(pilot)
        clock.advance(2)
        burst(app, "<f2>", "/", "f", "r", "<enter>", "l", "<f2>", "Inga kommentarer.")
        await settle(pilot)
        for _ in range(2):  # items 3 and 4
            clock.advance(10)
            burst(app, "<ctrl+n>")
            await settle(pilot)
        burst(app, "<f2>", "/", "s", "t", "<enter>", "l", "<f2>")
        clock.advance(15)
        burst(app, "<ctrl+n>", "<ctrl+d>", "Utredningsuppdrag för Trygghet genomförs", "<enter>")
        await settle(pilot)
        for _ in range(3):  # items 6, 7, 8
            clock.advance(10)
            burst(app, "<ctrl+n>")
            await settle(pilot)
        burst(app, "<ctrl+t>", "<enter>")  # 8 tabled for lack of time, on to 9
        await settle(pilot)
        burst(app, "<ctrl+t>", "<enter>")  # 9 too, on to 10
        await settle(pilot)
        clock.advance(5)
        burst(app, "<ctrl+n>")
        await settle(pilot)
        clock.now = clock.now.replace(hour=11, minute=0)  # the reference closed at 11.00
        burst(app, "<alt+e>")
        await settle(pilot)
        path = screen.session.store.path
        await pilot.press("ctrl+q")

    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    people = {p.name: p for p in meeting.people}
    assert all(p.role is not Role.GUEST for p in people.values())
    assert people["Helene Olofsson"].role is Role.OFFICIAL
    assert people["Frida Nilsson"].status is AttendanceStatus.REMOTE
    assert meeting.header.rules == RULES  # from the template
    assert (meeting.header.place, meeting.header.remote) == (
        "Huddinge kommunhus lokal Valhall",
        "Teams",
    )
    registry = Archive(tmp_path).registry()
    assert [m.name for m in registry.members(BODY)] == [line.split(",")[0] for line in ROSTER_LINES]

    docx = export_meeting(meeting, "docx", tmp_path / "minutes.docx")
    body = blocks(docx)
    assert body[0].text == "Minnesanteckningar från Södertörnskommunernas ledningsgrupp"
    header = next(b for b in body if b.kind == "table")
    assert rows(header.table) == REFERENCE_HEADER
    assert not any("gäst" in cell for row in rows(header.table) for cell in row)
    headings = [b.text for b in body if b.style == "Heading 1"]
    assert headings == [f"{number}. {title}" for number, title, *_ in AGENDA]
    assert any(b.style == "Standing Rules" and b.text == RULES for b in body)
    texts = [b.text for b in body]
    assert "Region Stockholm (Helene Olofsson)" in texts
    assert "Utredningsuppdrag för Trygghet genomförs" in " ".join(texts)
    assert sum("Nästa möte" in t for t in texts) <= 1  # "Kommande möten" is no next meeting


async def test_undo_and_redo_keep_the_roster_as_the_meeting(tmp_path: Path) -> None:
    from datetime import date

    from model import live
    from model.enums import ItemKind, Language
    from model.meeting import Meeting
    from model.store.archive import new_header

    meeting = Meeting(header=new_header(body="Styrelsen", date=date(2022, 5, 6)))
    for title in ("Öppnande", "Övriga frågor"):
        live.add_item(meeting, title, Clock().now)
    meeting.agenda[1].kind = ItemKind.ANY_OTHER_BUSINESS
    path = Archive(tmp_path).create(meeting)
    registry = Archive(tmp_path).registry()
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<f2>", "n", "Anna Berg", "<tab>", "Haninge", "<enter>")
        await settle(pilot)
        assert [m.name for m in registry.members("Styrelsen")] == ["Anna Berg"]
        burst(app, "<f2>", "<ctrl+z>")
        await settle(pilot)
        assert registry.members("Styrelsen") == []  # the undone member left the roster too
        burst(app, "<ctrl+y>")
        await settle(pilot)
        assert [m.name for m in registry.members("Styrelsen")] == ["Anna Berg"]
        # an AOB matter promoted to an item with one key in the agenda editor, undoable
        burst(app, "<f6>", "Budgetfrågan", "<tab>", "anna", "<enter>")
        burst(app, "<alt+d>", "<end>", "o", "<escape>")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        assert [i.title for i in screen.meeting.agenda] == [
            "Öppnande",
            "Övriga frågor",
            "Budgetfrågan",
        ]
        burst(app, "<ctrl+z>")
        await settle(pilot)
        assert [i.title for i in screen.meeting.agenda] == ["Öppnande", "Övriga frågor"]
    with MeetingStore(path, read_only=True) as store:
        saved = store.meeting
    assert [i.title for i in saved.agenda] == ["Öppnande", "Övriga frågor"]  # undone on disk
    assert [i.title for i in saved.sub_items(saved.agenda[1].id)] == ["Budgetfrågan"]
    assert "item_promoted" in [e.kind.value for e in saved.events]  # the log keeps it
