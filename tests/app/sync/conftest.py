"""The fixtures of this area: those of tests/core/sync/conftest.py, and a meeting in
progress shared by two people (the live tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from model import live
from model.demo import demo_agenda
from model.store.archive import Archive
from sync.engine import sync
from sync.setup import clone, setup
from tests.app.sync.apps import NOW
from tests.core.sync.conftest import *  # noqa: F403
from tests.core.sync.conftest import SECRETARY, Pair, make_remote


@pytest.fixture
def live_pair(tmp_path: Path) -> Pair:
    """A meeting in progress (item 1 current) shared by the secretary and the chair."""
    remote = make_remote(tmp_path)
    secretary = tmp_path / "secretary"
    meeting = demo_agenda()
    live.start_meeting(meeting, NOW)
    live.go_to_item(meeting, meeting.agenda[0].id, NOW)
    Archive(secretary).create(meeting)
    setup(secretary, str(remote))
    assert sync(secretary, SECRETARY).pushed
    chair = clone(str(remote), tmp_path / "chair")
    return Pair(remote, secretary, chair, meeting.id)
