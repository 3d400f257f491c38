"""The Textual app: the archive screen first, a meeting screen on top when one is open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

from textual import events
from textual.app import App
from textual.command import Provider

from model.enums import Language
from model.store.archive import Archive
from model.store.errors import StoreError
from tui.commands import add_bindings, bindings_for
from tui.config import Config, load_config
from tui.i18n import t
from tui.input_path import InputQueue
from tui.palette import MinutesCommands
from tui.screens.archive import ArchiveScreen
from tui.screens.help import HelpScreen
from tui.screens.meeting import MeetingScreen
from tui.session import Session
from tui.sync_app import AppSync


class MinutesApp(App[None]):
    """``meeting_path`` opens that meeting at once; ``clock`` and ``cursor_blink`` are for
    tests and snapshots (a frozen clock and no blinking make the screen reproducible)."""

    TITLE = "minutes"
    CSS_PATH = "app.tcss"
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        *App.COMMANDS,
        MinutesCommands,
    }

    def __init__(
        self,
        archive_path: Path,
        lang: Language,
        *,
        meeting_path: Path | None = None,
        clock: Callable[[], datetime] | None = None,
        cursor_blink: bool = True,
        config: Config | None = None,
    ) -> None:
        super().__init__()
        self.archive = Archive(archive_path)
        self.lang = lang
        self.meeting_path = meeting_path
        self.clock: Callable[[], datetime] = clock or datetime.now
        self.cursor_blink = cursor_blink
        self.config = config if config is not None else load_config()
        self._bindings.key_to_bindings.pop("ctrl+q", None)  # ours saves first
        add_bindings(self, bindings_for("app", lang))
        self.syncing = AppSync(self)  # issue 4: sync key, background sync, state
        self.typing = InputQueue(self, super().on_event)  # keys in typing order

    async def on_event(self, event: events.Event) -> None:
        """Raw keys, pastes and clicks wait their turn in ``self.typing``
        (tui/input_path.py: how a key travels from the terminal to the saved meeting)."""
        if not self.typing.take(event):
            await super().on_event(event)

    def on_mount(self) -> None:
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        # a meeting given on the command line paints first; the archive comes when it closes
        if self.meeting_path is None or not self.open_meeting(self.meeting_path):
            self.show_archive()
        self.syncing.start()

    # -- meetings --------------------------------------------------------------------

    def show_archive(self) -> None:
        """The archive screen, unless it is already in the stack."""
        if not any(isinstance(s, ArchiveScreen) for s in self.screen_stack):
            self.push_screen(ArchiveScreen(self.archive, self.lang))

    def open_meeting(self, path: Path) -> bool:
        """Open a meeting on top of the archive (read-only with a banner if it is held)."""
        try:
            session = Session.open(path)
        except StoreError as exc:
            self.notify(exc.message(self.lang), severity="error", timeout=30)
            return False
        if session.store.recovery is not None:
            self.notify(session.store.recovery.message(self.lang.value), severity="warning")
        self.push_screen(
            MeetingScreen(session, self.lang, self.clock, cursor_blink=self.cursor_blink),
            lambda _: self.show_archive(),
        )
        return True

    def _meeting_screens(self) -> list[MeetingScreen]:
        return [s for s in self.screen_stack if isinstance(s, MeetingScreen)]

    # -- app-wide actions ------------------------------------------------------------

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        kind = getattr(self.screen, "COMMAND_SCREEN", "archive")
        self.push_screen(HelpScreen(self.lang, (kind, "app")))

    def action_search(self) -> None:
        from tui.screens.search import open_search

        open_search(self, self.archive, self.lang)

    async def action_quit(self) -> None:
        for screen in self._meeting_screens():
            screen.close_session()
        self.syncing.run_blocking()  # share what was written before leaving
        self.exit()

    def action_sync(self) -> None:
        self.syncing.request()

    def action_conflicts(self) -> None:
        from tui.screens.conflicts import open_conflicts_screen

        open_conflicts_screen(self)

    def _handle_exception(self, error: Exception) -> None:
        """No traceback reaches the user for an expected store error: show it instead."""
        if isinstance(error, StoreError):
            self.notify(
                t(self.lang, "app.error", detail=error.message(self.lang)), severity="error"
            )
            return
        super()._handle_exception(error)


def run_app(**kwargs: Any) -> None:
    MinutesApp(**kwargs).run()
