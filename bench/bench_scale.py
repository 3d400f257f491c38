"""At a real archive's size: whole processes as the user waits for them.

Archives of 1,000 and 10,000 meetings from ``tests/core/followup/archive_gen.py`` are generated
once and cached outside the repository (platformdirs' user cache folder; the key is a
hash of the generator, so a changed generator makes new archives). 10,000 take several
minutes to generate the first time.

Every command is a subprocess, timed from spawn to exit (wall and CPU of the child),
median of several runs after a warm-up, each against a reference run in the same loop so
that a loaded machine slows both alike:
- ``minutes list`` / ``search`` (a word with thousands of hits) / ``actions`` (its newest
  page; ``actions --every`` too, without a goal), piped, against ``grep -rl`` over the
  same files;
- ``minutes --help`` against a bare click group of as many commands;
- the app's first paint of the archive (spawn to the screen refresh after rows are in
  the archive table, the moment printed by the child; the index check that follows in a
  worker is not in it) against a bare Textual app with the same widgets and rows, tested
  the same way;
- the app's peak RSS (VmHWM of the app's own process, after its file check);
- opening a meeting in the app from the 10,000 archive against a 1-meeting archive, and
  the first paint of ``minutes open`` (notes focused) against a bare Textual app with the
  meeting screen's widgets.
In process: the index's cold build (with its progress callback) and the incremental
update after one meeting saved through the store (which notes it in the change journal,
model/store/index_journal.py); whole process: ``minutes list`` after that save against
``minutes list`` with nothing changed.

The scripts of the app and bare-app children, and the bare click group, are
``bench/scale_scripts.py``.

``MINUTES_BENCH_QUICK=1`` (``make bench-quick``) runs the 1,000 size only.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import platformdirs

from bench.harness import Report
from bench.scale_scripts import APP_OPEN, APP_PAINT, BARE_CLICK, BARE_MEETING, BARE_PAINT
from model.store.archive import Archive

REPO = Path(__file__).resolve().parents[1]
QUICK = os.environ.get("MINUTES_BENCH_QUICK") == "1"
SIZES = (1000,) if QUICK else (1000, 10000)
RUNS = 5
QUERY = "budgetuppföljning"


def cached_archive(size: int) -> Path:
    """The generated archive of ``size`` meetings, generated on first use."""
    from tests.core.followup import archive_gen  # its own file: no path to keep in step

    key = hashlib.sha256(Path(archive_gen.__file__).read_bytes()).hexdigest()[:12]
    root = Path(platformdirs.user_cache_dir("minutes-bench")) / f"archive-{size}-{key}"
    if not (root / "meetings").is_dir():
        print(f"generating {size} meetings into {root} (once) ...", flush=True)
        partial = root.with_name(root.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        archive_gen.generate(partial, size)
        partial.rename(root)
    return root


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "utf-8", "COLUMNS": "120"}
    # As a user's Python does: the warm-up run writes the byte code that the measured runs
    # load (with PYTHONDONTWRITEBYTECODE set, every run compiled each changed module again,
    # a cost the references, all in byte-compiled packages, did not pay).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run(command: list[str]) -> tuple[float, float, str]:
    """Wall ms, CPU ms (user + system of the child) and stderr of one process."""
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=_env(), check=False)
    wall = (time.perf_counter() - start) * 1000
    after = os.times()
    cpu = (
        (after.children_user - before.children_user)
        + (after.children_system - before.children_system)
    ) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{command} failed: {done.stderr.decode(errors='replace')[-500:]}")
    return wall, cpu, done.stderr.decode("utf-8", errors="replace")


def _pair(ours: list[str], reference: list[str], runs: int = RUNS) -> tuple[list[float], ...]:
    """Interleaved runs (after one warm-up each): wall and CPU of ours and the reference."""
    _run(ours)
    _run(reference)
    wall, cpu, ref_wall, ref_cpu = [], [], [], []
    for _ in range(runs):
        w, c, _err = _run(ours)
        wall.append(w)
        cpu.append(c)
        w, c, _err = _run(reference)
        ref_wall.append(w)
        ref_cpu.append(c)
    return wall, cpu, ref_wall, ref_cpu


def _paint(command: list[str]) -> tuple[float, float]:
    """Ms from spawning the process to its "PAINT=" line (rows on screen), and to exit."""
    spawned = time.time()
    wall, _cpu, err = _run(command)
    line = next(x for x in err.splitlines() if x.startswith("PAINT="))
    return (float(line.removeprefix("PAINT=")) - spawned) * 1000, wall


def _paint_pair(ours: list[str], reference: list[str]) -> tuple[list[float], ...]:
    _paint(ours)
    _paint(reference)
    painted, exited, ref_painted = [], [], []
    for _ in range(RUNS):
        p, w = _paint(ours)
        painted.append(p)
        exited.append(w)
        ref_painted.append(_paint(reference)[0])
    return painted, exited, ref_painted


def _minutes(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "tui", "--archive", str(root), *args]


def _commands(report: Report, size: int, root: Path) -> None:
    meetings = str(root / "meetings")
    cases = {
        "list": (_minutes(root, "list"), ["grep", "-rl", "Protokoll", meetings]),
        f"search {QUERY}": (_minutes(root, "search", QUERY), ["grep", "-rli", QUERY, meetings]),
        "actions": (_minutes(root, "actions"), ["grep", "-rl", '"status": "open"', meetings]),
        # every open action printed (9,015 at 10,000): no goal, shown beside the page's
        "actions --every": (
            _minutes(root, "actions", "--every"),
            ["grep", "-rl", '"status": "open"', meetings],
        ),
    }
    for name, (ours, reference) in cases.items():
        wall, cpu, ref_wall, _ref_cpu = _pair(ours, reference)
        goal = size == 10000 and "--every" not in name
        report.add(
            f"scale: minutes {name}, {size} meetings (whole process)",
            wall,
            reference="grep -rl over the same files",
            reference_samples=ref_wall,
            target="median <= 300 ms" if goal else "",
            met=(lambda r: r.median_ms <= 300) if goal else None,
            cpu_ms=round(statistics.median(cpu)),
        )


def _help(report: Report, root: Path) -> None:
    bare = [sys.executable, "-c", BARE_CLICK, "--help"]
    wall, cpu, ref_wall, _ = _pair(_minutes(root, "--help"), bare)
    report.against(
        "scale: minutes --help (whole process)",
        wall,
        "bare click group --help",
        ref_wall,
        at_most=1.5,
        cpu_ms=round(statistics.median(cpu)),
    )


def _script(text: str) -> str:
    """A child's script in a temporary file (deleted by the caller)."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as f:
        f.write(text)
        return f.name


def _peak_mb(command: list[str]) -> float:
    """The child's own peak RSS in MB, as it reports it (``RSS_KB=``) at its end."""
    _w, _c, err = _run(command)
    line = next(x for x in reversed(err.splitlines()) if x.startswith("RSS_KB="))
    return round(int(line.removeprefix("RSS_KB=")) / 1024, 1)


def _app(report: Report, size: int, root: Path) -> None:
    paint_script, bare_script = _script(APP_PAINT), _script(BARE_PAINT)
    try:
        ours = [sys.executable, paint_script, str(root)]
        bare = [sys.executable, bare_script]
        painted, exited, ref_painted = _paint_pair(ours, bare)
        # the peak after the paint and the archive's check of its files (``--settle``)
        rss_mb = _peak_mb([*ours, "--settle"])
        report.add(
            f"scale: app first paint of the archive, {size} meetings",
            painted,
            reference="bare Textual app, same widgets, 100 rows",
            reference_samples=ref_painted,
            target="<= 1.3x reference" if size == 10000 else "",
            met=(lambda r: (r.ratio or 99) <= 1.3) if size == 10000 else None,
            exit_ms=round(statistics.median(exited)),
        )
        report.add(
            f"scale: app peak RSS, archive of {size} (after its file check)",
            [rss_mb],
            reference=f"bare Textual app: {_peak_mb([*bare, '--settle'])} MB",
            target="<= 150 MB" if size == 10000 else "",
            met=(lambda r: r.median_ms <= 150) if size == 10000 else None,
            unit="MB (the median_ms column)",
        )
        if size == max(SIZES):
            _open(report, size, root)
    finally:
        os.unlink(paint_script)
        os.unlink(bare_script)


def _open(report: Report, size: int, root: Path) -> None:
    newest = Archive(root).summaries(limit=1)[0].path
    with tempfile.TemporaryDirectory(prefix="minutes-bench-one-") as folder:
        one = Path(folder)
        (one / "meetings").mkdir()
        single = one / "meetings" / newest.name
        shutil.copyfile(newest, single)
        script, bare_script = _script(APP_OPEN), _script(BARE_MEETING)
        try:
            big = [sys.executable, script, str(root), str(newest)]
            small = [sys.executable, script, str(one), str(single)]
            bare = [sys.executable, bare_script]
            wall, cpu, ref_wall, _ = _pair(big, small)
            painted, _exited, ref_painted = _paint_pair(big, bare)
        finally:
            os.unlink(script)
            os.unlink(bare_script)
    report.against(
        f"scale: app opens a meeting, archive of {size}",
        wall,
        "the same meeting in a 1-meeting archive",
        ref_wall,
        at_most=1.3,
        cpu_ms=round(statistics.median(cpu)),
    )
    report.against(
        f"scale: app launched into a meeting, archive of {size}: first paint",
        painted,
        "bare Textual app, the meeting screen's widgets",
        ref_painted,
        at_most=1.3,
    )


def _index(report: Report, size: int, root: Path) -> None:
    archive = Archive(root)
    with archive.index(refresh=False) as index:
        path = index.path
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    reports: list[tuple[int, int]] = []
    start = time.perf_counter()
    with archive.index(progress=lambda done, total: reports.append((done, total))) as index:
        built = index.refreshed
    cold = (time.perf_counter() - start) * 1000
    report.add(
        f"scale: index cold build, {size} meetings",
        [cold],
        files=built,
        progress_reports=len(reports),
        index_mb=round(path.stat().st_size / 2**20, 1),
    )
    victim = archive.meeting_paths()[size // 2]
    samples = [_one_change(archive, victim, n) for n in range(10)][1:]  # after a warm-up
    report.add(
        f"scale: index update after one saved meeting, {size} meetings",
        [ms for ms, _read in samples],
        target="median <= 50 ms",
        met=lambda r: r.median_ms <= 50,
        files_read=max(read for _ms, read in samples),
    )
    # the same as the user waits for it: ``minutes list`` after one saved change, against
    # ``minutes list`` with nothing changed (the difference is the update)
    after, unchanged = [], []
    listing = _minutes(root, "list")
    for n in range(RUNS + 1):
        _save_one(victim, n)
        time.sleep(0.05)
        after.append(_run(listing)[0])
        unchanged.append(_run(listing)[0])
    report.add(
        f"scale: minutes list after one saved meeting, {size} meetings (whole process)",
        after[1:],
        reference="minutes list, nothing changed",
        reference_samples=unchanged[1:],
        target="<= reference + 50 ms",
        met=lambda r: r.median_ms - statistics.median(unchanged[1:]) <= 50,
    )


def _save_one(path: Path, n: int) -> None:
    """One change saved through the store, as the app saves it."""
    from model.store.meeting_store import MeetingStore

    with MeetingStore(path) as store:
        store.meeting.header.place = f"Sal {n}"
        store.save()


def _one_change(archive: Archive, victim: Path, n: int) -> tuple[float, int]:
    """Ms the index takes to catch up with one meeting saved (the save itself not
    timed; a moment later, as a command would come), and how many files it read."""
    _save_one(victim, n)
    time.sleep(0.05)
    start = time.perf_counter()
    with archive.index() as index:
        read = index.refreshed
    return (time.perf_counter() - start) * 1000, read


def run(report: Report) -> None:
    roots = {size: cached_archive(size) for size in SIZES}
    for size, root in roots.items():
        _index(report, size, root)
    _help(report, roots[SIZES[0]])
    for size, root in roots.items():
        _commands(report, size, root)
        _app(report, size, root)
