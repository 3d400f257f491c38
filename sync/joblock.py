"""One git job at a time per archive: a sync, an approval's tag, a setup.

Git takes its own index lock and GitPython is not thread-safe, so two jobs on one
repository must never overlap. The lock is a thread lock (jobs of this process) plus a
file lock in the git folder (the CLI and the app on one machine). Callers wait for it
(``wait``) or skip when another job has it (a background sync that finds one running
has nothing to add).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_NAME = "minutes-job.lock"

_guard = threading.Lock()
_thread_locks: dict[str, threading.Lock] = {}


class Busy(Exception):
    """Another git job holds the archive (raised when not waiting, or after ``wait``)."""


def _thread_lock(root: Path) -> threading.Lock:
    key = str(Path(root).resolve())
    with _guard:
        return _thread_locks.setdefault(key, threading.Lock())


def _lock_file(root: Path) -> Path:
    git_dir = Path(root) / ".git"
    return (git_dir if git_dir.is_dir() else Path(root)) / LOCK_NAME


@contextlib.contextmanager
def git_job(root: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the archive's git lock for the block; ``wait`` seconds at most, else ``Busy``."""
    lock = _thread_lock(root)
    acquired = lock.acquire(timeout=wait) if wait > 0 else lock.acquire(blocking=False)
    if not acquired:
        raise Busy(str(root))
    try:
        file_lock = FileLock(str(_lock_file(root)), timeout=wait if wait > 0 else 0)
        try:
            file_lock.acquire()
        except Timeout:
            raise Busy(str(root)) from None
        try:
            yield
        finally:
            file_lock.release()
    finally:
        lock.release()


def busy(root: Path) -> bool:
    """A git job of this process runs on the archive now."""
    return _thread_lock(root).locked()
