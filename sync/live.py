"""Bringing a sync's merge into a meeting that is open for writing in the app.

The app pauses saving while git merges (the engine's ``hold``), having taken a snapshot
of the meeting as saved. Afterwards the file on disk holds the merged meeting, and the
app's memory may hold edits typed meanwhile. Both are folded together with the same
record merge as the git driver (base: the snapshot, ours: memory, theirs: disk), then
saved, so neither the incoming edits nor the ones typed during the sync are lost.
"""

from __future__ import annotations

from model.codec import Tables, meeting_to_tables, tables_to_meeting
from model.meeting import Meeting
from model.store.load import load_tables
from model.store.meeting_store import MeetingStore
from model.store.schema import KIND_MEETING, META_TABLE
from sync.merge import merge_tables


def snapshot(store: MeetingStore) -> Tables:
    """The meeting's tables as saved, taken when the app pauses saving for a merge."""
    return meeting_to_tables(store.meeting)


def refresh_open_meeting(store: MeetingStore, before: Tables) -> Meeting | None:
    """Fold a merge that changed ``store``'s file into it. Returns the new meeting, or None
    if the file did not change. The store must be writable (its lock held)."""
    raw = store.path.read_bytes()
    if raw == store.written_bytes:
        return None
    on_disk = load_tables(store.path, KIND_MEETING).tables
    on_disk.pop(META_TABLE, None)
    in_memory = meeting_to_tables(store.meeting)
    merged, _report = merge_tables(before, in_memory, on_disk)
    store.reload()
    store.meeting = tables_to_meeting(merged)
    store.save()
    return store.meeting
