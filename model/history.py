"""Undo and redo of a live meeting, as snapshots of the meeting's tables.

Each saved state of the meeting is a snapshot (``meeting_to_tables``; the open meeting's
are the tables its save built, ``MeetingStore.saved_tables``, so nothing is built twice).
Undo goes back to the snapshot before the last change; redo goes forward again. A snapshot
is simple and robust: it undoes any change, including attendance keys and a burst of typed notes,
without each operation needing its own inverse.

Restoring never removes a record: a record that exists now but not in the snapshot
(something added after it) comes back as a tombstone (``deleted: true``), so the file,
which keeps every record it ever had, and a later merge both see the deletion. The
event log is append-only and is kept as it is now.
"""

from __future__ import annotations

import copy

from model.codec import Tables, meeting_to_tables, tables_to_meeting
from model.meeting import Meeting

#: How many steps back the secretary can go; a meeting rarely needs more.
DEPTH = 200


class History:
    """The undo and redo stacks of one open meeting."""

    def __init__(self, meeting: Meeting, depth: int = DEPTH) -> None:
        self.depth = depth
        self._current: Tables = meeting_to_tables(meeting)
        self._undo: list[Tables] = []
        self._redo: list[Tables] = []

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def commit(self, meeting: Meeting, tables: Tables | None = None) -> bool:
        """Record the meeting's state after a change; returns whether anything changed.

        ``tables``: the meeting's tables if the caller has them (the save just built
        them); they are kept, never changed, so they may share records with the store."""
        if tables is None:
            tables = meeting_to_tables(meeting)
        if _without_events(tables) == _without_events(self._current):
            self._current = tables
            return False
        self._undo.append(self._current)
        del self._undo[: -self.depth]
        self._redo.clear()
        self._current = tables
        return True

    def reset(self, meeting: Meeting) -> None:
        """Start a new history at ``meeting``: after a sync merged the other person's edits in.

        An undo step recorded before the merge would restore the whole meeting as it was,
        silently dropping the chair's corrections; so the stacks are cleared instead.
        """
        self._current = meeting_to_tables(meeting)
        self._undo.clear()
        self._redo.clear()

    def undo(self, meeting: Meeting, now: Tables | None = None) -> Meeting | None:
        """The meeting as it was before the last change, or None if there is nothing to
        undo. ``now``: the meeting's tables if the caller has them (as for ``commit``)."""
        return self._step(meeting, now, self._undo, self._redo)

    def redo(self, meeting: Meeting, now: Tables | None = None) -> Meeting | None:
        """The meeting with the last undone change again, or None."""
        return self._step(meeting, now, self._redo, self._undo)

    def _step(
        self, meeting: Meeting, now: Tables | None, back: list[Tables], forth: list[Tables]
    ) -> Meeting | None:
        """Restore the last snapshot of ``back``; the meeting as it is now goes on ``forth``."""
        if not back:
            return None
        now = meeting_to_tables(meeting) if now is None else now
        target = back.pop()
        forth.append(now)
        return self._restore(target, now)

    def _restore(self, target: Tables, now: Tables) -> Meeting:
        restored = restore_tables(target, now)
        self._current = restored
        return tables_to_meeting(copy.deepcopy(restored))


def restore_tables(target: Tables, now: Tables) -> Tables:
    """``target`` with the records added since turned into tombstones and today's events."""
    result = copy.deepcopy(target)
    for name, records in now.items():
        if name == "events":
            result[name] = copy.deepcopy(records)
            continue
        table = result.setdefault(name, {})
        for record_id, record in records.items():
            if record_id not in table and "deleted" in record:
                table[record_id] = {**copy.deepcopy(record), "deleted": True}
    return result


def _without_events(tables: Tables) -> Tables:
    return {name: records for name, records in tables.items() if name != "events"}
