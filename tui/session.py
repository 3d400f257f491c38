"""One open meeting in the app: its store, its undo history and the save contract.

Every change goes through ``apply``: the model operation runs, the meeting is saved at
once (on disk before ``apply`` returns) and the new state becomes an undo step. A save
that fails leaves the change in memory (``dirty``); the next save writes it.
No Textual here: the screen decides how to show what happened.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from model.enums import MeetingState
from model.history import History
from model.meeting import Meeting
from model.store.errors import MeetingLocked, ReadOnly, StoreError
from model.store.meeting_store import MeetingStore

T = TypeVar("T")


class Session:
    """The meeting being minuted. ``read_only_reason`` is "", "locked" or "approved"."""

    def __init__(self, store: MeetingStore, read_only_reason: str = "") -> None:
        self.store = store
        self.read_only_reason = read_only_reason
        self.history = History(store.meeting)
        self.dirty = False  # a change is in memory but not on disk (a save failed)
        self.last_error: StoreError | None = None

    @classmethod
    def open(cls, path: Path) -> Session:
        """Open for writing; read-only if another process writes it or it is approved."""
        try:
            store = MeetingStore(path)
        except MeetingLocked:
            return cls(MeetingStore(path, read_only=True), "locked")
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

    def apply(self, operation: Callable[[Meeting], T]) -> T:
        """Run a model operation and save. Raises the operation's error before any change,
        or ``StoreError`` after it (the change is then kept in memory, ``dirty``)."""
        if self.read_only:
            raise ReadOnly(self.store.path)
        result = operation(self.meeting)
        self.dirty = True
        self.save()
        return result

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
        self.history.commit(self.meeting)
        return wrote

    def undo(self) -> bool:
        return self._travel(self.history.undo)

    def redo(self) -> bool:
        return self._travel(self.history.redo)

    def _travel(self, step: Callable[[Meeting], Meeting | None]) -> bool:
        if self.read_only:
            raise ReadOnly(self.store.path)
        if self.dirty:
            self.save()  # a pending change (typed notes) becomes its own undo step first
        target = step(self.meeting)
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

    def close(self) -> None:
        """Save what is pending (best effort) and release the lock."""
        if self.dirty and not self.read_only:
            with contextlib.suppress(StoreError):
                self.save()
        self.store.close()


def now_minute(clock: Callable[[], datetime]) -> datetime:
    """The clock time without microseconds: what the minutes record."""
    return clock().replace(microsecond=0)
