"""Start-up behaviour (not speed): what the first screens do before and as they paint."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from textual.widgets import DataTable

from model.enums import Language
from model.store.archive import ArchivePage
from tests.app.screens.helpers import demo_archive, make_app
from tests.conftest import REPO
from tui.screens.archive import ArchiveScreen
from tui.screens.meeting import MeetingScreen
from tui.widgets.key_footer import KeyFooter

pytestmark = pytest.mark.asyncio

#: every file opened by this process (an audit hook cannot be removed: it only records)
OPENED: list[str] = []


def _record_open(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and isinstance(args[0], str | Path):
        OPENED.append(str(args[0]))


sys.addaudithook(_record_open)


async def test_the_archive_paints_from_the_index_before_any_meeting_file_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = demo_archive(tmp_path)
    make_app(tmp_path, Language.EN).archive.summaries()  # the index knows both meetings
    stamp = time.time_ns() - 10**10  # one file changed since: the check must read it
    os.utime(path, ns=(stamp, stamp))
    meetings = str(tmp_path / "meetings")
    opened_at_paint: list[list[str]] = []
    show_page = ArchiveScreen.show_page

    def recording(self: ArchiveScreen, page: ArchivePage, *, loading: bool = False) -> None:
        opened_at_paint.append([p for p in OPENED if p.startswith(meetings)])
        show_page(self, page, loading=loading)

    monkeypatch.setattr(ArchiveScreen, "show_page", recording)
    OPENED.clear()
    app = make_app(tmp_path, Language.EN)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ArchiveScreen)
        assert app.screen_stack == [app.screen]  # the first screen itself, none under it
        assert app.screen.query_one(DataTable).row_count == 2
    assert opened_at_paint[0] == []  # the first rows: from the index, no meeting file
    assert str(path) in OPENED  # the check afterwards reads the changed one


async def test_the_meeting_screen_opens_with_the_focus_in_the_notes(tmp_path: Path) -> None:
    path = demo_archive(tmp_path)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        assert app.focused is not None and app.focused.id == "notes"
        await pilot.press(*"Hej")
        await pilot.pause()
        assert app.screen.item_view.editor.text.endswith("Hej")


def _footer_rule(screen: object) -> list[tuple[str, str]]:
    """Textual's Footer's rule: the shown bindings, the first of each action."""
    shown: dict[str, tuple[str, str]] = {}
    for _node, binding, _enabled, _tooltip in screen.active_bindings.values():  # type: ignore[attr-defined]
        if binding.show and binding.action not in shown:
            shown[binding.action] = (binding.key, binding.description)
    return list(shown.values())


async def test_the_footer_shows_the_screens_keys_and_a_click_presses_one(tmp_path: Path) -> None:
    path = demo_archive(tmp_path)
    app = make_app(tmp_path, Language.EN, meeting=path)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        keys, palette = footer.entries()
        assert [(k.key, k.description) for k in keys] == _footer_rule(app.screen)
        assert palette is not None and palette.key == app.COMMAND_PALETTE_BINDING
        line = footer.render().plain
        for entry in keys[:5]:
            assert f" {entry.display} {entry.description} " in line
        assert line.rstrip().endswith(f"{palette.display} {palette.description}")
        # F1 (help) is in the footer: clicking it opens the help screen
        help_key = next(k for k in keys if k.key == "f1")
        column = line.index(f" {help_key.display} ") + 1
        await pilot.click(KeyFooter, offset=(column, 0))
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"


#: what a key's form needs and the first paint does not (tui/deferred.py)
DEFERRED = ["tui.screens.meeting_forms", "tui.screens.roster_forms", "model.store.registry"]
#: what a launch into a meeting needs neither for its paint nor its keys: the archive's
#: screen and its index
UNUSED = ["tui.screens.archive", "model.store.index_db", "sqlite3"]

LAUNCH = """
import asyncio, sys
from pathlib import Path
from tests.app.screens.helpers import make_app
from tui.screens.form import FormScreen
from tui.screens.meeting import MeetingScreen

deferred = {deferred!r}
unused = {unused!r}

def loaded():
    return ",".join(name for name in deferred if name in sys.modules)

async def main():
    app = make_app(Path(sys.argv[1]), meeting=Path(sys.argv[2]))
    async with app.run_test(size=(120, 40)) as pilot:
        assert isinstance(app.screen, MeetingScreen)
        print("AT_PAINT=" + loaded())
        print("UNUSED=" + ",".join(name for name in unused if name in sys.modules))
        if sys.argv[3] == "key":  # typed ahead: the form imports what it needs itself
            await pilot.press("f6")
            await pilot.pause()
            print("FORM=" + type(app.screen).__name__, isinstance(app.screen, FormScreen))
        else:
            await pilot.pause(0.6)
            print("LATER=" + loaded())
        app.screen.dismiss() if sys.argv[3] == "key" else app.screen.close_session()

asyncio.run(main())
"""


def _launch(tmp_path: Path, mode: str) -> str:
    # a fresh process: this one has imported every form already
    path = demo_archive(tmp_path)
    script = LAUNCH.format(deferred=DEFERRED, unused=UNUSED)
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), str(path), mode],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


async def test_a_meeting_paints_before_its_forms_are_imported_and_they_follow(
    tmp_path: Path,
) -> None:
    out = _launch(tmp_path, "wait")
    assert "AT_PAINT=\n" in out  # none of them before the first paint
    assert "UNUSED=\n" in out
    assert f"LATER={','.join(DEFERRED)}\n" in out  # all of them once it has painted


async def test_a_form_key_typed_at_launch_opens_its_form(tmp_path: Path) -> None:
    out = _launch(tmp_path, "key")
    assert "FORM=" in out and "True" in out.split("FORM=", 1)[1], out
