"""The ``minutes`` command. Each command group lives in its own module of this package.

Nothing here imports Textual at module level: ``minutes list`` must stay fast, and the
app is imported only by the commands that open it. The command modules themselves are
imported when one of their commands runs (``LAZY_COMMANDS``); a module listed in
``COMMAND_MODULES`` but not there is imported at once. Keep heavy imports (pandoc, git,
Textual, the agenda importer) inside the functions that need them: ``minutes --help``
imports no command module (it lists ``COMMAND_HELP``), but ``minutes CMD --help`` and a
command run import theirs (tests/core/cli/test_startup.py checks).
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

#: The first paragraph of each lazy command's help, for ``minutes --help`` (which then
#: imports no command module); None for a hidden command. Keep it equal to the command's
#: docstring: tests/core/cli/test_startup.py compares them.
COMMAND_HELP: dict[str, str | None] = {
    "actions": "Open actions across the archive, by owner and due date.",
    "approve": "Approve MEETING (justering): it becomes final and read-only, tagged in git.",
    "attendance": "Attendance per person across meetings.",
    "body": "Document settings of a body: item clock times, the quorum rule.",
    "check": "Check a meeting for missing or contradictory facts. Exit code 1 if there are errors.",
    "config": "Show or change the settings (name, e-mail, language, theme, keys, sync).",
    "decisions": "The decision register, by body and date.",
    "demo": "Open the app on a temporary archive holding the demo meeting.",
    "diff": "Show what changed in MEETING, per item, by whom and when.",
    "done": "Report ACTION done in MEETING (where it was reported); its origin stays linked.",
    "elections": "The register of elections: who was elected to which office, when, for how long.",
    "export": "Export the minutes of MEETING (id, id prefix, date or file path).",
    "list": "List the meetings, newest first, with their state (the newest page unless --all).",
    "merge-driver": None,
    "motions": "The register of motions (yrkanden): who moved what, and what became of it.",
    "new": "Create a meeting: the body's roster, its template's agenda (or --agenda's), the"
    " kind, place and rules of its last meeting.",
    "open": "Open a meeting in the app (read-only if another program is writing it).",
    "reopen": "Reopen an approved MEETING for a correction (recorded; needs approval again).",
    "roster": "The members of a body: list, add, edit, remove, import a pasted list.",
    "search": "Full-text search over all meetings, best hits first: the meeting and item of each.",
    "show": "Show a meeting. MEETING is an id, an id prefix, a date or a file path.",
    "sync": "Share the archive through git: sync now, or set up, clone, show status.",
    "template": "The standing agenda and rules of a body, for its new meetings.",
    "upcoming": "The meetings to come, of every body, as their minutes plan them.",
    "verify": "Prove MEETING's approval: the file against its hash, its approval event, the"
    " git tag's record and signature (exit 1 if it does not hold or is not approved).",
}

root.lazy = LAZY_COMMANDS
root.lazy_help = COMMAND_HELP
for _module in COMMAND_MODULES:
    if _module not in LAZY_COMMANDS.values():
        importlib.import_module(_module)

__all__ = ["main", "root"]
