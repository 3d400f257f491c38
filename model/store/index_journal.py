"""The change journal of a ``meetings/`` folder: which files this machine's programs
wrote, so that the index re-reads those and need not ``stat`` 10,000 files.

``meetings/.local/changes.log`` (per machine, like everything in ``.local``: never
committed, and a commit bringing it is refused, sync/incoming.py) is a text file of
UTF-8 lines::

    minutes-changes 1 <token>          the header; a new token whenever it is started anew
    <before> <after> <name>            one write: the folder's mtime_ns before and after it

Every write of a meeting file by the store (``MeetingStore.save``, a new meeting) and by
a sync bringing a merge in (sync/worktree.py) goes through ``noted_write``, which adds
one line. The index (model/store/index_db.py) keeps the token, how far it has read and
the folder's mtime it last saw; ``changed_since`` then gives the names to read again,
or ``None`` when the journal cannot account for the folder as it is now, and the index
compares every file's stamp as before. That is when:

- the folder's mtime is not the one the chain of lines leads to (a file created,
  replaced or deleted by anything that did not write a line: ``git`` by hand, a file
  manager, a copy from elsewhere; lines lost in a crash);
- a line's ``before`` is not the previous line's ``after`` (something wrote between
  two of ours), or a write left the folder's mtime as it was (a coarse clock: another
  write in the same tick could hide behind it);
- the journal is missing, started anew (another token: a copy from another machine, a
  rotation), shorter than what was read, not UTF-8, too large or has a line that is
  not one of ours. A damaged journal is started anew after the full check.

What no folder mtime shows, a file rewritten in place by another program, is found by
the full check the app runs when it opens the archive and that a command runs when the
last one is older than ``FULL_CHECK_NS``. One case remains open by design: a change by
another program within the same timestamp tick (a few milliseconds on Linux) after one
of our writes leaves the folder's mtime as that write left it; the next full check
finds it.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from model.store.load import LOCAL_DIR

JOURNAL_FILE = "changes.log"
HEADER = "minutes-changes 1 "
#: A journal larger than this is started anew once the index has read all of it.
ROTATE_BYTES = 64 * 1024
#: A journal larger than this is not read (not ours, or never rotated): a full check.
MAX_BYTES = 4 * 1024 * 1024
#: A full check of every file's stamp at least this often (what no folder mtime shows).
FULL_CHECK_NS = 10 * 60 * 10**9
#: A folder mtime younger than this when it was seen may be followed by another change
#: in the same tick: it is not kept as the point to go on from (the next refresh checks
#: every file). Linux stamps with a clock of a few milliseconds' resolution.
DIR_TICK_NS = 20_000_000

_TOKEN = re.compile(r"[0-9a-f]{8,64}")
#: A meeting file's name as the index lists them: no folder, no leading dot.
_NAME = re.compile(r"[^./\\\x00-\x1f][^/\\\x00-\x1f]*\.json")


def journal_path(meetings_dir: Path) -> Path:
    return meetings_dir / LOCAL_DIR / JOURNAL_FILE


def folder_mtime(folder: Path) -> int | None:
    try:
        return os.stat(folder).st_mtime_ns
    except OSError:
        return None


def _file_stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


@contextlib.contextmanager
def noted_write(path: Path) -> Iterator[None]:
    """Around a write (or removal) of meeting file ``path``: one journal line saying so.

    Nothing is added when neither the file nor its folder changed (a save that had
    nothing to write). Failing to write the line costs nothing but speed: the folder's
    mtime then leads the index to a full check.
    """
    folder = path.parent
    before, stamp = folder_mtime(folder), _file_stamp(path)
    try:
        yield
    finally:
        after = folder_mtime(folder)
        if after != before or _file_stamp(path) != stamp:
            stamps = f"{-1 if before is None else before} {-1 if after is None else after}"
            _append(folder, f"{stamps} {path.name}\n")


def _append(folder: Path, line: str) -> None:
    target = journal_path(folder)
    data = line.encode("utf-8")
    with contextlib.suppress(OSError):
        try:  # the journal is there but for the first write (one call, no exception)
            fd = os.open(target, os.O_WRONLY | os.O_APPEND | _BINARY)
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
            try:  # a new journal: its header and the first line in one write
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o644)
                data = f"{HEADER}{os.urandom(8).hex()}\n".encode() + data
            except FileExistsError:  # another program started it meanwhile
                fd = os.open(target, os.O_WRONLY | os.O_APPEND | _BINARY)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)


_BINARY = getattr(os, "O_BINARY", 0)


@dataclass
class Journal:
    """The journal as read: ``token`` ("" when there is none), the complete lines
    from ``start`` on, and where they end."""

    token: str = ""
    end: int = 0
    damaged: bool = False
    entries: list[tuple[int, int, str]] = field(default_factory=list)


def read_journal(meetings_dir: Path, start: int = 0) -> Journal:
    """The journal's lines after byte ``start`` (those not yet complete are left for
    the next read)."""
    path = journal_path(meetings_dir)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                return Journal(end=size, damaged=True)
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Journal()
    except OSError:
        return Journal(damaged=True)
    head, newline, _rest = data.partition(b"\n")
    token = head.decode("ascii", "replace").removeprefix(HEADER)
    if not newline or not head.startswith(HEADER.encode()) or not _TOKEN.fullmatch(token):
        return Journal(end=len(data), damaged=True)
    end = data.rfind(b"\n") + 1
    journal = Journal(token, end)
    offset = max(start, len(head) + 1)
    if start > end:
        journal.damaged = True  # shorter than what was read: not the same journal
        return journal
    try:
        lines = data[offset:end].decode("utf-8").splitlines()
    except UnicodeDecodeError:
        journal.damaged = True
        return journal
    for line in lines:
        parts = line.split(" ", 2)
        if len(parts) != 3 or not _NAME.fullmatch(parts[2]):
            journal.damaged = True
            return journal
        try:
            journal.entries.append((int(parts[0]), int(parts[1]), parts[2]))
        except ValueError:
            journal.damaged = True
            return journal
    return journal


@dataclass(frozen=True)
class Seen:
    """What the index last took from the journal: its token ("" when there was none),
    how far it read, the folder's mtime then (-1: not to go on from) and when the
    last full check was (time.time_ns)."""

    token: str
    offset: int
    folder_mtime: int
    full_at: int


def changed_since(seen: Seen | None, journal: Journal, now_mtime: int | None) -> set[str] | None:
    """The meeting files written since ``seen``, if the journal accounts for the folder
    as it is now (``now_mtime``: its mtime, taken before the journal was read); None
    when every file's stamp must be compared."""
    if seen is None or now_mtime is None or journal.damaged or seen.folder_mtime < 0:
        return None
    if journal.token != seen.token:
        return None  # started anew, deleted or brought from elsewhere
    previous = seen.folder_mtime
    names: set[str] = set()
    for before, after, name in journal.entries:
        if before != previous or after == before:
            return None
        previous = after
        names.add(name)
    return names if previous == now_mtime else None


def trusted_mtime(mtime: int | None, now_ns: int) -> int:
    """``mtime`` as the point to go on from, or -1 when it is too young to rule out
    another change in the same tick, or looks like a clock of whole seconds (FAT, some
    network shares), where a tick hides many changes."""
    if mtime is None or now_ns - mtime < DIR_TICK_NS or mtime % 1_000_000_000 == 0:
        return -1
    return mtime


def start_anew(meetings_dir: Path) -> str | None:
    """Replace the journal by an empty one with a new token; the token, or None if it
    could not be written (the old one is then read on as it is)."""
    from model.store.files import atomic_write

    token = os.urandom(8).hex()
    try:
        atomic_write(journal_path(meetings_dir), f"{HEADER}{token}\n".encode())
    except OSError:
        return None
    return token
