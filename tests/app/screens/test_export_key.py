"""The export key on the meeting screen: the real app, the real demo meeting, pandoc, and the
Word file opened with python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from model.enums import Language
from tests.app.screens.helpers import demo_archive, make_app
from tests.notices import run_test, shown
from tui.screens.export import ExportScreen
from tui.screens.meeting import MeetingScreen

pytestmark = pytest.mark.asyncio


async def test_export_key_writes_word_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the app writes to the user's Documents folder: make that a folder of the test
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    path = demo_archive(tmp_path / "archive")
    app = make_app(tmp_path / "archive", Language.SV, meeting=path)
    async with run_test(app, size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("alt+x")  # works even with the focus in the notes editor
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")  # Word is the first format
        await pilot.pause()
        await screen.workers.wait_for_complete()
        await pilot.pause()
        written = list((home / "Documents").glob("*.docx"))
        assert len(written) == 1, [n.message for n in shown(app)]
        assert any(str(written[0]) in n.message for n in shown(app))
    document = Document(str(written[0]))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Södertörnskommunernas ledningsgrupp" in text
    assert document.tables, "the header table is there"
