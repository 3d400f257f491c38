"""Every command of the app, declared once: id, keys, action, help group.

One ``AppCommand`` drives the key binding (with its id, so the user's keymap can move
it), the footer, the help screen and the command palette, which offers only commands
that can run now (``check_action``).

To add a command (sync, export, import ...):

1. append an ``AppCommand`` to ``COMMANDS`` below (``screen="meeting"`` or ``"archive"``);
2. add ``key.<id>`` (short, for the footer and palette) and ``help.<id>`` (one line) to
   ``tui/locale/*.json`` in every language;
3. write ``action_<action>`` on that screen (``tui/screens/meeting.py`` or
   ``archive.py``), or on the app for ``screen="app"``, and make its ``check_action``
   return False while it cannot run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

if TYPE_CHECKING:
    from textual.app import App

from model.enums import Language
from tui.i18n import t
from tui.textual_private import bindings_of, user_keymap

#: Help-screen groups in the order they are shown.
GROUPS = ("agenda", "record", "attendance", "meeting", "app")


@dataclass(frozen=True)
class AppCommand:
    """One command. ``keys`` work anywhere, even while typing notes (ctrl, alt, F-keys);
    ``letter`` is a single key that works when the focus is outside the notes editor."""

    id: str
    action: str
    keys: str
    group: str
    screen: str = "meeting"
    letter: str = ""
    show: bool = True  # shown in the footer (all are in the help screen and palette)
    key_display: str | None = None

    @property
    def letter_id(self) -> str:
        return f"{self.id}.letter"


COMMANDS: list[AppCommand] = [
    # walking the agenda
    AppCommand("next_item", "next_item", "ctrl+n,f8", "agenda", letter="n"),
    AppCommand("previous_item", "previous_item", "f7", "agenda", letter="b", show=False),
    AppCommand("go_to_item", "go_to_item", "ctrl+g", "agenda", letter="g", show=False),
    AppCommand("table_item", "table_item", "ctrl+t,f9", "agenda", letter="t"),
    AppCommand("refer_back", "refer_back", "alt+r", "agenda", letter="r", show=False),
    AppCommand("withdraw_item", "withdraw_item", "alt+w", "agenda", letter="w", show=False),
    AppCommand("start_meeting", "start_meeting", "alt+s", "agenda", show=False),
    AppCommand("end_meeting", "end_meeting", "alt+e", "agenda", show=False),
    # recording what is said and decided
    AppCommand("notes", "focus_notes", "f3", "record", letter="e", show=False),
    AppCommand("add_decision", "add_decision", "ctrl+d,f4", "record", letter="d"),
    AppCommand("add_action", "add_action", "f5,alt+a", "record", letter="a"),
    AppCommand("add_aob", "add_aob", "f6,alt+o", "record", letter="o"),
    AppCommand("add_sub_item", "add_sub_item", "alt+i", "record", letter="i", show=False),
    # motions, votes, elections: tui/screens/procedure_forms.py
    AppCommand("add_motion", "add_motion", "alt+p", "record", show=False),
    AppCommand("add_vote", "add_vote", "alt+v", "record", show=False),
    AppCommand("add_election", "add_election", "alt+y", "record", show=False),
    AppCommand("electorate", "add_electorate", "alt+shift+v", "record", show=False),
    AppCommand("seconding", "toggle_seconding", "alt+shift+p", "meeting", show=False),
    # edit or delete any record of any item in place: tui/screens/records.py
    AppCommand("records", "records", "alt+l", "record", letter="l", show=False),
    # add, insert, move, rename, withdraw, delete items: tui/screens/agenda_edit.py
    AppCommand("edit_agenda", "edit_agenda", "alt+d", "agenda", letter="p", show=False),
    # attendance (the panel's own one-letter keys are listed in ATTENDANCE_KEYS)
    AppCommand("attendance", "attendance", "f2", "attendance"),
    AppCommand("add_guest", "add_guest", "alt+g", "attendance", show=False),
    AppCommand("add_substitute", "add_substitute", "alt+u", "attendance", show=False),
    # the meeting as a whole
    AppCommand("undo", "undo", "ctrl+z", "meeting", letter="u"),
    AppCommand("redo", "redo", "ctrl+y", "meeting", show=False),
    AppCommand("save", "save_now", "ctrl+s", "meeting", show=False),
    AppCommand("edit_header", "edit_header", "alt+h", "meeting", letter="h", show=False),
    AppCommand("next_meeting", "next_meeting", "alt+m", "meeting", letter="m", show=False),
    AppCommand("close_meeting", "close_meeting", "alt+c", "meeting", show=False),
    AppCommand("export", "export", "alt+x", "meeting", letter="x"),
    AppCommand("export_extract", "export_extract", "alt+shift+x", "meeting", show=False),
    # approval (justering): see tui/screens/approval.py
    AppCommand("approve", "approve", "alt+j", "meeting", letter="j", show=False),
    AppCommand("reopen", "reopen", "alt+shift+j", "meeting", show=False),
    # the archive
    AppCommand("new_meeting", "new_meeting", "ctrl+n", "meeting", screen="archive", letter="n"),
    AppCommand("open_meeting", "open_selected", "enter", "meeting", screen="archive"),
    AppCommand("import_agenda", "import_agenda", "alt+i", "meeting", screen="archive", letter="i"),
    AppCommand("new_next", "new_next", "alt+n", "meeting", screen="archive", letter="m"),
    # setting up a body: tui/screens/template_edit.py, tui/screens/roster_screen.py
    AppCommand(
        "template", "edit_template", "alt+t", "meeting", screen="archive", letter="t", show=False
    ),
    AppCommand(
        "roster", "edit_roster", "alt+r", "meeting", screen="archive", letter="r", show=False
    ),
    # everywhere
    AppCommand("help", "help", "f1", "app", screen="app", letter="question_mark"),
    AppCommand("search", "search", "ctrl+f", "app", screen="app", letter="slash", show=False),
    AppCommand("quit", "quit", "ctrl+q", "app", screen="app"),
    # sync: see tui/sync_app.py
    AppCommand("sync", "sync", "f12,ctrl+r", "app", screen="app"),
    AppCommand("conflicts", "conflicts", "alt+k", "app", screen="app", show=False),
]


@dataclass(frozen=True)
class PanelKey:
    """A one-letter key of the attendance panel (a widget binding, focus in the panel)."""

    id: str
    action: str
    key: str
    key_display: str | None = None


ATTENDANCE_KEYS: list[PanelKey] = [
    PanelKey("present", "status('present')", "p"),
    PanelKey("remote", "status('remote')", "r"),
    PanelKey("absent", "status('absent')", "a"),
    PanelKey("notice", "status('absent_with_notice')", "f"),
    PanelKey("late", "late", "l"),
    PanelKey("left", "left_early", "e"),
    PanelKey("all_present", "all_present", "asterisk", "*"),
    PanelKey("find", "find", "slash", "/"),
    PanelKey("guest", "guest", "plus", "+"),
    PanelKey("substitute", "substitute", "s"),
    # comings and goings, jäv, quorum (tui/screens/attendance_keys.py)
    PanelKey("recused", "recused", "j"),
    PanelKey("serve_for", "serve_for", "t"),
    PanelKey("declare_quorum", "declare_quorum", "b"),
    PanelKey("body_settings", "body_settings", "o"),
    # the roster of the body (tui/screens/roster_forms.py)
    PanelKey("new_member", "new_member", "n"),
    PanelKey("edit_person", "edit_person", "c"),
    PanelKey("make_member", "make_member", "m"),
    PanelKey("remove_person", "remove_person", "delete", "Del"),
    PanelKey("import_roster", "import_roster", "i"),
    PanelKey("back", "back", "escape", "Esc"),
]


#: the panel's roster keys: in the help screen and palette, not in the footer
ROSTER_KEYS = ("new_member", "edit_person", "make_member", "remove_person", "import_roster")


def commands_for(screen: str) -> list[AppCommand]:
    return [c for c in COMMANDS if c.screen == screen]


def command(command_id: str) -> AppCommand:
    return next(c for c in COMMANDS if c.id == command_id)


def bindings_for(screen: str, lang: Language) -> list[Binding]:
    """The bindings of a screen: priority ones that work in the editor, plus letters."""
    result: list[Binding] = []
    for cmd in commands_for(screen):
        description = t(lang, f"key.{cmd.id}")
        result.append(
            Binding(
                cmd.keys,
                cmd.action,
                description,
                show=cmd.show,
                # priority: ctrl/alt/F-keys must reach the screen while the TextArea has focus
                priority=cmd.keys != "enter",
                id=cmd.id,
                tooltip=t(lang, f"help.{cmd.id}"),
                key_display=cmd.key_display,
            )
        )
        if cmd.letter:
            result.append(
                Binding(cmd.letter, cmd.action, description, show=False, id=cmd.letter_id)
            )
    return result


def attendance_bindings(lang: Language) -> list[Binding]:
    return [
        Binding(
            key.key,
            key.action,
            t(lang, f"key.att.{key.id}"),
            id=f"attendance.{key.id}",
            key_display=key.key_display,
            show=key.id
            not in (
                "find",
                "guest",
                "substitute",
                "back",
                "serve_for",
                "declare_quorum",
                "body_settings",
                *ROSTER_KEYS,
            ),
        )
        for key in ATTENDANCE_KEYS
    ]


def palette_entries(screen: str, extra: Iterable[str] = ()) -> list[AppCommand]:
    """Commands the palette may offer on a screen (its own and the app's)."""
    wanted = {screen, "app", *extra}
    return [c for c in COMMANDS if c.screen in wanted]


def add_bindings(node: DOMNode, bindings: list[Binding]) -> None:
    """Give one widget or screen instance bindings made at run time (they are translated,
    so they cannot be class-level ``BINDINGS``)."""
    extra = BindingsMap(bindings)
    for key, key_bindings in extra.key_to_bindings.items():
        bindings_of(node).key_to_bindings.setdefault(key, []).extend(key_bindings)


def key_display(app: App[Any], command_id: str) -> str:
    """How the first key of a command looks (``F8``, ``^n``), after the user's keymap."""
    keys = user_keymap(app).get(command_id) or command(command_id).keys
    return app.get_key_display(Binding(keys.split(",")[0].strip(), ""))


#: Ids of the bindings the app's other screens and panels declare themselves (forms,
#: previews, reviews). tests/app/config/test_keymap.py checks this list against the source.
SCREEN_BINDING_IDS = (
    "agenda.add_after",
    "agenda.add_end",
    "agenda.add_sub",
    "agenda.close",
    "agenda.delete",
    "agenda.down",
    "agenda.promote",
    "agenda.rename",
    "agenda.up",
    "agenda.withdraw",
    "conflict.close",
    "conflict.edit",
    "conflict.ours",
    "conflict.save",
    "conflict.theirs",
    "export.cancel",
    "export.toggle_open",
    "export.language",
    "preview.cancel",
    "preview.create",
    "preview.delete",
    "preview.edit",
    "preview.indent",
    "preview.outdent",
    "records.close",
    "roster.close",
    "roster.down",
    "roster.edit",
    "roster.import",
    "roster.member",
    "roster.new",
    "roster.remove",
    "roster.up",
    "records.delete",
    "records.edit",
    "review.approve",
    "review.close",
    "review.reopen",
    "search.close",
    "search.to_hits",
    "template.cancel",
    "template.save",
    "unsaved.back",
    "unsaved.copy",
    "unsaved.lose",
    "unsaved.save",
)


def binding_ids() -> set[str]:
    """Every binding id a keymap may name: commands, their letters, the attendance
    panel's keys and the other screens' keys."""
    ids = {c.id for c in COMMANDS} | {c.letter_id for c in COMMANDS if c.letter}
    ids |= {f"attendance.{key.id}" for key in ATTENDANCE_KEYS}
    return ids | set(SCREEN_BINDING_IDS)
