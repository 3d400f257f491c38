"""Sync in the app: the sync key, background sync, the visible sync state.

All git work runs in one thread worker (group "sync", exclusive). While git merges,
open meetings pause saving (``Session.store.read_only`` for that short moment) and are
then refreshed from the merged file with the edits typed meanwhile folded in
(sync/live.py). State shown in the app's sub-title: "3 changes not yet shared",
"synced 14:02", "conflict in item 5".
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from model.codec import Tables
from sync.errors import SyncError
from sync.gitenv import Identity

if TYPE_CHECKING:
    from tui.app import MinutesApp
    from tui.screens.meeting import MeetingScreen

from tui.i18n import t

T = TypeVar("T")


class AppSync:
    """The app's sync: one per app."""

    def __init__(self, app: MinutesApp) -> None:
        self.app = app
        self.state = ""
        self.running = False

    @property
    def enabled(self) -> bool:
        return (self.app.archive.root / ".git").exists()

    def start(self) -> None:
        """Show the state and start the background timer (config.sync_interval, 0 = off)."""
        if not self.enabled:
            return
        self.show_status()
        interval = self.app.config.sync_interval
        if interval > 0:
            # the background never opens the identity form: only the sync key asks
            self.app.set_interval(interval, lambda: self.request(ask=False), name="background-sync")

    def identity(self) -> Identity | None:
        config = self.app.config
        if config.name and config.email:
            return Identity(config.name, config.email)
        return None

    def request(self, ask: bool = True) -> None:
        """Sync now in the worker (ignored if a sync is running or sync is not set up).

        Without a name and e-mail in the config, ``ask`` opens the form that asks for them
        once (tui/screens/identity.py) and syncs when they are given.
        """
        if not self.enabled or self.running:
            return
        who = self.identity()
        if who is None:
            if ask:
                from tui.screens.identity import with_identity

                with_identity(self.app, lambda _: self.request(), "identity.cancelled.sync")
            return
        self.running = True
        self._set(t(self.app.lang, "sync.state.syncing"))
        self.app.run_worker(
            lambda: self._work(who), thread=True, exclusive=True, group="sync", exit_on_error=False
        )

    def run_blocking(self) -> None:
        """The sync on quit: in the calling thread, screens already closed."""
        who = self.identity()
        if not self.enabled or who is None:
            return
        from sync.engine import sync

        with contextlib.suppress(SyncError, OSError):
            sync(self.app.archive.root, who)

    def run_git(
        self,
        job: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Other git work (the approval's commit and tag) in a thread worker, never beside
        a sync (GitPython is not thread-safe, git takes an index lock): it waits for a
        running sync, and no sync starts until it is done. ``done``/``failed`` run on the
        app thread."""
        if self.running:
            self.app.set_timer(0.2, lambda: self.run_git(job, done, failed))
            return
        self.running = True

        def finish(result: T | None, error: Exception | None) -> None:
            self.running = False
            if error is not None:
                failed(error)
            else:
                done(result)  # type: ignore[arg-type]  # None only with an error
            if self.enabled:
                self.show_status()

        def work() -> None:
            try:
                result = job()
            except Exception as exc:  # shown as a sentence by ``failed``, never a traceback
                self.app.call_from_thread(finish, None, exc)
                return
            self.app.call_from_thread(finish, result, None)

        self.app.run_worker(work, thread=True, group="git", exit_on_error=False)

    # -- in the worker thread ------------------------------------------------------

    def _work(self, who: Identity) -> None:
        from sync.engine import sync

        screens = [s for s in self.app._meeting_screens() if not s.session.read_only]
        snapshots: dict[int, Tables] = {}

        @contextlib.contextmanager
        def hold() -> Iterator[None]:
            self.app.call_from_thread(self._pause, screens, snapshots)
            try:
                yield
            finally:
                self.app.call_from_thread(self._resume, screens, snapshots)

        try:
            result = sync(
                self.app.archive.root,
                who,
                open_here=[s.session.store.path for s in screens],
                hold=hold,
            )
        except SyncError as exc:
            self.app.call_from_thread(self._failed, exc)
            return
        except Exception as exc:  # never a traceback on the screen for a sync
            from sync.gitenv import classify  # git missing, disk full, ... else git_failed

            self.app.call_from_thread(self._failed, classify(exc))
            return
        self.app.call_from_thread(self._done, result)

    # -- back on the app thread ----------------------------------------------------

    def _pause(self, screens: list[MeetingScreen], snapshots: dict[int, Tables]) -> None:
        from sync.live import snapshot

        for screen in screens:
            screen._sync_editor()
            screen.session.pause_saving()
            snapshots[id(screen)] = snapshot(screen.session.store)

    def _resume(self, screens: list[MeetingScreen], snapshots: dict[int, Tables]) -> None:
        from sync.live import refresh_open_meeting
        from tui.screens.approval import follow_approval

        for screen in screens:
            store = screen.session.store
            screen.session.resume_saving()
            screen._sync_editor()  # text typed while git merged
            before = snapshots.get(id(screen))
            if before is None:
                continue
            try:
                meeting = refresh_open_meeting(store, before)
            except Exception as exc:
                self.app.notify(str(exc), severity="error")
                continue
            if meeting is not None:
                # never let an undo step from before the merge drop the other side's edits
                screen.session.adopt_merged(meeting)
                screen.refresh_view()
                follow_approval(screen)  # the other machine approved: read-only at once

    def _done(self, result: Any) -> None:
        from tui.screens.approval import follow_approval

        self.running = False
        lang = self.app.lang
        for screen in self.app._meeting_screens():
            follow_approval(screen)  # approved meetings are read-only: a reopen unlocks them
        if result.offline is not None:
            self._set(t(lang, "sync.state.offline"))
            return
        if result.postponed:
            self.app.notify(t(lang, "sync.postponed", files=", ".join(result.postponed)))
        if result.conflicts:
            from tui.commands import key_display

            key = key_display(self.app, "conflicts")
            notice = t(lang, "sync.conflicts.notice", count=result.conflicts, shortcut=key)
            self.app.notify(notice, severity="warning", timeout=15)
        self.show_status()

    def _failed(self, exc: SyncError) -> None:
        self.running = False
        self._set(t(self.app.lang, "sync.state.failed"))
        from sync.gitenv import git_headline

        detail = git_headline(exc.detail)[:200]
        message = t(self.app.lang, f"sync.error.{exc.code}", detail=detail)
        # git's words may hold "[...]": shown as they are, never read as markup
        self.app.notify(message, severity="error", timeout=20, markup=False)

    def show_status(self) -> None:
        """Compute the state line from the repository (quick, local only)."""
        from sync.status import status

        lang = self.app.lang
        try:
            state = status(self.app.archive.root)
        except SyncError:
            return
        if state.conflicts:
            from tui.conflict_text import state_line

            self._set(state_line(lang, state.conflicts))
        elif state.unshared:
            self._set(t(lang, "sync.state.unshared", count=state.unshared))
        elif state.last_sync:
            when = datetime.fromisoformat(state.last_sync).strftime("%H:%M")
            self._set(t(lang, "sync.state.synced", time=when))

    def _set(self, text: str) -> None:
        self.state = text
        self.app.sub_title = text
        for screen in self.app._meeting_screens():
            with contextlib.suppress(Exception):
                screen.refresh_header()
