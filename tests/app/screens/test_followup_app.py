"""Agenda import with preview, the next meeting from the last, and search, in the real app
with real files: a Word agenda written with python-docx, meetings saved in tmp_path."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from model.demo import demo_meeting
from model.enums import ItemOrigin, ItemStatus, Language
from model.next_meeting import follow_ups
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import make_app
from tests.notices import run_test, shown
from tui.app import MinutesApp
from tui.screens.agenda_preview import AgendaPreviewScreen
from tui.screens.archive import ArchiveScreen
from tui.screens.form import FormScreen
from tui.screens.meeting import MeetingScreen
from tui.screens.search import SearchScreen
from tui.widgets.agenda_list import AgendaList

pytestmark = pytest.mark.asyncio

AGENDA = [
    "1. Välkommen (Anna Berg, 5 min)",
    "2. Budget",
    "3. Investeringar",
    "4. Felskriven punkt",
    "5. Övriga frågor",
    "6. Nästa möte",
]


def word_agenda(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Dagordning", 1)
    for line in AGENDA:
        document.add_paragraph(line)
    document.save(str(path))
    return path


async def settle(app: MinutesApp, pilot: object) -> None:
    """Let every worker of every screen finish, and the messages they post arrive."""
    for _ in range(3):
        for screen in app.screen_stack:
            await screen.workers.wait_for_complete()
        await app.workers.wait_for_complete()
        await pilot.pause()  # type: ignore[attr-defined]


async def next_meeting_form(app: MinutesApp, pilot: Pilot[None]) -> FormScreen:
    """The app just started on the archive list: "m", and the next meeting's form is up."""
    await settle(app, pilot)
    await pilot.press("m")
    await settle(app, pilot)
    assert isinstance(app.screen, FormScreen)
    return app.screen


def fill(app: MinutesApp, **values: str) -> None:
    for name, value in values.items():
        app.screen.query_one(f"#field-{name}", Input).value = value


async def test_import_word_agenda_preview_fix_and_create(tmp_path: Path) -> None:
    agenda = word_agenda(tmp_path / "dagordning.docx")
    root = tmp_path / "archive"
    app = make_app(root, Language.SV)
    async with run_test(app, size=(120, 40)) as pilot:
        assert isinstance(app.screen, ArchiveScreen)
        await pilot.press("i")
        assert isinstance(app.screen, FormScreen)
        fill(app, file=str(agenda), body="Styrelsen", title="Styrelsemöte", date="2026-03-11")
        await pilot.press("enter")
        await settle(app, pilot)
        preview = app.screen
        assert isinstance(preview, AgendaPreviewScreen)
        table = preview.query_one(DataTable)
        assert table.row_count == 6
        # fix it: a title, a stray item removed, a sub-item
        await pilot.press("down", "e")
        assert isinstance(app.screen, FormScreen)
        fill(app, title="Budget 2026")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "right")  # Investeringar under Budget
        await pilot.press("down", "delete")  # Felskriven punkt
        assert [i.title for i in preview.items][:4] == [
            "Välkommen",
            "Budget 2026",
            "Investeringar",
            "Övriga frågor",
        ]
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen)
        meeting_id = app.screen.meeting.id
        app.screen.close_session()

    summaries = Archive(root).summaries()
    assert [s.id for s in summaries] == [meeting_id]
    with MeetingStore(summaries[0].path, read_only=True) as store:
        meeting = store.meeting
    assert meeting.header.body == "Styrelsen" and meeting.header.title == "Styrelsemöte"
    assert meeting.header.date is not None and meeting.header.date.isoformat() == "2026-03-11"
    top = meeting.agenda
    assert [(i.number, i.title) for i in top] == [
        ("1", "Välkommen"),
        ("2", "Budget 2026"),
        ("3", "Övriga frågor"),
        ("4", "Nästa möte"),
    ]
    assert top[0].presenter == "Anna Berg" and top[0].planned_minutes == 5
    assert [i.title for i in meeting.sub_items(top[1].id)] == ["Investeringar"]


async def test_imported_agenda_gives_date_time_and_place(tmp_path: Path) -> None:
    agenda = tmp_path / "kallelse.md"
    agenda.write_text(
        "Tid: onsdag 3 december 2025 kl 18.00-20.00\nPlats: Biblioteket\n\n"
        "1. Mötets öppnande\n2. Budget\n3. Mötets avslutande\n",
        encoding="utf-8",
    )
    root = tmp_path / "archive"
    app = make_app(root, Language.SV)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.press("i")
        fill(app, file=str(agenda), body="Styrelsen")  # the date left empty
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, AgendaPreviewScreen)
        notes = str(app.screen.query_one("#preview-notes", Static).render())
        assert "2025-12-03, 18.00–20.00, Biblioteket" in notes
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen)
        header = app.screen.meeting.header
        assert (header.date, header.place) == (date(2025, 12, 3), "Biblioteket")
        assert header.planned_start is not None and header.planned_start.hour == 18
        app.screen.close_session()


async def test_bad_agenda_file_says_so_and_creates_nothing(tmp_path: Path) -> None:
    fake = tmp_path / "dagordning.docx"
    fake.write_bytes(b"this is not a Word document")
    root = tmp_path / "archive"
    app = make_app(root, Language.EN)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.press("i")
        fill(app, file=str(fake), body="Board")
        await pilot.press("enter")
        await settle(app, pilot)
        messages = [n.message for n in shown(app)]
        assert any("No meeting was created" in m for m in messages), messages
        # the form is back with what was typed
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one("#field-body", Input).value == "Board"
        await pilot.press("escape")
    assert Archive(root).summaries() == []


async def test_next_meeting_from_the_last(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    Archive(root).create(demo_meeting())
    app = make_app(root, Language.SV)
    async with run_test(app, size=(120, 40)) as pilot:
        # nothing is created before the user says so: a form with the planned date
        await next_meeting_form(app, pilot)
        assert len(Archive(root).summaries()) == 1
        date_field = app.screen.query_one("#field-date", Input)
        assert date_field.value == "2022-06-17"  # "nästa möte" of the demo meeting
        date_field.value = "2022-06-20"
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen)
        assert app.screen.meeting.header.date == date(2022, 6, 20)
        new_id = app.screen.meeting.id
        app.screen.close_session()
    summaries = Archive(root).summaries()
    assert len(summaries) == 2
    with MeetingStore(Archive(root).meeting_path(new_id), read_only=True) as store:
        meeting = store.meeting
    previous = demo_meeting()
    tabled = [i.title for i in previous.agenda if i.status is ItemStatus.TABLED]
    returning = [i.title for i in meeting.agenda if i.origin is ItemOrigin.CARRIED_OVER]
    assert tabled and sorted(returning) == sorted(tabled)
    assert follow_ups(meeting), "open actions listed under the outstanding matters"
    assert meeting.header.body == previous.header.body


async def test_next_meeting_cancelled_creates_nothing(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    Archive(root).create(demo_meeting())
    app = make_app(root, Language.EN)
    async with run_test(app, size=(120, 40)) as pilot:
        await next_meeting_form(app, pilot)
        app.screen.query_one("#field-date", Input).value = "not a date"
        await pilot.press("enter")  # a bad date keeps the form open and says why
        await settle(app, pilot)
        assert isinstance(app.screen, FormScreen)
        assert "2022-05-06" in str(app.screen.query_one("#form-error", Static).render())
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, (FormScreen, MeetingScreen))
    assert len(Archive(root).summaries()) == 1


async def test_search_opens_the_meeting_at_the_item(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    path = Archive(root).create(demo_meeting())
    app = make_app(root, Language.EN)
    async with run_test(app, size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        search = app.screen
        assert isinstance(search, SearchScreen)
        await pilot.press(*"fördelningstal")
        await settle(app, pilot)
        hits = search.result.hits
        assert hits and all("fördelningstal" in h.snippet.casefold() for h in hits)
        table = search.query_one(DataTable)
        assert table.row_count == len(hits)
        await pilot.press("down", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        assert screen.session.store.path == path
        item = screen.meeting.item(hits[0].item_id)
        assert item is not None
        top_id = item.parent or item.id
        agenda = screen.query_one(AgendaList)
        assert agenda.highlighted_option is not None
        assert agenda.highlighted_option.id == top_id
        # again from the meeting screen: the same meeting just shows the item
        await pilot.press("ctrl+f")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"fördelningstal")
        await settle(app, pilot)
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert app.screen is screen
        screen.close_session()
