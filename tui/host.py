"""What a screen may use of what it runs in: the app, or the meeting screen under it.

Screens are typed against these protocols, never against ``MinutesApp`` or
``MeetingScreen``: naming those classes would tie each screen back to the module that
opens it (tui/app.py imports the screens, the meeting screen imports its key mixins),
and the import graph would have a circle. Each protocol lists the few things its users
need; mypy checks every call against it, and checks the one class that fits it where
that class passes itself (or, for the key mixins, in tui/screens/meeting.py).

- ``AppHost``: the app as the screens and the app's sync (tui/sync_app.py) see it.
  ``MinutesApp`` fits (``AppSync(self)``); tests/app/screens/test_messages.py checks it
  at run time too.
- ``MeetingHost``: the meeting screen as the screens opened over a meeting see it (the
  records list, the agenda editor, the roster forms, the review, the leaving question).
- ``MeetingKeysHost``: the meeting screen as its own key mixins (tui/screens/
  meeting_*_keys.py, attendance_keys.py) see it: ``MeetingHost`` and the screen's own
  seam for a change made by a key (``_run``, ``_form``, ...).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast, runtime_checkable

if TYPE_CHECKING:
    from textual.app import App, AwaitMount
    from textual.binding import ActiveBinding
    from textual.message import Message
    from textual.notifications import SeverityLevel
    from textual.screen import Screen, ScreenResultCallbackType
    from textual.timer import Timer, TimerCallback
    from textual.worker import Worker
    from textual.worker_manager import WorkerManager

    from model.agenda import AgendaItem
    from model.enums import Language
    from model.meeting import Meeting
    from model.store.archive import Archive
    from sync.status import SyncStatus
    from tui.config import Config
    from tui.messages_sync import GitJob, RemoteCheck, SyncJob
    from tui.session import Session
    from tui.widgets.attendance_panel import AttendancePanel
    from tui.widgets.item_view import ItemView

ScreenResult = TypeVar("ScreenResult")
Returned = TypeVar("Returned")


class Notifies(Protocol):
    """Textual's ``notify``, as a screen and the app have it."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None: ...


@runtime_checkable
class MeetingHost(Notifies, Protocol):
    session: Session
    lang: Language

    @property
    def app(self) -> App[Any]: ...

    @property
    def meeting(self) -> Meeting: ...

    @property
    def panel(self) -> AttendancePanel: ...

    def now(self) -> datetime: ...

    def key_of(self, command_id: str) -> str: ...

    def shown_item(self) -> AgendaItem | None: ...

    def change(self, operation: Callable[[Meeting], Any], message: str = "") -> str | None:
        """One change to the meeting, saved at once; an error text or None."""
        ...

    def keep_typed(self) -> bool:
        """What was typed in the notes, into the meeting now."""
        ...

    def refresh_view(self) -> None: ...

    def show_merged(self) -> None:
        """After a sync merged into the meeting: shown, the item typed in kept."""
        ...

    def refresh_header(self) -> None: ...

    def show_mode(self) -> None: ...

    def save(self) -> bool: ...

    def close_session(self) -> None: ...

    def post_message(self, message: Message) -> bool: ...


@runtime_checkable
class MeetingKeysHost(MeetingHost, Protocol):
    """The meeting screen as the key mixins it is made of use it: their ``self``."""

    @property
    def screen(self) -> Screen[object]:
        """The meeting screen itself (a screen's ``screen`` is the screen)."""
        ...

    @property
    def item_view(self) -> ItemView: ...

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]: ...

    def _run(self, operation: Callable[[Meeting], Any], message: str = "") -> str | None: ...

    def _form(self, screen: Any) -> None: ...

    def _after_form(self, result: object) -> None: ...

    def _sync_editor(self) -> bool: ...

    def _notify_item(self) -> None: ...


def keys_host(keys: object) -> MeetingKeysHost:
    """A key mixin's ``self``: the meeting screen it is mixed into, which fits the protocol."""
    return cast(MeetingKeysHost, keys)


class Syncing(Protocol):
    """What the screens use of the app's sync (``AppSync``, tui/sync_app.py)."""

    @property
    def running(self) -> bool: ...

    def show_status(self, state: SyncStatus | None = None) -> None: ...

    def request(self, ask: bool = True) -> None:
        """Sync now (``ask`` False: a background turn, skipped while one runs)."""
        ...

    def run_git(
        self,
        job: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
    ) -> None: ...


@runtime_checkable
class AppHost(Notifies, Protocol):
    """The app (``MinutesApp``): its archive, settings and sync, the meetings open in it,
    and the part of Textual's ``App`` the screens and the sync call."""

    #: the sync state line and the meetings whose approval does not hold (reactives)
    sync_state: str
    unverified: frozenset[str]

    @property
    def archive(self) -> Archive: ...

    @property
    def lang(self) -> Language: ...

    @property
    def config(self) -> Config: ...

    @property
    def clock(self) -> Callable[[], datetime]: ...

    @property
    def syncing(self) -> Syncing: ...

    def meeting_screens(self) -> Sequence[MeetingHost]:
        """The open meetings' screens, the one on top last."""
        ...

    def open_meeting(self, path: Path) -> bool: ...

    def key_of(self, command_id: str) -> str: ...

    def sync_worker(self, job: SyncJob) -> Worker[None]: ...

    def git_worker(self, job: GitJob) -> Worker[None]: ...

    def check_worker(self, job: RemoteCheck) -> Worker[None]: ...

    # -- of Textual's App (textual/app.py, message_pump.py) -------------------------

    @property
    def screen(self) -> Screen[object]: ...

    @property
    def screen_stack(self) -> list[Screen[Any]]: ...

    @property
    def workers(self) -> WorkerManager: ...

    def push_screen(
        self,
        screen: Screen[ScreenResult],
        callback: ScreenResultCallbackType[ScreenResult] | None = None,
    ) -> AwaitMount: ...

    def call_later(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> bool: ...

    def call_after_refresh(
        self, callback: Callable[..., Any], *args: Any, **kwargs: Any
    ) -> bool: ...

    def call_from_thread(
        self,
        callback: Callable[..., Returned | Awaitable[Returned]],
        *args: Any,
        **kwargs: Any,
    ) -> Returned: ...

    def set_interval(
        self,
        interval: float,
        callback: TimerCallback | None = None,
        *,
        name: str | None = None,
        repeat: int = 0,
        pause: bool = False,
    ) -> Timer: ...
