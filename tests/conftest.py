"""Shared fixtures: every test gets its own archive and config folder, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seeds" / "000_a6a77b98de6d478c.txt"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point the default archive and config at temp folders so no test touches the user's."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("MINUTES_ARCHIVE", str(home / "archive"))
    monkeypatch.setenv("MINUTES_CONFIG", str(home / "config"))


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return tmp_path / "archive"
