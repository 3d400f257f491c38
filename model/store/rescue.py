"""A copy of a meeting the disk refused to save, written wherever there is room.

When a save fails (the disk is full, the archive folder became read-only, a network
share went away) the change lives only in the app's memory. Waiting for the user to
quit before copying it elsewhere is too late: the terminal may be closed, the laptop
may run flat. So the moment a save fails, the whole meeting, as it would have been
saved, is written to the first of ``locations.rescue_places()`` that takes it, and
the path is named in the message. The copy is a complete meeting file:
``minutes show PATH`` reads it, and copying it over the meeting file restores it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from model.store.files import atomic_write
from model.store.locations import rescue_places


def rescue_name(path: Path) -> str:
    """One copy per meeting file: a later failure replaces it with the newer state."""
    return f"{path.stem}.unsaved{path.suffix or '.json'}"


def write_rescue_copy(
    path: Path, data: bytes, places: Sequence[Path] | None = None, first: Path | None = None
) -> Path | None:
    """Write ``data`` (the unsaved meeting file ``path``) to the first place with room.

    ``first``: a folder to try before the others (where the last copy went, or one the
    user typed). Returns the copy's path, or None if no place took it.
    """
    folders = list(places if places is not None else rescue_places())
    if first is not None:
        folders.insert(0, first)
    for folder in folders:
        target = folder / rescue_name(path)
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not target.exists():
                # minutes may be confidential and the temp folder is shared: private
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                os.close(fd)
            atomic_write(target, data)
        except OSError:
            with contextlib.suppress(OSError):
                if target.exists() and target.stat().st_size == 0:
                    target.unlink()
            continue
        return target
    return None
