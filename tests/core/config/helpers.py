"""Config files for the config tests: the README's own example and broken variants."""

from __future__ import annotations

import re
from pathlib import Path

from model.store.locations import config_file
from tests.conftest import REPO


def readme_keymap_block() -> str:
    """The ``[keymap]`` example of the README's keys section, as the user would copy it."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", readme, flags=re.DOTALL)
    block = next(b for b in blocks if '"next_item.letter" = "j"' in b)
    assert "[keymap]" in block
    return block


def readme_config(identity: bool = True) -> str:
    """A whole config a user might have: comments, an unknown key, the README keymap."""
    head = '# my settings\nname = "Anna Andersson"\nemail = "anna@example.se"\n' if identity else ""
    return (
        "# minutes config, edited by hand\n"
        + head
        + 'language = "sv"   # Swedish app\n'
        + "sync_interval = 120\n"
        + 'future_setting = "kept"\n\n'
        + readme_keymap_block()
    )


def write_config(text: str, path: Path | None = None) -> Path:
    path = path or config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


#: The file the old save_config wrote from the README keymap: ids with dots unquoted,
#: so ``next_item.letter`` clashes with ``next_item`` and the file no longer parses.
LEGACY_CLASH = (
    'name = "Anna Andersson"\n'
    'email = "anna@example.se"\n'
    'language = "sv"\n'
    "sync_interval = 60\n"
    "\n"
    "[keymap]\n"
    'attendance.present = "n"\n'
    'next_item = "f10,ctrl+n"\n'
    'next_item.letter = "j"\n'
    'table_item = "ctrl+b"\n'
)
