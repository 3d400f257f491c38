"""The Textual app: the archive screen first, a meeting screen on top when one is open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import App
from textual.binding import Binding
from textual.command import Provider
from textual.reactive import reactive
from textual.screen import Screen

from model.enums import Language
from model.store.archive import Archive
from model.store.errors import StoreError
from model.store.locations import config_file
from model.store.problems import os_error_words, problem_of
from tui.commands import add_bindings, bindings_for, key_display
from tui.config import Config, ConfigNotSaved, ConfigProblem, load_config, save_config
from tui.error_text import error_line
from tui.i18n import t
from tui.input_path import InputQueue
from tui.messages import OpenMeeting
from tui.messages_sync import (
    GitJob,
    GitJobFinished,
    RemoteCheck,
    RemoteChecked,
    SyncFinished,
    SyncJob,
)
from tui.palette import MinutesCommands
from tui.sync_app import AppSync
from tui.textual_private import bindings_of

if TYPE_CHECKING:  # imported when a meeting opens: the archive paints without them
    from tui.screens.meeting import MeetingScreen


class MinutesApp(App[None]):
    """``meeting_path`` opens that meeting at once; ``clock`` and ``cursor_blink`` are for
    tests and snapshots (a frozen clock and no blinking make the screen reproducible)."""

    TITLE = "minutes"
    CSS_PATH = "app.tcss"
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        *App.COMMANDS,
        MinutesCommands,
    }

    #: The sync state line ("synced 14:02", "3 changes not yet shared"): the meeting
    #: header and the archive screen watch it (set by tui/sync_app.py).
    sync_state: reactive[str] = reactive("")
    #: Ids of the meetings whose approval does not hold (sync/approval_check.py): the
    #: meeting header and banner, the review screen and the archive list watch it.
    unverified: reactive[frozenset[str]] = reactive(frozenset())

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
        bindings_of(self).key_to_bindings.pop("ctrl+q", None)  # ours saves first
        add_bindings(self, bindings_for("app", lang))
        self._word_palette_key(lang)
        self.syncing = AppSync(self)  # the sync key, the background sync and its state
        #: what was left unsaved when the app quit: printed to the terminal
        self.parting_message = ""
        #: log an unexpected error and close with a sentence (tui/crash.py) instead of a
        #: traceback: set when the app runs for a user, not under tests
        self.last_resort = False
        self.crashed = False
        self.typing = InputQueue(self, super().on_event)  # keys in typing order

    def _word_palette_key(self, lang: Language) -> None:
        """Textual adds its palette key worded "palette" in the footer; ours is translated."""
        key = self.COMMAND_PALETTE_BINDING
        bindings_of(self).key_to_bindings.pop(key, None)
        words, tooltip = t(lang, "key.palette"), t(lang, "app.help.palette")
        palette = Binding(key, "command_palette", words, show=False, priority=True, tooltip=tooltip)
        add_bindings(self, [palette])

    async def on_event(self, event: events.Event) -> None:
        """Raw keys, pastes and clicks wait their turn in ``self.typing``
        (tui/input_path.py: how a key travels from the terminal to the saved meeting)."""
        if not self.typing.take(event):
            await super().on_event(event)

    def get_default_screen(self) -> Screen[Any]:
        """The archive is the first screen itself (no blank screen under it); a meeting
        given on the command line goes on top of a blank one in ``on_mount`` (the
        archive comes when it closes)."""
        if self.config.keymap:  # before the first screen words its keys
            self.set_keymap(self.config.keymap)
        if self.meeting_path is None:
            from tui.screens.archive import ArchiveScreen  # not when launched into a meeting

            return ArchiveScreen(self.archive, self.lang)
        return super().get_default_screen()

    def on_mount(self) -> None:
        self._apply_saved_theme()
        for problem in self.config.problems:  # defaults for those keys only; file untouched
            self.notify(problem.message(self.lang), severity="warning", timeout=30)
        if self.meeting_path is not None and not self.open_meeting(self.meeting_path):
            self.show_archive()
        self.syncing.start()

    # -- the theme (the palette's choice is kept in the config) ----------------------

    def _apply_saved_theme(self) -> None:
        wanted = self.config.theme
        if not wanted:
            return
        if wanted in self.available_themes:
            self.theme = wanted
            return
        problem = ConfigProblem(
            str(self.config.path or config_file()), None, "theme", "theme", {"theme": wanted}
        )
        self.notify(problem.message(self.lang), severity="warning", timeout=30)

    def watch_theme(self, theme: str) -> None:
        """Save the theme chosen in the command palette, so the next start has it."""
        if theme == self.config.theme:
            return  # the saved one, applied at start-up
        self.config.theme = theme
        try:
            save_config(self.config)
        except ConfigNotSaved as exc:  # kept for this session; said so
            self.notify(exc.message(self.lang), severity="warning", timeout=15)
        except OSError as exc:
            said = t(self.lang, "config.theme_not_saved", detail=exc.strerror or str(exc))
            self.notify(said, severity="warning", timeout=15)

    # -- meetings --------------------------------------------------------------------

    def show_archive(self) -> None:
        """The archive screen, unless it is already in the stack."""
        from tui.screens.archive import ArchiveScreen

        if not any(isinstance(s, ArchiveScreen) for s in self.screen_stack):
            self.push_screen(ArchiveScreen(self.archive, self.lang))

    def open_meeting(self, path: Path) -> bool:
        """Open a meeting on top of the archive (read-only with a banner if it is held)."""
        screen = self.meeting_screen(path)
        if screen is None:
            return False
        self.push_screen(screen, lambda _: self.show_archive())
        return True

    def meeting_screen(self, path: Path) -> MeetingScreen | None:
        """The screen of a meeting, opened; None (and said why) if it cannot be opened."""
        from tui.screens.meeting import MeetingScreen
        from tui.session import Session

        try:
            session = Session.open(path)
        except StoreError as exc:
            self.notify(exc.message(self.lang), severity="error", timeout=30)
            return None
        except (OSError, RecursionError) as exc:  # a folder named like a meeting, no access
            detail = problem_of(exc).words(self.lang)
            self.notify(t(self.lang, "app.open_failed", path=path, detail=detail), severity="error")
            return None
        if session.store.recovery is not None:
            self.notify(session.store.recovery.message(self.lang.value), severity="warning")
        if session.open_error is not None:
            detail = os_error_words(session.open_error, self.lang)
            self.notify(t(self.lang, "app.open_readonly", detail=detail), severity="warning")
        if session.store.good_copy_failed is not None:
            detail = os_error_words(session.store.good_copy_failed, self.lang)
            self.notify(t(self.lang, "app.good_copy_failed", detail=detail), severity="warning")
        return MeetingScreen(session, self.lang, self.clock, cursor_blink=self.cursor_blink)

    def meeting_screens(self) -> list[MeetingScreen]:
        """The open meetings' screens, the one on top last."""
        from tui.screens.meeting import MeetingScreen

        return [s for s in self.screen_stack if isinstance(s, MeetingScreen)]

    #: the name it had while private: branches written before it was public still use it
    _meeting_screens = meeting_screens

    def key_of(self, command_id: str) -> str:
        """The first key of a command as the user has it (after the keymap)."""
        return key_display(self, command_id)

    # -- app-wide actions ------------------------------------------------------------

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        kind = getattr(self.screen, "COMMAND_SCREEN", "archive")
        self.push_screen(HelpScreen(self.lang, (kind, "app")))

    def action_search(self) -> None:
        from tui.screens.search import open_search

        open_search(self, self.archive, self.lang)

    async def action_quit(self) -> None:
        """Quit; a meeting whose change could not be saved asks first (``UnsavedScreen``)."""
        from tui.screens.unsaved import confirm_leaving

        confirm_leaving(self, self.meeting_screens(), self.lang, self._quit_now, quitting=True)

    def _quit_now(self, unsaved: str) -> None:
        # exit code 1 and the sentence in the terminal when a change is not in the archive,
        # printed by tui.launch after the screen is restored, unwrapped (a path in it
        # must survive a copy and paste)
        self.parting_message = unsaved
        self.call_later(self._leave, 1 if unsaved else 0)

    async def _leave(self, return_code: int) -> None:
        # a sync under way is stopped (its git command killed): the repository stays
        # consistent, and what is saved is committed by the next sync
        stopped = await self.syncing.stop()
        for screen in self.meeting_screens():
            screen.close_session()
        if not stopped:
            self.syncing.run_blocking()  # share what was written before leaving (bounded)
        self.exit(return_code=return_code)

    def watch_sync_state(self, text: str) -> None:
        self.sub_title = text  # the terminal title bar shows it as well

    # -- git workers (tui/sync_app.py) ---------------------------------------------

    @work(thread=True, exclusive=True, group="sync", exit_on_error=False)
    def sync_worker(self, job: SyncJob) -> None:
        """One sync in a thread; reports with ``SyncFinished``."""
        self.post_message(self.syncing.run_sync(job))

    @work(thread=True, exclusive=True, group="git", exit_on_error=False)
    def git_worker(self, job: GitJob) -> None:
        """Other git work (an approval's tag) in a thread; reports with ``GitJobFinished``."""
        self.post_message(self.syncing.run_git_job(job))

    @work(thread=True, exclusive=True, group="sync-check", exit_on_error=False)
    def check_worker(self, job: RemoteCheck) -> None:
        """The cheap remote check between syncs; reports with ``RemoteChecked``."""
        self.post_message(self.syncing.run_check(job))

    @on(RemoteChecked)
    def _remote_checked(self, message: RemoteChecked) -> None:
        self.syncing.checked(message)

    @on(OpenMeeting)
    def _open_asked(self, message: OpenMeeting) -> None:
        self.open_meeting(message.path)

    @on(SyncFinished)
    def _sync_finished(self, message: SyncFinished) -> None:
        self.syncing.finished(message)

    @on(GitJobFinished)
    def _git_job_finished(self, message: GitJobFinished) -> None:
        self.syncing.git_finished(message)

    def action_sync(self) -> None:
        self.syncing.request()

    def action_conflicts(self) -> None:
        from tui.screens.conflicts_open import open_conflicts_screen

        open_conflicts_screen(self)

    def _handle_exception(self, error: Exception) -> None:
        """No traceback reaches the user for an expected store error: show it instead.
        Any other error, when the app runs for a user (``last_resort``, set by
        tui/launch.py), is logged (tui/crash.py) and the app closes (the screens save
        as they go) with one sentence and exit code 70; under tests it is raised."""
        if isinstance(error, StoreError):
            self.notify(error_line(self.lang, error), severity="error")
            return
        if self.last_resort and not self.crashed:
            from tui.crash import EXIT_CRASH, sentence, write_log

            self.crashed = True
            self.parting_message = sentence(self.lang.value, write_log(error), error)
            self.exit(return_code=EXIT_CRASH)
            return
        if self.crashed:
            return  # a second error while closing after the first: logged once is enough
        super()._handle_exception(error)
