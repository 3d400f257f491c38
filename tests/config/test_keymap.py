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
