"""How a key travels from the terminal to the saved meeting.

1. Textual's driver reads the terminal (in its own thread) and posts each key, paste and
   mouse event on the app's message queue.
2. ``MinutesApp.on_event`` gives every such raw input event to ``InputQueue.take``, which
   appends it to one first-in-first-out list and returns. Nothing else happens to it on
   the app's queue.
3. One task, ``InputQueue._deliver``, hands the first event to Textual's own dispatch
   (``App.on_event``): a priority binding (the ctrl/alt/F-key commands of
   tui/commands.py) runs its action at once; otherwise the key goes to the focused
   widget (a letter is inserted there) and bubbles up widget → screen → app, where the
   non-priority bindings run (the widget's editing keys, the screen's one-letter
   commands, Tab).
4. It then waits until the app has settled (``settle``): every message pump of the app
   (the app, every screen, every widget, also one being mounted or removed) is parked on
   its empty queue. By then everything the key caused has happened: a form it opened is
   mounted and focused, a form it submitted ran its change and is dismissed with its
   result callback done, the focus moved, the notes editor's ``Changed`` put the text in
   the meeting (``Session.set_notes``), a command ran ``Session.apply`` (on disk when it
   returns).
   One shortcut, the same in effect: a letter that went to an editable text field
   (``TextArea``, ``Input``) is inserted and stopped by that field itself, never
   reaches a binding and cannot move the focus, so the next letter follows it without
   waiting; the field's queue keeps them in order. Anything else after letters (Enter,
   a command, an arrow) waits until the field has taken them all. The rule that makes
   this safe: a ``Changed`` handler never moves the focus or opens a screen.
5. Only then does the next event go. A burst of keys is therefore handled exactly as the
   same keys typed one by one: a key that arrives while a form is mounting goes into that
   form, a key after its Enter goes to whatever comes after it.

Every change to the meeting on the way goes through the ``Session`` (tui/session.py),
which refuses it when the meeting is read-only, records the undo step and saves.

The exceptions to this path, all of them:

- Mouse moves go straight through (they only change the hover).
- Timers (the clock, the debounced save of typed notes) and workers (sync, export) run
  beside the queue. What they post is waited for if it is already queued when a key
  settles; a sync that merges changes the meeting through the Session too.
- Painting is not waited for: the screen repaints on its own timer, at most 60 times a
  second, showing every key handled so far. While keys wait in the queue (a burst, a
  paste typed as keys, a terminal multiplexer) it is held back and painted every
  ``PAINT_EVERY`` seconds and once the queue is empty: a repaint of long notes costs
  more than handling a key, and painting after every key of a burst would make the
  echo of the last key wait for hundreds of frames nobody sees.
- A pump that does not settle within ``SETTLE_TIMEOUT`` seconds (a bug, not a state the
  app should reach) lets the next key go, so the app never stops taking keys.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from textual import events
from textual.app import App

from tui.textual_private import all_nodes, handle_exception, is_exiting, is_parked, paint_now

#: the longest one key waits for the app to settle before the next key goes anyway
SETTLE_TIMEOUT = 5.0
#: while keys wait in the queue the screen is painted this often (seconds), not per key
PAINT_EVERY = 0.1
#: settle checks with ``sleep(0)`` this many times, then every millisecond
_FAST_CHECKS = 500


def is_settled(app: App[Any]) -> bool:
    """Every message pump of the app is parked (see the module docstring, step 4)."""
    if not is_parked(app):
        return False
    return all(is_parked(node) for node in all_nodes(app))


async def settle(app: App[Any], timeout: float = SETTLE_TIMEOUT) -> bool:
    """Wait until the app has settled twice in a row (the second look catches callbacks
    asyncio had scheduled but not yet run). False if ``timeout`` passed first."""
    deadline = time.monotonic() + timeout
    calm = 0
    checks = 0
    while calm < 2:
        await asyncio.sleep(0 if checks < _FAST_CHECKS else 0.001)
        checks += 1
        if is_exiting(app):
            return True
        calm = calm + 1 if is_settled(app) else 0
        if time.monotonic() > deadline:
            app.log.warning("input path: the app did not settle; the next key goes anyway")
            return False
    return True


#: raw input events that wait their turn (mouse moves only change the hover: not queued)
QUEUED = (events.Key, events.Paste, events.MouseDown, events.MouseUp, events.MouseScrollDown,
          events.MouseScrollUp, events.MouseScrollLeft, events.MouseScrollRight)  # fmt: skip


def drop_alt_letter(event: events.Key) -> None:
    """A key pressed with Alt is a command, never text. The terminal sends Alt+P as ESC p
    and Textual makes it ``alt+p`` with the character "p" kept, so when no command takes
    it (the motion key on an ended meeting, an Alt letter nothing is bound to) the focused
    notes or form field would type a "p" into the minutes. Characters typed with macOS's
    Option or AltGr arrive as plain characters (π, @, €), not as ``alt+``, and stay text."""
    if "alt+" in event.key:
        event.character = None


class InputQueue:
    """The app's one queue of typed keys; ``dispatch`` is Textual's ``App.on_event``."""

    def __init__(self, app: App[Any], dispatch: Callable[[events.Event], Awaitable[None]]):
        self.app = app
        self.dispatch = dispatch
        self.waiting: deque[events.Event] = deque()
        self._task: asyncio.Task[None] | None = None

    def take(self, event: events.Event) -> bool:
        """Queue a raw input event; False for an event that is not one (it goes on)."""
        if not isinstance(event, QUEUED) or event.is_forwarded:
            return False
        if isinstance(event, events.Key):
            drop_alt_letter(event)
        self.waiting.append(event)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._deliver(), name="minutes input path")
        return True

    async def _deliver(self) -> None:
        app = self.app
        painted = time.monotonic()
        holding = False  # painting held back while keys wait (Textual's batch update)
        batch = contextlib.ExitStack()
        try:
            while self.waiting and not is_exiting(app):
                if len(self.waiting) > 1 and not holding:
                    batch.enter_context(app.batch_update())
                    holding = True
                event = self.waiting.popleft()
                try:
                    await self.dispatch(event)
                except Exception as error:  # as Textual does for a failing handler
                    handle_exception(app, error)
                if not self._typed_into_text(event):
                    await settle(app)
                if holding and (not self.waiting or time.monotonic() - painted > PAINT_EVERY):
                    holding = False
                    batch.close()
                    self._paint()
                    painted = time.monotonic()
        finally:
            if holding:
                batch.close()
                self._paint()

    def _typed_into_text(self, event: events.Event) -> bool:
        """A letter that went to an editable text field, with another letter after it:
        the next may follow without waiting (the module docstring, step 4)."""
        if not (isinstance(event, events.Key) and event.is_printable and event.is_forwarded):
            return False  # not a letter, or a priority binding took it
        following = self.waiting[0] if self.waiting else None
        if not (isinstance(following, events.Key) and following.is_printable):
            return False
        focused = self.app.focused
        if focused is None:
            return False
        # imported here: the archive paints without the editor's module
        from textual.widgets import Input, TextArea

        if isinstance(focused, TextArea):
            return not focused.read_only
        return isinstance(focused, Input)

    def _paint(self) -> None:
        """Paint what changed now (what the screen's update timer does every frame)."""
        try:
            screen = self.app.screen
            paint_now(screen)
        except Exception:  # no screen (the app is closing): nothing to paint
            return
        # the screen's own frames were held too: its next idle restarts them and runs the
        # after-refresh callbacks (the editor scrolling to its cursor, for one)
        screen.check_idle()

    @property
    def busy(self) -> bool:
        return bool(self.waiting) or (self._task is not None and not self._task.done())

    async def drained(self) -> None:
        """Wait until every queued event is handled and the app has settled (tests)."""
        while True:
            await settle(self.app)  # raw events still on the app's queue reach ``take``
            task = self._task
            if task is None or task.done():
                if not self.waiting or is_exiting(self.app):
                    return
                await asyncio.sleep(0)
            else:
                await asyncio.wait({task})
