"""Click's own messages (usage errors, --help headings) in the user's language.

Click words them with ``gettext`` (``from gettext import gettext as _`` in each of its
modules), keyed by the English sentence. ``install(lang)`` points those module names at
a lookup in ``tui/locale/click/<language>.json``; the English sentence is kept for
anything not there.
This is the one place that reaches into Click's modules: tests/core/cli/test_click_i18n.py
fails when a Click upgrade moves the names or rewords a message.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from model.enums import Language
from model.locale import read_catalogue
from model.texts import plural_form

LOCALE = Path(__file__).parent / "locale"

#: Click's modules that word messages through gettext.
CLICK_MODULES = (
    "click.core",
    "click.decorators",
    "click.exceptions",
    "click.formatting",
    "click.parser",
    "click.termui",
    "click.types",
)

#: Swedish and German, read from tui/locale/click/<language>.json
CATALOGUES: dict[Language, dict[str, str]] = read_catalogue(LOCALE / "click")
SV = CATALOGUES[Language.SV]
DE = CATALOGUES[Language.DE]


def gettext_for(lang: Language) -> Callable[[str], str]:
    catalogue = CATALOGUES.get(lang, {})

    def gettext(message: str) -> str:
        return catalogue.get(message, message)

    return gettext


def ngettext_for(lang: Language) -> Callable[[str, str, int], str]:
    catalogue = CATALOGUES.get(lang, {})

    def ngettext(singular: str, plural: str, count: int) -> str:
        message = singular if plural_form(lang, count) == "one" else plural
        return catalogue.get(message, message)

    return ngettext


#: the language installed last (``minutes --help`` lists the commands in it)
current: list[Language] = [Language.EN]


def install(lang: Language) -> None:
    """Word Click's messages in ``lang`` from now on (English: Click's own words)."""
    current[0] = lang
    gettext, ngettext = gettext_for(lang), ngettext_for(lang)
    for name in CLICK_MODULES:
        module = importlib.import_module(name)
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]  # Click's module-level gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]  # Click's ngettext


_ORIGINAL_HELP: dict[int, str] = {}


def translate_option_help(command: object, lang: Language) -> None:
    """Click's own option helps that are worded when an option is declared ("Show the
    version and exit."), in ``lang``; the project's own are ``tui.help_i18n``'s."""
    gettext = gettext_for(lang)
    for param in getattr(command, "params", []):
        help_text = getattr(param, "help", None)
        if not help_text:
            continue
        original = _ORIGINAL_HELP.setdefault(id(param), help_text)
        param.help = gettext(original)
