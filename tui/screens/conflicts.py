"""The conflicts of a meeting: where each is, both versions, who wrote each; resolve.

Keys: 1 takes my version, 2 takes theirs, e edits the merged text (ctrl+s saves it),
escape closes. Resolutions go through the session, so they are saved at once and
synced like any other change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from model.conflict_resolution import OURS, THEIRS, conflict_target, set_text, take, version
from model.conflicts import Conflict
from model.enums import Language
from tui.i18n import t
from tui.session import Session, now_minute

if TYPE_CHECKING:
    from tui.app import MinutesApp


def where(session: Session, conflict: Conflict, lang: Language) -> str:
    """The item, decision or header a conflict is in, as the minutes name it."""
    meeting = session.meeting
    target = conflict_target(meeting, conflict)
    item = None
    if conflict.table == "items":
        item = target
    elif target is not None and isinstance(getattr(target, "item", None), str):
        item = meeting.item(target.item)  # type: ignore[attr-defined]
    label = f"{item.number} {item.title}".strip() if item is not None else ""  # type: ignore[attr-defined]
    if conflict.table == "meeting":
        label = meeting.header.title or meeting.header.body
    if conflict.table == "attendance" and target is not None:
        label = target.name  # type: ignore[attr-defined]
    return t(
        lang, "sync.conflicts.where", table=conflict.table, label=label, field=conflict.field or "-"
    )


class ConflictsScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "take('ours')", "1", id="conflict.ours"),
        Binding("2", "take('theirs')", "2", id="conflict.theirs"),
        Binding("e", "edit", "e", id="conflict.edit"),
        Binding("ctrl+s", "save_text", "ctrl+s", id="conflict.save", priority=True),
        Binding("escape", "close", "Esc", id="conflict.close"),
    ]

    def __init__(self, session: Session, lang: Language) -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        self.editing: Conflict | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t(self.lang, "sync.conflicts.title"), id="conflicts-title")
            yield OptionList(id="conflicts-list")
            yield Static(id="conflict-ours")
            yield Static(id="conflict-theirs")
            yield TextArea(id="conflict-editor", soft_wrap=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#conflict-editor").display = False
        self._fill()

    def _fill(self) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        conflicts = self.session.meeting.open_conflicts()
        if not conflicts:
            options.add_option(Option(t(self.lang, "sync.conflicts.none"), disabled=True))
            self.query_one("#conflict-ours", Static).update("")
            self.query_one("#conflict-theirs", Static).update("")
            return
        for conflict in conflicts:
            options.add_option(Option(where(self.session, conflict, self.lang), id=conflict.id))
        options.highlighted = 0
        self._show(conflicts[0])

    def selected(self) -> Conflict | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        option = options.get_option_at_index(options.highlighted)
        return next((c for c in self.session.meeting.open_conflicts() if c.id == option.id), None)

    def _show(self, conflict: Conflict) -> None:
        def text(side: str) -> str:
            value = version(conflict, side)
            if conflict.kind == "deleted_edited":
                value = t(self.lang, f"sync.conflicts.{value}")
            return str(value) if value is not None else "-"

        self.query_one("#conflict-ours", Static).update(
            f"[b]{t(self.lang, 'sync.conflicts.ours', name=conflict.ours_by or '?')}[/b]\n"
            + text(OURS)
        )
        self.query_one("#conflict-theirs", Static).update(
            f"[b]{t(self.lang, 'sync.conflicts.theirs', name=conflict.theirs_by or '?')}[/b]\n"
            + text(THEIRS)
        )

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        conflict = self.selected()
        if conflict is not None:
            self._show(conflict)

    def _by(self) -> str:
        app = self.app
        return getattr(getattr(app, "config", None), "name", "") or "?"

    def action_take(self, side: str) -> None:
        conflict = self.selected()
        if conflict is None or self.session.read_only:
            return
        now = now_minute(getattr(self.app, "clock", None) or _now)
        self.session.apply(lambda m: take(m, conflict, side, self._by(), now))
        self._fill()

    def action_edit(self) -> None:
        conflict = self.selected()
        if conflict is None or not conflict.field or self.session.read_only:
            return
        self.editing = conflict
        editor = self.query_one("#conflict-editor", TextArea)
        editor.display = True
        editor.load_text(str(version(conflict, OURS) or ""))
        editor.focus()

    def action_save_text(self) -> None:
        conflict = self.editing
        if conflict is None:
            return
        text = self.query_one("#conflict-editor", TextArea).text
        now = now_minute(getattr(self.app, "clock", None) or _now)
        self.session.apply(lambda m: set_text(m, conflict, text, self._by(), now))
        self.editing = None
        self.query_one("#conflict-editor").display = False
        self.query_one(OptionList).focus()
        self._fill()

    def action_close(self) -> None:
        if self.editing is not None:
            self.editing = None
            self.query_one("#conflict-editor").display = False
            return
        self.dismiss(None)


def _now():  # type: ignore[no-untyped-def]
    from datetime import datetime

    return datetime.now()


def open_conflicts_screen(app: MinutesApp) -> None:
    """alt+k: the conflicts of the meeting on top (the app's conflicts command)."""
    screens = app._meeting_screens()
    if not screens:
        return
    screen = screens[-1]

    def back(_: object) -> None:  # show the resolved text in the editor
        screen.refresh_view()
        app.syncing.show_status()

    app.push_screen(ConflictsScreen(screen.session, app.lang), back)
