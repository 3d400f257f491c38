"""Key to the other side's screen: two real apps (``MinutesApp`` under Pilot, one event
loop), the live meeting open on both, background sync on, through a local bare remote.

The secretary types a word as a burst of keys; the time runs from the burst until the
chair's editor shows the word (so the typing pause before the save, her sync, the
chair's check and his sync are all in it). Printed as median and p99 for the defaults
(``sync_interval`` 5 s, ``sync_check_interval`` 2 s, ``sync_after_save`` 1 s) and for a
short interval (2 s; the check then runs every 0.5 s, four per interval), with
``WORDS`` words each, typed at different phases of the timers. ``python -m bench
keyscreen`` runs it alone.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path

from bench.bench_sync import NOW, OTHER, WHO, _archive
from bench.harness import Report
from model.store.archive import Archive
from sync.gitenv import Identity
from sync.setup import clone
from tui.sync_app import CHECKS_PER_INTERVAL

WORDS = 12
#: (sync_interval, sync_check_interval, sync_after_save): the defaults, a short interval
CASES = ((5, 2, 1), (2, 1, 1))


def run(report: Report) -> None:
    os.environ.setdefault("GIT_CONFIG_NOSYSTEM", "1")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        remote, ids = _archive(root)
        asyncio.run(_to_the_other_screen(report, root, remote, ids))


async def _to_the_other_screen(report: Report, root: Path, remote: Path, ids: list[str]) -> None:
    """Two real apps (``MinutesApp`` under Pilot, one event loop), the live meeting open
    on both, background sync on: a word typed on one side until it is on the other
    side's screen, for a few intervals (the defaults of the config otherwise)."""
    for interval, check, after_save in CASES:
        name = f"{interval}-{check}-{after_save}"
        secretary = clone(str(remote), root / f"sec-live-{name}")
        chair = clone(str(remote), root / f"chair-live-{name}")
        samples = await _two_apps(secretary, chair, ids[0], interval, check, after_save)
        report.add(
            f"key on one side to the other side's screen (two apps, sync_interval = "
            f"{interval} s, sync_check_interval = {check} s, sync_after_save = {after_save} s)",
            samples,
            target=f"median and p99 within one sync interval ({interval} s)",
            met=lambda r, i=interval: r.median_ms <= i * 1000 and r.p99_ms <= i * 1000,
            words=len(samples),
            check_every_s=min(check, interval / CHECKS_PER_INTERVAL),
        )


async def _two_apps(
    secretary: Path, chair: Path, meeting_id: str, interval: int, check: int, after_save: int
) -> list[float]:
    from tests.app.screens.helpers import burst
    from tests.app.sync.apps import person_app
    from tui.app import MinutesApp

    def app_of(root: Path, who: Identity) -> MinutesApp:
        meeting = Archive(root).meeting_path(meeting_id)
        return person_app(
            root, meeting, who, interval=interval, check=check, after_save=after_save, now=NOW
        )

    sec_app, chair_app = app_of(secretary, WHO), app_of(chair, OTHER)
    samples: list[float] = []
    async with sec_app.run_test(size=(120, 40)) as sec, chair_app.run_test(size=(120, 40)) as ch:
        await sec.pause()
        await ch.pause()
        sec_editor = sec_app.meeting_screens()[-1].item_view.editor
        chair_editor = chair_app.meeting_screens()[-1].item_view.editor
        sec_editor.move_cursor(sec_editor.document.end)
        await asyncio.sleep(interval)  # both have synced once: a steady state
        for n in range(WORDS):
            word = f"live{interval}c{check}s{after_save}x{n}"
            burst(sec_app, " " + word)  # typed as a fast typist's keys arrive
            start = time.perf_counter()
            while word not in chair_editor.text and time.perf_counter() - start < 30:
                await asyncio.sleep(0.02)
            samples.append((time.perf_counter() - start) * 1000)
            # the next word at another phase of the timers
            await asyncio.sleep(0.37 * (n % 4))
        await sec_app.workers.wait_for_complete()
        await chair_app.workers.wait_for_complete()
        for app in (sec_app, chair_app):
            for screen in app.meeting_screens():
                screen.close_session()
    return samples
