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
    #: Seconds between background syncs while a meeting is open; 0 turns it off.
    sync_interval: int = 60
    #: An SSH key that signs your approvals (path to the key or its .pub in ssh-agent);
    #: empty: git's own user.signingkey, else approvals are hashed but not signed.
    signing_key: str = ""
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
    for key in ("name", "email", "language", "signing_key"):
        if isinstance(data.get(key), str):
            setattr(config, key, data[key])
    if isinstance(data.get("sync_interval"), int):
        config.sync_interval = data["sync_interval"]
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
        *([f"signing_key = {_quote(config.signing_key)}"] if config.signing_key else []),
        "",
        "[keymap]",
        *(f"{key} = {_quote(value)}" for key, value in sorted(config.keymap.items())),
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, ("\n".join(lines) + "\n").encode("utf-8"))
