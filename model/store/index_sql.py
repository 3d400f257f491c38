"""SQLite helpers of the archive index (model/store/index_db.py): connecting, one write
transaction, emptying an index of another version, and the conversions of its values."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import date


def connect(target: str) -> sqlite3.Connection:
    conn = sqlite3.connect(target, timeout=15, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout=15000")
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction; ``IMMEDIATE`` takes the write lock at once, so two
    processes never both read-then-write the same rows."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def drop_everything(conn: sqlite3.Connection) -> None:
    """Every table, the virtual ones (with their shadow tables) first."""
    for where in ("sql LIKE 'CREATE VIRTUAL%'", "name NOT LIKE 'sqlite_%'"):
        names = [
            name
            for (name,) in conn.execute(
                f"SELECT name FROM sqlite_master WHERE type='table' AND {where}"
            )
        ]
        for name in names:
            conn.execute(f'DROP TABLE IF EXISTS "{name}"')


def busy(exc: sqlite3.DatabaseError) -> bool:
    """Another process holds the index longer than the timeout: not damage."""
    name = getattr(exc, "sqlite_errorname", "")
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc)


def iso(value: object) -> str | None:
    try:
        return date.fromisoformat(str(value)).isoformat() if value else None
    except ValueError:
        return None


def problem_text(value: object) -> str:
    """Why a file cannot be read, for the ``problem`` column: '' when it can."""
    if not value:
        return ""
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def count(value: object) -> int:
    return value if isinstance(value, int) and value > 0 else 0
