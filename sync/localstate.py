"""Reading and writing this machine's sync bookkeeping (``.local/sync.json``, the approval cache).

These files are caches: a reader that finds one missing or unreadable starts afresh
(``read_state``, the approval check recomputes). They are replaced whole (a temp file
renamed over the old one) but not fsynced: a sync writes one every time, and two fsyncs
per sync competed on the disk with the fsyncs of the save of the meeting being typed.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from pathlib import Path
from typing import Any


def read_cache_file(path: Path) -> dict[str, Any]:
    """The JSON object a cache file keeps; empty if it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_cache_map(path: Path) -> dict[str, str]:
    """A cache file's names and values, as text."""
    return {str(k): str(v) for k, v in read_cache_file(path).items()}


def write_cache_file(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` (whole, not durable). Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
