"""docs/architecture.md stays true: every file and folder it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"

#: a path in backticks: ``model/live.py``, ``tui/cli/``, ``export/reference.docx``
PATH = re.compile(r"`((?:model|sync|export|tui|tests|docs)/[\w./]*)`")


def named_paths(text: str) -> list[str]:
    return sorted(set(PATH.findall(text)))


def test_the_pattern_finds_files_and_folders() -> None:
    text = "see `model/live.py`, `tui/cli/` and `docs/sync.md`, not `x.py`"
    assert named_paths(text) == ["docs/sync.md", "model/live.py", "tui/cli/"]


def test_every_module_the_architecture_names_exists() -> None:
    paths = named_paths(DOC.read_text(encoding="utf-8"))
    assert len(paths) > 40  # the page names the modules; an empty match would pass
    missing = [p for p in paths if not (ROOT / p).exists()]
    assert missing == [], f"docs/architecture.md names what is not there: {missing}"
