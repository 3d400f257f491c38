"""Review and approve (justering) in the app; reopen an approved meeting for a correction.

The review screen (alt+j, letter j on the meeting screen) shows, per item, what changed
since this user last looked (sync/diff.py, read in a thread worker), who changed it and
when, the meeting's state and its approval history. Open conflicts block the approval
(the screen names the conflicts key). ``j`` approves: the approval is saved at once and
the meeting turns read-only; the git commit and tag (sync/status.py) and the "seen"
mark follow in a worker that never runs beside a sync. ``r`` (or alt+shift+j on the
meeting screen) reopens an approved meeting: a reason is required and recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from model.approval import ApprovalError, is_locked
from model.enums import Language
from model.store.errors import StoreError
from sync.diff import Change
from sync.errors import SyncError
from sync.gitenv import Identity
from tui.commands import add_bindings, key_display
from tui.i18n import t
from tui.messages import OpenOverMeeting
from tui.messages_sync import ChangesLoaded
from tui.review import CHANGE, HEADING, MINUS, PLUS, approval_history, change_review, when_text
from tui.screens.form import Field, FormScreen, Values
from tui.screens.identity import with_identity
from tui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from tui.host import AppHost, MeetingHost

_STYLES = {HEADING: "bold", CHANGE: "", MINUS: "red", PLUS: "green"}


def _app(screen: MeetingHost) -> AppHost:
    return cast("AppHost", screen.app)  # the app a meeting screen runs in is the MinutesApp


def _busy(app: AppHost) -> bool:
    """A sync or an approval's git work is running: approving now would switch the meeting
    under the sync's feet, so the user is asked to press the key again in a moment."""
    if app.syncing.running:
        app.notify(t(app.lang, "review.sync_running"), severity="warning")
        return True
    return False


class ApprovalScreen(Screen[None]):
    """The review of one open meeting (the meeting screen under it is ``host``)."""

    COMMAND_SCREEN = "approval"

    DEFAULT_CSS = """
    ApprovalScreen #review-title { text-style: bold; padding: 0 1; background: $boost; }
    ApprovalScreen #review-status { height: auto; padding: 0 1; margin-bottom: 1; }
    ApprovalScreen #review-scroll { height: 1fr; border: round $accent; padding: 0 1; }
    """

    def __init__(self, host: MeetingHost, lang: Language) -> None:
        super().__init__()
        self.host = host
        self.lang = lang
        self.loaded = False  # the changes are on screen: only then can the user approve
        add_bindings(
            self,
            [
                Binding("j", "approve", t(lang, "review.key.approve"), id="review.approve"),
                Binding("r", "reopen", t(lang, "review.key.reopen"), id="review.reopen"),
                Binding("escape", "close", t(lang, "review.key.close"), id="review.close"),
            ],
        )

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(id="review-title")
            yield Static(id="review-status")
            with VerticalScroll(id="review-scroll"):
                yield Static(id="review-changes")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#review-scroll").border_title = t(self.lang, "review.changes")
        self.show_status()
        self.watch(self.app, "unverified", lambda _: self.show_status(), init=False)
        self.load_changes()

    def on_screen_resume(self) -> None:
        self.show_status()  # back from the conflicts screen or a form

    @property
    def minutes_app(self) -> AppHost:
        return _app(self.host)

    # -- what is shown -------------------------------------------------------------------

    def show_status(self) -> None:
        """Title, state, approval history and what the approve key will do."""
        lang, session = self.lang, self.host.session
        meeting = session.meeting
        header = meeting.header
        title = header.title or header.body
        date = header.date.isoformat() if header.date else ""
        self.query_one("#review-title", Static).update(
            t(lang, "review.title", title=title, date=date).strip()
        )
        text = Text()
        text.append(t(lang, "review.state", state=t(lang, f"state.{header.state.value}")))
        if is_locked(meeting):
            text.append("\n")
            text.append(
                t(
                    lang,
                    "review.approved",
                    name=header.approved_by or "?",
                    time=when_text(header.approved_at),
                    hash=header.approved_hash[:19],
                ),
                style="bold",
            )
        for line in approval_history(lang, meeting):
            text.append(f"\n  {line}", style="dim")
        if header.id in self.minutes_app.unverified:  # as the header and the list say
            text.append("\n")
            text.append(t(lang, "verify.review_mark"), style="bold red")
        text.append("\n")
        conflicts = len(meeting.open_conflicts())
        if session.read_only_reason == "locked":
            text.append(t(lang, "review.locked"), style="bold yellow")
        elif is_locked(meeting):
            text.append(t(lang, "review.can_reopen"), style="bold")
        elif conflicts:
            keys = key_display(self.app, "conflicts")
            text.append(t(lang, "review.blocked", count=conflicts, keys=keys), style="bold red")
        else:
            name = self.minutes_app.config.name or t(lang, "review.you")
            text.append(t(lang, "review.ready", name=name), style="bold green")
        self.query_one("#review-status", Static).update(text)
        self.refresh_bindings()

    def load_changes(self) -> None:
        """The changes since this user last looked, read from git in a worker."""
        root = self.minutes_app.archive.root
        path = self.host.session.store.path
        view = self.query_one("#review-changes", Static)
        if not (root / ".git").exists():
            view.update(t(self.lang, "review.not_git"))
            self.loaded = True
            self.refresh_bindings()
            return
        view.update(t(self.lang, "review.loading"))
        self._read_changes(root, path)

    @work(thread=True, exclusive=True, group="review", exit_on_error=False)
    def _read_changes(self, root: Path, path: Path) -> None:
        """The changes from git, in a thread; reports with ``ChangesLoaded``."""
        from sync.diff import meeting_changes

        try:
            ref, changes = meeting_changes(root, path, None)
        except SyncError as exc:
            message = t(self.lang, f"sync.error.{exc.code}", detail=exc.detail_in(self.lang)[:200])
            self.post_message(ChangesLoaded(error=message))
            return
        except Exception as exc:  # a sentence on screen, never a traceback
            message = t(self.lang, "sync.error.git_failed", detail=str(exc)[:200])
            self.post_message(ChangesLoaded(error=message))
            return
        self.post_message(ChangesLoaded(ref=ref, changes=changes))

    @on(ChangesLoaded)
    def _changes_loaded(self, message: ChangesLoaded) -> None:
        if message.changes is None:
            self._show_failure(message.error)
        else:
            self._show_changes(message.ref, message.changes)

    def _show_changes(self, ref: str, changes: list[Change]) -> None:
        if not self.is_attached:
            return
        lang = self.lang
        since = t(lang, "review.since_seen", ref=ref[:12]) if ref else t(lang, "review.since_first")
        text = Text()
        if not changes:
            text.append(t(lang, "review.no_changes", since=since))
        else:
            text.append(t(lang, "review.changes_since", since=since), style="bold")
            text.append("\n\n")
            for line in change_review(lang, self.host.session.meeting, changes):
                text.append(line.text + "\n", style=_STYLES.get(line.style, ""))
        self.query_one("#review-changes", Static).update(text)
        self.loaded = True
        self.refresh_bindings()

    def _show_failure(self, message: str) -> None:
        if not self.is_attached:
            return
        text = Text(t(self.lang, "review.diff_failed", detail=message), style="bold yellow")
        self.query_one("#review-changes", Static).update(text)
        self.loaded = True  # the meeting itself can still be reviewed and approved
        self.refresh_bindings()

    # -- keys ----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        session = self.host.session
        if action == "approve":
            if is_locked(session.meeting) or session.read_only_reason:
                return False
            return True if self.loaded else None
        if action == "reopen":
            return session.read_only_reason == "approved"
        return True

    def action_approve(self) -> None:
        lang, meeting = self.lang, self.host.session.meeting
        if not self.loaded or _busy(self.minutes_app):
            return
        conflicts = len(meeting.open_conflicts())
        if conflicts:
            keys = key_display(self.app, "conflicts")
            self.notify(t(lang, "review.blocked", count=conflicts, keys=keys), severity="error")
            return
        with_identity(self.minutes_app, self._approve_as, "identity.cancelled.approve")

    def _approve_as(self, who: Identity) -> None:
        app, host, lang = self.minutes_app, self.host, self.lang
        if _busy(app):
            return
        host.keep_typed()  # what was typed is part of what gets approved
        session = host.session
        try:
            digest = session.approve(who.name, host.now())
        except ApprovalError as exc:
            self.notify(t(lang, f"sync.approval.{exc.code}", detail=exc.detail), severity="error")
            return
        except StoreError as exc:
            message = t(lang, "review.not_saved", detail=exc.message(lang))
            self.notify(message, severity="error", timeout=20)
            return
        host.show_mode()
        self.show_status()
        header = session.meeting.header
        approved = t(
            lang,
            "sync.approved",
            name=header.approved_by,
            time=when_text(header.approved_at),
            hash=digest[:19],
        )
        self.notify(approved, timeout=8)
        tag_in_git(app, session.store.path, header.id, digest, who)

    def action_reopen(self) -> None:
        ask_reopen(self.host, self.show_status)

    def action_close(self) -> None:
        self.dismiss(None)


def tag_in_git(app: AppHost, path: Path, meeting_id: str, digest: str, who: Identity) -> None:
    """Commit the approved file and tag it, then mark it seen: in a worker, after any sync;
    then sync, so the approval reaches the others at once.

    The approval is already on disk; a failure here is told as a sentence and the next
    sync commits the file (the tag can then be made with ``minutes approve``)."""
    from sync.approval import tag_approval
    from sync.diff import mark_seen

    root, lang, key = app.archive.root, app.lang, app.config.signing_key

    def job() -> str | None:
        tag = tag_approval(root, path, meeting_id, digest, who, key)
        if tag is not None:
            mark_seen(root, meeting_id)
        return tag

    def done(tag: str | None) -> None:
        if tag:
            app.notify(t(lang, "sync.approved_tag", tag=tag), timeout=8)
        # the approval and its tag go to the others now: after the meeting no background
        # sync runs, and the secretary would go on correcting a meeting already approved
        app.syncing.request(ask=False)

    def failed(exc: Exception) -> None:
        if isinstance(exc, SyncError):
            detail = t(lang, f"sync.error.{exc.code}", detail=exc.detail_in(lang)[:200])
        else:
            detail = str(exc)[:200]
        app.notify(t(lang, "review.tag_failed", detail=detail), severity="error", timeout=20)

    app.syncing.run_git(job, done, failed)


def follow_approval(host: MeetingHost) -> None:
    """After a sync: lock the open meeting at once if the other machine's approval came
    in, make it editable again if a reopen did (and say so)."""
    session, lang = host.session, host.lang
    was = session.read_only_reason
    try:
        session.follow_approval()
    except StoreError as exc:
        host.notify(exc.message(lang), severity="error")
        return
    now = session.read_only_reason
    if now == "approved" or now != was:
        host.show_mode()  # also a new approver after a reopen elsewhere
    if now != was and now == "approved":
        header = session.meeting.header
        name, time = header.approved_by or "?", when_text(header.approved_at)
        host.notify(t(lang, "review.locked_by_sync", name=name, time=time), severity="warning")
    elif now != was:
        host.notify(t(lang, "review.unlocked_by_sync"), severity="warning")


def open_review(host: MeetingHost) -> None:
    """alt+j: the review screen over the meeting."""
    host.post_message(
        OpenOverMeeting(ApprovalScreen(host, host.lang), lambda _: host.refresh_view())
    )


def ask_reopen(host: MeetingHost, after: Callable[[], None] | None = None) -> None:
    """Reopen an approved meeting for a correction: asks the reason (required)."""
    app, lang = _app(host), host.lang
    if _busy(app):
        return

    def as_user(who: Identity) -> None:
        def submit(values: Values) -> str | None:
            if app.syncing.running:
                return t(lang, "review.sync_running")
            try:
                host.session.reopen(who.name, host.now(), values["reason"].strip())
            except ApprovalError as exc:
                return t(lang, f"sync.approval.{exc.code}", detail=exc.detail)
            except StoreError as exc:
                return exc.message(lang)
            return None

        def done(values: Values | None) -> None:
            if values is None:
                app.notify(t(lang, "review.reopen_cancelled"), timeout=5)
                return
            host.show_mode()
            app.notify(t(lang, "sync.reopened", name=who.name), timeout=8)
            app.syncing.request(ask=False)  # the others see it open for a correction now
            if after is not None:
                after()

        fields = [Field("reason", t(lang, "review.reopen.reason"), required=True)]
        app.push_screen(FormScreen(t(lang, "review.reopen.title"), fields, lang, submit), done)

    with_identity(app, as_user, "identity.cancelled.reopen")
