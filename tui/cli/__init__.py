"""The ``minutes`` command. Each command group lives in its own module of this package.

Nothing here imports Textual at module level: ``minutes list`` must stay fast, and the
app is imported only by the commands that open it. The command modules themselves are
imported when one of their commands runs (``LAZY_COMMANDS``); a module listed in
``COMMAND_MODULES`` but not there is imported at once. Keep heavy imports (pandoc, git,
Textual, the agenda importer) inside the functions that need them: ``minutes --help``
imports no command module (it lists their helps from the catalogue), but
``minutes CMD --help`` and a command run import theirs (tests/core/cli/test_startup.py
checks).
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
    "tui.cli.template",
    "tui.cli.body",
    "tui.cli.procedure",
    "tui.cli.upcoming",
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
    "template": "tui.cli.template",
    "body": "tui.cli.body",
    **dict.fromkeys(["motions", "elections"], "tui.cli.procedure"),
    "upcoming": "tui.cli.upcoming",
}

#: The commands ``minutes --help`` does not list: run by git, not by people.
HIDDEN_COMMANDS = frozenset({"merge-driver"})

root.lazy = LAZY_COMMANDS
root.unlisted = HIDDEN_COMMANDS
for _module in COMMAND_MODULES:
    if _module not in LAZY_COMMANDS.values():
        importlib.import_module(_module)

__all__ = ["main", "root"]
