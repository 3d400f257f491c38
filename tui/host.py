"""What a screen opened over a meeting may use of the meeting screen under it.

The records list, the agenda editor, the roster forms, the review and the leaving
question are typed against this protocol, not against ``MeetingScreen``: they need
these few things, and naming the meeting screen's class would tie each of them back to
the module that opens them. ``MeetingScreen`` (tui/screens/meeting.py) is the one host:
mypy checks that it fits wherever it passes itself, tests/app/screens/test_messages.py at run time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from textual.app import App
    from textual.message import Message
    from textual.notifications import SeverityLevel

    from model.agenda import AgendaItem
    from model.enums import Language
    from model.meeting import Meeting
    from tui.session import Session
    from tui.widgets.attendance_panel import AttendancePanel


@runtime_checkable
class MeetingHost(Protocol):
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

    def refresh_header(self) -> None: ...

    def show_mode(self) -> None: ...

    def save(self) -> bool: ...

    def close_session(self) -> None: ...

    def post_message(self, message: Message) -> bool: ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None: ...
