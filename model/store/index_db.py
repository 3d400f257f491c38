"""The per-machine index of an archive: one SQLite file in ``meetings/.local/``.

It holds what the listing and the registers need of every meeting file: the summary
(id, body, title, date, state, open conflicts, or why the file cannot be read), the
agenda items' labels, decisions, actions, action reports, attendance, and the texts for
full-text search (an FTS5 table; the ``unicode61 remove_diacritics 0`` tokenizer keeps
å, ä and ö letters of their own, so "a" does not find "ä").

What is taken from each file, in one read of it, is ``model/store/index_entry.py``; the
tables, ``model/store/index_tables.py``; this module is the database. The meeting files
stay the source of truth; this is a cache that may be deleted at any time. Each row set
is keyed by its file's stamp (``mtime_ns`` and size): a refresh ``stat``s every file,
re-reads only the files whose stamp changed, rewrites just their rows and drops the rows
of files that are gone. An index of another schema version (``PRAGMA user_version``) is
emptied and rebuilt; a damaged index file is deleted and rebuilt; if no index file can
be written at all (a read-only folder), an in-memory index is used for the one command.

The app and a CLI command may refresh it at the same moment: the database is in WAL
mode with a busy timeout, and each batch of rows is written in one ``BEGIN IMMEDIATE``
transaction. Two writers that read the same changed file write the same rows; a writer
that read an older version of a file stores the older stamp, so the next refresh reads
the file again.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from model.store import index_journal as journal
from model.store.errors import IndexBusy
from model.store.index_entry import Registers, read_entry
from model.store.index_sql import (
    busy,
    connect,
    count,
    drop_everything,
    iso,
    problem_text,
    transaction,
)
from model.store.index_tables import CHILD_TABLES, SCHEMA, SCHEMA_VERSION, TEXT_BITS
from model.store.load import LOCAL_DIR

T = TypeVar("T")

INDEX_FILE = "index.sqlite3"
#: The JSON indexes of earlier versions, removed when the SQLite index is created.
OLD_INDEX_FILES = ("index.json", "followup.json")
#: Files read between two commits of a refresh (and between two progress reports).
BATCH = 200
#: A file modified less than this before it was read may change again within the same
#: timestamp tick (Linux stamps files with a coarse clock, network shares and FAT with
#: seconds): its stamp is not trusted, and the next refresh reads it again.
RACY_NS = 100_000_000
#: Fewer files than this to read: no progress shown (it would only flicker).
PROGRESS_FROM = 300

#: Reads one file into its index entry (``index_entry.read_entry``).
EntryReader = Callable[[Path], dict[str, Any]]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Stamp:
    """A file as found by the scan: its name, and what tells whether it changed."""

    name: str
    mtime_ns: int
    size: int


class ArchiveIndex:
    """An open index of one ``meetings/`` folder. Use as a context manager or ``close()``.

    ``refreshed`` is how many files the last ``refresh`` read again.
    """

    def __init__(self, meetings_dir: Path, reader: EntryReader = read_entry) -> None:
        self.meetings_dir = Path(meetings_dir)
        self.path = self.meetings_dir / LOCAL_DIR / INDEX_FILE
        self.reader = reader
        self.refreshed = 0
        self.rebuilt = False  # the index file was missing, damaged or of another version
        self.conn = self._open_or_rebuild()

    # -- opening -------------------------------------------------------------------

    def _open_or_rebuild(self) -> sqlite3.Connection:
        if not self.meetings_dir.is_dir():
            return self._memory()  # no archive yet: nothing to index, nothing to create
        try:
            return self._open(self.path)
        except sqlite3.DatabaseError as exc:
            if busy(exc):
                raise IndexBusy(self.path) from exc
            self._discard()
        try:
            return self._open(self.path)
        except sqlite3.DatabaseError:
            return self._memory()

    def _memory(self) -> sqlite3.Connection:
        conn = connect(":memory:")
        self._ensure_schema(conn)
        return conn

    def _open(self, path: Path) -> sqlite3.Connection:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise sqlite3.OperationalError(str(exc)) from exc
        existed = path.exists()
        conn = connect(str(path))
        try:
            with contextlib.suppress(sqlite3.OperationalError):  # no WAL on some shares
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the tail is harmless
            self._ensure_schema(conn)
            conn.execute("SELECT count(*) FROM meetings").fetchone()
        except BaseException:
            conn.close()
            raise
        if not existed:
            self.rebuilt = True
            for old in OLD_INDEX_FILES:
                with contextlib.suppress(OSError):
                    (path.parent / old).unlink()
        return conn

    def _ensure_schema(self, conn: sqlite3.Connection) -> None:
        if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return
        with transaction(conn):
            # checked again under the write lock: another process may have just built it
            if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
                return
            drop_everything(conn)
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        self.rebuilt = True

    def _discard(self) -> None:
        """Delete a damaged index file (and its WAL files): it is rebuilt from the meetings."""
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                self.path.with_name(self.path.name + suffix).unlink()
        self.rebuilt = True

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> ArchiveIndex:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- refreshing ----------------------------------------------------------------

    def scan(self) -> dict[str, tuple[int, int]]:
        """The meeting files in the folder now: name -> (mtime_ns, size). Plain tuples:
        at 10,000 files this loop is most of what a command pays for an up-to-date list."""
        found: dict[str, tuple[int, int]] = {}
        try:
            entries = list(os.scandir(self.meetings_dir))
        except OSError:
            return found
        for entry in entries:
            name = entry.name
            if name[0] == "." or not name.endswith(".json"):
                continue
            try:
                if not (entry.is_file() or entry.is_dir()):
                    continue  # a folder named like a meeting is listed as one: "a folder"
                stat = entry.stat()
            except OSError:
                continue  # vanished between listing and stat
            found[name] = (stat.st_mtime_ns, stat.st_size)
        return found

    def refresh(self, progress: Progress | None = None, *, full: bool = False) -> int:
        """Bring the index up to date with the folder; returns how many files were read.

        The files the change journal names are checked, or every file's stamp when the
        journal cannot account for the folder (model/store/index_journal.py) or ``full``.

        ``progress(done, total)`` is called before the first and after each batch of
        files read, when there are files to read. A damaged index found on the way is
        rebuilt; one that cannot be written is replaced by an in-memory index. Raises
        ``IndexBusy`` if another process holds it past the timeout.
        """
        return self._guarded(lambda: self._refresh(progress, full))

    def rows(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """The rows of a query over the index's tables (see SCHEMA)."""
        return self._guarded(lambda: self.conn.execute(sql, parameters).fetchall())

    def _guarded(self, work: Callable[[], T]) -> T:
        """``work``, again on a rebuilt index if the index proves damaged, and then on an
        in-memory index (filled from the files) if even that fails."""
        try:
            return work()
        except sqlite3.DatabaseError as exc:
            self._unless_busy(exc)
        self.conn.close()
        self._discard()
        self.conn = self._open_or_rebuild()
        try:
            self._refresh(None)
            return work()
        except sqlite3.DatabaseError as exc:
            self._unless_busy(exc)
        self.conn.close()
        self.conn = self._memory()
        self._refresh(None)
        return work()

    def _unless_busy(self, exc: sqlite3.DatabaseError) -> None:
        if busy(exc):
            raise IndexBusy(self.path) from exc

    def _refresh(self, progress: Progress | None, full: bool = False) -> int:
        now_mtime = journal.folder_mtime(self.meetings_dir)  # before the journal is read
        seen = self._seen()
        log = journal.read_journal(self.meetings_dir, seen.offset if seen else 0)
        names = None
        if not full and seen is not None and time.time_ns() - seen.full_at < journal.FULL_CHECK_NS:
            names = journal.changed_since(seen, log, now_mtime)
        if names is None:
            read = self._refresh_all(progress)
        else:
            racy = self.conn.execute("SELECT name FROM meetings WHERE size < 0").fetchall()
            read = self._refresh_names(names | {name for (name,) in racy}, progress)
        self._keep_seen(log, now_mtime, seen if names is not None else None)
        self.refreshed = read
        return read

    def _seen(self) -> journal.Seen | None:
        values = dict(self.conn.execute("SELECT key, value FROM state").fetchall())
        try:
            return journal.Seen(
                str(values["token"]), int(values["offset"]), int(values["mtime"]),
                int(values["full_at"]),
            )  # fmt: skip
        except (KeyError, TypeError, ValueError):
            return None

    def _keep_seen(
        self, log: journal.Journal, mtime: int | None, seen: journal.Seen | None
    ) -> None:
        """Remember how far the journal was read (after a full check: ``seen`` None), and
        start it anew when it is damaged, missing or long and read to its end."""
        now = time.time_ns()
        token, offset = log.token, log.end
        anew = log.damaged or not log.token or log.end > journal.ROTATE_BYTES
        # (one that cannot be started anew is read again, and found damaged, next time)
        if anew and self.meetings_dir.is_dir() and (new := journal.start_anew(self.meetings_dir)):
            token, offset = new, len(journal.HEADER) + len(new) + 1
        values = {
            "token": token,
            "offset": offset,
            "mtime": journal.trusted_mtime(mtime, now),
            "full_at": now if seen is None else seen.full_at,
        }
        with transaction(self.conn):
            self.conn.executemany("INSERT OR REPLACE INTO state VALUES (?, ?)", values.items())

    def _refresh_names(self, names: set[str], progress: Progress | None) -> int:
        """Check the named files only: re-read those whose stamp changed, drop the rows
        of those that are gone."""
        stored: dict[str, tuple[int, int]] = {}
        for start in range(0, len(names), 500):
            some = sorted(names)[start : start + 500]
            stored.update(
                (name, (mtime, size))
                for name, mtime, size in self.conn.execute(
                    "SELECT name, mtime_ns, size FROM meetings"
                    f" WHERE name IN ({','.join('?' * len(some))})",
                    some,
                )
            )
        gone, changed = [], []
        for name in sorted(names):
            path = self.meetings_dir / name
            try:
                if not (path.is_file() or path.is_dir()):
                    raise FileNotFoundError(name)
                stat = path.stat()
            except OSError:
                gone.append(name)
                continue
            if stored.get(name) != (stat.st_mtime_ns, stat.st_size):
                changed.append(Stamp(name, stat.st_mtime_ns, stat.st_size))
        return self._apply(gone, changed, progress)

    def _refresh_all(self, progress: Progress | None) -> int:
        found = self.scan()
        gone: list[str] = []
        # one pass over the stored stamps: what is left in ``found`` is new or changed
        for name, mtime, size in self.conn.execute("SELECT name, mtime_ns, size FROM meetings"):
            seen = found.get(name)
            if seen is None:
                gone.append(name)
            elif seen[0] == mtime and seen[1] == size:
                del found[name]
        changed = [Stamp(name, *stamp) for name, stamp in sorted(found.items())]
        return self._apply(gone, changed, progress)

    def _apply(self, gone: list[str], changed: list[Stamp], progress: Progress | None) -> int:
        """Drop the rows of the files ``gone``, read and store the ``changed`` ones."""
        if gone:
            with transaction(self.conn):
                for name in gone:
                    self._delete(name)
        if changed and progress is not None:
            progress(0, len(changed))
        for start in range(0, len(changed), BATCH):
            batch = changed[start : start + BATCH]
            rows = [(self._trusted(stamp), self._read(stamp)) for stamp in batch]
            with transaction(self.conn):
                for stamp, entry in rows:
                    self._store(stamp, entry)
            if progress is not None:
                progress(start + len(batch), len(changed))
        return len(changed)

    @staticmethod
    def _trusted(stamp: Stamp) -> Stamp:
        """The stamp to store for a file about to be read: one that never matches when
        the file was modified so recently that a second change could keep its stamp."""
        if time.time_ns() - stamp.mtime_ns < RACY_NS:
            return Stamp(stamp.name, stamp.mtime_ns, -1)
        return stamp

    def _read(self, stamp: Stamp) -> dict[str, Any]:
        return self.reader(self.meetings_dir / stamp.name)

    def _delete(self, name: str) -> None:
        row = self.conn.execute("SELECT mid FROM meetings WHERE name = ?", (name,)).fetchone()
        if row is None:
            return
        self._delete_children(row[0])
        self.conn.execute("DELETE FROM meetings WHERE mid = ?", (row[0],))

    def _delete_children(self, mid: int) -> None:
        for table in CHILD_TABLES:
            self.conn.execute(f"DELETE FROM {table} WHERE mid = ?", (mid,))
        self.conn.execute(
            "DELETE FROM texts WHERE rowid >= ? AND rowid < ?",
            (mid << TEXT_BITS, (mid + 1) << TEXT_BITS),
        )

    def _store(self, stamp: Stamp, entry: dict[str, Any]) -> None:
        """Rewrite one file's row set (inside the caller's transaction)."""
        registers: Registers | None = entry.get("registers")
        body = str(entry.get("body") or "")
        values = (
            stamp.mtime_ns,
            stamp.size,
            str(entry.get("id") or Path(stamp.name).stem),
            body,
            body.casefold(),
            str(entry.get("title") or ""),
            iso(entry.get("date")),
            str(entry.get("state") or "draft"),
            problem_text(entry.get("problem")),
            count(entry.get("conflicts")),
            1 if registers is not None else 0,
        )
        row = self.conn.execute("SELECT mid FROM meetings WHERE name = ?", (stamp.name,)).fetchone()
        if row is None:
            cursor = self.conn.execute(
                "INSERT INTO meetings (mtime_ns, size, id, body, body_key, title, date, state,"
                " problem, conflicts, registers, name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (*values, stamp.name),
            )
            mid = int(cursor.lastrowid or 0)
        else:
            mid = int(row[0])
            self._delete_children(mid)
            self.conn.execute(
                "UPDATE meetings SET mtime_ns=?, size=?, id=?, body=?, body_key=?, title=?,"
                " date=?, state=?, problem=?, conflicts=?, registers=? WHERE mid=?",
                (*values, mid),
            )
        if registers is not None:
            self._store_registers(mid, registers)

    def _store_registers(self, mid: int, r: Registers) -> None:
        execute = self.conn.executemany
        execute("INSERT INTO items VALUES (?,?,?,?)", [(mid, *row) for row in r.items])
        execute("INSERT INTO decisions VALUES (?,?,?,?,?,?)", [(mid, *d) for d in r.decisions])
        actions = [(mid, *a) for a in r.actions]
        execute("INSERT INTO actions VALUES (?,?,?,?,?,?,?,?,?,?,?)", actions)
        execute("INSERT INTO reports VALUES (?,?,?,?)", [(mid, *rep) for rep in r.reports])
        execute(
            "INSERT INTO attendance VALUES (?,?,?,?,?,?,?,?,?)",
            [(mid, *p) for p in r.attendance],
        )
        execute("INSERT INTO motions VALUES (?,?,?,?,?,?,?,?,?)", [(mid, *m) for m in r.motions])
        execute("INSERT INTO elections VALUES (?,?,?,?,?,?,?,?)", [(mid, *e) for e in r.elections])
        base = mid << TEXT_BITS
        execute(
            "INSERT INTO texts (rowid, content, item_id, kind) VALUES (?,?,?,?)",
            [(base + n, text, item, kind) for n, (item, kind, text) in enumerate(r.texts)],
        )


# -- full-text queries -------------------------------------------------------------------

#: What the tokenizer treats as a word: letters and digits (unicode61's token characters).
WORD = re.compile(r"[^\W_]+")


def query_words(text: str) -> list[str]:
    """The words of a search, as the index splits text into words (lower case)."""
    return [w.lower() for w in WORD.findall(text)]


def match_expression(words: Sequence[str]) -> str:
    """An FTS5 query: every word, each matching the words that begin with it."""
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)
