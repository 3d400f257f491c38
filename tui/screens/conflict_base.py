"""The one shape of both conflicts screens: a list, both sides with who wrote each, a
warning line, an editor for the merged text; the same keys and the same guard.

1 takes my version, 2 takes theirs, e edits the merged text (ctrl+s saves), escape
closes. A take that would remove words the other side (or I) wrote says which words
first, and is taken when the same key is pressed again: "take theirs" never silently
deletes the user's own newer words, on either screen.

A screen says what it lists (``entries``), which conflict an entry is (``conflict_of``,
None for one resolved elsewhere, e.g. a meeting's conflict in the archive-wide list)
and how a resolution is written (``resolve``).
"""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option

from model.conflict_resolution import OURS, dropped_lines, mine, other, version
from model.conflicts import Conflict
from model.enums import Language
from tui.commands import add_bindings
from tui.config import Config
from tui.i18n import t
from tui.review import when_text
from tui.session import now_minute
from tui.widgets.key_footer import KeyFooter

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
    """The layout of the conflicts screens, for the screen class ``screen``."""
    return "\n".join(f"{screen} {rule}" for rule in _CSS_RULES)


def conflict_bindings(lang: Language) -> list[Binding]:
    """The keys of the conflicts screens, described in the interface language."""
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
    config = getattr(app, "config", None)  # a MinutesApp; a bare test app has none
    return config.name if isinstance(config, Config) else ""


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


def loss_warning(lang: Language, conflict: Conflict, side: str, me: str, key: str) -> str:
    """What taking ``side`` would remove that the other side wrote ("" for nothing)."""
    lost = dropped_lines(conflict, side)
    if not lost:
        return ""
    writer = conflict.ours_by if other(side) == OURS else conflict.theirs_by
    which = "drops_mine" if other(side) == mine(conflict, me) else "drops_theirs"
    words = " / ".join(lost)
    words = words if len(words) <= 160 else words[:159] + "…"
    return t(lang, f"sync.conflicts.{which}", words=words, press=key, name=writer or "?")


class ConflictsBase(Screen[None]):
    """What both conflicts screens share; see the module docstring."""

    TITLE_KEY = "sync.conflicts.title"

    def __init__(self, lang: Language) -> None:
        super().__init__()
        self.lang = lang
        self.editing: Conflict | None = None
        #: (conflict id, side) whose take was warned about: the same key again takes it
        self.warned: tuple[str, str] | None = None
        add_bindings(self, conflict_bindings(lang))

    # -- what a screen supplies ----------------------------------------------------------

    def entries(self) -> list[tuple[str, str]]:
        """(option id, label) of every open conflict listed, read afresh."""
        raise NotImplementedError

    def conflict_of(self, option_id: str) -> Conflict | None:
        """The conflict an entry is, if it is resolved on this screen."""
        raise NotImplementedError

    def resolve(
        self, conflict: Conflict, *, side: str | None = None, text: str | None = None
    ) -> None:
        """Write the resolution (taking ``side`` or setting ``text``)."""
        raise NotImplementedError

    def elsewhere_line(self) -> str:
        """The line under the title (conflicts elsewhere); "" hides it."""
        return ""

    def hint(self, option_id: str | None) -> str:
        """The line under the list for the highlighted entry."""
        return ""

    def elsewhere_entry(self, option_id: str) -> None:
        """An entry resolved elsewhere was chosen (opens it there)."""

    @property
    def read_only(self) -> bool:
        return False

    # -- the shape -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t(self.lang, self.TITLE_KEY), id="conflicts-title")
            yield Static(id="conflicts-elsewhere")
            yield OptionList(id="conflicts-list")
            yield Static(id="conflicts-hint")
            yield Static(id="conflict-ours")
            yield Static(id="conflict-theirs")
            yield Static(id="conflict-warning")
            yield TextArea(id="conflict-editor", soft_wrap=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#conflict-editor").display = False
        line = self.elsewhere_line()
        elsewhere = self.query_one("#conflicts-elsewhere", Static)
        elsewhere.update(line)
        elsewhere.display = bool(line)
        self.fill()

    def fill(self, keep: int | None = None, select: str | None = None) -> None:
        """List the conflicts again; highlight ``select`` (an id), else row ``keep``."""
        self.option_ids: list[str] = []
        options = self.query_one(OptionList)
        options.clear_options()
        listed = self.entries()
        if not listed:
            options.add_option(Option(t(self.lang, "sync.conflicts.none"), disabled=True))
            self._show(None)
            return
        for option_id, label in listed:
            options.add_option(Option(label, id=option_id))
            self.option_ids.append(option_id)
        index = next((i for i, (o, _) in enumerate(listed) if o == select), None)
        options.highlighted = index if index is not None else min(keep or 0, len(listed) - 1)
        self._show(self.selected_id())

    def selected_id(self) -> str | None:
        options = self.query_one(OptionList)
        if options.highlighted is None or not getattr(self, "option_ids", None):
            return None
        return options.get_option_at_index(options.highlighted).id

    def selected(self) -> Conflict | None:
        option_id = self.selected_id()
        return self.conflict_of(option_id) if option_id is not None else None

    def _show(self, option_id: str | None) -> None:
        conflict = self.conflict_of(option_id) if option_id is not None else None
        ours = self.query_one("#conflict-ours", Static)
        theirs = self.query_one("#conflict-theirs", Static)
        self.query_one("#conflicts-hint", Static).update(self.hint(option_id))
        if conflict is None:
            ours.update("")
            theirs.update("")
            return
        mine_text, theirs_text = sides_text(self.lang, conflict, viewer(self.app))
        ours.update(mine_text)
        theirs.update(theirs_text)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._warn("")
        self._show(self.selected_id())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = self.selected_id()
        if option_id is not None and self.conflict_of(option_id) is None:
            self.elsewhere_entry(option_id)

    def _chosen(self) -> Conflict | None:
        """The highlighted conflict to resolve here; one resolved elsewhere opens there."""
        option_id = self.selected_id()
        if option_id is None:
            return None
        conflict = self.conflict_of(option_id)
        if conflict is None:
            self.elsewhere_entry(option_id)
        return conflict

    # -- keys ----------------------------------------------------------------------------

    def _warn(self, text: str) -> None:
        if not text:
            self.warned = None
        self.query_one("#conflict-warning", Static).update(text)

    def action_take_mine(self) -> None:
        conflict = self._chosen()
        if conflict is not None:
            self._take(conflict, mine(conflict, viewer(self.app)), "1")

    def action_take_theirs(self) -> None:
        conflict = self._chosen()
        if conflict is not None:
            self._take(conflict, other(mine(conflict, viewer(self.app))), "2")

    def _take(self, conflict: Conflict, side: str, key: str) -> None:
        """Take one side; one that would remove words the other side wrote says which
        first, and is taken when the same key is pressed again."""
        if self.read_only:
            return
        warning = loss_warning(self.lang, conflict, side, viewer(self.app), key)
        if warning and self.warned != (conflict.id, side):
            self._warn(warning)
            self.warned = (conflict.id, side)
            return
        self._warn("")
        keep = self.query_one(OptionList).highlighted
        self.resolve(conflict, side=side)
        self.fill(keep)

    def action_edit(self) -> None:
        conflict = self._chosen()
        if conflict is None or not conflict.field or self.read_only:
            return
        if conflict.kind == "deleted_edited":
            return  # nothing to write: one side deleted the record
        self.editing = conflict
        editor = self.query_one("#conflict-editor", TextArea)
        editor.display = True
        editor.load_text(str(version(conflict, mine(conflict, viewer(self.app))) or ""))
        editor.move_cursor(editor.document.end)
        editor.focus()

    def action_save_text(self) -> None:
        self._save_text()  # the letters typed before ctrl+s are in it (tui/input_path.py)

    def _save_text(self) -> None:
        conflict = self.editing
        if conflict is None:
            return
        text = self.query_one("#conflict-editor", TextArea).text
        keep = self.query_one(OptionList).highlighted
        self._close_editor()
        self.resolve(conflict, text=text)
        self.fill(keep)

    def _close_editor(self) -> None:
        self.editing = None
        self.query_one("#conflict-editor").display = False
        self.query_one(OptionList).focus()

    def action_close(self) -> None:
        if self.editing is not None:
            self._close_editor()
            return
        self.dismiss(None)
