"""The ``minutes`` command. Each command group lives in its own module of this package.

Nothing here imports Textual at module level: ``minutes list`` must stay fast, and the
app is imported only by the commands that open it.
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
]

for _module in COMMAND_MODULES:
    importlib.import_module(_module)

__all__ = ["main", "root"]
