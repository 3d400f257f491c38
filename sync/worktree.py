"""Bringing a merge into the work-tree files nobody here has open (sync/engine.py step 4).

Each store file is written under the lock its writers take (a meeting's lock in
``meetings/.local/locks``, archive.json's registry lock), so nobody starts writing it
while the merge goes in; a meeting whose lock another program holds postpones the
merge. A file that changed since the sync committed it is merged once more.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from model.store.files import atomic_write
from model.store.index_journal import noted_write
from model.store.meeting_store import lock_path
from sync.gitrun import Git
from sync.treemerge import blob, is_store_file, merge_store_file


def _meeting_lock(root: Path, name: str) -> FileLock:
    wait = 5 if name == "archive.json" else 0  # as the registry and a meeting store wait
    return FileLock(str(lock_path(root / name)), timeout=wait)


@contextlib.contextmanager
def locked_for_merge(root: Path, names: Collection[str], busy: list[str]) -> Iterator[bool]:
    """Hold the store locks of ``names`` (files nobody here has open): nobody can start
    writing them while the merge is brought in. Yields False (and fills ``busy``) if a
    meeting is open for writing in another program."""
    with contextlib.ExitStack() as stack:
        for name in names:
            if not is_store_file(name):
                continue
            lock = _meeting_lock(root, name)
            Path(lock.lock_file).parent.mkdir(parents=True, exist_ok=True)
            try:
                lock.acquire()
            except Timeout:
                busy.append(name)
                continue
            stack.callback(lock.release)
        yield not busy


def bring_into_file(
    git: Git, root: Path, name: str, ours: str | None, merged: str | None, blobs: dict[str, bytes]
) -> int:
    """Write the merged version of a file nobody is writing (its lock is held). If it
    changed since it was committed (an archive.json update meanwhile), merge that in."""
    path = root / name
    now = path.read_bytes() if path.exists() else None
    committed = blob(git, ours, blobs) if ours else None
    conflicts = 0
    if now == committed:
        data = blob(git, merged, blobs) if merged else None
    elif merged is None:
        return 0  # deleted there, changed here since: keep it
    elif now is None:
        data = blob(git, merged, blobs)  # deleted here since: the merged file comes back
    elif is_store_file(name):
        data, conflicts = merge_store_file(
            git, name, (committed or b"", now, blob(git, merged, blobs)), ("HEAD", "HEAD")
        )
    else:
        data = now  # a plain file edited meanwhile: it is committed next time
    with noted_write(path):  # the index re-reads this file only (index_journal.py)
        if data is None:
            path.unlink(missing_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, data)
    return conflicts
