"""The conflicts of a meeting: where each is, both versions, who wrote each; resolve.

Keys: 1 takes my version, 2 takes theirs, e edits the merged text (ctrl+s saves it),
escape closes. "Mine" is the side the user wrote (``mine``: after the other person
merged first, the user's edit is git's "theirs"). Resolutions go through the session,
so they are saved at once and synced like any other change.

alt+k (``open_conflicts_screen``) opens this screen from an open meeting, and the
archive-wide list (tui/screens/archive_conflicts.py) from the archive screen.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from model.conflict_resolution import (
    OURS,
    conflict_target,
    dropped_lines,
    mine,
    other,
    set_text,
    take,
    version,
)
from model.conflicts import Conflict
from model.enums import Language
from tui.commands import add_bindings, key_display
from tui.i18n import t
from tui.review import label as name_of
from tui.review import when_text
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


_CSS_RULES = (
    "#conflicts-title { height: 1; padding: 0 1; background: $panel; text-style: bold; }",
    "#conflicts-elsewhere { padding: 0 1; color: $warning; }",
    "#conflicts-hint { padding: 0 1; color: $text-muted; }",
    "#conflicts-list { height: auto; max-height: 14; }",
    "#conflict-warning { padding: 0 1; margin-top: 1; color: $warning; text-style: bold; }",
    "#conflict-ours { padding: 0 1; margin-top: 1; }",
    "#conflict-theirs { padding: 0 1; margin-top: 1; }",
)


def conflicts_css(screen: str) -> str:
    """The layout of both conflicts screens, for the screen class ``screen``."""
    return "\n".join(f"{screen} {rule}" for rule in _CSS_RULES)


def conflict_bindings(lang: Language) -> list[Binding]:
    """The keys of both conflicts screens, described in the interface language."""
    return [
        Binding("1", "take_mine", t(lang, "sync.conflicts.take_ours"), id="conflict.ours"),
        Binding("2", "take_theirs", t(lang, "sync.conflicts.take_theirs"), id="conflict.theirs"),
        Binding("e", "edit", t(lang, "sync.conflicts.edit"), id="conflict.edit"),
        Binding(
            "ctrl+s",
            "save_text",
            t(lang, "sync.conflicts.save"),
            id="conflict.save",
            priority=True,
        ),
        Binding("escape", "close", t(lang, "sync.conflicts.close"), id="conflict.close"),
    ]


def viewer(app: object) -> str:
    """The user's name from the config: who resolves, and whose version is "mine"."""
    return str(getattr(getattr(app, "config", None), "name", "") or "")


def resolve_time(app: object) -> datetime:
    return now_minute(getattr(app, "clock", None) or datetime.now)


def sides_text(lang: Language, conflict: Conflict, me: str) -> tuple[Text, Text]:
    """Mine and theirs as shown: who wrote each side, then its version."""

    def text(side: str, key: str) -> Text:
        by = conflict.ours_by if side == OURS else conflict.theirs_by
        at = when_text(conflict.ours_at if side == OURS else conflict.theirs_at)
        by = f"{by or '?'}, {at}" if at else by
        value = version(conflict, side)
        if conflict.kind == "deleted_edited":
            value = t(lang, f"sync.conflicts.{value}")
        shown = str(value) if value is not None and value != "" else "-"
        return Text.assemble((t(lang, key, name=by or "?"), "bold"), "\n", shown)

    mine_side = mine(conflict, me)
    return (
        text(mine_side, "sync.conflicts.ours"),
        text(other(mine_side), "sync.conflicts.theirs"),
    )


def start_editing(editor: TextArea, conflict: Conflict, me: str) -> None:
    """Show the merged-text editor with my version, the cursor at its end."""
    editor.display = True
    editor.load_text(str(version(conflict, mine(conflict, me)) or ""))
    editor.move_cursor(editor.document.end)
    editor.focus()


class ConflictsScreen(Screen[None]):
    """The open meeting's conflicts; ``select`` highlights one, ``elsewhere`` counts the
    open conflicts of other meetings and the archive (shown as a line)."""

    DEFAULT_CSS = conflicts_css("ConflictsScreen")

    def __init__(
        self,
        session: Session,
        lang: Language,
        *,
        select: str | None = None,
        elsewhere: int = 0,
    ) -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        self.select = select
        self.elsewhere = elsewhere
        self.editing: Conflict | None = None
        #: (conflict id, side) whose take was warned about: the same key again takes it
        self.warned: tuple[str, str] | None = None
        add_bindings(self, conflict_bindings(lang))

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t(self.lang, "sync.conflicts.title"), id="conflicts-title")
            yield Static(id="conflicts-elsewhere")
            yield OptionList(id="conflicts-list")
            yield Static(id="conflict-ours")
            yield Static(id="conflict-theirs")
            yield Static(id="conflict-warning")
            yield TextArea(id="conflict-editor", soft_wrap=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#conflict-editor").display = False
        elsewhere = self.query_one("#conflicts-elsewhere", Static)
        if self.elsewhere:
            key = key_display(self.app, "conflicts")
            elsewhere.update(
                t(self.lang, "sync.conflicts.elsewhere", count=self.elsewhere, shortcut=key)
            )
        else:
            elsewhere.display = False
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
        index = next((i for i, c in enumerate(conflicts) if c.id == self.select), 0)
        self.select = None
        options.highlighted = index
        self._show(conflicts[index])

    def selected(self) -> Conflict | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        option = options.get_option_at_index(options.highlighted)
        return next((c for c in self.session.meeting.open_conflicts() if c.id == option.id), None)

    def _show(self, conflict: Conflict) -> None:
        mine_text, theirs_text = sides_text(self.lang, conflict, viewer(self.app))
        self.query_one("#conflict-ours", Static).update(mine_text)
        self.query_one("#conflict-theirs", Static).update(theirs_text)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._warn("")
        conflict = self.selected()
        if conflict is not None:
            self._show(conflict)

    def _by(self) -> str:
        return viewer(self.app) or "?"

    def action_take_mine(self) -> None:
        conflict = self.selected()
        if conflict is not None:
            self._take(conflict, mine(conflict, viewer(self.app)), "1")

    def action_take_theirs(self) -> None:
        conflict = self.selected()
        if conflict is not None:
            self._take(conflict, other(mine(conflict, viewer(self.app))), "2")

    def _warn(self, text: str) -> None:
        if not text:
            self.warned = None
        self.query_one("#conflict-warning", Static).update(text)

    def _take(self, conflict: Conflict, side: str, key: str) -> None:
        """Take one side; one that would remove words the other side wrote says which
        first, and is taken when the same key is pressed again."""
        if self.session.read_only:
            return
        lost = dropped_lines(conflict, side)
        if lost and self.warned != (conflict.id, side):
            me = viewer(self.app)
            mine_side = mine(conflict, me)
            writer = conflict.ours_by if other(side) == OURS else conflict.theirs_by
            which = "drops_mine" if other(side) == mine_side else "drops_theirs"
            words = " / ".join(lost)
            words = words if len(words) <= 160 else words[:159] + "…"
            self._warn(
                t(self.lang, f"sync.conflicts.{which}", words=words, press=key, name=writer or "?")
            )
            self.warned = (conflict.id, side)
            return
        self._warn("")
        now = resolve_time(self.app)
        self.session.apply(lambda m: take(m, conflict, side, self._by(), now))
        self._fill()

    def action_edit(self) -> None:
        conflict = self.selected()
        if conflict is None or not conflict.field or self.session.read_only:
            return
        self.editing = conflict
        start_editing(self.query_one("#conflict-editor", TextArea), conflict, viewer(self.app))

    def action_save_text(self) -> None:
        self._save_text()  # the letters typed before ctrl+s are in it (tui/input_path.py)

    def _save_text(self) -> None:
        conflict = self.editing
        if conflict is None:
            return
        text = self.query_one("#conflict-editor", TextArea).text
        now = resolve_time(self.app)
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


def push_meeting_conflicts(app: MinutesApp, select: str | None = None) -> None:
    """The conflicts screen of the meeting on top, with a line counting the others."""
    from sync.status import open_conflicts

    screens = app._meeting_screens()
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


def open_conflicts_screen(app: MinutesApp) -> None:
    """alt+k: the open meeting's conflicts; from the archive screen, every conflict of
    the archive (meetings and archive.json)."""
    from tui.screens.archive import ArchiveScreen
    from tui.screens.archive_conflicts import ArchiveConflictsScreen

    if isinstance(app.screen, ConflictsScreen | ArchiveConflictsScreen):
        return
    if isinstance(app.screen, ArchiveScreen) or not app._meeting_screens():
        app.push_screen(ArchiveConflictsScreen(app.archive, app.lang))
        return
    push_meeting_conflicts(app)
