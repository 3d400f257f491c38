"""The root's own help (``help.cmd.minutes``, its options' ``help.opt.minutes.*``, the
usage line's words: ``tui.help_i18n``) in Swedish, English and German, and the lines of
the command list: ``minutes --help`` reads this module and the commands' helps from the
interface catalogue file (``command_help``), not ``tui.i18n`` (every text of the app) nor
any command's module.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

SV: dict[str, str] = {
    "help.subcommand_metavar_optional": "[KOMMANDO] [ARGUMENT]...",
    "help.options_metavar": "[FLAGGOR]",
    "help.subcommand_metavar": "KOMMANDO [ARGUMENT]...",
    "help.cmd.minutes": (
        "Skriv protokollet från ett möte medan det pågår, synka det via git, exportera det"
        " till Word.\n\nUtan kommando öppnas appen på arkivet."
    ),
    "help.opt.minutes.archive": (
        "Arkivmapp (standard: $MINUTES_ARCHIVE, annars användarens datamapp)."
    ),
    "help.opt.minutes.lang": "Gränssnittets språk.",
}

EN: dict[str, str] = {
    "help.subcommand_metavar_optional": "[COMMAND] [ARGS]...",
    "help.options_metavar": "[OPTIONS]",
    "help.subcommand_metavar": "COMMAND [ARGS]...",
    "help.cmd.minutes": (
        "Take the minutes of a meeting live, sync them through git, export them to Word."
        "\n\nWithout a command, opens the app on the archive."
    ),
    "help.opt.minutes.archive": (
        "Archive folder (default: $MINUTES_ARCHIVE, else the user data folder)."
    ),
    "help.opt.minutes.lang": "Interface language.",
}

DE: dict[str, str] = {
    "help.subcommand_metavar_optional": "[BEFEHL] [ARGUMENTE]...",
    "help.options_metavar": "[OPTIONEN]",
    "help.subcommand_metavar": "BEFEHL [ARGUMENTE]...",
    "help.cmd.minutes": (
        "Das Protokoll einer Sitzung live führen, über git abgleichen, nach Word exportieren."
        "\n\nOhne Befehl öffnet sich das Programm mit dem Archiv."
    ),
    "help.opt.minutes.archive": (
        "Archivordner (Standard: $MINUTES_ARCHIVE, sonst der Datenordner des Benutzers)."
    ),
    "help.opt.minutes.lang": "Sprache der Oberfläche.",
}

CATALOGUES = {"sv": SV, "en": EN, "de": DE}


def command_help(lang: str, name: str) -> str | None:
    """The help of command ``name`` for the listing of ``minutes --help`` (Click shortens
    it to its first sentence or line) in ``lang`` ("sv", "en", "de"; a ``Language`` is
    one): ``help.cmd.minutes.NAME`` of the interface catalogue, English where ``lang``
    has none; None where neither has it (the command's module is then imported)."""
    key = f"help.cmd.minutes.{name}"
    return _command_texts(str(lang)).get(key) or _command_texts("en").get(key)


@functools.cache
def _command_texts(lang: str) -> dict[str, str]:
    """The commands' helps of ``tui/locale/<lang>.json`` (read, not ``tui.i18n``)."""
    path = Path(__file__).with_name("locale") / f"{lang}.json"
    try:
        texts: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in texts.items() if k.startswith("help.cmd.minutes.")}
