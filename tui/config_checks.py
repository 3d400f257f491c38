"""The checks behind every setting of the config file (tui/config.py declares which
setting uses which). A check takes the value as TOML gave it and returns the value the
app uses, or raises ``BadValue`` with the code of a sentence (``config.bad.<code>`` in
tui/locale/*.json) and the values it names.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from tui.config_language import language_code

#: Problems of single entries inside a table setting (the keymap): (entry key, problem).
Report = Callable[[str, "BadValue"], None]
Check = Callable[[object, Report], Any]

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class BadValue(Exception):
    """A value the app cannot use; ``code`` names the sentence, ``values`` fill it."""

    def __init__(self, code: str, **values: object) -> None:
        super().__init__(code)
        self.code = code
        self.values = values


def shown(value: object) -> str:
    """A value as the user wrote it in TOML (strings quoted), cut to a readable length."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, int | float):
        text = str(value)
    elif isinstance(value, dict):
        text = "{...}"
    elif isinstance(value, list):
        text = "[...]"
    else:
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def text(value: object, report: Report | None = None) -> str:
    """Any one-line text in quotes."""
    if not isinstance(value, str):
        raise BadValue("text", value=shown(value))
    if _CONTROL.search(value):
        raise BadValue("control", value=shown(value))
    return value


def valid_email(value: str) -> bool:
    """Loose on purpose: something@something, no spaces (git only needs a token)."""
    local, at, domain = value.strip().partition("@")
    return bool(local and at and domain) and not any(c.isspace() for c in value.strip())


def email(value: object, report: Report | None = None) -> str:
    """Empty (not set yet) or something@something."""
    result = text(value)
    if result.strip() and not valid_email(result):
        raise BadValue("email", value=shown(value))
    return result


def language(value: object, report: Report | None = None) -> str:
    """ "sv", "en", "de" or "" (from the computer's locale); "sv_SE", "sv-SE",
    "sv_SE.UTF-8", "Svenska", "English" and "Deutsch" are understood as what they say."""
    found = language_code(text(value))
    if found is None:
        raise BadValue("language", value=shown(value))
    return found


def seconds(minimum: int) -> Check:
    """A whole number of seconds, at least ``minimum``, written without quotes."""

    def check(value: object, report: Report | None = None) -> int:
        if isinstance(value, str) and value.strip().isdigit():
            raise BadValue("seconds_quoted", value=shown(value), number=value.strip())
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadValue("seconds", value=shown(value), minimum=minimum)
        if value < minimum:
            raise BadValue("seconds", value=shown(value), minimum=minimum)
        return value

    return check


def keymap(value: object, report: Report) -> dict[str, str]:
    """A table of binding id -> keys ("ctrl+n,f8"). A bad entry is reported and left out;
    the other entries are used."""
    if not isinstance(value, dict):
        raise BadValue("table", value=shown(value))
    from tui.commands import binding_ids

    known = binding_ids()
    result: dict[str, str] = {}
    for binding_id, keys in flatten(value).items():
        if binding_id not in known:
            report(binding_id, BadValue("unknown_binding", id=binding_id))
            continue
        if not isinstance(keys, str) or not all(part.strip() for part in keys.split(",")):
            report(binding_id, BadValue("keys", id=binding_id, value=shown(keys)))
            continue
        result[binding_id] = keys
    return result


def templates(value: object, report: Report) -> dict[str, str]:
    """A table of body name -> path of a house .docx. A bad entry is reported and left
    out; whether the file is a Word document is checked when exporting."""
    if not isinstance(value, dict):
        raise BadValue("table", value=shown(value))
    result: dict[str, str] = {}
    for body, path in value.items():
        try:
            result[str(body)] = text(path)
        except BadValue as problem:
            report(str(body), problem)
    return result


def flatten(table: dict[str, Any], prefix: str = "") -> dict[str, object]:
    """``{"next_item": {"letter": "j"}}`` (what earlier versions wrote for an id with a
    dot, unquoted) read back as ``{"next_item.letter": "j"}``."""
    flat: dict[str, object] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        else:
            flat[name] = value
    return flat
