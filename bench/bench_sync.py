"""Sync benchmarks: one sync with one changed meeting against a local bare remote, vs the
same git commands run directly; key-to-disk latency while a background sync runs."""

from __future__ import annotations

import itertools
import os
import subprocess
import tempfile
import threading
from datetime import datetime
from pathlib import Path

from bench.harness import Report, measure
from model import live
from model.demo import demo_meeting
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from sync.engine import sync
from sync.gitenv import Identity
from sync.setup import clone, setup

WHO = Identity("Bench Bänk", "bench@example.se")
MEETINGS = 20


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _archive(root: Path) -> tuple[Path, list[str]]:
    remote = root / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    first = root / "first"
    ids = []
    for _ in range(MEETINGS):
        meeting = demo_meeting()
        Archive(first).create(meeting)
        ids.append(meeting.id)
    setup(first, str(remote))
    sync(first, WHO)
    return remote, ids


def _change(path: Path, counter: itertools.count[int]) -> None:
    with MeetingStore(path) as store:
        store.meeting.header.place = f"Sal {next(counter)}"
        store.save()


def run(report: Report) -> None:
    os.environ.setdefault("GIT_CONFIG_NOSYSTEM", "1")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        remote, ids = _archive(root)
        ours = clone(str(remote), root / "ours")
        direct = clone(str(remote), root / "direct")
        counter = itertools.count()
        ours_path = Archive(ours).meeting_path(ids[0])
        direct_path = Archive(direct).meeting_path(ids[1])
        ident = ["-c", f"user.name={WHO.name}", "-c", f"user.email={WHO.email}"]

        def one_sync() -> None:
            _change(ours_path, counter)
            sync(ours, WHO)

        def direct_git() -> None:
            _change(direct_path, counter)
            _git(direct, "add", "-A", ".")
            _git(direct, *ident, "commit", "-q", "-m", "bench")
            _git(direct, "fetch", "-q", "origin")
            _git(direct, *ident, "merge", "-q", "--no-edit", "origin/main")
            _git(direct, "push", "-q", "origin", "HEAD:refs/heads/main")

        # interleave so both see the other's pushes (a merge on every round)
        ours_samples: list[float] = []
        direct_samples: list[float] = []
        for _ in range(12):
            ours_samples += measure(one_sync, repeat=1, warmup=0)
            direct_samples += measure(direct_git, repeat=1, warmup=0)
        report.add(
            f"sync: one changed meeting of {MEETINGS}, merge + push to a local bare remote",
            ours_samples,
            reference="git add/commit/fetch/merge/push",
            reference_samples=direct_samples,
            target="within 1.5x of direct git",
            met=lambda r: r.ratio is not None and r.ratio <= 1.5,
        )

        # key-to-disk latency while a background sync loop runs on the same archive
        stop = threading.Event()
        syncs = [0]

        def background() -> None:
            other = Archive(ours).meeting_path(ids[2])
            while not stop.is_set():
                _change(other, counter)
                sync(ours, WHO, open_here=[Archive(ours).meeting_path(ids[3])])
                syncs[0] += 1

        thread = threading.Thread(target=background, daemon=True)
        store = MeetingStore(Archive(ours).meeting_path(ids[3]))
        item = store.meeting.agenda[4].id
        now = datetime(2024, 5, 6, 10, 0)
        thread.start()
        try:

            def save_one() -> None:
                live.add_decision(store.meeting, item, "Beslut under synk", now)
                store.save()

            samples = measure(save_one, repeat=60, warmup=2)
        finally:
            stop.set()
            thread.join(60)
            store.close()
        report.add(
            "save of one structural change while a background sync runs",
            samples,
            target="median < 20 ms",
            met=lambda r: r.median_ms < 20,
            background_syncs=syncs[0],
        )
