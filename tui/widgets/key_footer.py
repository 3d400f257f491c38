"""The footer: the screen's shown keys in one line, drawn as one widget.

Textual's ``Footer`` builds a widget per key and builds them again whenever the focus or
the bindings change: on the meeting screen (some twenty keys) that was a fifth of the
time to the first paint. This footer draws the same line, with the same look (the same
``$footer-*`` colours, the palette key on the right), as one text, and only draws it
again when the bindings change. A click on a key presses it (a key not available now
rings the bell), and the key under the mouse has its help text as the tooltip.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

#: the left border of the palette key (Textual's ``vkey`` border)
PALETTE_BORDER = "▏"


class FooterEntry(NamedTuple):
    """One key as the footer shows it."""

    key: str  # the key pressed by a click
    display: str  # how it is written (``^n``, ``F8``), after the user's keymap
    description: str
    enabled: bool
    tooltip: str


class KeyFooter(Widget, can_focus=False):
    """The shown keys of the screen, Textual's ``Footer`` look, one widget."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-footer--key",
        "key-footer--description",
        "key-footer--border",
    }
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        .key-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .key-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .key-footer--border { color: $foreground 20%; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: (first column, end column, entry) of each key in the last drawn line
        self._spans: list[tuple[int, int, FooterEntry]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: Screen[object]) -> None:
        self.refresh()

    def entries(self) -> tuple[list[FooterEntry], FooterEntry | None]:
        """The shown keys, one per action in the screen's order, and the palette key
        (shown on the right as Textual's footer does, whether or not it is ``show``n)."""
        app = self.app
        active = self.screen.active_bindings
        shown: dict[str, FooterEntry] = {}
        for _node, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in shown:
                display = app.get_key_display(binding)
                entry = FooterEntry(binding.key, display, binding.description, enabled, tooltip)
                shown[binding.action] = entry
        palette = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[app.COMMAND_PALETTE_BINDING]
            tooltip = binding.tooltip or binding.description
            display = app.get_key_display(binding)
            palette = FooterEntry(binding.key, display, binding.description, enabled, tooltip)
        return list(shown.values()), palette

    def render(self) -> Text:
        keys, palette = self.entries()
        key_style = self.get_component_rich_style("key-footer--key")
        description_style = self.get_component_rich_style("key-footer--description")
        width = self.size.width
        line = Text(no_wrap=True, overflow="crop", end="")
        spans: list[tuple[int, int, FooterEntry]] = []
        right = Text(no_wrap=True, overflow="crop", end="")
        if palette is not None:  # as Textual draws it: compact, a border on its left
            right.append(PALETTE_BORDER, self.get_component_rich_style("key-footer--border"))
            right.append(palette.display, key_style)
            right.append(f" {palette.description} " if palette.description else " ")
            right.stylize(description_style, 1 + len(palette.display), len(right) - 1)
            if not palette.enabled:
                right.stylize_before(Style(dim=True))
        room = max(0, width - right.cell_len)
        for entry in keys:
            start = line.cell_len
            if start >= room:
                break
            if entry.description:  # Textual's padding: " key " then "description "
                piece = Text.assemble(
                    (f" {entry.display} ", key_style), (f"{entry.description} ", description_style)
                )
            else:
                piece = Text(entry.display, key_style)
            if not entry.enabled:
                piece.stylize_before(Style(dim=True))
            line.append_text(piece)
            spans.append((start, min(line.cell_len, room), entry))
        line.truncate(room, pad=True)
        if palette is not None and room + right.cell_len <= width:
            spans.append((room, width, palette))
            line.append_text(right)
        self._spans = spans
        return line

    def _entry_at(self, x: int) -> FooterEntry | None:
        return next((entry for start, end, entry in self._spans if start <= x < end), None)

    def on_click(self, event: events.Click) -> None:
        entry = self._entry_at(event.x)
        if entry is None:
            return
        event.stop()
        if entry.enabled:
            self.app.simulate_key(entry.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        entry = self._entry_at(event.x)
        tooltip = entry.tooltip if entry is not None else ""
        if tooltip != (self.tooltip or ""):
            self.tooltip = tooltip or None
