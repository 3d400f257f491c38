"""The notes markup in the app: typed markup is styled in the editor, saved as typed, and
the editor's hint and the F1 help list it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text

from model.enums import Language
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import demo_archive, make_app
from tui.screens.help import HelpScreen, help_renderable
from tui.screens.meeting import MeetingScreen
from tui.widgets.item_view import NotesEditor
from tui.widgets.notes_markup import style_line


def _styles(text: Text) -> dict[int, set[str]]:
    """The style names on each character of ``text``."""
    out: dict[int, set[str]] = {i: set() for i in range(len(text.plain))}
    for span in text.spans:
        for index in range(span.start, min(span.end, len(text.plain))):
            out[index].add(str(span.style))
    return out


def test_the_editor_styles_what_the_export_means() -> None:
    styles = _styles(style_line(Text("Ett *två* och **tre** 5*6*7")))
    assert "italic" in styles[5] and "dim" in styles[4] and "dim" in styles[8]
    assert "bold" in styles[16] and "dim" in styles[14]
    assert not styles[0] and not any(styles[i] for i in range(22, 27))  # 5*6*7 stays text
    heading = _styles(style_line(Text("## Om uppdraget")))
    assert "dim" in heading[0] and "bold underline" in heading[3]
    bullet = _styles(style_line(Text("- **Möte** med Region")))
    assert "dim" in bullet[0] and "bold" in bullet[4]
    marker = _styles(style_line(Text("[Övriga frågor]")))
    assert "bold reverse" in marker[0] and "bold reverse" in marker[14]
    cells = _styles(style_line(Text("| *a | b* |")))
    assert "dim" in cells[0] and not any("italic" in s for s in cells.values())  # per cell


@pytest.mark.asyncio
async def test_typed_markup_is_saved_as_typed_and_shown(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("ctrl+n")
        editor = screen.query_one(NotesEditor)
        assert editor.border_subtitle and "**bold**" in str(editor.border_subtitle)
        await pilot.press(*"*Ordet* fritt")
        await pilot.press("ctrl+s")
        line = _styles(editor.get_line(0))
        assert "italic" in line[1]
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=120, record=True, file=io.StringIO())
        console.print(help_renderable(app, Language.EN, ("meeting", "app")))
        text = console.export_text()
        assert (
            "Notes: markup" in text
            and "## " in text
            and "| a | b |" in text
            and "[övriga frågor]" in text
        )
    with MeetingStore(path, read_only=True) as store:
        assert store.meeting.agenda[0].notes == "*Ordet* fritt"
