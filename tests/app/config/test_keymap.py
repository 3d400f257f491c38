"""The keymap may name every binding the app has, and only those."""

from __future__ import annotations

import ast

from tests.conftest import REPO
from tui.commands import SCREEN_BINDING_IDS, binding_ids


def declared_binding_ids() -> set[str]:
    """Every literal ``Binding(..., id="...")`` in the app's source."""
    found: set[str] = set()
    for path in (REPO / "tui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            for keyword in node.keywords if name == "Binding" else []:
                if keyword.arg == "id" and isinstance(keyword.value, ast.Constant):
                    found.add(str(keyword.value.value))
    return found


def test_every_binding_declared_in_a_screen_is_known_to_the_keymap_check() -> None:
    declared = declared_binding_ids()
    assert declared <= binding_ids(), sorted(declared - binding_ids())
    assert set(SCREEN_BINDING_IDS) <= declared, sorted(set(SCREEN_BINDING_IDS) - declared)


def test_commands_their_letters_and_the_attendance_keys_are_known() -> None:
    ids = binding_ids()
    assert {"next_item", "next_item.letter", "attendance.present", "sync", "quit"} <= ids
    assert "next_item.nothing" not in ids and "letter" not in ids


def test_no_command_is_bound_to_a_key_terminals_cannot_send() -> None:
    """Textual reads ESC-b and ESC-f (what a terminal sends for alt+b / alt+f) as
    ctrl+left / ctrl+right, the word moves macOS terminals send: such a binding never
    fires in a real terminal, only in Pilot tests."""
    from tui.commands import COMMANDS

    unreachable = {"alt+b", "alt+f"}
    bound = {c.id: set(c.keys.split(",")) & unreachable for c in COMMANDS}
    assert {k: v for k, v in bound.items() if v} == {}
