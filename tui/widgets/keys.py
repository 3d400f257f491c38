"""Keys handled in the order they were typed.

Textual inserts a printable key when the focused widget receives it, but runs the
widget's own key bindings (arrows, Backspace, Delete, Home, End ...) only after the key
has bubbled up to the app. In a burst of keys (a fast typist, a terminal multiplexer,
an app busy with a sync for a moment) a letter typed after Backspace is then inserted
before the Backspace deletes, and deletes the wrong character: "300<Left><BS>5" came
out as "30 kr.5". Widgets that take text run their own bindings at once instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, TextArea


async def run_own_binding(widget: Widget, event: events.Key) -> bool:
    """Run ``widget``'s own (non-priority) binding for the key now; True if one took it.

    A binding whose action declines (``SkipAction``, e.g. Down in an input without
    suggestions) leaves the key to bubble as usual, to the screen's binding for it.
    """
    for binding in widget._bindings.key_to_bindings.get(event.key, []):
        if binding.priority:
            continue
        if await widget.app.run_action(binding.action, widget):
            event.stop()
            event.prevent_default()
            return True
    return False


def after_typing(screen: Screen[Any], step: Callable[[], object]) -> None:
    """Run ``step`` once every key already typed into the focused text widget is in it.

    Ctrl/alt/F-key commands are priority bindings: the app runs them as soon as they
    arrive, while letters typed just before may still wait in the widget's queue. A
    command that reads or replaces the text (next item, undo, save the merged text)
    queued behind those letters runs in typing order.
    """
    focused = screen.focused
    if isinstance(focused, Input | TextArea):
        focused.call_later(step)
    else:
        step()


class TextInput(Input):
    """An ``Input`` whose editing keys keep their place among the typed letters."""

    async def _on_key(self, event: events.Key) -> None:
        if not await run_own_binding(self, event):
            await super()._on_key(event)


class TextEditor(TextArea):
    """A ``TextArea`` whose editing keys keep their place among the typed letters."""

    async def _on_key(self, event: events.Key) -> None:
        if not await run_own_binding(self, event):
            await super()._on_key(event)
