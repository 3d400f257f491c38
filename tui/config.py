"""The user's config file: who they are, the interface language and theme, the keymap,
sync timings. One declaration per setting (``Config`` below: default, check, docstring).

Lives at ``platformdirs.user_config_dir("minutes")/config.toml`` (override the folder
with ``MINUTES_CONFIG``).

Reading never costs the user a setting: every value is checked (tui/config_checks.py);
a bad value becomes a ``ConfigProblem`` (one sentence naming the file, the line and the
key) and only that key falls back to its default. A line that is not valid TOML is left
out in memory and the rest of the file is read. The CLI prints the problems at start-up,
the app shows them as a notice.

Writing edits the user's own document with tomlkit: comments, key order, unknown keys
and values this program did not change (even bad ones) stay as the user wrote them; only
keys the program changed are written, and keymap ids are quoted. A file that could not be
read (a syntax error, not UTF-8, no permission) is never overwritten: ``save_config``
refuses with ``ConfigNotSaved``.

Environment variables (``MINUTES_NAME``, ``MINUTES_EMAIL``) override the file for one run
and are never written to it.
"""

from __future__ import annotations

import copy
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import MISSING, Field, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.enums import Language
from model.store.files import atomic_write
from model.store.locations import config_file
from tui import config_checks as check
from tui.config_checks import BadValue
from tui.i18n import t

if TYPE_CHECKING:
    from tomlkit import TOMLDocument

__all__ = ["Config", "ConfigNotSaved", "ConfigProblem", "load_config", "save_config"]


def setting(default: Any, checker: check.Check, doc: str, env: str = "") -> Any:
    """One setting of ``Config``: its default, the check of its value, what it is for
    (shown by ``minutes config show``) and the environment variable that overrides it."""
    meta = {"check": checker, "doc": doc, "env": env}
    if isinstance(default, dict | list):
        return field(default_factory=lambda: copy.deepcopy(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class Config:
    """Settings of one user on one machine. Add a setting with one ``setting(...)`` line."""

    name: str = setting(
        "", check.text, "Your name: the git author of synced changes and who approved.",
        env="MINUTES_NAME",
    )  # fmt: skip
    email: str = setting(
        "", check.email, "Your e-mail: the git author of synced changes.", env="MINUTES_EMAIL"
    )
    language: str = setting(
        "", check.language, 'Interface language: "sv", "en" or "de"; "" follows the locale.'
    )
    document_language: str = setting(
        "",
        check.language,
        'Document language of a new body\'s minutes: "sv", "en" or "de"; "" follows the '
        "document kind (minutes: English, otherwise Swedish).",
    )
    theme: str = setting("", check.text, 'Colour theme (Ctrl+P, "theme"); "" = the default.')
    sync_interval: int = setting(
        5,
        check.seconds(0),
        "Seconds between background syncs while a meeting is in progress (the chair sees "
        "the draft this fresh; otherwise once a minute); 0 = off.",
    )
    sync_after_save: int = setting(
        1,
        check.seconds(0),
        "While a meeting is in progress, sync soon after a save, at most once per this "
        "many seconds (the other side sees a word within one interval); 0 = only every "
        "sync_interval.",
    )
    sync_check_interval: int = setting(
        2,
        check.seconds(0),
        "At most this many seconds between cheap checks whether the remote has something "
        "new, between syncs while a meeting is in progress (at least four per sync "
        "interval; one connection each, see docs/sync.md); 0 = off.",
    )
    git_timeout: int = setting(
        30, check.seconds(1), "Seconds a network git command (fetch, push) may take."
    )
    signing_key: str = setting(
        "",
        check.text,
        "An SSH key that signs your approvals (the key, or its .pub when the key is in "
        'ssh-agent); "" = git\'s own user.signingkey, else approvals are hashed, not signed.',
    )
    keymap: dict[str, str] = setting(  # noqa: RUF009 (a fresh dict per Config, see setting)
        {}, check.keymap, 'Your own keys: binding id -> keys, e.g. next_item = "f10,ctrl+n".'
    )
    templates: dict[str, str] = setting(  # noqa: RUF009 (a fresh dict per Config, see setting)
        {},
        check.templates,
        'House Word templates: body name -> path of a .docx ("*" = every other body).',
    )

    #: The file this was read from (and is saved to).
    path: Path | None = field(default=None, compare=False, repr=False)
    #: What was wrong in the file or the environment, one sentence each.
    problems: list[ConfigProblem] = field(default_factory=list, compare=False, repr=False)
    #: Setting -> the environment variable its value came from this run.
    from_env: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    #: The values as read: a save writes only the settings that differ from these.
    _loaded: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)


def settings() -> list[Field[Any]]:
    """The settings of ``Config`` in the order they are declared."""
    return [f for f in fields(Config) if "check" in f.metadata]


def setting_named(key: str) -> Field[Any] | None:
    return next((f for f in settings() if f.name == key), None)


def default_of(item: Field[Any]) -> Any:
    if item.default_factory is not MISSING:
        return item.default_factory()
    return item.default


@dataclass(frozen=True)
class ConfigProblem:
    """One bad value or unreadable line: where it is, which key, what is wrong."""

    source: str  # the file, or "$MINUTES_NAME" for an environment variable
    line: int | None
    key: str
    code: str
    values: dict[str, object]

    def message(self, lang: Language) -> str:
        if self.source.startswith("$"):
            where = t(lang, "config.where.env", var=self.source[1:])
        elif self.line is not None:
            where = t(lang, "config.where.line", file=self.source, line=self.line)
        else:
            where = t(lang, "config.where.file", file=self.source)
        what = t(lang, f"config.bad.{self.code}", setting=self.key, **self.values)
        return t(lang, "config.problem", where=where, what=what)


class ConfigNotSaved(Exception):
    """The config file could not be read, so it is not overwritten."""

    def __init__(self, path: Path, code: str, **values: object) -> None:
        super().__init__(f"{path}: {code}")
        self.path = path
        self.code = code
        self.values = values

    def message(self, lang: Language) -> str:
        return t(lang, f"config.not_saved.{self.code}", file=self.path, **self.values)


# -- reading ---------------------------------------------------------------------------

_AT = re.compile(r"\s*\(at line (\d+), column \d+\)|\s*\(at end of document\)")
_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]")
_KEY = re.compile(r"""^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_\-.]+)\s*=""")
#: Lines left out of a broken file before giving up on it.
_MAX_SKIPPED = 20


def _key_text(raw: str) -> str:
    if raw[0] in "\"'":
        return raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    return raw


def _table_name(line: str) -> str | None:
    header = _HEADER.match(line)
    if header is None:
        return None
    return ".".join(_key_text(part.strip()) for part in header.group(1).split("."))


def _line_of(text: str, key: str, table: str = "") -> int | None:
    """The line where ``key`` of ``table`` ("" = top level) is written, if it can be found."""
    current = ""
    for number, line in enumerate(text.splitlines(), start=1):
        name = _table_name(line)
        if name is not None:
            current = name
            continue
        match = _KEY.match(line)
        if match is None:
            continue
        written = _key_text(match.group(1))
        if (current == table and written == key) or (
            current == "" and table and written == table  # keymap = { ... } inline
        ):
            return number
    return None


def _parse(text: str, source: str) -> tuple[dict[str, Any], list[ConfigProblem]]:
    """The file's data, with lines that are not valid TOML left out (each reported)."""
    lines = text.splitlines(keepends=True)
    problems: list[ConfigProblem] = []
    skipped: set[int] = set()
    while True:
        try:
            return tomllib.loads("".join(lines)), problems
        except tomllib.TOMLDecodeError as exc:
            found = _AT.search(str(exc))
            number = int(found.group(1)) if found and found.group(1) else None
            detail = _AT.sub("", str(exc))
            line = lines[number - 1] if number and number <= len(lines) else ""
            if number is None or number in skipped or len(skipped) >= _MAX_SKIPPED or not line:
                # nothing left to skip (an unclosed string or array runs to the end): the
                # whole file is unreadable, and that is the one sentence
                problems.append(ConfigProblem(source, number, "", "syntax_all", {"detail": detail}))
                return {}, problems
            key = match.group(1) if (match := _KEY.match(line)) else ""
            if not key:
                code = "syntax_line"
            else:
                code = "syntax_quote" if _unquoted_dotted(key, lines) else "syntax"
            text = line.strip() if len(line.strip()) <= 40 else line.strip()[:37] + "..."
            values: dict[str, object] = {"detail": detail, "text": text}
            problems.append(
                ConfigProblem(source, number, _key_text(key) if key else "", code, values)
            )
            skipped.add(number)
            lines[number - 1] = "\n"


def _unquoted_dotted(key: str, lines: list[str]) -> bool:
    """Whether the clash at ``key`` comes from an id with a dot written without quotes
    (``next_item.letter = "j"`` beside ``next_item = ...``), as earlier versions wrote."""
    if not key or key[0] in "\"'":
        return False
    if "." in key:
        return True
    return any(
        (m := _KEY.match(line)) is not None and m.group(1).startswith(key + ".") for line in lines
    )


def _read(path: Path) -> tuple[str | None, dict[str, Any], list[ConfigProblem]]:
    """The file's text (None if missing or unreadable), its data and its problems."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, {}, []
    except UnicodeDecodeError:
        return None, {}, [ConfigProblem(str(path), None, "", "not_utf8", {})]
    except OSError as exc:
        detail = exc.strerror or str(exc)
        return None, {}, [ConfigProblem(str(path), None, "", "unreadable", {"detail": detail})]
    data, problems = _parse(text, str(path))
    return text, data, problems


def _checked(
    item: Field[Any], value: object, source: str, line_of: Callable[[str, str], int | None]
) -> tuple[Any, list[ConfigProblem]]:
    """The value the app uses for one setting, and what was wrong with it."""
    problems: list[ConfigProblem] = []

    def report(entry: str, bad: BadValue) -> None:
        problems.append(
            ConfigProblem(source, line_of(entry, item.name), entry, bad.code, bad.values)
        )

    try:
        return item.metadata["check"](value, report), problems
    except BadValue as bad:
        line = line_of(item.name, "")
        problems.append(ConfigProblem(source, line, item.name, bad.code, bad.values))
        return default_of(item), problems


def load_config(path: Path | None = None, environ: dict[str, str] | None = None) -> Config:
    """The config: every good value from the file (environment variables win), defaults
    for what is missing or bad, and ``problems`` saying what was bad. Never raises."""
    path = path or config_file()
    environ = dict(os.environ) if environ is None else environ
    text, data, problems = _read(path)
    config = Config(path=path)
    source = str(path)

    def line_of(key: str, table: str) -> int | None:
        return _line_of(text or "", key, table)

    for item in settings():
        if item.name in data:
            value, found = _checked(item, data[item.name], source, line_of)
            setattr(config, item.name, value)
            problems += found
        env = item.metadata["env"]
        if env and environ.get(env):
            value, found = _checked(item, environ[env], "$" + env, lambda *_: None)
            if found:
                problems += found
            else:
                setattr(config, item.name, value)
                config.from_env[item.name] = env
        config._loaded[item.name] = copy.deepcopy(getattr(config, item.name))
    config.problems = problems
    return config


# -- writing ---------------------------------------------------------------------------


def _document(path: Path) -> TOMLDocument:
    """The user's file as an editable document; refuses a file it could not read."""
    import tomlkit  # only for writing: reading (every command) needs no more than tomllib
    import tomlkit.exceptions

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return tomlkit.document()
    except UnicodeDecodeError:
        raise ConfigNotSaved(path, "not_utf8") from None
    except OSError as exc:
        raise ConfigNotSaved(path, "unreadable", detail=exc.strerror or str(exc)) from None
    _, problems = _parse(text, str(path))
    syntax = [p for p in problems if p.code.startswith("syntax")]
    if syntax:
        raise ConfigNotSaved(path, "syntax", line=syntax[0].line or "?")
    try:
        return tomlkit.parse(text)
    except tomlkit.exceptions.TOMLKitError as exc:
        raise ConfigNotSaved(path, "syntax", line=getattr(exc, "line", None) or "?") from None


def _keymap_table(doc: TOMLDocument) -> Any:
    import tomlkit

    table = doc.get("keymap")
    if not isinstance(table, dict):  # missing, or a bad value the user is told about
        table = tomlkit.table()
        doc["keymap"] = table
    return table


def _set_binding(table: Any, binding_id: str, keys: str | None) -> None:
    """Write (or with None remove) one keymap entry. An entry that an earlier version
    wrote as a nested table (``next_item.letter`` unquoted) is changed where it is."""
    head, dot, rest = binding_id.partition(".")
    if binding_id not in table and dot and isinstance(table.get(head), dict):
        _set_binding(table[head], rest, keys)
        return
    if keys is None:
        if binding_id in table:
            del table[binding_id]
    else:
        table[binding_id] = keys  # tomlkit quotes a key that is not a bare key


def save_config(config: Config, path: Path | None = None) -> None:
    """Write the settings this program changed into the user's file, keeping the rest of
    it as written. Raises ``ConfigNotSaved`` (file not readable) or ``OSError``."""
    path = path or config.path or config_file()
    doc = _document(path)
    changed = False
    for item in settings():
        value = getattr(config, item.name)
        before = config._loaded.get(item.name, default_of(item))
        if value == before:
            continue  # as read (or from the environment): the user's text stays
        changed = True
        if item.name == "keymap":
            table = _keymap_table(doc)
            for binding_id in sorted({*value, *before}):
                if value.get(binding_id) != before.get(binding_id):
                    _set_binding(table, binding_id, value.get(binding_id))
        else:
            doc[item.name] = value
    if changed or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, doc.as_string().encode("utf-8"))
    for item in settings():
        config._loaded[item.name] = copy.deepcopy(getattr(config, item.name))
    config.path = path


def save_setting(key: str, value: Any, path: Path | None = None) -> Config:
    """Set one setting in the file (``minutes config set``): checked like a value read from
    the file; ``value=None`` removes it (back to the default). Returns the config as
    read again. Raises ``BadValue``, ``ConfigNotSaved`` or ``OSError``."""
    path = path or config_file()
    doc = _document(path)
    setting_key, _, entry = key.partition(".")
    item = setting_named(setting_key)
    if item is None or (entry and setting_key != "keymap"):
        raise BadValue("unknown_setting")
    if value is not None:
        if entry:
            check.keymap({entry: value}, _raise)
        else:
            item.metadata["check"](value, _raise)
    if entry:
        _set_binding(_keymap_table(doc), entry, value)
    elif value is None:
        doc.pop(setting_key, None)
    else:
        doc[setting_key] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, doc.as_string().encode("utf-8"))
    return load_config(path)


def _raise(entry: str, bad: BadValue) -> None:
    raise bad
