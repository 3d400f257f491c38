"""The in-app export: the format modal driven with real keys, pandoc in a thread worker,
the file on disk and a notification saying where it went."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from model.enums import Language
from model.meeting import Meeting
from tests.notices import run_test, shown
from tui.screens.export import ExportScreen, start_export

pytestmark = pytest.mark.asyncio


class Host(Screen[object]):
    def __init__(self, meeting: Meeting, folder: Path) -> None:
        super().__init__()
        self.meeting = meeting
        self.folder = folder

    def compose(self) -> ComposeResult:
        yield Static("meeting")

    def key_x(self) -> None:
        start_export(self, self.meeting, Language.SV, self.folder)


class HostApp(App[None]):
    def __init__(self, meeting: Meeting, folder: Path) -> None:
        super().__init__()
        self.host = Host(meeting, folder)

    def on_mount(self) -> None:
        self.push_screen(self.host)


async def test_choose_word_and_export(demo: Meeting, tmp_path: Path) -> None:
    app = HostApp(demo, tmp_path)
    async with run_test(app) as pilot:
        await pilot.press("x")
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")  # Word is highlighted first
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        written = tmp_path / "2022-05-06 Södertörnskommunernas ledningsgrupp.docx"
        assert written.is_file()
        messages = [n.message for n in shown(app)]
        assert f"Skrev {written}" in messages


async def test_choose_markdown_with_arrows(demo: Meeting, tmp_path: Path) -> None:
    app = HostApp(demo, tmp_path)
    async with run_test(app) as pilot:
        await pilot.press("x", "down", "down", "down", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        written = tmp_path / "2022-05-06 Södertörnskommunernas ledningsgrupp.md"
        assert written.read_text(encoding="utf-8").startswith("---\ntitle:")


async def test_escape_cancels(demo: Meeting, tmp_path: Path) -> None:
    app = HostApp(demo, tmp_path)
    async with run_test(app) as pilot:
        await pilot.press("x", "escape")
        await pilot.pause()
        assert app.screen is app.host
        assert list(tmp_path.iterdir()) == []


async def test_error_is_a_notification(demo: Meeting, tmp_path: Path) -> None:
    app = HostApp(demo, tmp_path / "missing-folder")
    async with run_test(app) as pilot:
        await pilot.press("x", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        errors = [n for n in shown(app) if n.severity == "error"]
        assert errors and "finns inte" in errors[0].message


async def test_choose_plain_text_with_arrows(demo: Meeting, tmp_path: Path) -> None:
    app = HostApp(demo, tmp_path)
    async with run_test(app) as pilot:
        await pilot.press("x", "down", "down", "down", "down", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        written = tmp_path / "2022-05-06 Södertörnskommunernas ledningsgrupp.txt"
        text = written.read_text(encoding="utf-8")
        assert text.startswith("Minnesanteckningar från Södertörnskommunernas ledningsgrupp")
        assert "---" not in text.splitlines()[0:3]
