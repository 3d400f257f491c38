"""The notices an app showed, seen as Textual's ``Notify`` messages through
``run_test(message_hook=...)`` rather than through the app's private list.

``run_test(app, size=...)`` runs the app as ``app.run_test`` does, recording every notice
it posts; ``shown(app)`` gives them, oldest first. Unlike the app's own list, a notice
stays here after its timeout, so what a test sees does not depend on how fast it runs.
"""

from __future__ import annotations

import weakref
from contextlib import AbstractAsyncContextManager
from typing import Any

from textual.app import App
from textual.message import Message
from textual.notifications import Notification, Notify
from textual.pilot import Pilot

_SHOWN: weakref.WeakKeyDictionary[App[Any], list[Notification]] = weakref.WeakKeyDictionary()


def run_test(app: App[Any], **options: Any) -> AbstractAsyncContextManager[Pilot[Any]]:
    """``app.run_test(**options)``, recording the notices the app posts."""
    log: list[Notification] = []
    _SHOWN[app] = log

    def hook(message: Message) -> None:
        if isinstance(message, Notify):
            log.append(message.notification)

    return app.run_test(message_hook=hook, **options)


def shown(app: App[Any]) -> list[Notification]:
    """Every notice ``app`` posted while run by ``run_test`` above."""
    if app not in _SHOWN:
        raise AssertionError("run the app with tests.notices.run_test to see its notices")
    return _SHOWN[app]
