"""One open meeting in the app: its store, its undo history and the save contract.

The Session is the only way the open meeting changes: every change from any screen,
form, sync or undo goes through ``apply`` (typed notes through ``set_notes``, which is
``apply`` without the immediate save). ``apply`` refuses a change to a read-only
meeting (``ReadOnly``, before anything changed), runs the model operation, saves at once
(on disk before ``apply`` returns) and the new state becomes an undo step. A save that
fails leaves the change in memory (``dirty``); the next save writes it. Nobody outside
this class writes ``dirty``, the read-only state or the history.
No Textual here: the screen decides how to show what happened.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from model.approval import ApprovalError, approve, is_locked, reopen
from model.codec import Tables, meeting_to_tables, tables_to_meeting
from model.enums import MeetingState
from model.history import History
from model.meeting import Meeting
from model.store.errors import MeetingLocked, ReadOnly, StoreError
from model.store.meeting_store import MeetingStore

if TYPE_CHECKING:
    from sync.merge import Side

T = TypeVar("T")


class Session:
    """The meeting being minuted. ``read_only_reason`` is "", "locked" or "approved"."""

    def __init__(self, store: MeetingStore, read_only_reason: str = "") -> None:
        self.store = store
        self.read_only_reason = read_only_reason
        self.history = History(store.meeting)
        self.dirty = False  # a change is in memory but not on disk (a save failed)
        self.last_error: StoreError | None = None
        self.open_error: OSError | None = None  # why it opened read-only ("unwritable")
        self.closed = False

    @classmethod
    def open(cls, path: Path) -> Session:
        """Open for writing; read-only if another process writes it or it is approved."""
        try:
            store = MeetingStore(path)
        except MeetingLocked:
            return cls(MeetingStore(path, read_only=True), "locked")
        except OSError as exc:  # the archive cannot be written here: show it read-only
            session = cls(MeetingStore(path, read_only=True), "unwritable")
            session.open_error = exc
            return session
        if store.meeting.header.state is MeetingState.APPROVED:
            store.close()
            return cls(MeetingStore(path, read_only=True), "approved")
        return cls(store)

    @property
    def meeting(self) -> Meeting:
        return self.store.meeting

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def switch_mode(self, reason: str) -> None:
        """Reopen the meeting read-only (``reason`` "approved" or "locked") or, with "",
        for writing. Nothing is lost: a pending change is saved first (a failed save
        raises ``SaveFailed`` and nothing switches); opening for writing raises
        ``MeetingLocked`` if another program writes the meeting (nothing switches).
        """
        if reason and self.dirty and not self.read_only:
            self.save()
        new = MeetingStore(self.store.path, read_only=bool(reason))
        old, self.store = self.store, new
        old.close()  # releases the lock when leaving a writable store
        self.read_only_reason = reason
        self.history.reset(new.meeting)
        self.dirty = False
        self.last_error = None

    def approve(self, by: str, now: datetime) -> str:
        """Approve (justering), save, and go read-only; returns the content hash.

        Raises ``ApprovalError`` (open conflicts, already approved, no name) before any
        change, or ``StoreError`` if the approval could not be written: the meeting is
        then as it was on disk, still writable, and nothing typed is lost.
        """
        if self.read_only:
            raise ReadOnly(self.store.path)
        if self.dirty:
            self.save()  # what was typed is part of what gets approved
        before = meeting_to_tables(self.meeting)
        digest = approve(self.meeting, by, now)
        try:
            self.store.save()
        except StoreError:
            self.store.meeting = tables_to_meeting(before)
            raise
        self.switch_mode("approved")
        return digest

    def reopen(self, by: str, now: datetime, reason: str) -> None:
        """Open an approved meeting for a correction: recorded as an event, saved, writable.

        Raises ``ApprovalError`` if the meeting is not approved, ``MeetingLocked`` if
        another program writes it, ``StoreError`` if the reopen could not be written
        (the meeting then stays approved and read-only).
        """
        if not is_locked(self.meeting):
            raise ApprovalError("not_approved")
        self.switch_mode("")
        before = meeting_to_tables(self.meeting)
        try:
            reopen(self.meeting, by, now, reason)
            self.store.save()
        except (ApprovalError, StoreError):
            self.store.meeting = tables_to_meeting(before)
            self.switch_mode("approved")
            raise
        self.history.reset(self.meeting)

    def follow_approval(self) -> bool:
        """After a sync: lock the meeting if an approval came in, unlock it if a reopen
        did. A read-only approved meeting is read again from the file first. Returns
        whether the mode changed. Raises ``StoreError`` (the mode is then unchanged)."""
        if self.read_only_reason == "approved":
            self.store.reload()
            if not is_locked(self.meeting):
                self.switch_mode("")
                return True
            return False
        if not self.read_only and is_locked(self.meeting):
            self.switch_mode("approved")
            return True
        return False

    def apply(self, operation: Callable[[Meeting], T], *, save: bool = True) -> T:
        """Run a model operation and save. Raises ``ReadOnly`` (nothing changed) on a
        read-only meeting, the operation's error before any change, or ``StoreError``
        after it (the change is then kept in memory, ``dirty``). ``save=False`` leaves
        the save to the caller's next ``save()`` (typed notes, saved when typing pauses).
        A sync merges beside it (``merge_from_disk``), so nothing waits for a sync.
        """
        if self.read_only:
            raise ReadOnly(self.store.path)
        result = operation(self.meeting)
        self.dirty = True
        if save:
            self.save()
        return result

    def set_notes(self, item_id: str, text: str) -> bool:
        """Put typed text in an item's notes (saved by the next ``save()``); True if it
        changed. Raises ``ReadOnly`` on a read-only meeting."""
        item = self.meeting.item(item_id)
        if item is None or item.notes == text:
            return False

        def write(meeting: Meeting) -> None:
            target = meeting.item(item_id)
            if target is not None:
                target.notes = text

        self.apply(write, save=False)
        return True

    def save(self) -> bool:
        """Write what changed; returns whether it wrote. Raises ``SaveFailed``."""
        if self.read_only:
            return False
        try:
            wrote = self.store.save()
        except StoreError as exc:
            self.dirty = True
            self.last_error = exc
            raise
        self.dirty = False
        self.last_error = None
        self.history.commit(self.meeting, self.store.saved_tables)
        return wrote

    # -- the sync's merge (tui/sync_app.py) -----------------------------------------

    def merge_from_disk(
        self,
        merged: Tables,
        base: Tables,
        mine: Side | None = None,
        theirs: Side | None = None,
    ) -> int:
        """Fold a sync's merge into the open meeting and save; returns new conflicts.

        ``base`` is the meeting as the sync committed it, ``merged`` what the merge made
        of it; the meeting in memory is ``base`` plus whatever was typed since. The
        three-way record merge of git's driver (sync/merge.py) combines them: the other
        side's changes come in, what was typed during the sync stays, and only the very
        lines both changed become a conflict naming ``mine`` and ``theirs``. The undo
        history starts again here (an undo must never take the other side's edits
        back out). Raises ``StoreError`` if the save fails: memory is then as before.
        """
        from sync.merge import merge_tables  # the one record merge (sync/ has no UI)

        if self.read_only:
            raise ReadOnly(self.store.path)
        in_memory = meeting_to_tables(self.meeting)
        result, report = merge_tables(base, in_memory, merged, mine, theirs)
        if result == in_memory:
            return 0
        try:
            self.store.save(tables_to_meeting(result))
        except StoreError as exc:
            self.store.meeting = tables_to_meeting(in_memory)
            self.dirty = True
            self.last_error = exc
            raise
        self.dirty = False
        self.last_error = None
        self.history.reset(self.meeting)
        return len(report.conflicts)

    def undo(self) -> bool:
        return self._travel(self.history.undo)

    def redo(self) -> bool:
        return self._travel(self.history.redo)

    def _travel(self, step: Callable[[Meeting, Tables], Meeting | None]) -> bool:
        if self.read_only:
            raise ReadOnly(self.store.path)
        if self.dirty:
            self.save()  # a pending change (typed notes) becomes its own undo step first
        target = step(self.meeting, self.store.tables())
        if target is None:
            return False
        self.store.meeting = target
        self.dirty = True
        try:
            self.store.save()
        except StoreError as exc:
            self.last_error = exc
            raise
        self.dirty = False
        self.last_error = None
        return True

    def discard_unsaved(self) -> None:
        """The user chose to leave without the change that could not be saved (a copy of
        it may have been kept elsewhere): closing saves nothing more."""
        self.dirty = False

    def close(self) -> None:
        """Save what is pending (best effort) and release the lock; once."""
        if self.closed:
            return
        self.closed = True
        if self.dirty and not self.read_only:
            with contextlib.suppress(StoreError):
                self.save()
        self.store.close()


def now_minute(clock: Callable[[], datetime]) -> datetime:
    """The clock time without microseconds: what the minutes record."""
    return clock().replace(microsecond=0)
