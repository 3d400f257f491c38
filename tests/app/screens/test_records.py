"""Edit and delete a record of any item in place, keys in one burst."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.enums import Language, StatementKind
from model.events import EventKind
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import burst, demo_archive, make_app, settle
from tui.screens.meeting import MeetingScreen
from tui.screens.records import RecordsScreen

pytestmark = pytest.mark.asyncio


async def test_a_typo_in_decision_one_is_fixed_during_item_three(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<ctrl+d>", "Mötet öppnsa.", "<enter>")
        burst(app, "<ctrl+n>", "<ctrl+d>", "Dagordningen fastställs.", "<tab>", "7-1-0", "<enter>")
        burst(app, "<ctrl+n>", "Anteckning")
        # alt+l lists every record, from item 3's (its sub-items); Home goes to decision 1
        burst(app, "<alt+l>", "<home>", "<enter>", "<ctrl+u>", "Mötet öppnas.", "<enter>")
        burst(app, "<escape>")
        burst(app, "mer")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        assert screen.focused is screen.item_view.editor
    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    decisions = [(d.number, d.text, d.votes_for) for d in meeting.live_decisions()]
    assert decisions == [(1, "Mötet öppnas.", None), (2, "Dagordningen fastställs.", 7)]
    assert meeting.agenda[2].notes == "Anteckningmer"
    edited = [e for e in meeting.events if e.kind is EventKind.RECORD_EDITED]
    assert [e.extra["table"] for e in edited] == ["decisions"]


async def test_the_edit_form_is_filled_in_and_a_delete_is_undone(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "<ctrl+d>", "First.", "<tab>", "<tab>", "Magnus", "<enter>")
        burst(app, "<ctrl+d>", "Second.", "<enter>", "<ctrl+d>", "Third.", "<enter>")
        burst(app, "<alt+l>", "<down>", "x")  # delete decision 2
        await settle(pilot)
        assert isinstance(app.screen, RecordsScreen)
        burst(app, "<up>", "e")  # decision 1's form, filled in
        await settle(pilot)
        values = app.screen.values()  # type: ignore[attr-defined]
        assert values["text"] == "First."
        assert values["reservations"] == "Magnus Gyllestad"
        burst(app, "<escape>", "<escape>")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        with MeetingStore(path, read_only=True) as store:
            deleted = store.meeting
        assert [(d.number, d.text) for d in deleted.live_decisions()] == [
            (1, "First."), (2, "Third."),
        ]  # fmt: skip
        tomb = [d for d in deleted.decisions if d.deleted]
        assert [d.text for d in tomb] == ["Second."]  # kept in the file, marked deleted
        burst(app, "<ctrl+z>")
        await settle(pilot)
    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    assert [(d.number, d.text) for d in meeting.live_decisions()] == [
        (1, "First."), (2, "Second."), (3, "Third."),
    ]  # fmt: skip
    first = meeting.live_decisions()[0]
    kinds = [s.kind for s in meeting.decision_statements(first.id)]
    assert kinds == [StatementKind.RESERVATION]
