"""A key pressed with Alt is a command and never types its letter into the minutes.

The keys are posted as a terminal sends them: Alt+P arrives as ``alt+p`` with the
character "p" (tests/app/screens/helpers.key_event), which a text field would insert when no
command takes the key.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from model.enums import Language
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import burst, demo_archive, make_app, settle
from tests.notices import run_test, shown
from tui.screens.form import FormScreen

pytestmark = pytest.mark.asyncio


async def test_an_unbound_alt_letter_types_nothing_into_the_notes(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "Hej", "<alt+q>", "<alt+shift+q>", " du")
        await settle(pilot)
    with MeetingStore(path, read_only=True) as store:
        assert store.meeting.agenda[0].notes == "Hej du"


async def test_a_command_key_in_a_form_types_nothing_into_its_field(tmp_path: Path) -> None:
    """Alt+P (a new motion) is no command inside the decision form: its "p" must not land
    in the decision text."""
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.SV, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        burst(app, "<ctrl+n>", "Ett", "<ctrl+d>", "Bifall", "<alt+p>", "s", "<enter>")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    assert [d.text for d in meeting.live_decisions()] == ["Bifalls"]
    assert meeting.agenda[0].notes == "Ett"


async def test_a_recording_key_with_no_running_item_says_why(tmp_path: Path) -> None:
    """Before the meeting Alt+P says how to start it; after the meeting it says that no
    item runs. Neither records anything nor types a letter."""
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        burst(app, "<alt+p>")
        await settle(pilot)
        assert any("has not started" in notice.message for notice in shown(app))
        burst(app, "<ctrl+n>", "<alt+e>")
        await settle(pilot)
        if isinstance(app.screen, FormScreen):  # the end-of-meeting confirmation, if any
            burst(app, "<enter>")
            await settle(pilot)
        burst(app, "<alt+p>")
        await settle(pilot)
        assert any("No item is running" in notice.message for notice in shown(app))
        assert not isinstance(app.screen, FormScreen)
    with MeetingStore(path, read_only=True) as store:
        meeting = store.meeting
    assert meeting.header.actual_end is not None
    assert meeting.agenda[0].notes == ""
    assert not meeting.motions
