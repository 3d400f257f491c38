"""The Textual internals tui/textual_private.py reads are still there and still mean
what it takes them to mean: an upgrade of Textual that changes one fails here first."""

from __future__ import annotations

import inspect
from typing import ClassVar

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingsMap
from textual.widgets import Static

from tui.textual_private import (
    all_nodes,
    bindings_of,
    is_exiting,
    is_parked,
    paint_now,
    user_keymap,
)


class Small(App[None]):
    BINDINGS: ClassVar = [Binding("ctrl+o", "nothing", "Nothing", id="small.nothing")]

    def compose(self) -> ComposeResult:
        yield Static("hello", id="hello")

    def action_nothing(self) -> None:
        self.bell()


@pytest.mark.asyncio
async def test_the_private_textual_internals_are_there() -> None:
    app = Small()
    async with app.run_test() as pilot:
        await pilot.pause()
        bindings = bindings_of(app)
        assert isinstance(bindings, BindingsMap)
        assert "ctrl+o" in bindings.key_to_bindings
        bindings_of(app.screen).key_to_bindings.setdefault("f9", []).append(
            Binding("f9", "nothing", "Nothing")
        )
        assert "f9" in app.screen._bindings.key_to_bindings  # the same map, changeable

        app.set_keymap({"small.nothing": "f7"})
        assert user_keymap(app).get("small.nothing") == "f7"

        assert not is_exiting(app)
        nodes = all_nodes(app)
        hello = app.query_one("#hello")
        assert app.screen in nodes and hello in nodes

        await pilot.pause()
        assert is_parked(app) and is_parked(app.screen) and is_parked(hello)
        app.screen.refresh()
        paint_now(app.screen)  # no error: the frame timer's own call

        app.exit()
        assert is_exiting(app)


def test_the_overridden_exception_handler_keeps_its_shape() -> None:
    handler = App._handle_exception
    assert list(inspect.signature(handler).parameters) == ["self", "error"]
