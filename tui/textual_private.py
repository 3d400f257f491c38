"""Every use of Textual's private internals, in one place.

Textual has no public API for these; each is a small read (or one call) of an attribute
whose name starts with ``_``. They are kept here, each with why it is needed, so that an
upgrade of Textual (pinned in .ci/constraints.txt) has one module to check, and
tests/app/screens/test_textual_private.py fails at once if one of them is gone or changed.

- ``node._bindings``: bindings added to one screen or widget instance at run time (the
  texts are translated, so they cannot be class-level ``BINDINGS``), and the app's own
  ctrl+q taken away (ours saves first).
- ``app._keymap``: the keys the user's keymap gave a binding id, to show them in the
  help screen and in sentences ("press F8").
- the message pump's queue and task (``_closed``, ``_task``, ``_message_queue``,
  ``_pending_message``, ``_next_callbacks``), the queue's ``ready_event`` and
  asyncio's ``Event._waiters``, and ``app._registry`` (every node, also one being
  mounted): whether every pump of the app is parked on its empty queue, which is how
  the input path knows a key is fully handled before the next goes (tui/input_path.py).
- ``app._exit``: the app is exiting, so no key waits any more.
- ``screen._on_timer_update()``: paint now what changed, as the screen's frame timer
  does, while painting is held back during a burst of keys.

``App._handle_exception`` is overridden in tui/app.py (a store error becomes a notice,
not a traceback) and called by the input path for a failing key handler, as Textual's
own dispatch does; the test checks it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # names for the type check only: importing this module costs nothing
    import asyncio
    from collections import deque
    from collections.abc import Mapping

    from textual._queue import Queue
    from textual.app import App
    from textual.binding import BindingsMap
    from textual.dom import DOMNode
    from textual.message import Message
    from textual.message_pump import MessagePump
    from textual.screen import Screen


def bindings_of(node: DOMNode) -> BindingsMap:
    """The bindings of this one screen, widget or app instance (changeable)."""
    return node._bindings


def user_keymap(app: App[Any]) -> Mapping[str, str]:
    """Binding id -> keys, as the app's keymap (``App.set_keymap``) gave them."""
    return app._keymap


def is_exiting(app: App[Any]) -> bool:
    return bool(app._exit)


def all_nodes(app: App[Any]) -> list[MessagePump]:
    """Every node the app knows, also one being mounted or removed."""
    return list(app._registry)


def handle_exception(app: App[Any], error: Exception) -> None:
    """What Textual does with an exception in a handler (our override first)."""
    app._handle_exception(error)


def paint_now(screen: Screen[Any]) -> None:
    """Paint what changed now, as the screen's frame timer does."""
    screen._on_timer_update()


def is_parked(pump: MessagePump) -> bool:
    """Whether ``pump`` is doing nothing and has nothing to do: its task waits on its
    empty queue (or it has finished)."""
    if pump._closed:
        return True
    task = pump._task
    if task is not None and task.done():
        return True
    queue: Queue[Message | None] = pump._message_queue
    if not queue.empty() or pump._pending_message is not None or pump._next_callbacks:
        return False
    # Textual's queue (textual/_queue.py) parks its reader in ``ready_event.wait()``;
    # asyncio.Event keeps the future of each waiting task until the event is set
    waiters: deque[asyncio.Future[Any]] = queue.ready_event._waiters
    return any(not waiter.done() for waiter in waiters)


__all__ = [
    "all_nodes",
    "bindings_of",
    "handle_exception",
    "is_exiting",
    "is_parked",
    "paint_now",
    "user_keymap",
]
