"""Helpers for the app's tests: a demo archive, a clock the test moves, key counting."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from textual import events
from textual.pilot import Pilot

from model.demo import demo_agenda, demo_meeting
from model.enums import Language
from model.store.archive import Archive
from tui.app import MinutesApp
from tui.config import Config


@dataclass
class Clock:
    """A frozen clock: the test moves it forward."""

    now: datetime = datetime(2022, 5, 6, 8, 30)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


def demo_archive(root: Path, with_finished: bool = True) -> Path:
    """An archive with the finished demo meeting and the un-minuted copy; the copy's path."""
    archive = Archive(root)
    if with_finished:
        archive.create(demo_meeting())
    return archive.create(demo_agenda())


def make_app(
    root: Path,
    lang: Language = Language.EN,
    meeting: Path | None = None,
    clock: Clock | None = None,
    keymap: dict[str, str] | None = None,
) -> MinutesApp:
    return MinutesApp(
        root,
        lang,
        meeting_path=meeting,
        clock=clock or Clock(),
        cursor_blink=False,
        config=Config(keymap=keymap or {}),
    )


@dataclass
class Keys:
    """Presses keys through a pilot and counts them."""

    pilot: Pilot[None]
    count: int = 0
    log: list[str] = field(default_factory=list)

    async def press(self, *keys: str) -> None:
        self.count += len(keys)
        self.log.extend(keys)
        await self.pilot.press(*keys)

    async def type(self, text: str) -> None:
        await self.press(*text)


def key_event(key: str) -> events.Key:
    """The event a terminal sends for ``key`` (a character, or a name like ``ctrl+n``)."""
    if len(key) == 1:
        names = {" ": "space", "/": "slash", "*": "asterisk", "+": "plus", "?": "question_mark"}
        names |= {".": "full_stop", ",": "comma", "-": "minus"}
        return events.Key(names.get(key, key), key)
    *_, last = key.split("+")
    if key.startswith("alt+") and len(last) == 1:  # ESC p: Textual keeps the "p"
        return events.Key(key, last.upper() if "shift+" in key else last)
    return events.Key(key, None)


def keys_of(*parts: str) -> list[str]:
    """Text parts letter by letter, ``<ctrl+n>`` style parts as one key."""
    keys: list[str] = []
    for part in parts:
        if part.startswith("<") and part.endswith(">"):
            keys.append(part[1:-1])
        else:
            keys.extend(part)
    return keys


def burst(app: MinutesApp, *parts: str) -> None:
    """Post keys to the app all at once, before any is handled, as a terminal delivers a
    fast typist's keys: text parts are typed letter by letter, ``<ctrl+n>`` style parts
    are one key."""
    for key in keys_of(*parts):
        app.post_message(key_event(key))


async def settle(pilot: Pilot[None], pauses: int = 3) -> None:
    """Wait until every key posted so far is handled and the app is quiet."""
    app = pilot.app
    typing = getattr(app, "typing", None)  # the input path (tui/input_path.py)
    if typing is not None:
        await typing.drained()
    for _ in range(pauses):
        await pilot.pause()
