"""The help screen: every key by group, as the user has them (after the keymap)."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.console import Group
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from model.enums import Language
from model.store.locations import config_file
from tui.commands import ATTENDANCE_KEYS, COMMANDS, GROUPS
from tui.help_table import help_table
from tui.i18n import t
from tui.textual_private import user_keymap
from tui.widgets.notes_markup import markup_help


def _keys(app: App[Any], binding_id: str, default: str) -> str:
    keys = user_keymap(app).get(binding_id) or default
    return ", ".join(app.get_key_display(Binding(k.strip(), "")) for k in keys.split(","))


def help_renderable(app: App[Any], lang: Language, screens: tuple[str, ...]) -> Group:
    """Tables of keys per group for the given screens (plus the attendance panel keys)."""
    parts: list[Any] = []
    for group in GROUPS:
        commands = [c for c in COMMANDS if c.group == group and c.screen in screens]
        if not commands:
            continue
        table = help_table(t(lang, f"group.{group}"))
        table.add_column(t(lang, "app.col.keys"), style="bold cyan", no_wrap=True, width=16)
        table.add_column(t(lang, "app.col.letter"), style="cyan", no_wrap=True, width=3)
        table.add_column(t(lang, "app.col.what"), ratio=1)
        for cmd in commands:
            letter = _keys(app, cmd.letter_id, cmd.letter) if cmd.letter else ""
            what = Text(t(lang, f"key.{cmd.id}"), style="bold")
            what.append(f" – {t(lang, f'help.{cmd.id}')}", style="")
            table.add_row(_keys(app, cmd.id, cmd.keys), letter, what)
        parts.extend([table, Text("")])
        if group == "attendance" and "meeting" in screens:
            panel = help_table(t(lang, "group.panel"))
            panel.add_column(style="bold cyan", no_wrap=True, width=20)
            panel.add_column(ratio=1)
            for key in ATTENDANCE_KEYS:
                shown = _keys(app, f"attendance.{key.id}", key.key)
                what = Text(t(lang, f"key.att.{key.id}"), style="bold")
                what.append(f" – {t(lang, f'help.att.{key.id}')}")
                panel.add_row(shown, what)
            parts.extend([panel, Text("")])
    if "meeting" in screens:
        parts.extend([markup_help(lang), Text("")])
    parts.append(Text(t(lang, "app.help.palette"), style="italic"))
    parts.append(Text(t(lang, "app.help.keymap", path=config_file()), style="dim"))
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    """Esc, F1 or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "close", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen VerticalScroll {
        width: 100%; max-width: 110; height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, lang: Language, screens: tuple[str, ...]) -> None:
        super().__init__()
        self.lang = lang
        self.screens = screens

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = t(self.lang, "app.help.title")
            scroll.border_subtitle = t(self.lang, "app.help.close")
            yield Static(help_renderable(self.app, self.lang, self.screens), id="help-body")

    def action_close(self) -> None:
        self.dismiss(None)
