"""The config in the app: problems shown as notices, the theme kept across starts, the
identity form saving into the user's own file, the planned-times rule in the forms."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from model.enums import Language
from model.store.archive import Archive
from model.store.locations import config_file
from tests.app.screens.helpers import demo_archive
from tests.core.config.helpers import LEGACY_CLASH, readme_config, write_config
from tests.core.sync.conftest import Pair, git, no_git_identity, pair  # noqa: F401 (fixtures)
from tests.core.sync.helpers import edit
from tests.notices import run_test, shown
from tui.app import MinutesApp
from tui.config import load_config
from tui.screens.form import FormScreen
from tui.screens.identity import IdentityForm
from tui.screens.meeting import MeetingScreen

pytestmark = pytest.mark.asyncio
NOW = datetime(2024, 5, 8, 9, 0)


def app_from_file(root: Path, meeting: Path | None = None) -> MinutesApp:
    """The app as ``minutes`` starts it: the config read from the user's file."""
    return MinutesApp(
        root, Language.EN, meeting_path=meeting, clock=lambda: NOW, cursor_blink=False
    )


def chair_with_a_change(shared: Pair) -> MinutesApp:
    """The chair changed the meeting's place (something to sync); his app, the meeting open."""
    edit(shared.path(shared.chair), lambda m: setattr(m.header, "place", "Ordförandens rum"))
    return app_from_file(shared.chair, shared.path(shared.chair))


def notices(app: MinutesApp) -> list[tuple[str, str]]:
    return [(n.message, n.severity) for n in shown(app)]


async def fill(app: MinutesApp, pilot: object, **values: str) -> None:
    form = app.screen
    assert isinstance(form, FormScreen)
    for name, value in values.items():
        form.query_one(f"#field-{name}", Input).value = value
    form.query_one(f"#field-{next(iter(values))}", Input).focus()
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


async def test_the_theme_chosen_in_the_palette_is_back_after_a_restart(tmp_path: Path) -> None:
    path = write_config(readme_config())
    app = app_from_file(tmp_path)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"
        app.action_change_theme()  # the palette's theme list, as Ctrl+P "theme" opens it
        await pilot.pause()
        await pilot.press(*"nord")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "nord"
    text = path.read_text(encoding="utf-8")
    assert 'theme = "nord"' in text
    assert '"next_item.letter" = "j"' in text and "# the single-letter key of a command" in text
    again = app_from_file(tmp_path)
    async with run_test(again, size=(120, 40)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"
        again.theme = "gruvbox"  # set any other way, it is kept too
        await pilot.pause()
    assert load_config().theme == "gruvbox"
    assert load_config().keymap["next_item.letter"] == "j"


async def test_an_unknown_theme_is_a_notice_and_the_default_theme_is_used(tmp_path: Path) -> None:
    path = write_config('theme = "no-such-theme"\n')
    before = path.read_bytes()
    app = app_from_file(tmp_path)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"
        [(message, severity)] = notices(app)
        assert severity == "warning"
        assert 'there is no theme "no-such-theme"' in message and str(path) in message
    assert path.read_bytes() == before


async def test_bad_settings_are_notices_and_the_good_ones_are_used(tmp_path: Path) -> None:
    """The old broken keymap file: the app says which line, uses every other setting (the
    keymap's f10 works) and leaves the file as it is."""
    meeting = demo_archive(tmp_path, with_finished=False)
    path = write_config(LEGACY_CLASH.replace("sync_interval = 60", 'sync_interval = "30"'))
    before = path.read_bytes()
    app = app_from_file(tmp_path, meeting)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        messages = notices(app)
        assert [severity for _, severity in messages] == ["warning", "warning"]
        assert f"{path}, line 9" in messages[0][0] and "next_item.letter" in messages[0][0]
        assert "sync_interval" in messages[1][0]
        assert app.config.name == "Anna Andersson"
        assert screen.meeting.current is None
        await pilot.press("f10")  # next_item from the keymap that was kept
        assert screen.meeting.current is not None
    assert path.read_bytes() == before


async def test_the_identity_form_saves_into_the_readme_config_without_losing_it(
    pair: Pair,  # noqa: F811
) -> None:
    """F12 without a name: the form's answer is written into the user's file, whose README
    keymap then still loads and the next start binds its keys."""
    path = write_config(readme_config(identity=False))
    app = chair_with_a_change(pair)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f12")
        await pilot.pause()
        assert isinstance(app.screen, IdentityForm)
        await fill(app, pilot, name="Olle Ordförande", email="olle@example.se")
        assert not isinstance(app.screen, IdentityForm)
        await app.workers.wait_for_complete()
        await pilot.pause()
    text = path.read_text(encoding="utf-8")
    assert '"next_item.letter" = "j"' in text and 'future_setting = "kept"' in text
    config = load_config()
    assert config.problems == []
    assert (config.name, config.email) == ("Olle Ordförande", "olle@example.se")
    assert config.keymap["next_item.letter"] == "j" and config.keymap["next_item"] == "f10,ctrl+n"
    assert git(pair.chair, "log", "-1", "--format=%an").strip() == "Olle Ordförande"
    again = app_from_file(pair.chair, pair.path(pair.chair))
    async with run_test(again, size=(120, 40)) as pilot:
        await pilot.pause()
        screen = again.screen
        assert isinstance(screen, MeetingScreen) and notices(again) == []
        from tui.commands import key_display

        assert key_display(again, "next_item") == "f10"  # the footer's key, from the keymap
        assert again._keymap["next_item.letter"] == "j"


async def test_the_identity_form_never_overwrites_a_file_it_could_not_read(
    pair: Pair,  # noqa: F811
) -> None:
    path = write_config(LEGACY_CLASH.replace('name = "Anna Andersson"\n', ""))
    before = path.read_bytes()
    app = chair_with_a_change(pair)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f12")
        await pilot.pause()
        await fill(app, pilot, name="Olle Ordförande", email="olle@example.se")
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = " ".join(message for message, _ in notices(app))
        assert "were not saved" in said and "line 8" in said
        assert "synced" in app.sub_title  # used for this session all the same
    assert path.read_bytes() == before
    assert git(pair.chair, "log", "-1", "--format=%an").strip() == "Olle Ordförande"


async def test_the_new_meeting_form_refuses_an_end_before_the_start(tmp_path: Path) -> None:
    demo_archive(tmp_path)
    count = len(Archive(tmp_path).summaries())
    app = app_from_file(tmp_path)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        await fill(app, pilot, body="Styrelsen", start="10.00", end="9.30")
        assert isinstance(app.screen, FormScreen)  # stays open with what was typed
        error = str(app.screen.query_one("#form-error", Static).render())
        assert "The end time 9:30 is not after the start time 10:00." in error
    assert len(Archive(tmp_path).summaries()) == count
    assert not config_file().exists()


async def test_the_header_form_refuses_an_end_before_the_start(tmp_path: Path) -> None:
    meeting = demo_archive(tmp_path, with_finished=False)
    app = app_from_file(tmp_path, meeting)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        planned = (screen.meeting.header.planned_start, screen.meeting.header.planned_end)
        await pilot.press("alt+h")
        await pilot.pause()
        await fill(app, pilot, start="11.00", end="8.30")
        assert isinstance(app.screen, FormScreen)
        assert "is not after the start time" in str(
            app.screen.query_one("#form-error", Static).render()
        )
        await pilot.press("escape")
        await pilot.pause()
        assert (screen.meeting.header.planned_start, screen.meeting.header.planned_end) == planned


async def test_a_theme_change_never_overwrites_a_file_it_could_not_read(tmp_path: Path) -> None:
    path = write_config(LEGACY_CLASH)
    before = path.read_bytes()
    app = app_from_file(tmp_path)
    async with run_test(app, size=(120, 40)) as pilot:
        await pilot.pause()
        app.theme = "dracula"
        await pilot.pause()
        assert app.theme == "dracula"  # kept for this session
        last, severity = notices(app)[-1]
        assert severity == "warning"
        assert last.startswith("The settings were not saved:") and "line 9" in last
    assert path.read_bytes() == before
