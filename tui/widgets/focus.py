"""Moving the focus before the next key is handled.

``Widget.focus()`` only schedules the change (``call_later``). Keys typed in the same
burst as the key that moved the focus (a fast typist, a paste, a terminal multiplexer)
still reach the old widget: "Hej" typed right after F2 closes the attendance panel
would hit the panel's letter keys, and the rest of a name typed after Tab would land in
the field before. ``focus_now`` changes the focus at once.
"""

from __future__ import annotations

from textual.dom import NoScreen
from textual.widget import Widget


def focus_now(widget: Widget) -> None:
    """Focus ``widget`` now (or, if it is not on a screen yet, as soon as it is)."""
    try:
        screen = widget.screen
    except NoScreen:
        widget.focus()
        return
    screen.set_focus(widget)
