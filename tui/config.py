"""The user's config file: name and e-mail (for sync), interface language, keymap.

Lives at ``platformdirs.user_config_dir("minutes")/config.toml`` (override the folder
with ``MINUTES_CONFIG``). Read with tomllib; written by the app as plain TOML.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from model.store.files import atomic_write
from model.store.locations import config_file


@dataclass
class Config:
    """Settings of one user on one machine."""

    #: The user's name, used as the git author of synced changes.
    name: str = ""
    #: The user's e-mail, used as the git author of synced changes.
    email: str = ""
    #: Interface language: "sv" or "en"; empty means from the locale.
    language: str = ""
    #: Seconds between background syncs while a meeting is in progress (the chair sees
    #: the draft this fresh; otherwise once a minute); 0 turns background sync off.
    sync_interval: int = 5
    #: Seconds a network git command (clone, fetch, push, setup's check) may take.
    git_timeout: int = 30
    #: Key overrides: binding id -> keys, e.g. {"next_item": "ctrl+n,f8"}.
    keymap: dict[str, str] = field(default_factory=dict)


def load_config(path: Path | None = None) -> Config:
    """The config, or the defaults if the file is missing or unreadable."""
    path = path or config_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return Config()
    config = Config()
    for key in ("name", "email", "language"):
        if isinstance(data.get(key), str):
            setattr(config, key, data[key])
    for key in ("sync_interval", "git_timeout"):
        if isinstance(data.get(key), int) and not isinstance(data.get(key), bool):
            setattr(config, key, max(0 if key == "sync_interval" else 1, data[key]))
    keymap = data.get("keymap")
    if isinstance(keymap, dict):
        config.keymap = {str(k): str(v) for k, v in keymap.items()}
    return config


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def save_config(config: Config, path: Path | None = None) -> None:
    path = path or config_file()
    lines = [
        f"name = {_quote(config.name)}",
        f"email = {_quote(config.email)}",
        f"language = {_quote(config.language)}",
        f"sync_interval = {config.sync_interval}",
        f"git_timeout = {config.git_timeout}",
        "",
        "[keymap]",
        *(f"{key} = {_quote(value)}" for key, value in sorted(config.keymap.items())),
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, ("\n".join(lines) + "\n").encode("utf-8"))
