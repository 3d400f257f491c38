"""Schema versions of store files and the migrations between them.

Every file has a ``meta`` table with one record, ``"schema"``: ``{"kind": ..., "version":
N}``. Opening a file of an older version runs the migrations in order; a newer version
is refused (never rewritten) so an old program cannot damage a newer file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from model.store.errors import NewerSchema, NotAMinutesFile
from model.store.migrate_v2 import attendance_to_intervals

SCHEMA_VERSION = 2
META_TABLE = "meta"
META_ID = "schema"
KIND_MEETING = "meeting"
KIND_ARCHIVE = "archive"

Tables = dict[str, dict[str, dict[str, Any]]]
#: a record of a store file: (table, record id)
RecordKey = tuple[str, str]
Migration = Callable[[Tables], Tables]

#: version N -> function turning a version-N file into version N+1.
MIGRATIONS: dict[int, Migration] = {1: attendance_to_intervals}


def meta_record(kind: str, version: int = SCHEMA_VERSION) -> dict[str, Any]:
    return {"kind": kind, "version": version}


def with_meta(tables: Tables, kind: str) -> Tables:
    return {**tables, META_TABLE: {META_ID: meta_record(kind)}}


def file_version(tables: Tables, kind: str, path: Path) -> int:
    """The schema version of a decoded file; raises if it is not a ``kind`` file."""
    meta = (tables.get(META_TABLE) or {}).get(META_ID)
    if not isinstance(meta, dict):
        raise NotAMinutesFile(path, reason="reason.no_schema")
    if meta.get("kind") != kind:
        raise NotAMinutesFile(
            path, reason="reason.other_kind", kind=repr(meta.get("kind")), expected=repr(kind)
        )
    version = meta.get("version")
    if not isinstance(version, int) or version < 1:
        raise NotAMinutesFile(path, reason="reason.schema_version", version=repr(version))
    if version > SCHEMA_VERSION:
        raise NewerSchema(path, reason="reason.newer", version=version, newest=SCHEMA_VERSION)
    return version


def migrate(tables: Tables, kind: str, path: Path) -> tuple[Tables, bool]:
    """Bring ``tables`` to the current schema. Returns the tables and whether they changed."""
    version = file_version(tables, kind, path)
    changed = False
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise NotAMinutesFile(path, reason="reason.no_migration", version=version)
        tables = step(tables)
        version += 1
        tables[META_TABLE] = {META_ID: meta_record(kind, version)}
        changed = True
    return tables, changed


def check_shape(tables: Any, path: Path) -> Tables:
    """A store file is a JSON object of tables, each an object of records (objects)."""
    if not isinstance(tables, dict):
        raise NotAMinutesFile(path, reason="reason.not_object")
    for name, table in tables.items():
        if not isinstance(table, dict) or not all(isinstance(r, dict) for r in table.values()):
            raise NotAMinutesFile(path, reason="reason.not_records", table=repr(name))
    return tables
