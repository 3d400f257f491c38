"""Sync benchmarks against a local bare remote.

- one sync with one changed meeting (merge + push) vs the same git commands run directly;
- a save of the open meeting while syncs run that merge the other side's edits into it
  (goal: median and p99 < 20 ms);
- a sync while someone types into the open meeting (every one must succeed, ≤ 1.5× the
  direct git commands).

Key to the other side's screen is bench/bench_keyscreen.py (``python -m bench keyscreen``).
"""

from __future__ import annotations

import itertools
import os
import subprocess
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.harness import Report, measure
from model import live
from model.demo import demo_agenda, demo_meeting
from model.store.archive import Archive
from model.store.meeting_store import MeetingStore
from sync.engine import Incoming, sync
from sync.gitenv import Identity
from sync.gitrun import Git
from sync.setup import clone, setup
from tui.session import Session

WHO = Identity("Bench Bänk", "bench@example.se")
OTHER = Identity("Annan Person", "annan@example.se")
MEETINGS = 20
NOW = datetime(2024, 5, 6, 10, 0)


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _archive(root: Path) -> tuple[Path, list[str]]:
    remote = root / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    first = root / "first"
    ids = []
    for n in range(MEETINGS):
        meeting = demo_meeting() if n else demo_agenda()
        if not n:
            live.start_meeting(meeting, NOW)
            live.go_to_item(meeting, meeting.agenda[0].id, NOW)
        Archive(first).create(meeting)
        ids.append(meeting.id)
    setup(first, str(remote))
    sync(first, WHO)
    return remote, ids


def _change(path: Path, counter: itertools.count[int]) -> None:
    with MeetingStore(path) as store:
        store.meeting.header.place = f"Sal {next(counter)}"
        store.save()


def _other_side_edits(path: Path, counter: itertools.count[int]) -> None:
    """The other person corrects item 3 of the live meeting."""
    with MeetingStore(path) as store:
        store.meeting.agenda[2].notes += f"Rättelse {next(counter)}.\n"
        store.save()


def run(report: Report) -> None:
    os.environ.setdefault("GIT_CONFIG_NOSYSTEM", "1")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        remote, ids = _archive(root)
        _one_sync(report, root, remote, ids)
        _while_typing(report, root, remote, ids)


def _one_sync(report: Report, root: Path, remote: Path, ids: list[str]) -> None:
    ours = clone(str(remote), root / "ours")
    direct = clone(str(remote), root / "direct")
    counter = itertools.count()
    ours_path = Archive(ours).meeting_path(ids[1])
    direct_path = Archive(direct).meeting_path(ids[2])
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
    report.against(
        f"sync: one changed meeting of {MEETINGS}, merge + push to a local bare remote",
        ours_samples,
        "git add/commit/fetch/merge/push",
        direct_samples,
        at_most=1.5,
    )


class _Processes:
    """Counts the git processes the engine starts (a figure the machine's load does not
    change, unlike the times)."""

    def __init__(self) -> None:
        self.count = 0
        self._raw = Git.raw

    def __enter__(self) -> _Processes:
        counter = self
        raw = self._raw

        def counted(git: Git, *args: str, **kw: Any) -> tuple[int, bytes, str]:
            counter.count += 1
            return raw(git, *args, **kw)

        setattr(Git, "raw", counted)  # noqa: B010 (a method replaced for the count)
        return self

    def __exit__(self, *_exc: object) -> None:
        setattr(Git, "raw", self._raw)  # noqa: B010


def _while_typing(report: Report, root: Path, remote: Path, ids: list[str]) -> None:
    """The secretary types into the open live meeting (a save every ~30 ms) while her
    syncs merge the other person's corrections into it; the other person's edits and
    the raw git commands alternate with them."""
    ours = clone(str(remote), root / "typing")
    other = clone(str(remote), root / "other")
    path = Archive(ours).meeting_path(ids[0])
    other_path = Archive(other).meeting_path(ids[0])
    counter = itertools.count()
    session = Session.open(path)
    lock = threading.Lock()  # the app thread: typing and the merge take turns on it
    stop = threading.Event()
    saves: list[float] = []

    def typing() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            start = time.perf_counter()
            with lock:
                session.apply(
                    lambda m, n=n: setattr(m.agenda[0], "notes", m.agenda[0].notes + f" ord{n}")
                )
            saves.append((time.perf_counter() - start) * 1000)
            time.sleep(0.03)

    def bring_in(incoming: Incoming) -> int:
        with lock:
            return session.merge_from_disk(
                incoming.merged, incoming.base, incoming.mine, incoming.theirs
            )

    failures = 0
    processes = _Processes()
    sync_samples: list[float] = []
    direct_samples: list[float] = []
    direct = clone(str(remote), root / "direct2")
    direct_path = Archive(direct).meeting_path(ids[3])
    ident = ["-c", f"user.name={WHO.name}", "-c", f"user.email={WHO.email}"]
    thread = threading.Thread(target=typing, daemon=True)
    thread.start()
    try:
        for _ in range(12):
            _other_side_edits(other_path, counter)
            sync(other, OTHER)
            start = time.perf_counter()
            try:
                with processes:
                    result = sync(ours, WHO, open_here=[path], bring_in=bring_in)
                failures += not (result.pushed and result.merged) or result.conflicts > 0
            except Exception:
                failures += 1
            sync_samples.append((time.perf_counter() - start) * 1000)
            sync(other, OTHER)
            _change(direct_path, counter)
            start = time.perf_counter()
            _git(direct, "add", "-A", ".")
            _git(direct, *ident, "commit", "-q", "-m", "bench")
            _git(direct, "fetch", "-q", "origin")
            _git(direct, *ident, "merge", "-q", "--no-edit", "origin/main")
            _git(direct, "push", "-q", "origin", "HEAD:refs/heads/main")
            direct_samples.append((time.perf_counter() - start) * 1000)
    finally:
        stop.set()
        thread.join(10)
        session.close()
    report.add(
        "sync of the open meeting while typing, merging the other side's edits",
        sync_samples,
        reference="git add/commit/fetch/merge/push",
        reference_samples=direct_samples,
        target="every sync succeeds, within 1.5x of direct git",
        met=lambda r: failures == 0 and r.ratio is not None and r.ratio <= 1.5,
        failures=failures,
        git_processes_per_sync=round(processes.count / max(1, len(sync_samples)), 1),
    )
    report.add(
        "save of the open meeting (one typed word) while syncs merge into it",
        saves,
        target="median and p99 < 20 ms",
        met=lambda r: r.median_ms < 20 and r.p99_ms < 20,
        saves=len(saves),
    )
