"""Sync in the app: the sync key, background sync, the visible sync state.

Git work runs in the app's thread workers (``MinutesApp.sync_worker`` and
``git_worker``: ``@work(thread=True, exclusive=True, exit_on_error=False)``), which
report back with the messages below; git jobs of one archive are kept apart by the
lock in sync/joblock.py (a background sync that finds another job running skips its
turn; the sync key and an approval's tag wait for it).

Saving never pauses. A sync merges in git's object store (sync/engine.py) and hands a
merge that changed an open meeting to ``bring_in`` on the app thread: the meeting
screen copies what is in the editor into the meeting, ``Session.merge_from_disk``
folds the merge in (what was typed during the sync is kept), and the editor shows the
merged notes with the cursor and selection where they were.

While a meeting is in progress here, a word reaches the other side within one
interval: the typing side syncs soon after a save (``sync_after_save``: a short quiet
time after the last save, never more often than that many seconds, never beside
another sync), and between syncs both sides ask the remote cheaply whether its branch
moved (``sync_check_interval``, sync/remote_tip.py), syncing at once when it did. One
timer (``WATCH_TICK``) looks at the open meetings' files for saves and starts both.

The state ("3 changes not yet shared", "synced 14:02", "conflict in item 5") is the
app's reactive ``sync_state``, the meetings whose approval does not hold its reactive
``unverified``: the screens that show them watch them.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sync.errors import SyncError
from sync.gitenv import Identity
from tui.messages_sync import (
    GitJob,
    GitJobFinished,
    RemoteCheck,
    RemoteChecked,
    SyncFinished,
    SyncJob,
)

__all__ = ["AppSync", "GitJob", "GitJobFinished", "SyncFinished", "SyncJob"]

if TYPE_CHECKING:
    from sync.engine import Incoming, SyncResult
    from sync.gitrun import Cancel
    from sync.status import SyncStatus
    from tui.host import AppHost

from tui.i18n import t

#: Seconds the last sync on quit may take (a remote that does not answer).
QUIT_TIMEOUT = 5
#: Seconds quitting waits for a running sync after killing its git command.
QUIT_WAIT = 3.0
#: Seconds the sync key and an approval's tag wait for another git job to end.
KEY_WAIT = 60.0
#: Seconds between background syncs while no meeting is in progress here.
IDLE_INTERVAL = 60.0
#: Seconds between looks at the open meetings' files (a stat each: was one saved?).
WATCH_TICK = 0.05
#: Seconds without a further save before the typing side syncs: saves come in bursts
#: (a form's record and the notes typed before it), one sync takes them all.
AFTER_SAVE_QUIET = 0.1
#: At least this many remote checks per sync interval while a meeting is followed live.
CHECKS_PER_INTERVAL = 4


def _stamp(path: Path) -> tuple[int, int, int]:
    """What changes when the store saves a file (it replaces it: a new inode, a new
    time); (0, 0, 0) for a file that cannot be read."""
    try:
        info = path.stat()
    except OSError:
        return (0, 0, 0)
    return (info.st_mtime_ns, info.st_size, info.st_ino)


class AppSync:
    """The app's sync: one per app."""

    def __init__(self, app: AppHost) -> None:
        self.app = app
        self._active = 0  # syncs and git jobs started and not yet finished
        self._cancel: Cancel | None = None
        self._last_background = 0.0  # monotonic time of the last background sync
        self._last_start = 0.0  # monotonic time the last sync was started
        self._last_after_save = 0.0  # ... the last sync started by a save
        self._last_check = 0.0  # ... and the last remote check
        self._checking = False
        self._check_cancel: Cancel | None = None
        self._stopping = False  # quitting: no new sync or check starts
        #: the open meetings' files as last seen (a save changes the stamp)
        self._stamps: dict[Path, tuple[int, int, int]] = {}
        self._saved_at: float | None = None  # a save not yet in a sync: when (monotonic)
        self._unsynced_save: float | None = None  # ... as it was when the sync started

    @property
    def enabled(self) -> bool:
        return (self.app.archive.root / ".git").exists()

    @property
    def running(self) -> bool:
        """A sync or another git job is under way."""
        from sync.joblock import busy

        return self._active > 0 or busy(self.app.archive.root)

    def start(self) -> None:
        """Show the state and start the background timer (config.sync_interval, 0 = off)."""
        if not self.enabled:
            return
        self.show_status()
        from sync.setup import refresh_driver

        # an older version registered a merge driver that ran code from the archive
        refresh_driver(self.app.archive.root)
        config = self.app.config
        if config.sync_interval > 0:
            self.app.set_interval(config.sync_interval, self._background, name="background-sync")
            if config.sync_after_save > 0 or config.sync_check_interval > 0:
                self.app.set_interval(WATCH_TICK, self._watch, name="sync-watch")

    def _background(self) -> None:
        """Every ``sync_interval`` seconds while a meeting is in progress here (the chair
        follows the draft) or a draft of today is open, else every ``IDLE_INTERVAL``.
        Never opens the identity form: only the sync key asks."""
        now = time.monotonic()
        live = self._live()
        if live and now - self._last_start < self.app.config.sync_interval / 2:
            return  # a sync after a save or a check started just now: nothing new to get
        if live or now - self._last_background >= IDLE_INTERVAL:
            self._last_background = now
            self.request(ask=False)

    def _live(self) -> bool:
        """A meeting open here is followed live: in progress, or a draft of today."""
        from model.enums import MeetingState

        today = self.app.clock().date()

        def follows(header: Any) -> bool:
            # a meeting of today not yet started here is followed too: the chair opens it
            # before the secretary starts it, and must see the start within an interval
            if header.state is MeetingState.IN_PROGRESS:
                return True
            return bool(header.state is MeetingState.DRAFT and header.date == today)

        return any(follows(s.session.meeting.header) for s in self.app.meeting_screens())

    def _look_for_saves(self, now: float) -> None:
        """Note a save of an open meeting since the last sync started."""
        for screen in self.app.meeting_screens():
            if screen.session.read_only:
                continue
            path = screen.session.store.path
            stamp = _stamp(path)
            known = self._stamps.get(path)
            self._stamps[path] = stamp
            if known is not None and known != stamp:
                self._saved_at = now

    def _watch(self) -> None:
        """Every ``WATCH_TICK`` s: after a save, sync once the saves pause (at most once
        per ``sync_after_save`` s); else, every ``sync_check_interval`` s since the last
        sync or check, ask the remote whether it moved. Only while a meeting is followed
        live, and never beside a running sync."""
        now = time.monotonic()
        self._look_for_saves(now)
        if self._stopping or self.running or self.identity() is None or not self._live():
            return  # without a name the sync key asks first: nothing to start or check
        config = self.app.config
        after_save = config.sync_after_save
        saved_at = self._saved_at
        if (
            after_save > 0
            and saved_at is not None
            and now - saved_at >= AFTER_SAVE_QUIET
            and now - self._last_after_save >= after_save
        ):
            self._last_after_save = now
            self.request(ask=False)
            return
        check = self.check_every()
        if (
            check > 0
            and not self._checking
            and now - max(self._last_start, self._last_check) >= check
        ):
            from sync.gitrun import Cancel

            self._checking = True
            self._last_check = now
            self._check_cancel = Cancel()
            self.app.check_worker(RemoteCheck(config.git_timeout))

    def check_every(self) -> float:
        """Seconds between remote checks while a meeting is followed live (0: none):
        ``sync_check_interval``, and at least four checks per ``sync_interval`` so that a
        short interval is met too (a 2 s interval checks every 0.5 s); none when the
        check is not shorter than the interval."""
        config = self.app.config
        check, interval = config.sync_check_interval, config.sync_interval
        if not 0 < check < interval:
            return 0.0
        return min(float(check), interval / CHECKS_PER_INTERVAL)

    def identity(self) -> Identity | None:
        config = self.app.config
        if config.name and config.email:
            return Identity(config.name, config.email)
        return None

    def request(self, ask: bool = True) -> None:
        """Sync now in the worker (sync not set up: nothing). A background turn that
        finds a sync still running skips.

        Without a name and e-mail in the config, ``ask`` opens the form that asks for them
        once (tui/screens/identity.py) and syncs when they are given.
        """
        if not self.enabled or (not ask and (self.running or self._stopping)):
            return
        who = self.identity()
        if who is None:
            if ask:
                from tui.screens.identity import with_identity

                with_identity(self.app, lambda _: self.request(), "identity.cancelled.sync")
            return
        self._active += 1
        self._last_start = time.monotonic()
        self._unsynced_save = self._saved_at  # back if the sync skips its turn
        self._saved_at = None  # this sync commits every save made until now
        for path in list(self._stamps):
            self._stamps[path] = _stamp(path)
        if ask or not self.state:
            self._set(t(self.app.lang, "sync.state.syncing"))
        self.app.sync_worker(SyncJob(who, asked=ask))

    def run_git(
        self,
        job: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """Other git work (the approval's commit and tag) in a thread worker, never beside
        a sync: it waits for the archive's git lock. ``done``/``failed`` run on the app
        thread."""
        self._active += 1
        self.app.git_worker(GitJob(job, done, failed))

    async def stop(self) -> bool:
        """On quit: kill the running sync's git command and wait for it a moment.
        Returns whether a sync was running. No background sync or check starts after
        it (one started in the wait would hang the quit on a silent remote)."""
        self._stopping = True
        if self._check_cancel is not None:
            self._check_cancel.cancel()
        cancel = self._cancel
        if cancel is None:
            return False
        cancel.cancel()
        workers = [w for w in self.app.workers if w.group == "sync" and not w.is_finished]
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self.app.workers.wait_for_complete(workers), QUIT_WAIT)
        return True

    def run_blocking(self) -> None:
        """The sync on quit: in the calling thread, screens already closed, bounded."""
        who = self.identity()
        if not self.enabled or who is None:
            return
        from sync.engine import sync

        timeout = min(self.app.config.git_timeout, QUIT_TIMEOUT)
        with contextlib.suppress(SyncError, OSError):
            sync(self.app.archive.root, who, network_timeout=timeout, wait=QUIT_WAIT)

    # -- in the worker threads -----------------------------------------------------

    def run_sync(self, job: SyncJob) -> SyncFinished:
        """The body of the sync worker: one sync, the outcome as a message."""
        from sync.engine import sync
        from sync.gitenv import classify
        from sync.gitrun import Cancel

        cancel = self._cancel = Cancel()
        try:
            open_here = self.app.call_from_thread(self._open_paths)
            result = sync(
                self.app.archive.root,
                job.who,
                open_here=open_here,
                bring_in=lambda incoming: self.app.call_from_thread(self._bring_in, incoming),
                network_timeout=self.app.config.git_timeout,
                cancel=cancel,
                wait=KEY_WAIT if job.asked else 0,
            )
        except SyncError as exc:
            return SyncFinished(error=exc, skipped=exc.code == "busy" and not job.asked)
        except Exception as exc:  # never a traceback on the screen for a sync
            return SyncFinished(error=classify(exc))  # git missing, disk full, ... git_failed
        finally:
            self._cancel = None
        return SyncFinished(result=result, status=self._status())

    def run_check(self, job: RemoteCheck) -> RemoteChecked:
        """The body of the check worker: has the remote's branch moved?"""
        from sync.remote_tip import remote_moved

        moved = remote_moved(
            self.app.archive.root, network_timeout=job.timeout, cancel=self._check_cancel
        )
        return RemoteChecked(moved=moved)

    def run_git_job(self, job: GitJob) -> GitJobFinished:
        """The body of the git worker: the job under the archive's git lock."""
        from sync.joblock import Busy, git_job

        try:
            with git_job(self.app.archive.root, KEY_WAIT):
                return GitJobFinished(job, result=job.job())
        except Busy:
            return GitJobFinished(job, error=SyncError("busy"))
        except Exception as exc:  # shown as a sentence by ``failed``, never a traceback
            return GitJobFinished(job, error=exc)

    # -- back on the app thread ----------------------------------------------------

    def _open_paths(self) -> list[Any]:
        screens = self.app.meeting_screens()
        return [s.session.store.path for s in screens if not s.session.read_only]

    def _bring_in(self, incoming: Incoming) -> int | None:
        """A merge that changed an open meeting: into its session (see module docstring).
        None if it is no longer open for writing (closed or approved during the sync)."""
        screen = next(
            (
                s
                for s in self.app.meeting_screens()
                if s.session.store.path.resolve() == incoming.path.resolve()
                and not s.session.read_only
            ),
            None,
        )
        if screen is None:
            return None
        path = screen.session.store.path
        # words saved or typed since the sync's commit are not in what it pushes: the
        # merge's save below holds them, so they count as a save for the next sync
        saved = self._stamps.get(path, _stamp(path)) != _stamp(path)
        typed = screen.session.dirty
        typed = screen.keep_typed() or typed  # what is in the editor now is "ours"
        conflicts = screen.session.merge_from_disk(
            incoming.merged, incoming.base, incoming.mine, incoming.theirs
        )
        self._stamps[path] = _stamp(path)  # the merge's own save is not a new word
        if saved or typed:
            self._saved_at = time.monotonic()
        screen.show_merged()  # the cursor stays where it was, and the item typed in
        return conflicts

    def checked(self, message: RemoteChecked) -> None:
        """A remote check ended (the app's handler of ``RemoteChecked``): a new tip there
        is synced at once."""
        self._checking = False
        self._check_cancel = None
        if message.moved and not self.running and self._live():
            self.request(ask=False)

    def finished(self, message: SyncFinished) -> None:
        """A sync ended (the app's handler of ``SyncFinished``)."""
        self._active = max(0, self._active - 1)
        if message.skipped:  # another git job (the CLI) had the archive: try again
            if self._saved_at is None:
                self._saved_at = self._unsynced_save
            return
        if message.error is not None:
            if message.error.code != "cancelled":
                self._failed(message.error)
            return
        assert message.result is not None
        self._done(message.result, message.status)

    def git_finished(self, message: GitJobFinished) -> None:
        """A git job ended (the app's handler of ``GitJobFinished``)."""
        self._active = max(0, self._active - 1)
        if message.error is not None:
            message.job.failed(message.error)
        else:
            message.job.done(message.result)
        if self.enabled:
            self.show_status()

    def _done(self, result: SyncResult, status: SyncStatus | None = None) -> None:
        from tui.screens.approval import follow_approval

        lang = self.app.lang
        for screen in self.app.meeting_screens():
            follow_approval(screen)  # approved meetings are read-only: a reopen unlocks them
        if result.offline is not None:
            self._set(t(lang, "sync.state.offline"))
            return
        if result.postponed:
            self.app.notify(t(lang, "sync.postponed", files=", ".join(result.postponed)))
        if result.unverified:
            from tui.approval_text import sync_notice

            notice = sync_notice(lang, result.unverified)
            self.app.notify(notice, severity="error", timeout=30, markup=False)
        if result.conflicts:
            key = self.app.key_of("conflicts")
            notice = t(lang, "sync.conflicts.notice", count=result.conflicts, shortcut=key)
            self.app.notify(notice, severity="warning", timeout=15)
        self.show_status(status)

    def _failed(self, exc: SyncError) -> None:
        self._set(t(self.app.lang, "sync.state.failed"))
        from sync.gitenv import git_headline

        detail = git_headline(exc.detail_in(self.app.lang))[:200]
        message = t(self.app.lang, f"sync.error.{exc.code}", detail=detail)
        # git's words may hold "[...]": shown as they are, never read as markup
        self.app.notify(message, severity="error", timeout=20, markup=False)

    def _status(self) -> SyncStatus | None:
        """The repository's sync state (git status: in the worker, off the app thread)."""
        from sync.status import status

        try:
            return status(self.app.archive.root)
        except SyncError:
            return None

    def show_status(self, state: SyncStatus | None = None) -> None:
        """Show the state line; computed from the repository (quick, local) if not given."""
        lang = self.app.lang
        state = state or self._status()
        if state is None:
            return
        # the meeting header and banner, the review screen and the list watch it
        self.app.unverified = frozenset(c.meeting_id for c in state.unverified)
        if state.conflicts:
            from tui.conflict_text import state_line

            self._set(state_line(lang, state.conflicts))
        elif state.unshared:
            self._set(t(lang, "sync.state.unshared", count=state.unshared))
        elif state.last_sync:
            when = datetime.fromisoformat(state.last_sync).strftime("%H:%M")
            self._set(t(lang, "sync.state.synced", time=when))

    @property
    def state(self) -> str:
        return self.app.sync_state

    @property
    def unverified(self) -> frozenset[str]:
        return self.app.unverified

    def _set(self, text: str) -> None:
        self.app.sync_state = text  # the screens showing it watch it
