"""Where things live on disk: the archive and the user's config. One place for paths."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "minutes"
ARCHIVE_ENV = "MINUTES_ARCHIVE"
CONFIG_ENV = "MINUTES_CONFIG"


def default_archive() -> Path:
    """``--archive`` wins over ``MINUTES_ARCHIVE``, which wins over the user data folder."""
    env = os.environ.get(ARCHIVE_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "archive"


def config_dir() -> Path:
    """The user's config folder (config.toml with name, e-mail, language, keymap)."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    return config_dir() / "config.toml"
