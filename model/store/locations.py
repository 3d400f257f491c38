"""Where things live on disk: the archive and the user's config. One place for paths."""

from __future__ import annotations

import contextlib
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


def rescue_places() -> list[Path]:
    """Where a copy of a meeting that could not be saved is written, tried in turn.

    Not beside the archive: the archive's disk is the one that just refused. The config
    folder and the user data folder are often on another disk (a home folder beside a
    shared archive); the system temp folder is the last resort (often a RAM disk).
    """
    places = [config_dir() / "rescued"]
    with contextlib.suppress(Exception):  # platformdirs can fail on odd systems
        places.append(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "rescued")
    import tempfile  # only for a rescue copy

    places.append(Path(tempfile.gettempdir()) / f"{APP_NAME}-rescued")
    return places
