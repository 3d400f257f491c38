"""What the failure tests with real git share: the head commit, a clean repository, the
``minutes`` command in a subprocess as a user runs it, and the English sentences."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from model.enums import Language
from model.store.load import load_tables
from sync.gitenv import Identity
from tests.core.sync.conftest import SECRETARY, git
from tui.i18n import t

#: a committer for commits made with plain git in a test
IDENT = ("-c", "user.name=Olle", "-c", "user.email=olle@example.se")


def head(path: Path) -> str:
    return git(path, "rev-parse", "HEAD").strip()


def assert_clean(path: Path) -> None:
    """Nothing uncommitted, not mid-merge, every meeting file loads."""
    assert git(path, "status", "--porcelain") == ""
    assert not (path / ".git" / "MERGE_HEAD").exists()
    for name in (path / "meetings").glob("*.json"):
        load_tables(name, "meeting")
        assert b"<<<<<<<" not in name.read_bytes()


def minutes_cli(
    tmp_path: Path,
    *args: str,
    path: str | None = None,
    who: Identity = SECRETARY,
    settings: str = "",
    timeout: int = 60,
) -> subprocess.CompletedProcess[str]:
    """The installed ``minutes`` command in a subprocess, as a user runs it (English,
    a config with ``who``'s name and e-mail and the lines in ``settings``, HOME in a temp
    folder)."""
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "config.toml").write_text(
        f'name = "{who.name}"\nemail = "{who.email}"\nlanguage = "en"\n{settings}',
        encoding="utf-8",
    )
    env = {**os.environ, "MINUTES_CONFIG": str(config), "PYTHONIOENCODING": "utf-8"}
    env.pop("GIT_PYTHON_GIT_EXECUTABLE", None)
    if path is not None:
        env["PATH"] = path
    command = shutil.which("minutes", path=str(Path(sys.executable).parent))
    assert command is not None, "minutes is not installed in this environment"
    return subprocess.run(
        [command, "--lang", "en", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def sentence(key: str, **values: str) -> str:
    return t(Language.EN, key, **values)
