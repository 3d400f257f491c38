"""The archive-level file: bodies, their rosters and their agenda templates.

Tables: ``bodies`` (name, kind, language, place, remote, rules), ``roster`` (one record
per person of a body; the record id is the person id used in meetings) and
``templates`` (named agendas of a body). Every write holds a short lock, since the CLI
and the app may both touch it.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from model.conflict_resolution import (
    OURS,
    ResolutionError,
    set_text_in_tables,
    take_in_tables,
)
from model.conflicts import CONFLICTS_TABLE, Conflict, open_in_tables
from model.meeting import Meeting
from model.people import Attendance
from model.records import from_record, to_record
from model.roster import RosterMember, belongs_to_roster
from model.store.files import atomic_write, encode
from model.store.load import keep_damaged, keep_good_copy, load_tables
from model.store.meeting_store import take_lock
from model.store.schema import KIND_ARCHIVE, Tables, with_meta
from model.store.storage import open_db, upsert_changed
from model.templates import BodyTemplate, template_id
from model.templates import from_record as template_from_record
from model.templates import to_record as template_to_record


@dataclass(frozen=True)
class RegistryConflict:
    """An open conflict of archive.json and the name of what it is about."""

    conflict: Conflict
    label: str


def record_label(table: str, record: Mapping[str, Any] | None) -> str:
    """How the user knows a registry record: a body's or person's name, a template's name
    (with its body), else its id."""
    if not record:
        return ""
    name = str(record.get("name") or record.get("title") or "")
    if table in ("roster", "templates") and record.get("body"):
        return f"{name} ({record['body']})" if name else str(record["body"])
    return name


#: the document settings a body keeps for its meetings (copied into each new meeting)
BODY_SETTINGS = ("item_times", "quorum")


def apply_body_settings(meeting: Meeting, settings: Mapping[str, Any]) -> None:
    """A new meeting takes its body's document settings."""
    if isinstance(settings.get("item_times"), bool):
        meeting.header.item_times = settings["item_times"]
    if isinstance(settings.get("quorum"), str):
        meeting.header.quorum = settings["quorum"]


class Registry:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _tables(self) -> Tables:
        if not self.path.exists():
            return with_meta({"bodies": {}, "roster": {}, "templates": {}}, KIND_ARCHIVE)
        return load_tables(self.path, KIND_ARCHIVE).tables

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        lock = take_lock(self.path, timeout=5)
        try:
            yield
        finally:
            lock.release()

    def bodies(self) -> list[dict[str, Any]]:
        bodies = self._tables().get("bodies", {})
        return sorted(({"id": k, **v} for k, v in bodies.items()), key=lambda b: b.get("name", ""))

    def roster(self, body: str) -> list[Attendance]:
        people = [from_record(Attendance, pid, rec) for pid, rec in self._roster_records(body)]
        return sorted(people, key=lambda p: p.position)

    def members(self, body: str) -> list[RosterMember]:
        """The body's roster as kept here (with e-mail), in its order."""
        people = [from_record(RosterMember, pid, rec) for pid, rec in self._roster_records(body)]
        return sorted(people, key=lambda p: p.position)

    def _roster_records(self, body: str) -> list[tuple[str, dict[str, Any]]]:
        """The body's roster records not removed, without their ``body`` field."""
        roster = self._tables().get("roster", {})
        return [
            (pid, {k: v for k, v in rec.items() if k != "body"})
            for pid, rec in roster.items()
            if str(rec.get("body", "")).casefold() == body.casefold() and not rec.get("deleted")
        ]

    def has_roster(self, body: str) -> bool:
        """Whether the body's roster is kept here (a roster whose members were all
        removed counts: its next meeting starts empty, not from an old meeting)."""
        roster = self._tables().get("roster", {})
        return any(str(r.get("body", "")).casefold() == body.casefold() for r in roster.values())

    def save_members(self, body: str, members: list[RosterMember]) -> None:
        """Add or change roster members of a body (a new one goes last), in one write."""

        def changes_of(tables: Tables) -> Tables:
            roster = tables.get("roster", {})
            wanted = body.casefold()
            mine = [r for r in roster.values() if str(r.get("body", "")).casefold() == wanted]
            last = max((int(r.get("position", 0)) for r in mine), default=-1)
            changes: dict[str, dict[str, Any]] = {}
            for member in members:
                record = {**(roster.get(member.id) or {}), "body": body, **to_record(member)}
                if member.id not in roster:
                    last += 1
                    record["position"] = last
                else:
                    record["position"] = roster[member.id].get("position", member.position)
                record["deleted"] = False
                changes[member.id] = record
            return {"roster": changes}

        self._write(changes_of)

    def reorder(self, body: str, member_ids: list[str]) -> None:
        """Put the body's members in this order (positions 0, 1, 2 …), in one write."""

        def changes_of(tables: Tables) -> Tables:
            roster = tables.get("roster", {})
            return {
                "roster": {
                    member_id: {**roster[member_id], "position": position}
                    for position, member_id in enumerate(member_ids)
                    if member_id in roster
                    and str(roster[member_id].get("body", "")).casefold() == body.casefold()
                }
            }

        self._write(changes_of)

    def remove_member(self, body: str, member_id: str) -> bool:
        """Take a member off the body's roster (a tombstone); False if not on it."""
        found: list[bool] = []

        def changes_of(tables: Tables) -> Tables:
            record = (tables.get("roster") or {}).get(member_id)
            if record is None or str(record.get("body", "")).casefold() != body.casefold():
                return {}
            found.append(True)
            return {"roster": {member_id: {**record, "deleted": True}}}

        self._write(changes_of)
        return bool(found)

    def templates(self, body: str) -> dict[str, dict[str, Any]]:
        templates = self._tables().get("templates", {})
        return {
            k: v
            for k, v in templates.items()
            if str(v.get("body", "")).casefold() == body.casefold()
        }

    def template(self, body: str) -> BodyTemplate | None:
        """The body's agenda template, or None if it has none (or it was removed)."""
        record = self._tables().get("templates", {}).get(template_id(body))
        if not isinstance(record, dict):
            return None
        return template_from_record(record)

    def save_template(self, template: BodyTemplate) -> None:
        """Keep (add or replace) a body's agenda template, in one write."""
        self.update({"templates": {template.id: template_to_record(template)}})

    def remove_template(self, body: str) -> bool:
        """Remove a body's template (a tombstone, for sync); False if it had none."""
        if self.template(body) is None:
            return False
        record = {"body": body, "name": "standard", "items": [], "rules": "", "deleted": True}
        self.update({"templates": {template_id(body): record}})
        return True

    def update(self, changes: Tables) -> None:
        """Upsert records into the registry's tables, under its lock, in one write."""
        self._write(lambda _tables: changes)

    def _write(self, changes_of: Callable[[Tables], Tables]) -> None:
        """Under the lock: read the file, upsert the records ``changes_of`` returns for
        what is on disk now, in one atomic write."""
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
            changes = changes_of(copy.deepcopy(tables))
            db = open_db(self.path, tables, raw)
            upsert_changed(db, changes)

    # -- sync conflicts, kept per meeting so the archive can list them -------------

    def open_conflicts(self) -> list[RegistryConflict]:
        """The unresolved conflicts a sync merge left in archive.json, with what they are
        about ("Anna Andersson", a body's name)."""
        if not self.path.exists():
            return []
        tables = self._tables()
        return [
            RegistryConflict(c, record_label(c.table, (tables.get(c.table) or {}).get(c.record)))
            for c in open_in_tables(tables)
        ]

    def resolve(
        self,
        conflict_id: str,
        by: str,
        now: datetime,
        *,
        side: str | None = None,
        text: str | None = None,
    ) -> None:
        """Resolve a conflict by taking ``side`` (OURS/THEIRS) or setting ``text``: the
        record and the conflict record in one write under the lock. Raises
        ``ResolutionError`` if it is gone or already resolved (a sync may have brought the
        other person's resolution meanwhile)."""
        if not self.path.exists():
            raise ResolutionError("no such conflict")

        def changes_of(tables: Tables) -> Tables:
            if text is not None:
                done = set_text_in_tables(tables, conflict_id, text, by, now)
            else:
                done = take_in_tables(tables, conflict_id, side or OURS, by, now)
            return {
                done.table: {done.record: tables[done.table][done.record]},
                CONFLICTS_TABLE: {conflict_id: tables[CONFLICTS_TABLE][conflict_id]},
            }

        self._write(changes_of)

    def body_settings(self, body: str) -> dict[str, Any]:
        """The body's document settings (``item_times``, ``quorum``); absent ones left out."""
        record = (self._tables().get("bodies") or {}).get(body.casefold()) or {}
        return {k: record[k] for k in BODY_SETTINGS if k in record}

    def set_body_settings(self, body: str, **settings: Any) -> None:
        """Change document settings of a body (``item_times``, ``quorum``) in one write."""
        unknown = set(settings) - set(BODY_SETTINGS)
        if unknown:
            raise ValueError(f"unknown body setting: {', '.join(sorted(unknown))}")
        key = body.casefold()

        def changes_of(tables: Tables) -> Tables:
            record = (tables.get("bodies") or {}).get(key) or {"name": body}
            return {"bodies": {key: {**record, **settings}}}

        self._write(changes_of)

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

        def changes_of(tables: Tables) -> Tables:
            known = (tables.get("bodies") or {}).get(body_id) or {}
            bodies[body_id] = {**known, **bodies[body_id]}  # settings of the body stay
            kept = tables.get("roster", {})
            roster = {
                p.id: {
                    **(kept.get(p.id) or {}),  # what the meeting does not hold (e-mail) stays
                    "body": header.body,
                    "name": p.name,
                    "organisation": p.organisation,
                    "role": p.role.value,
                    "position": p.position,
                    "deleted": False,
                }
                for p in meeting.people
                if belongs_to_roster(p)
            }
            return {"bodies": bodies, "roster": roster}

        self._write(changes_of)
