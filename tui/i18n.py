"""The interface's texts: one catalogue per language, ``tui/locale/{sv,en,de}.json``.

``t(lang, key, **values)``; ``t(lang, key, count=n)`` for a text with plural forms
("key|one" beside "key", see ``model.texts``). Keys are grouped by prefix (cli., app.,
key., ...). docs/texts.md says where each kind of text lives and how to add one;
tests/core/interface/test_catalogues.py checks that every language has every key, that every key
the code uses exists and that no key is unused.
"""

from __future__ import annotations

from pathlib import Path

from model.enums import Language
from model.locale import read_catalogue
from model.texts import lookup
from tui.i18n_commands import DE as _COMMANDS_DE
from tui.i18n_commands import EN as _COMMANDS_EN
from tui.i18n_commands import SV as _COMMANDS_SV

LOCALE = Path(__file__).parent / "locale"

#: language -> key -> text, read from tui/locale/<language>.json
CATALOGUES: dict[Language, dict[str, str]] = read_catalogue(LOCALE)
SV = CATALOGUES[Language.SV]
EN = CATALOGUES[Language.EN]
DE = CATALOGUES[Language.DE]

# The commands' one-line descriptions in ``minutes --help`` stay in tui/i18n_commands.py:
# ``minutes --help`` reads that module alone, without the whole interface catalogue.
SV.update(_COMMANDS_SV)
EN.update(_COMMANDS_EN)
DE.update(_COMMANDS_DE)


def t(lang: Language | str, key: str, **values: object) -> str:
    """The text for ``key`` in ``lang``; falls back to English, then to the key itself.

    With an integer ``count`` the plural form the language's rule gives is taken
    ("key|one", else "key" itself, the form for other counts) and ``{count}`` filled in.
    """
    return lookup(CATALOGUES, lang, key, **values)


def live_words(lang: Language | str, exc: Exception) -> str:
    """A model operation's refusal (``model.refusal.Refusal``: a ``LiveError``, a
    ``PresenceError``) in ``lang``: its code's sentence filled with its values (names,
    numbers), else the English text it carries."""
    code = getattr(exc, "code", "")
    values = getattr(exc, "values", {})
    key = f"live.{code}"
    return t(lang, key, **values) if key in EN else str(exc)
