"""The app's flows between screens travel as the dataclass messages of tui/messages.py,
seen here as a test sees any message: ``run_test(message_hook=...)``."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.message import Message

from model.enums import Language
from tests.app.screens.helpers import burst, demo_archive, make_app, settle
from tui.host import AppHost, MeetingHost, MeetingKeysHost
from tui.messages import OpenMeeting, OpenOverMeeting
from tui.screens.meeting import MeetingScreen
from tui.screens.records import RecordsScreen

pytestmark = pytest.mark.asyncio


async def test_the_records_list_opens_over_the_meeting_by_a_message(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    seen: list[Message] = []
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        burst(app, "<ctrl+n>", "Typed first", "<alt+l>")
        await settle(pilot)
        opened = [m for m in seen if isinstance(m, OpenOverMeeting)]
        assert [type(m.screen) for m in opened] == [RecordsScreen]
        assert app.screen is opened[0].screen
        host = app.meeting_screens()[-1]
        assert isinstance(host, MeetingHost)  # what the screens over it are typed against
        assert isinstance(host, MeetingKeysHost)  # ... and its key mixins
        assert isinstance(app, AppHost)  # what the screens and the sync take the app for
        # what was typed was in the meeting before the list opened over it
        assert host.meeting.agenda[0].notes == "Typed first"
        burst(app, "<escape>", " and then")
        await settle(pilot)
        assert app.screen is host
        assert host.meeting.agenda[0].notes == "Typed first and then"


async def test_the_archive_asks_the_app_to_open_a_meeting(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN)
    seen: list[Message] = []
    async with app.run_test(size=(120, 40), message_hook=seen.append) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        burst(app, "<enter>")
        await settle(pilot)
        # one message, seen by the archive screen and again by the app it bubbles to
        asked = {id(m): m.path for m in seen if isinstance(m, OpenMeeting)}
        assert list(asked.values()) == [path]
        assert isinstance(app.screen, MeetingScreen)
        assert app.screen.session.store.path == path
