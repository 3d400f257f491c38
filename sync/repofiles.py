"""The two files minutes keeps in every archive repository, and their lines.

``.gitignore`` keeps per-machine state out (``.local/`` folders: locks, index, good
copies; temp files of atomic writes). ``.gitattributes`` names the merge driver for the
store files (the driver itself is registered per clone by sync/setup.py). The incoming
check (sync/incoming.py) accepts exactly these lines from a remote, so both read them
here: neither imports the other for them.
"""

from __future__ import annotations

from pathlib import Path

from sync.gitenv import DRIVER_NAME

GITIGNORE_LINES = [
    "# per-machine state of minutes: never shared",
    ".local/",
    "**/.local/",
    ".*.tmp",
    "**/.*.tmp",
    ".sync/",
]
GITATTRIBUTES_LINES = [
    "# minutes merges its files record by record (minutes sync setup registers the driver)",
    f"meetings/*.json merge={DRIVER_NAME} -text",
    f"archive.json merge={DRIVER_NAME} -text",
    # approvers' keys added on two machines at once: keep both lines (git's union merge)
    ".minutes/allowed_signers merge=union",
]


def _ensure_lines(path: Path, lines: list[str]) -> bool:
    """Append the lines missing from a text file. Returns whether it changed."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    present = set(text.splitlines())
    missing = [line for line in lines if line not in present]
    if not missing:
        return False
    if text and not text.endswith("\n"):
        text += "\n"
    path.write_text(text + "\n".join(missing) + "\n", encoding="utf-8")
    return True


def ensure_repo_files(root: Path) -> None:
    """Write ``.gitignore`` and ``.gitattributes`` lines if missing."""
    _ensure_lines(root / ".gitignore", GITIGNORE_LINES)
    _ensure_lines(root / ".gitattributes", GITATTRIBUTES_LINES)
