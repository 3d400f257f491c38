"""The command palette's provider: every command that can run now, in the interface language."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.commands import AppCommand, key_display, palette_entries
from tui.i18n import t


class MinutesCommands(Provider):
    """Offers the screen's and the app's commands whose ``check_action`` allows them."""

    def _available(self) -> list[tuple[AppCommand, str, Callable[[], Any]]]:
        app: Any = self.app
        screen = self.screen
        kind = getattr(screen, "COMMAND_SCREEN", "")
        result: list[tuple[AppCommand, str, Callable[[], Any]]] = []
        for cmd in palette_entries(kind):
            target = app if cmd.screen == "app" else screen
            if target.check_action(cmd.action, ()) is not True:
                continue
            label = f"{t(app.lang, f'key.{cmd.id}')}  ({key_display(app, cmd.id)})"
            runner = partial(app.run_action, cmd.action, target)
            result.append((cmd, label, runner))
        return result

    async def discover(self) -> Hits:
        app: Any = self.app
        for cmd, label, runner in self._available():
            yield DiscoveryHit(label, runner, help=t(app.lang, f"help.{cmd.id}"))

    async def search(self, query: str) -> Hits:
        app: Any = self.app
        matcher = self.matcher(query)
        for cmd, label, runner in self._available():
            score = matcher.match(label)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(label), runner, help=t(app.lang, f"help.{cmd.id}")
                )
