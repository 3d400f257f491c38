"""The ``minutes`` command. Each command group lives in its own module of this package.

Nothing here imports Textual at module level: ``minutes list`` must stay fast, and the
app is imported only by the commands that open it. The command modules themselves are
imported when one of their commands runs (``LAZY_COMMANDS``); a module listed in
``COMMAND_MODULES`` but not there is imported at once. Keep heavy imports (pandoc, git,
Textual, the agenda importer) inside the functions that need them: ``minutes --help``
imports every command module (tests/cli/test_startup.py checks).
"""

from __future__ import annotations

import importlib

from tui.cli.base import main, root

#: Modules that add commands to ``root`` when imported. Add yours here.
COMMAND_MODULES = [
    "tui.cli.meetings",
    "tui.cli.export",
    "tui.cli.sync",
    "tui.cli.followup",
    "tui.cli.settings",
    "tui.cli.roster",
    "tui.cli.procedure",
]

#: Command name -> the module defining it, imported when the command is used.
LAZY_COMMANDS = {
    **dict.fromkeys(["new", "list", "show", "check", "demo", "open"], "tui.cli.meetings"),
    "export": "tui.cli.export",
    **dict.fromkeys(
        ["sync", "diff", "approve", "reopen", "verify", "merge-driver"], "tui.cli.sync"
    ),
    **dict.fromkeys(["actions", "done", "decisions", "search", "attendance"], "tui.cli.followup"),
    "config": "tui.cli.settings",
    "roster": "tui.cli.roster",
    **dict.fromkeys(["motions", "elections"], "tui.cli.procedure"),
}

root.lazy = LAZY_COMMANDS
for _module in COMMAND_MODULES:
    if _module not in LAZY_COMMANDS.values():
        importlib.import_module(_module)

__all__ = ["main", "root"]
