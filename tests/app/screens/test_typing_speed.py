"""Speed independence, property-tested: any key sequence gives byte-identical minutes
whether it is typed with the app settled after every key or as one burst (all keys
posted before the app handles any).

What is frozen so that only the typing speed differs between the two runs:

- the meeting clock (``Clock``, as in every app test);
- record ids: ULIDs hold the wall-clock time and random bits, so ``model.ids.new_id``
  gives ``id-0001``, ``id-0002`` ... in the order records are made;
- the debounced save of typed notes (0.4 s after the last key, 3 s at the latest): it
  decides where an undo step ends, and a slow run would pause longer than a fast one.
  Here notes are saved where the app saves them anyway: before every other change, an
  undo, Ctrl+S and on close.

Nothing in the saved file is normalised. Commands that leave the meeting screen or run a
worker whose timing decides what later keys do (search, export, approval, sync, close,
quit) are not in the alphabet and are moved off their keys by the keymap.

``MINUTES_TYPING_EXAMPLES`` sets the number of examples (default 25, under a minute on
2 shared cores; e.g. 200 for a long run).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from model.enums import Language
from tests.app.screens.helpers import Clock, demo_archive, key_event, make_app, settle
from tui.screens import meeting as meeting_screen

EXAMPLES = int(os.environ.get("MINUTES_TYPING_EXAMPLES", "25"))

#: the keys a secretary types: letters (also the one-letter commands and attendance keys)
LETTERS = list("abdefghilmnoprstuwå äöÅ.,-17*+/")
EDITING = ["enter", "enter", "tab", "shift+tab", "escape", "backspace", "left", "right"]
EDITING += ["up", "down", "home", "end"]
COMMANDS = [
    "ctrl+n", "f8", "f7", "ctrl+g", "ctrl+t", "f9", "alt+r", "alt+w", "alt+s", "alt+e",
    "f3", "ctrl+d", "f4", "f5", "alt+a", "f6", "alt+o", "alt+i", "f2", "alt+g", "alt+u",
    "ctrl+z", "ctrl+y", "ctrl+s", "alt+h", "alt+m", "f1",
]  # fmt: skip
#: commands kept out of the test (see the module docstring), moved off their keys
OFF = {
    "search": "f20", "search.letter": "f20", "export": "f20", "export.letter": "f20",
    "approve": "f20", "approve.letter": "f20", "reopen": "f20", "sync": "f20",
    "conflicts": "f20", "close_meeting": "f20", "quit": "f20",
}  # fmt: skip

words = st.text(alphabet="abcdeghijklmnoprstuvyåäö ", min_size=1, max_size=8)
token = st.one_of(
    st.sampled_from(LETTERS).map(lambda key: [key]),
    st.sampled_from(EDITING).map(lambda key: [key]),
    st.sampled_from(COMMANDS).map(lambda key: [key]),
    words.map(list),  # form input and notes
)
sequences = st.lists(token, min_size=4, max_size=24).map(
    lambda parts: [key for part in parts for key in part]
)


def _frozen_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every record id in the order records are made, whichever module makes one
    (``model.ids.new_id`` asks ``ulid.ULID`` each time)."""
    counter = itertools.count(1)
    monkeypatch.setattr("ulid.ULID", lambda: f"id-{next(counter):04d}")


async def _minute(seed: tuple[Path, Path], work: Path, keys: list[str], burst: bool) -> bytes:
    """Type ``keys`` into a fresh copy of the meeting; the saved file's bytes."""
    original, meeting = seed
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(original, work)
    path = work / meeting
    app = make_app(work, Language.SV, meeting=path, clock=Clock(), keymap=OFF)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        if burst:
            for key in keys:
                app.post_message(key_event(key))
        else:
            for key in keys:
                app.post_message(key_event(key))
                await settle(pilot, pauses=1)
        await settle(pilot)
        for screen in app.meeting_screens():
            screen.close_session()
    return path.read_bytes()


@pytest.fixture
def seed_archive(tmp_path: Path) -> tuple[Path, Path]:
    """The demo meeting not yet minuted: the archive folder and the file inside it."""
    root = tmp_path / "original"
    return root, demo_archive(root, with_finished=False).relative_to(root)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(keys=sequences)
# found by this test: F2 showed the people list and Shift+Tab right behind it in a burst
# left from the list's not yet laid-out place: the agenda, not the notes, took the keys
@example(keys=["f2", "shift+tab", "up", "enter", "x"])
def test_burst_and_settled_typing_save_the_same_meeting(
    keys: list[str],
    seed_archive: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(meeting_screen, "PAUSE", 1e9)  # no debounced save: see above
    monkeypatch.setattr(meeting_screen, "MAX_UNSAVED", 1e9)
    _frozen_ids(monkeypatch)
    settled = asyncio.run(_minute(seed_archive, tmp_path / "settled", keys, burst=False))
    _frozen_ids(monkeypatch)
    burst = asyncio.run(_minute(seed_archive, tmp_path / "burst", keys, burst=True))
    assert burst == settled, keys
