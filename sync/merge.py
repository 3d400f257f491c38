"""The three-way merge of two versions of a store file, record by record, field by field.

Pure Python over the tables format ``{table: {record id: {field: value}}}``: git calls
it through the merge driver (sync/driver.py), the app calls it to fold edits typed
during a sync into the merged file. Rules (docs/sync.md, "What is shared, and the merge"):

- a field changed on one side takes that change;
- a text field changed on both sides gets a three-way line merge (sync/textmerge.py);
- the same lines changed differently, or another field set to two different values:
  our value stays and a conflict record (table ``conflicts``) keeps both versions;
- records added on either side survive; a record deleted on one side and edited on the
  other survives with the edit, flagged with a "deleted_edited" conflict record;
- ``events`` is append-only (union), conflict records merge as records;
- decisions both sides added with the same number are renumbered deterministically.

Conflict record ids are derived from their content, so two machines that merge the same
edits produce the same record and a later merge does not show it twice.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from model.approval import content_hash_of_tables
from model.codec import HEADER_TABLE, Tables
from model.conflicts import CONFLICTS_TABLE
from model.enums import MeetingState
from sync.merge_procedure import renumber_per_item, same_upcoming_once
from sync.textmerge import merge_text

#: Fields whose values are running text: merged line by line.
TEXT_FIELDS = frozenset(
    {"notes", "text", "title", "status_reason", "rules", "remark", "detail", "place"}
    | {"status_text"}
)
#: Bookkeeping fields that never deserve the user's attention: resolved automatically.
_AUTO_FIELDS = {"current_item": "ours", "elapsed_seconds": "max"}
APPEND_ONLY_TABLES = frozenset({"events"})
META_TABLE = "meta"
_MISSING = object()


@dataclass(frozen=True)
class Side:
    """Who wrote one side of a merge (shown with each version of a conflict)."""

    name: str = ""
    at: str = ""  # ISO time of that side's last change, "" if unknown


@dataclass
class MergeReport:
    """What a merge did besides combining edits."""

    conflicts: list[str] = field(default_factory=list)  # ids of new conflict records
    renumbered: list[tuple[str, int, int]] = field(default_factory=list)  # id, old, new


def conflict_id(table: str, record: str, name: str, ours: Any, theirs: Any) -> str:
    """A stable id for a conflict: the same two versions give the same id on both machines."""
    versions = sorted(json.dumps(v, sort_keys=True, ensure_ascii=False) for v in (ours, theirs))
    key = json.dumps([table, record, name, versions], ensure_ascii=False)
    return "c" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:25]


class _Merger:
    def __init__(self, ours_side: Side, theirs_side: Side) -> None:
        self.ours_side = ours_side
        self.theirs_side = theirs_side
        self.new_conflicts: dict[str, dict[str, Any]] = {}

    def conflict(
        self,
        table: str,
        record: str,
        name: str,
        base: Any,
        ours: Any,
        theirs: Any,
        kind: str = "field",
        extra: dict[str, Any] | None = None,
    ) -> None:
        cid = conflict_id(table, record, name, ours, theirs)
        self.new_conflicts[cid] = {
            "table": table,
            "record": record,
            "field": name,
            "kind": kind,
            "base": base,
            "ours": ours,
            "theirs": theirs,
            "ours_by": self.ours_side.name,
            "theirs_by": self.theirs_side.name,
            "ours_at": self.ours_side.at or None,
            "theirs_at": self.theirs_side.at or None,
            "resolved": False,
            "resolved_by": "",
            "resolved_at": None,
            "deleted": False,
            **(extra or {}),
        }

    # -- one record ----------------------------------------------------------------

    def record(
        self,
        table: str,
        rid: str,
        base: dict[str, Any],
        ours: dict[str, Any],
        theirs: dict[str, Any],
    ) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for name in sorted(set(base) | set(ours) | set(theirs)):
            b = base.get(name, _MISSING)
            o = ours.get(name, _MISSING)
            t = theirs.get(name, _MISSING)
            value = self.field(table, rid, name, b, o, t)
            if value is not _MISSING:
                merged[name] = value
        self._deleted_edited(table, rid, base, ours, theirs, merged)
        return merged

    def field(self, table: str, rid: str, name: str, b: Any, o: Any, t: Any) -> Any:
        if o == t:
            return o
        if o == b:
            return t
        if t == b:
            return o
        if o is _MISSING or t is _MISSING:  # a field one side never had: keep the value
            return t if o is _MISSING else o
        if name == "deleted":  # both changed a bool differently cannot happen; be safe
            return bool(o) and bool(t)
        rule = _AUTO_FIELDS.get(name)
        if rule == "ours":
            return o
        if rule == "max" and isinstance(o, int | float) and isinstance(t, int | float):
            return max(o, t)
        base_value = None if b is _MISSING else b
        if name in TEXT_FIELDS and _is_text(o) and _is_text(t) and _is_text(base_value):
            result = merge_text(base_value or "", o or "", t or "", known_base=b is not _MISSING)
            if not result.conflicted:
                return result.with_ours
            self.conflict(
                table,
                rid,
                name,
                base_value,
                o,
                t,
                extra={"with_ours": result.with_ours, "with_theirs": result.with_theirs},
            )
            return result.with_ours
        self.conflict(table, rid, name, base_value, o, t)
        return o

    def _deleted_edited(
        self,
        table: str,
        rid: str,
        base: dict[str, Any],
        ours: dict[str, Any],
        theirs: dict[str, Any],
        merged: dict[str, Any],
    ) -> None:
        """A record deleted on one side and edited on the other survives, flagged."""
        if not merged.get("deleted") or base.get("deleted") or not base:
            return
        for deleter, editor, who in ((ours, theirs, "ours"), (theirs, ours, "theirs")):
            if deleter.get("deleted") and not editor.get("deleted") and _edited(base, editor):
                merged["deleted"] = False
                self.conflict(
                    table,
                    rid,
                    "",
                    None,
                    "deleted" if who == "ours" else "edited",
                    "edited" if who == "ours" else "deleted",
                    kind="deleted_edited",
                )
                return

    # -- tables --------------------------------------------------------------------

    def table(
        self, name: str, base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]
    ) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for rid in sorted(set(base) | set(ours) | set(theirs)):
            b, o, t = base.get(rid), ours.get(rid), theirs.get(rid)
            if o is not None and t is not None:
                if name in APPEND_ONLY_TABLES or o == t:
                    merged[rid] = o
                elif name == CONFLICTS_TABLE:
                    merged[rid] = _merge_conflict_record(b or {}, o, t)
                else:
                    merged[rid] = self.record(name, rid, b or {}, o, t)
            elif o is not None or t is not None:
                present = o if o is not None else t
                assert present is not None
                # Removed on one side (only other tools remove records): keep it if the
                # other side changed it since the base, else honour the removal.
                if b is None or present != b:
                    merged[rid] = present
        return merged


def _is_text(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _edited(base: dict[str, Any], record: dict[str, Any]) -> bool:
    keys = (set(base) | set(record)) - {"deleted"}
    return any(base.get(k) != record.get(k) for k in keys)


def _merge_conflict_record(
    base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]
) -> dict[str, Any]:
    """A conflict record changed on both sides: a resolution (or deletion) on either wins."""
    merged = dict(ours)
    for name in set(theirs) - set(ours):
        merged[name] = theirs[name]
    for name, value in theirs.items():
        if ours.get(name) == base.get(name) and value != base.get(name):
            merged[name] = value
    if theirs.get("resolved") and not ours.get("resolved"):
        for name in ("resolved", "resolved_by", "resolved_at"):
            merged[name] = theirs.get(name)
    merged["deleted"] = bool(ours.get("deleted")) or bool(theirs.get("deleted"))
    return merged


def _renumber_decisions(base: Tables, merged: Tables, report: MergeReport) -> None:
    """Decisions both sides added with the same number: the earlier-created keeps it.

    Record ids are ULIDs (time ordered), so "earlier" is the same on both machines and
    both arrive at the same numbers. The later ones get the next free numbers.
    """
    decisions = merged.get("decisions") or {}
    known = base.get("decisions") or {}
    by_number: dict[int, list[str]] = {}
    for rid, rec in decisions.items():
        if rec.get("deleted") or not isinstance(rec.get("number"), int):
            continue
        by_number.setdefault(rec["number"], []).append(rid)
    highest = max(by_number, default=0)
    for number in sorted(by_number):
        ids = by_number[number]
        if len(ids) < 2:
            continue
        keep = [i for i in ids if i in known] or [min(ids)]
        for rid in sorted(i for i in ids if i not in keep[:1]):
            highest += 1
            decisions[rid] = {**decisions[rid], "number": highest}
            report.renumbered.append((rid, number, highest))


def _renumber_items(base: Tables, merged: Tables, report: MergeReport) -> None:
    """Items both sides added under the same parent with the same number label ("24")
    and position: the earlier-created keeps them, the later get the next free ones."""
    items = merged.get("items") or {}
    known = base.get("items") or {}
    groups: dict[tuple[Any, str], list[str]] = {}
    for rid, rec in items.items():
        if not rec.get("deleted") and rec.get("number"):
            groups.setdefault((rec.get("parent"), str(rec["number"])), []).append(rid)
    for (parent, number), ids in sorted(groups.items(), key=lambda kv: str(kv[0])):
        if len(ids) < 2 or not number.isdigit():
            continue
        siblings = [r for r in items.values() if r.get("parent") == parent and not r.get("deleted")]
        keep = [i for i in ids if i in known] or [min(ids)]
        for rid in sorted(i for i in ids if i != keep[0]):
            used = {str(r.get("number")) for r in siblings}
            free = max((int(n) for n in used if n.isdigit()), default=0) + 1
            last = max((int(r.get("position") or 0) for r in siblings), default=0) + 1
            items[rid] = {**items[rid], "number": str(free), "position": last}
            siblings.append(items[rid])
            report.renumbered.append((rid, int(number), free))


def _approval_still_holds(merged: Tables, merger: _Merger) -> None:
    """One side approved while the other still edited: the edits stay, the approval
    does not cover them, so the meeting goes back to awaiting approval, flagged."""
    headers = merged.get(HEADER_TABLE) or {}
    if len(headers) != 1:
        return
    ((mid, header),) = headers.items()
    if header.get("state") != MeetingState.APPROVED.value:
        return
    if content_hash_of_tables(merged) == header.get("approved_hash"):
        return
    header["state"] = MeetingState.AWAITING_APPROVAL.value
    merger.conflict(
        HEADER_TABLE,
        mid,
        "state",
        None,
        MeetingState.APPROVED.value,
        MeetingState.AWAITING_APPROVAL.value,
        kind="approved_edited",
    )


def merge_tables(
    base: Tables,
    ours: Tables,
    theirs: Tables,
    ours_side: Side | None = None,
    theirs_side: Side | None = None,
) -> tuple[Tables, MergeReport]:
    """Merge two versions of a store file against their common base. Never drops text."""
    merger = _Merger(ours_side or Side(), theirs_side or Side())
    merged: Tables = {}
    for name in sorted(set(base) | set(ours) | set(theirs)):
        if name == META_TABLE:
            merged[name] = ours.get(name) or theirs.get(name) or base.get(name) or {}
            continue
        merged[name] = merger.table(
            name, base.get(name) or {}, ours.get(name) or {}, theirs.get(name) or {}
        )
    report = MergeReport()
    _renumber_decisions(base, merged, report)
    _renumber_items(base, merged, report)
    report.renumbered += renumber_per_item(base, merged)  # motions, elections
    same_upcoming_once(base, merged)  # one meeting to come added on both sides
    _approval_still_holds(merged, merger)
    if merger.new_conflicts:
        conflicts = merged.setdefault(CONFLICTS_TABLE, {})
        for cid, record in merger.new_conflicts.items():
            if cid not in conflicts:
                conflicts[cid] = record
                report.conflicts.append(cid)
    return merged, report
