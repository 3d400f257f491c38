"""The registers of motions and of elections across the archive (like the decision
register of ``model.registers``): queries over the archive's index."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from model.elections import ElectionKind, Officer
from model.motions import MotionOutcome
from model.registers import day_of, register_clause
from model.store.index_db import ArchiveIndex


@dataclass(frozen=True)
class MotionRow:
    body: str
    meeting: str
    meeting_date: date | None
    item_number: str
    item_title: str
    number: int
    text: str
    moved_by: str
    seconded_by: str
    outcome: MotionOutcome
    decision: str


def motion_register(
    index: ArchiveIndex,
    *,
    body: str | None = None,
    since: date | None = None,
    until: date | None = None,
    outcome: MotionOutcome | None = None,
) -> list[MotionRow]:
    """Every motion by body, then date, then item and its number there."""
    where, parameters = register_clause(body, since, until)
    if outcome is not None:
        where += " AND x.outcome = ?"
        parameters.append(outcome.value)
    rows = [
        MotionRow(
            meeting_body, meeting_id, day_of(day), number_label or "", title or "", number, text,
            moved, seconded, MotionOutcome(state) if state in MotionOutcome._value2member_map_
            else MotionOutcome.PENDING, decision,
        )
        for (
            meeting_body, meeting_id, day, number_label, title, number, text, moved, seconded,
            state, decision,
        ) in index.rows(
            "SELECT m.body, m.id, m.date, i.number, i.title, x.number, x.text, x.moved_by,"
            " x.seconded_by, x.outcome, x.decision FROM motions x JOIN meetings m"
            " ON m.mid = x.mid LEFT JOIN items i ON i.mid = x.mid AND i.item_id = x.item_id"
            f" WHERE {where}",
            parameters,
        )
    ]  # fmt: skip
    rows.sort(
        key=lambda r: (
            r.body.casefold(), r.meeting_date or date.min, r.meeting, _natural(r.item_number),
            r.number,
        )
    )  # fmt: skip
    return rows


@dataclass(frozen=True)
class ElectionRow:
    body: str
    meeting: str
    meeting_date: date | None
    item_number: str
    item_title: str
    office: str
    elected: tuple[str, ...]
    kind: ElectionKind
    term: str
    officer: Officer


def election_register(
    index: ArchiveIndex,
    *,
    body: str | None = None,
    since: date | None = None,
    until: date | None = None,
    name: str | None = None,
    with_officers: bool = False,
) -> list[ElectionRow]:
    """Every election by body and date (who held which office when). The meetings' own
    officers (chair of the meeting, verifiers ...) only with ``with_officers``; ``name``
    keeps the elections of people whose name contains it."""
    where, parameters = register_clause(body, since, until)
    if not with_officers:
        where += " AND x.officer = ''"
    rows: list[ElectionRow] = []
    wanted = name.casefold() if name else ""
    for (
        meeting_body,
        meeting_id,
        day,
        number,
        title,
        office,
        elected,
        kind,
        term,
        officer,
    ) in index.rows(
        "SELECT m.body, m.id, m.date, i.number, i.title, x.office, x.elected, x.kind,"
        " x.term, x.officer FROM elections x JOIN meetings m ON m.mid = x.mid"
        " LEFT JOIN items i ON i.mid = x.mid AND i.item_id = x.item_id"
        f" WHERE {where}",
        parameters,
    ):
        names = tuple(str(n) for n in _list(elected))
        if wanted and not any(wanted in n.casefold() for n in names):
            continue
        rows.append(
            ElectionRow(
                meeting_body, meeting_id, day_of(day), number or "", title or "", office, names,
                ElectionKind(kind) if kind in ElectionKind._value2member_map_
                else ElectionKind.UNSPECIFIED,
                term,
                Officer(officer) if officer in Officer._value2member_map_ else Officer.NONE,
            )
        )  # fmt: skip
    rows.sort(key=lambda r: (r.body.casefold(), r.meeting_date or date.min, r.meeting))
    return rows


def _list(text: str) -> list[object]:
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _natural(label: str) -> tuple[int, str]:
    digits = "".join(c for c in label if c.isdigit())
    return (int(digits) if digits else 1 << 30, label)
