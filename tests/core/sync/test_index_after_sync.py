"""The archive index follows a sync: files git changed are read again, only those."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from model.registers import load_index
from model.search import search
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from sync.engine import sync
from sync.setup import clone, setup
from tests.core.store.test_index import _meeting, settle
from tests.core.sync.conftest import CHAIR, SECRETARY, make_remote


def test_a_sync_that_changes_files_is_picked_up(tmp_path: Path) -> None:
    remote = make_remote(tmp_path)
    secretary, chair = tmp_path / "secretary", tmp_path / "chair"
    path = Archive(secretary).create(_meeting("Styrelsen", date(2024, 3, 1), "Budget", "Text."))
    setup(secretary, str(remote))
    sync(secretary, SECRETARY)
    clone(str(remote), chair)
    settle(Archive(chair))
    with load_index(Archive(chair)) as index:
        assert search(index, "snöröjning") == []
    with MeetingStore(path) as store:
        store.meeting.items[0].notes = "Snöröjning på torget."
        store.save()
    sync(secretary, SECRETARY)
    sync(chair, CHAIR)
    with load_index(Archive(chair)) as index:
        assert index.refreshed == 1
        (hit,) = search(index, "snöröjning")
        assert hit.path == Archive(chair).meeting_path(path.stem)
