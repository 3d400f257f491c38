"""Writing this machine's sync bookkeeping (``.local/sync.json``, the approval cache).

These files are caches: a reader that finds one missing or unreadable starts afresh
(``read_state``, the approval check recomputes). They are replaced whole (a temp file
renamed over the old one) but not fsynced: a sync writes one every time, and two fsyncs
per sync competed on the disk with the fsyncs of the save of the meeting being typed.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


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
