"""The conflicts of a meeting: where each is, both versions, who wrote each; resolve.

The shape, the keys and the warning before a take that drops words are those of
tui/screens/conflict_base.py (the archive-wide list has the same). "Mine" is the side
the user wrote (``mine``: after the other person merged first, the user's edit is git's
"theirs"). Resolutions go through the session, so they are saved at once and synced
like any other change.

alt+k (``tui.screens.conflicts_open``) opens this screen from an open meeting, and the
archive-wide list (tui/screens/archive_conflicts.py) from the archive screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.agenda import AgendaItem
from model.conflict_resolution import OURS, conflict_target, set_text, take
from model.conflicts import Conflict
from model.enums import Language
from model.people import Attendance
from tui.commands import key_display
from tui.i18n import t
from tui.review import label as name_of
from tui.screens.conflict_base import ConflictsBase, conflicts_css, resolve_time, viewer
from tui.session import Session

__all__ = ["ConflictsScreen", "push_meeting_conflicts", "where"]

if TYPE_CHECKING:
    from tui.host import AppHost


def where(session: Session, conflict: Conflict, lang: Language) -> str:
    """The item, decision or header a conflict is in, as the minutes name it."""
    meeting = session.meeting
    target = conflict_target(meeting, conflict)
    item: AgendaItem | None = None
    if isinstance(target, AgendaItem):
        item = target
    elif target is not None:  # a record under an item (decision, action, motion ...)
        under = getattr(target, "item", None)
        item = meeting.item(under) if isinstance(under, str) else None
    label = f"{item.number} {item.title}".strip() if item is not None else ""
    if conflict.table == "meeting":
        label = meeting.header.title or meeting.header.body
    if isinstance(target, Attendance):
        label = target.name
    if conflict.table == "presence" and target is not None:  # an interval: its person
        person = meeting.person(getattr(target, "person", None))
        label = person.name if person else ""
    return t(
        lang,
        "sync.conflicts.where",
        table=name_of(lang, "table", conflict.table),
        label=label,
        field=name_of(lang, "field", conflict.field) if conflict.field else "-",
    )


class ConflictsScreen(ConflictsBase):
    """The open meeting's conflicts; ``select`` highlights one, ``elsewhere`` counts the
    open conflicts of other meetings and the archive (shown as a line). Resolutions go
    through the session (saved at once, synced like any change)."""

    DEFAULT_CSS = conflicts_css("ConflictsScreen")

    def __init__(
        self,
        session: Session,
        lang: Language,
        *,
        select: str | None = None,
        elsewhere: int = 0,
    ) -> None:
        super().__init__(lang)
        self.session = session
        self.select = select
        self.elsewhere = elsewhere

    def fill(self, keep: int | None = None, select: str | None = None) -> None:
        super().fill(keep, select or self.select)
        self.select = None

    def entries(self) -> list[tuple[str, str]]:
        return [
            (c.id, where(self.session, c, self.lang)) for c in self.session.meeting.open_conflicts()
        ]

    def conflict_of(self, option_id: str) -> Conflict | None:
        return next((c for c in self.session.meeting.open_conflicts() if c.id == option_id), None)

    def elsewhere_line(self) -> str:
        if not self.elsewhere:
            return ""
        key = key_display(self.app, "conflicts")
        return t(self.lang, "sync.conflicts.elsewhere", count=self.elsewhere, shortcut=key)

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    def resolve(
        self, conflict: Conflict, *, side: str | None = None, text: str | None = None
    ) -> None:
        by, now = viewer(self.app) or "?", resolve_time(self.app)
        if text is not None:
            self.session.apply(lambda m: set_text(m, conflict, text, by, now))
        else:
            self.session.apply(lambda m: take(m, conflict, side or OURS, by, now))


def push_meeting_conflicts(app: AppHost, select: str | None = None) -> None:
    """The conflicts screen of the meeting on top, with a line counting the others."""
    from sync.status import open_conflicts

    screens = app.meeting_screens()
    if not screens:
        return
    screen = screens[-1]
    meeting_id = screen.session.meeting.id
    try:
        elsewhere = sum(1 for c in open_conflicts(app.archive.root) if c.meeting_id != meeting_id)
    except OSError:
        elsewhere = 0

    def back(_: object) -> None:  # show the resolved text in the editor
        screen.refresh_view()
        app.syncing.show_status()

    conflicts = ConflictsScreen(screen.session, app.lang, select=select, elsewhere=elsewhere)
    app.push_screen(conflicts, back)
