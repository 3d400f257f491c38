"""A per-machine cache of what was read from each file, keyed by the file's mtime and size.

The archive listing and the registers both need a little from every meeting file; reading
1,000 files each time is too slow, so each keeps an index in ``.local/`` and re-reads only
the files that changed. This is that mechanism, once.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.store.files import atomic_write


@dataclass
class FileIndex:
    """The entries in path order, and how many files had to be read again."""

    entries: list[tuple[Path, dict[str, Any]]] = field(default_factory=list)
    refreshed: int = 0


def refresh_index(
    index_path: Path, paths: list[Path], read: Callable[[Path], dict[str, Any]], version: int = 1
) -> FileIndex:
    """Entries for ``paths`` from ``index_path``, re-``read``ing the files that changed.

    The index is rewritten only when something changed; failing to write it is harmless
    (it is a cache). Files that vanish between listing and stat are skipped.
    """
    try:
        stored = json.loads(index_path.read_text(encoding="utf-8"))
        old = stored["files"] if stored.get("version") == version else {}
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        old = {}
    fresh: dict[str, Any] = {}
    result = FileIndex()
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        stamp = [stat.st_mtime_ns, stat.st_size]
        cached = old.get(path.name) if isinstance(old, dict) else None
        if isinstance(cached, dict) and cached.get("stamp") == stamp:
            entry = cached
        else:
            entry = {"stamp": stamp, **read(path)}
            result.refreshed += 1
        fresh[path.name] = entry
        result.entries.append((path, entry))
    if result.refreshed or len(fresh) != len(old):
        with contextlib.suppress(OSError):
            index_path.parent.mkdir(parents=True, exist_ok=True)
            data = json.dumps({"version": version, "files": fresh}, ensure_ascii=False)
            atomic_write(index_path, data.encode("utf-8"))
    return result
