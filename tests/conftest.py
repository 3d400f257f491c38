"""Shared fixtures: every test gets its own archive and config folder, never the user's."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (also in CI); MINUTES_SHARED points elsewhere if needed
SHARED = Path(os.environ.get("MINUTES_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"
SEED = SHARED / "seeds" / "000_a6a77b98de6d478c.txt"


def corpus_files() -> list[Any]:
    """The corpus files as test parameters; one skipped parameter if the folder is missing."""
    if not CORPUS.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"no corpus at {CORPUS}"))]
    return sorted(CORPUS.iterdir())


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point the default archive and config at temp folders so no test touches the user's."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("MINUTES_ARCHIVE", str(home / "archive"))
    monkeypatch.setenv("MINUTES_CONFIG", str(home / "config"))
    for name in ("MINUTES_NAME", "MINUTES_EMAIL"):  # the identity comes from the test
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return tmp_path / "archive"
