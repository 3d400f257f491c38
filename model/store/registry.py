"""The archive-level file: bodies, their rosters and their agenda templates.

Tables: ``bodies`` (name, kind, language, place, remote, rules), ``roster`` (one record
per person of a body; the record id is the person id used in meetings) and
``templates`` (named agendas of a body). Every write holds a short lock, since the CLI
and the app may both touch it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from model.enums import Role
from model.meeting import Meeting
from model.people import Attendance
from model.records import from_record
from model.store.errors import MeetingLocked
from model.store.files import atomic_write, encode
from model.store.load import keep_damaged, keep_good_copy, load_tables, local_dir
from model.store.schema import KIND_ARCHIVE, Tables, with_meta
from model.store.storage import open_db, upsert_changed


class Registry:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _tables(self) -> Tables:
        if not self.path.exists():
            return with_meta({"bodies": {}, "roster": {}, "templates": {}}, KIND_ARCHIVE)
        return load_tables(self.path, KIND_ARCHIVE).tables

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        lock_file = local_dir(self.path) / "locks" / f"{self.path.name}.lock"
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(lock_file), timeout=5)
        try:
            lock.acquire()
        except Timeout:
            raise MeetingLocked(self.path) from None
        try:
            yield
        finally:
            lock.release()

    def bodies(self) -> list[dict[str, Any]]:
        bodies = self._tables().get("bodies", {})
        return sorted(({"id": k, **v} for k, v in bodies.items()), key=lambda b: b.get("name", ""))

    def roster(self, body: str) -> list[Attendance]:
        roster = self._tables().get("roster", {})
        people = [
            from_record(Attendance, pid, {k: v for k, v in rec.items() if k != "body"})
            for pid, rec in roster.items()
            if str(rec.get("body", "")).casefold() == body.casefold() and not rec.get("deleted")
        ]
        return sorted(people, key=lambda p: p.position)

    def templates(self, body: str) -> dict[str, dict[str, Any]]:
        templates = self._tables().get("templates", {})
        return {
            k: v
            for k, v in templates.items()
            if str(v.get("body", "")).casefold() == body.casefold()
        }

    def update(self, changes: Tables) -> None:
        """Upsert records into the registry's tables, under its lock, in one write."""
        with self._locked():
            if self.path.exists():
                loaded = load_tables(self.path, KIND_ARCHIVE)
                if loaded.recovery is not None:
                    keep_damaged(self.path, loaded.raw)
                tables, raw = loaded.tables, loaded.raw
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                tables = with_meta({}, KIND_ARCHIVE)
                raw = encode(tables)
                atomic_write(self.path, raw)
            keep_good_copy(self.path, raw)
            db = open_db(self.path, tables, raw)
            upsert_changed(db, changes)

    def remember(self, meeting: Meeting) -> None:
        """Store a meeting's body defaults and roster, for the body's next meeting."""
        header = meeting.header
        body_id = header.body.casefold()
        bodies = {
            body_id: {
                "name": header.body,
                "kind": header.kind.value,
                "language": header.language.value,
                "place": header.place,
                "remote": header.remote,
                "rules": header.rules,
            }
        }
        roster = {
            p.id: {
                "body": header.body,
                "name": p.name,
                "organisation": p.organisation,
                "role": p.role.value,
                "position": p.position,
                "deleted": False,
            }
            for p in meeting.people
            if p.role is not Role.GUEST and p.substitute_for is None
        }
        self.update({"bodies": bodies, "roster": roster})
