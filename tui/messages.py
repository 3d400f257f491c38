"""The app's own messages: how one part tells another that something happened or should.

A screen never calls another screen's private methods. Work that must be done before
the caller goes on (a change whose error a form shows, the typed notes put into the
meeting before an approval's digest) goes through the meeting screen's public seam
(``MeetingScreen.change``, ``MeetingScreen.keep_typed``); everything else is one of
these messages, posted to the part that acts on it. The git workers' messages are in
``tui/messages_sync.py``. Each is a dataclass: its fields are
its whole content, and a test can see them with ``run_test(message_hook=...)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual.message import Message
from textual.screen import Screen


@dataclass
class OpenOverMeeting(Message, bubble=False):
    """Posted to a meeting screen: open ``screen`` over it. What was typed in the notes
    goes into the meeting first (the screen sees it); when the screen closes, ``after``
    runs with its result, or else the meeting's view follows and the notes get the
    focus back."""

    screen: Screen[Any]
    after: Callable[[Any], None] | None = None


@dataclass
class OpenMeeting(Message):
    """Posted by a screen, handled by the app: open the meeting at ``path`` over the
    archive (a notice says why if it cannot be opened)."""

    path: Path


__all__ = ["OpenMeeting", "OpenOverMeeting"]
