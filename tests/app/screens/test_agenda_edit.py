"""The agenda edited from the keyboard before and during the meeting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from model.enums import ItemStatus, Language
from model.events import EventKind
from model.meeting import Meeting
from model.store.archive import Archive, new_header
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import burst, make_app, settle
from tui.screens.agenda_edit import AgendaEditScreen
from tui.screens.meeting import MeetingScreen

pytestmark = pytest.mark.asyncio


def saved(path: Path) -> Meeting:
    with MeetingStore(path, read_only=True) as store:
        return store.meeting


async def test_an_agenda_from_nothing_then_changed_during_the_meeting(tmp_path: Path) -> None:
    meeting = Meeting(header=new_header(body="Styrelsen", date=date(2022, 5, 6)))
    path = Archive(tmp_path).create(meeting)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>")  # nothing to start: says where items come from
        burst(app, "<alt+d>", "n", "Öppnande", "<enter>", "n", "Ekonomi", "<enter>")
        burst(app, "N", "Avslutning", "<enter>", "<up>", "k")  # Ekonomi first ...
        burst(app, "<escape>", "<ctrl+z>")  # ... and back: the move undone
        await settle(pilot)
        before = saved(path)
        assert [(i.number, i.title) for i in before.agenda] == [
            ("1", "Öppnande"), ("2", "Ekonomi"), ("3", "Avslutning"),
        ]  # fmt: skip
        burst(app, "<ctrl+n>", "<ctrl+n>", "<alt+d>")  # at item 2, the agenda list
        burst(app, "n", "Extra ärende", "<enter>", "i", "Delfråga", "<enter>")
        burst(app, "<home>", "x")  # refused: the meeting has started
        burst(app, "<down>", "w", "Ingen föredragande", "<enter>", "<escape>", "Anteckning")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        assert screen.focused is screen.item_view.editor
    after = saved(path)
    assert [(i.number, i.title) for i in after.agenda] == [
        ("1", "Öppnande"), ("2", "Ekonomi"), ("2 a", "Extra ärende"), ("3", "Avslutning"),
    ]  # fmt: skip
    extra = after.agenda[2]
    assert [s.title for s in after.sub_items(extra.id)] == ["Delfråga"]
    ekonomi = after.agenda[1]
    assert ekonomi.status is ItemStatus.WITHDRAWN
    assert ekonomi.status_reason == "Ingen föredragande"
    assert ekonomi.notes == "Anteckning"
    kinds = [e.kind for e in after.events]
    assert EventKind.ITEM_ADDED in kinds and EventKind.ITEM_WITHDRAWN in kinds


async def test_delete_before_the_start_renumbers(tmp_path: Path) -> None:
    meeting = Meeting(header=new_header(body="Styrelsen", date=date(2022, 5, 6)))
    path = Archive(tmp_path).create(meeting)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<alt+d>", "N", "A", "<enter>", "N", "B", "<enter>", "N", "C", "<enter>")
        burst(app, "<home>", "x")
        await settle(pilot)
        assert isinstance(app.screen, AgendaEditScreen)
    after = saved(path)
    assert [(i.number, i.title) for i in after.agenda] == [("1", "B"), ("2", "C")]
    assert any(i.deleted and i.title == "A" for i in after.items)
