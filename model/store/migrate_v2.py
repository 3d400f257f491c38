"""Schema 1 -> 2: partial attendance becomes interval records (table ``presence``).

Version 1 kept one late arrival and one early departure on each attendance record
(``from_item``/``from_time``, ``until_item``/``until_time``), so a person who left at
item 3 and came back at item 8 read "from item 8, until item 3" and counted present at
no item. Version 2 keeps any number of intervals, one record each. The migration
rebuilds them from the event log (every arrival and departure was logged) when the log
agrees with the record's fields, else from the fields alone (a departure before the
arrival becomes two intervals: start-to-departure, arrival-to-end).

An approved meeting keeps the version-1 fields on its records (they are what its
approval hash covers; the program reads the intervals). Pure dict code over the stored
tables, independent of today's model classes, so it keeps reading version-1 files as
they were. Interval ids are derived from the person id: two machines that migrate the
same file make the same records, and a sync of the two does not double them.
"""

from __future__ import annotations

from typing import Any

Tables = dict[str, dict[str, dict[str, Any]]]

FIELDS = ("from_item", "from_time", "until_item", "until_time")
ATTENDS = ("present", "remote")


def _order(items: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Item id -> position of its top-level item in the agenda."""
    tops = sorted(
        (rid for rid, rec in items.items() if not rec.get("parent") and not rec.get("deleted")),
        key=lambda rid: (items[rid].get("position") or 0, rid),
    )
    index = {rid: n for n, rid in enumerate(tops)}
    order: dict[str, int] = {}
    for rid in items:
        top, seen = rid, set()
        while items.get(top, {}).get("parent") and top not in seen:
            seen.add(top)
            top = items[top]["parent"]
        if top in index:
            order[rid] = index[top]
    return order


def _span(pid: str, number: int) -> dict[str, Any]:
    return {
        "person": pid,
        "kind": "present",
        "from_item": None,
        "from_time": None,
        "until_item": None,
        "until_time": None,
        "serves_for": None,
        "deleted": False,
        "_id": f"{pid}.v1.{number}",
    }


def _replay(pid: str, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Intervals from a person's arrival and departure events, in log order."""
    spans: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for event in events:
        if event.get("kind") == "person_arrived":
            if current is None:
                current = _span(pid, len(spans))
            current["from_item"], current["from_time"] = event.get("item"), event.get("at")
        elif current is not None:
            current["until_item"], current["until_time"] = event.get("item"), event.get("at")
            spans.append(current)
            current = None
        elif spans:
            spans[-1]["until_item"], spans[-1]["until_time"] = event.get("item"), event.get("at")
        else:
            span = _span(pid, 0)
            span["until_item"], span["until_time"] = event.get("item"), event.get("at")
            spans.append(span)
    if current is not None:
        spans.append(current)
    return spans


def _from_fields(pid: str, old: dict[str, Any], order: dict[str, int]) -> list[dict[str, Any]]:
    first, last = order.get(old["from_item"] or ""), order.get(old["until_item"] or "")
    if old["from_item"] and old["until_item"] and (first is None or last is None or last < first):
        before, after = _span(pid, 0), _span(pid, 1)
        before["until_item"], before["until_time"] = old["until_item"], old["until_time"]
        after["from_item"], after["from_time"] = old["from_item"], old["from_time"]
        return [before, after]
    span = _span(pid, 0)
    span.update({k: old[k] for k in FIELDS})
    return [span]


def _agrees(spans: list[dict[str, Any]], old: dict[str, Any]) -> bool:
    """Whether replayed intervals end in what the version-1 record said last."""
    arrivals = [s["from_item"] for s in spans if s["from_item"]]
    departures = [s["until_item"] for s in spans if s["until_item"]]
    last_arrival = arrivals[-1] if arrivals else None
    last_departure = departures[-1] if departures else None
    return bool(last_arrival == old["from_item"] and last_departure == old["until_item"])


def _person_events(events: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Arrivals and departures per person since they were last marked not attending."""
    by_person: dict[str, list[dict[str, Any]]] = {}
    ordered = sorted(events.items(), key=lambda kv: (str(kv[1].get("at") or ""), kv[0]))
    for _eid, event in ordered:
        pid = event.get("person")
        if not isinstance(pid, str):
            continue
        kind = event.get("kind")
        if kind == "attendance_set" and event.get("detail") not in ATTENDS:
            by_person[pid] = []
        elif kind in ("person_arrived", "person_left"):
            by_person.setdefault(pid, []).append(event)
    return by_person


def attendance_to_intervals(tables: Tables) -> Tables:
    """The migration step (a file without an attendance table, archive.json, is kept)."""
    attendance = tables.get("attendance")
    if not attendance:
        return tables
    order = _order(tables.get("items") or {})
    events = _person_events(tables.get("events") or {})
    presence = tables.setdefault("presence", {})
    header = next(iter((tables.get("meeting") or {}).values()), {})
    approved = header.get("state") == "approved"
    for pid, record in attendance.items():
        # an approved meeting keeps the old fields: its approval hash covers them
        # (model/approval.py leaves out the intervals derived from them)
        old = {k: (record.get(k) if approved else record.pop(k, None)) for k in FIELDS}
        if not (old["from_item"] or old["until_item"] or old["from_time"] or old["until_time"]):
            continue
        if record.get("status") not in ATTENDS:
            continue  # version 1 cleared these when a person was marked absent
        spans = _replay(pid, events.get(pid, []))
        if not spans or not _agrees(spans, old):
            spans = _from_fields(pid, old, order)
        for span in spans:
            presence[span.pop("_id")] = span
    return tables


def derived_presence(tables: Tables) -> dict[str, dict[str, Any]]:
    """The interval records this migration makes of the version-1 fields still kept on
    an approved meeting's attendance records (empty when none are kept)."""
    attendance = tables.get("attendance") or {}
    kept = {
        pid: {k: v for k, v in rec.items() if k in FIELDS or k == "status"}
        for pid, rec in attendance.items()
        if any(k in rec for k in FIELDS)
    }
    if not kept:
        return {}
    old: Tables = {
        "attendance": {pid: dict(rec) for pid, rec in kept.items()},
        "items": tables.get("items") or {},
        "events": tables.get("events") or {},
    }
    return attendance_to_intervals(old).get("presence") or {}
