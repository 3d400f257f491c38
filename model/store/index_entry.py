"""What the archive index keeps of one meeting file, from one read of it.

The listing needs the summary (id, body, title, date, state, open conflicts) or, for a
file that cannot be read, why; the registers need the agenda items' labels, decisions,
actions, action reports, attendance and the texts for full-text search. Both come from
the same bytes, read and decoded once (``read_entry``), so a file changing between two
reads can never give a summary of one version and registers of another.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.store.limits import loads_limited, read_limited
from model.store.problems import FileProblem, problem_of

#: Tables of a meeting file the index does not need: not decoded.
UNINDEXED_TABLES = ("events", "statements", "conflicts", "votes")


@dataclass
class Registers:
    """What the registers keep of one meeting, as rows of the index tables (without mid)."""

    items: list[tuple[str, str, str]]
    decisions: list[tuple[str, str, int, str, str]]
    #: (id, item id, text, owner, owner name, due, status, item number, item title, the
    #: other owners as a JSON list of [id, name]): the item's label kept with the action,
    #: so the register needs no join
    actions: list[tuple[str, str, str, str | None, str, str | None, str, str, str, str]]
    reports: list[tuple[str, str, str | None]]
    attendance: list[tuple[int, str, str, str, str, str, str | None, str | None]]
    texts: list[tuple[str, str, str]]  # (item id, where: title/notes/decision/action, text)
    #: (id, item id, number, text, moved by, seconded by, outcome, decision)
    motions: list[tuple[str, str, int, str, str, str, str, str]] = field(default_factory=list)
    #: (id, item id, office, elected as a JSON list, kind, term, officer)
    elections: list[tuple[str, str, str, str, str, str, str]] = field(default_factory=list)


def read_entry(path: Path) -> dict[str, Any]:
    """The index entry of one file: the summary fields, and ``registers`` (``Registers``)
    when the whole meeting decodes; otherwise ``problem`` (``FileProblem`` JSON) says why.
    A file whose header reads but whose meeting does not is listed with its header."""
    try:
        raw = read_limited(path)
        if not raw.strip():
            return {"id": path.stem, "problem": FileProblem("empty").to_json()}
        data = loads_limited(raw)
        entry = _summary(data)
    except (OSError, ValueError, KeyError, AttributeError, TypeError, RecursionError) as exc:
        return {"id": path.stem, "problem": problem_of(exc).to_json()}
    except MemoryError:
        return {"id": path.stem, "problem": FileProblem("too_big").to_json()}
    registers = _decoded_registers(data, path)
    if isinstance(registers, Registers):
        entry["registers"] = registers
    else:
        entry["problem"] = registers
    return entry


def _summary(data: Any) -> dict[str, Any]:
    """The summary fields of a decoded file, straight from its JSON (no full decode)."""
    from model.conflicts import CONFLICTS_TABLE, is_open_record
    from model.enums import MeetingState

    ((meeting_id, header),) = data["meeting"].items()
    return {
        "id": meeting_id,
        "body": header.get("body", ""),
        "title": header.get("title", ""),
        "date": header.get("date"),
        "state": header.get("state", MeetingState.DRAFT.value),
        "conflicts": sum(
            1 for rec in (data.get(CONFLICTS_TABLE) or {}).values() if is_open_record(rec)
        ),
    }


def _decoded_registers(data: Any, path: Path) -> Registers | dict[str, Any]:
    """As ``load_tables`` checks a file read cleanly: its shape, its schema (migrated),
    then the meeting decoded without the tables the index does not need."""
    from model.codec import tables_to_meeting
    from model.errors import UserError
    from model.store.schema import KIND_MEETING, check_shape, migrate

    try:
        tables, _migrated = migrate(check_shape(data, path), KIND_MEETING, path)
        meeting = tables_to_meeting(tables, skip=UNINDEXED_TABLES)
        return _registers(meeting)
    except (
        UserError, OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError
    ) as exc:  # fmt: skip
        return problem_of(exc).to_json()
    except MemoryError:
        return FileProblem("too_big").to_json()


def _registers(meeting: Any) -> Registers:
    from model.next_meeting import ACTION_ID, ACTION_MEETING, ACTION_STATUS
    from model.presence import partial_bounds

    items = [i for i in meeting.items if not i.deleted]
    by_id = {i.id: i for i in items}

    def label(item: Any) -> str:
        parent = by_id.get(item.parent or "")
        return str(item.number or (parent.number if parent is not None else "") or "")

    def item_label(item_id: str) -> tuple[str, str]:
        """An action's item as the register shows it: label and title ("" if none)."""
        item = by_id.get(item_id)
        return ("", "") if item is None else (label(item), item.title)

    texts: list[tuple[str, str, str]] = []
    for item in items:
        texts.append((item.id, "title", item.title))
        if item.notes:
            texts.append((item.id, "notes", item.notes))
    decisions = meeting.live_decisions()
    actions = meeting.live_actions()
    texts.extend((d.item, "decision", d.text) for d in decisions)
    texts.extend((a.item or "", "action", a.text) for a in actions)
    texts.extend((m.item, "motion", m.text) for m in meeting.motions if not m.deleted)
    texts.extend(
        (e.item, "election", " ".join([e.office, *e.elected]).strip())
        for e in meeting.elections
        if not e.deleted
    )
    return Registers(
        items=[(i.id, label(i), i.title) for i in items],
        decisions=[(d.id, d.item, d.number, d.paragraph, d.text) for d in decisions],
        actions=[
            (
                a.id,
                a.item or "",
                a.text,
                a.owner,
                a.owner_name or "",
                a.due.isoformat() if a.due else None,
                a.status.value,
                *item_label(a.item or ""),
                co_owners_json(a),
            )
            for a in actions
        ],
        reports=[
            (
                str(i.extra[ACTION_ID]),
                str(i.extra.get(ACTION_MEETING, "")),
                _opt(i.extra, ACTION_STATUS),
            )
            for i in items
            if ACTION_ID in i.extra
        ],
        attendance=[
            (
                n,
                p.id,
                p.name,
                p.organisation,
                p.role.value,
                p.status.value,
                *partial_bounds(meeting, p),
            )
            for n, p in enumerate(meeting.people)
        ],
        texts=texts,
        motions=[
            (
                m.id,
                m.item,
                m.number,
                m.text,
                m.moved_by_name,
                m.seconded_by_name,
                m.outcome.value,
                m.decision,
            )
            for m in meeting.motions
            if not m.deleted
        ],
        elections=[
            (
                e.id,
                e.item,
                e.office,
                json.dumps(e.elected, ensure_ascii=False),
                e.kind.value,
                e.term,
                e.officer.value,
            )
            for e in meeting.elections
            if not e.deleted
        ],
    )


def _opt(extra: dict[str, Any], key: str) -> str | None:
    value = extra.get(key)
    return None if value is None else str(value)


def co_owners_json(action: Any) -> str:
    """An action's owners after the first as a JSON list of [person id, name] (the
    register's owner filter and its owner column read every owner, not only the first)."""
    pairs = [
        [pid, name]
        for pid, name in zip(action.co_owners, action.co_owner_names, strict=False)
        if name
    ]
    return json.dumps(pairs, ensure_ascii=False)


def co_owners_of(text: str | None) -> tuple[tuple[str, str], ...]:
    """The other owners an index row keeps (``co_owners_json``); odd text reads as none."""
    try:
        pairs = json.loads(text or "[]")
    except ValueError:
        return ()
    if not isinstance(pairs, list):
        return ()
    return tuple(
        (str(p[0]), str(p[1])) for p in pairs if isinstance(p, list) and len(p) == 2 and p[1]
    )
