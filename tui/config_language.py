"""The config file's interface language, read without the rest of the config.

``minutes --help`` (and a usage error) is worded in the interface language before any
command runs; reading the whole config for that (``tui.config``: every setting's check,
the catalogues for its problems) took more than the listing of the commands itself.
This reads the one key with ``tomllib`` and checks it as ``load_config`` does
(``language_code``, which ``tui.config_checks`` uses too): a bad value counts as none,
as there. A file ``tomllib`` cannot read at all is left to ``load_config``, which keeps
the lines it can read (``None`` says so).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from model.store.locations import config_file

#: What a user may write for a language (locale forms like sv_SE.UTF-8 and names too).
_LANGUAGE_WORDS = {
    "sv": "sv",
    "swe": "sv",
    "svenska": "sv",
    "swedish": "sv",
    "en": "en",
    "eng": "en",
    "english": "en",
    "engelska": "en",
    "de": "de",
    "deu": "de",
    "ger": "de",
    "deutsch": "de",
    "german": "de",
    "tyska": "de",
    "englisch": "en",
    "schwedisch": "sv",
}

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def language_code(raw: str) -> str | None:
    """ "sv", "en" or "de" for what a user wrote (``tui.config_checks.language``), ""
    for nothing, None for what is not one of them."""
    raw = raw.strip()
    if not raw:
        return ""
    head = re.split(r"[_\-.@]", raw.lower(), maxsplit=1)[0]
    return _LANGUAGE_WORDS.get(head)


def configured_language(path: Path | None = None) -> str | None:
    """ "sv", "en" or "de" as the config file says, "" when it says none (no file, no
    key, a bad value), None when the file is not valid TOML (ask ``load_config``)."""
    try:
        text = (path or config_file()).read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError):
        return ""  # load_config reports it; the language then follows the computer
    try:
        value = tomllib.loads(text).get("language", "")
    except tomllib.TOMLDecodeError:
        return None
    if not isinstance(value, str) or _CONTROL.search(value):
        return ""  # a bad value: load_config reports it and uses the default, ""
    return language_code(value) or ""
