"""Faults in the app lose nothing: a full disk while the meeting is open and
before it is opened, a read-only archive, a meeting file that is a folder, a damaged
file in the list. The disk cases run on a real full tmpfs (``tests.small_disk``)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from model.demo import demo_meeting
from model.enums import Language
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from tests.app.screens.helpers import demo_archive, make_app
from tests.app.screens.test_followup_app import next_meeting_form, settle
from tests.notices import run_test, shown
from tests.small_disk import run_on_small_disk
from tui.screens.meeting import MeetingScreen
from tui.screens.unsaved import UnsavedScreen


def scenario(tmp_path: Path, name: str, *args: str) -> tuple[dict[str, Any], str]:
    """Run a scenario of ``tests/app/screens/faults_scenarios.py`` with the archive, the config
    folder and the user data folder on a small tmpfs, the temp folder on the real disk.
    Returns its report and its stderr (where the app prints its parting message)."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {
        **os.environ,
        "MINUTES_CONFIG": str(mount / "config"),
        "XDG_DATA_HOME": str(mount / "data"),
        "TMPDIR": str(temp),
    }
    code = "from tests.app.screens.faults_scenarios import run;run(*sys.argv[1:])"
    run = run_on_small_disk(mount, code, name, str(mount), *args, env=env)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1]), run.stderr


def test_full_disk_then_quit_asks_and_save_again_saves_it_all(tmp_path: Path) -> None:
    report, _ = scenario(tmp_path, "full_while_open", "1", "")
    assert "SAVE FAILED" in report["banner"] and "the disk is full" in report["banner"]
    # the copy was written when the save failed, in the first place with room, and named
    rescued = report["rescued_at_failure"]
    assert rescued.startswith(str(tmp_path / "temp")) and rescued in report["banner"]
    assert report["asked"], "Ctrl+Q with an unsaved change quit without asking"
    assert report["asked_again"]  # still full: saving again failed, so it asks again
    assert report["return_code"] == 0  # room freed, saved, then quit
    assert report["on_disk_notes"] == "Saved first and then more"
    assert report["on_disk_present"]


def test_full_disk_keep_a_copy_in_a_folder_the_user_types(tmp_path: Path) -> None:
    usb = tmp_path / "usb-stick"
    report, _ = scenario(tmp_path, "full_while_open", "2", str(usb))
    assert report["asked"]
    assert report["copy"].startswith(str(usb))
    assert report["copy_notes"] == "Saved first and then more" and report["copy_present"]
    assert report["copy_mode"] == "0o600"  # minutes may be confidential
    assert report["on_disk_notes"] == "Saved first"  # the archive has what fitted
    assert report["return_code"] == 1
    assert "is not saved in the archive" in report["parting"]
    assert report["copy"] in report["parting"]


def test_full_disk_quit_and_lose_still_names_the_copy(tmp_path: Path) -> None:
    report, _ = scenario(tmp_path, "full_while_open", "3", "")
    assert report["asked"]
    assert report["return_code"] == 1
    assert report["copy_notes"] == "Saved first and then more" and report["copy_present"]
    assert report["copy"] in report["parting"]


def test_a_meeting_opens_on_a_disk_that_is_already_full(tmp_path: Path) -> None:
    report, stderr = scenario(tmp_path, "full_before_open")
    assert "Traceback" not in stderr
    assert report["opened"]
    assert any("disken är full" in m for m in report["messages"]), report


def test_a_read_only_archive_lists_and_opens_read_only_with_a_sentence(tmp_path: Path) -> None:
    report, stderr = scenario(tmp_path, "read_only_archive")
    assert "Traceback" not in stderr
    assert report["listed"] == 2
    assert report["opened"] and report["read_only"]
    assert "archive cannot be written" in report["banner"]
    assert any("disk is read-only" in m for m in report["messages"]), report
    assert report["back_in_archive"]


@pytest.mark.asyncio
async def test_a_meeting_file_that_is_a_folder_gets_a_sentence_and_the_rest_works(
    tmp_path: Path,
) -> None:
    demo_archive(tmp_path)
    folder = Archive(tmp_path).meeting_path("00000000000000000000000000")  # sorts last
    folder.mkdir()
    app = make_app(tmp_path, Language.SV)
    async with run_test(app, size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        summaries = screen.summaries  # type: ignore[attr-defined]
        assert len(summaries) == 3
        table = screen.query_one("DataTable")
        row = [s.path for s in summaries].index(folder)
        assert "en mapp, inte en fil" in str(table.get_row_at(row)[3])  # type: ignore[attr-defined]
        table.move_cursor(row=row)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, MeetingScreen)
        errors = [str(n.message) for n in shown(app) if n.severity == "error"]
        assert any("kunde inte öppnas" in e and "mapp" in e for e in errors), errors
        table.move_cursor(row=0)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)


@pytest.mark.asyncio
async def test_closing_a_meeting_with_an_unsaved_change_asks_first(tmp_path: Path) -> None:
    path = demo_archive(tmp_path, with_finished=False)
    app = make_app(tmp_path, Language.EN, meeting=path)
    kept = tmp_path / "kept.json"
    async with run_test(app, size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("ctrl+n")
        shutil.move(path, kept)  # a folder where the file must be replaced: saves fail
        path.mkdir()
        await pilot.press(*"Beslut", "ctrl+s", "alt+c")
        await pilot.pause()
        assert isinstance(app.screen, UnsavedScreen)
        await pilot.press("escape")  # back to the meeting, nothing lost
        await pilot.pause()
        assert app.screen is screen and screen.meeting.agenda[0].notes == "Beslut"
        path.rmdir()
        shutil.move(kept, path)
        await pilot.press("alt+c")  # now the save works: closes without asking
        await pilot.pause()
        assert not isinstance(app.screen, (MeetingScreen, UnsavedScreen))
    with MeetingStore(path, read_only=True) as store:
        assert store.meeting.agenda[0].notes == "Beslut"


@pytest.mark.asyncio
async def test_next_meeting_in_the_app_names_a_damaged_newer_file_before_creating(
    tmp_path: Path,
) -> None:
    archive = Archive(tmp_path)
    archive.create(demo_meeting())
    archive.meeting_path("broken").write_bytes(b'{\n "meeting": {\n  x')
    app = make_app(tmp_path, Language.EN)
    async with run_test(app, size=(120, 40)) as pilot:
        await next_meeting_form(app, pilot)
        notice = str(app.screen.query_one("#form-notice", Static).render())
        assert "broken.json (damaged: not valid JSON at line 3)" in notice
        assert "2022-05-06" in notice  # the meeting it builds from instead
        await pilot.press("escape")
        await settle(app, pilot)
    assert len(list(archive.meetings_dir.glob("*.json"))) == 2  # nothing created


@pytest.mark.asyncio
@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
async def test_an_archive_the_user_may_not_write_opens_read_only(tmp_path: Path) -> None:
    """chmod a-w on the archive; root ignores file modes, so there the read-only mount
    test above stands in for this one."""
    if os.geteuid() == 0:
        pytest.skip("root ignores file modes: covered by the read-only mount test")
    path = demo_archive(tmp_path, with_finished=False)
    everything = sorted(tmp_path.rglob("*"), reverse=True)  # files before their folders
    for inner in everything:
        inner.chmod(0o555 if inner.is_dir() else 0o444)
    tmp_path.chmod(0o555)
    try:
        app = make_app(tmp_path, Language.EN, meeting=path)
        async with run_test(app, size=(120, 40)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, MeetingScreen) and screen.session.read_only
            assert "archive cannot be written" in str(screen.query_one("#banner").render())
    finally:
        tmp_path.chmod(0o755)
        for inner in sorted(tmp_path.rglob("*")):  # folders before what is in them
            inner.chmod(0o755 if inner.is_dir() else 0o644)
