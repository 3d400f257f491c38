"""Messages of the app's git workers (tui/sync_app.py): each worker reports its end with
one of these dataclass messages, handled on the app thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:
    from sync.diff import Change
    from sync.engine import SyncResult
    from sync.errors import SyncError
    from sync.gitenv import Identity
    from sync.status import SyncStatus


@dataclass
class SyncJob:
    """One sync to run: who syncs, and whether the user asked (the sync key)."""

    who: Identity
    asked: bool


@dataclass
class RemoteCheck:
    """One cheap check whether the remote's branch moved (sync/remote_tip.py)."""

    timeout: int


@dataclass
class RemoteChecked(Message):
    """A remote check ended: ``moved`` when the remote has a commit not fetched yet."""

    moved: bool = False


@dataclass
class GitJob:
    """Other git work (an approval's commit and tag): ``done``/``failed`` run on the app."""

    job: Callable[[], Any]
    done: Callable[[Any], None]
    failed: Callable[[Exception], None]


@dataclass
class SyncFinished(Message):
    """A sync ended: ``result``, else ``error`` (``skipped``: another job was running)."""

    result: SyncResult | None = None
    error: SyncError | None = None
    skipped: bool = False
    status: SyncStatus | None = None  # the state line's facts, read in the worker too


@dataclass
class GitJobFinished(Message):
    """A ``GitJob`` ended with ``result`` or ``error``."""

    job: GitJob
    result: Any = None
    error: Exception | None = None


@dataclass
class ChangesLoaded(Message):
    """The review screen's changes were read from git (``error``: the sentence why not)."""

    ref: str = ""
    changes: list[Change] | None = None
    error: str = ""
