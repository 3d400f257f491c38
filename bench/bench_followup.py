"""Follow-up across the archive: listing, full-text search and the action register at
100 and 1,000 generated meetings (written by the real store into a temp folder).

Each query is timed as a command runs it: load the per-machine index (stat every file,
read the index JSON), then compute. The cold build of the index is reported apart.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.harness import Report, Result, measure
from model.registers import action_register, index_path, load_index
from model.search import search
from tests.core.followup.archive_gen import generate

SIZES = (100, 1000)
TARGETS = {"listing": 100.0, "search": 300.0, "actions": 300.0}


def _under(target: float) -> Callable[[Result], bool]:
    return lambda result: result.median_ms < target


def run(report: Report) -> None:
    medians: dict[tuple[str, int], float] = {}
    with tempfile.TemporaryDirectory(prefix="minutes-bench-followup-") as folder:
        for size in SIZES:
            start = time.perf_counter()
            archive = generate(Path(folder) / f"a{size}", size)
            generated = time.perf_counter() - start
            start = time.perf_counter()
            load_index(archive)
            cold = (time.perf_counter() - start) * 1000
            archive.summaries()  # builds the listing's own index once
            index_kb = index_path(archive).stat().st_size // 1024
            cases = {
                "listing": lambda a=archive: a.summaries(),
                "search": lambda a=archive: search(load_index(a), "budgetuppföljning prognosen"),
                "actions": lambda a=archive: action_register(load_index(a)),
            }
            for name, fn in cases.items():
                target = TARGETS[name]
                samples = measure(fn, repeat=9)
                result = report.add(
                    f"followup {name}, {size} meetings",
                    samples,
                    target=f"< {target:.0f} ms at 1,000" if size == 1000 else "",
                    met=_under(target) if size == 1000 else None,
                    meetings=size,
                    index_cold_ms=round(cold),
                    index_kb=index_kb,
                    generate_s=round(generated, 1),
                )
                medians[(name, size)] = result.median_ms
    for name in TARGETS:
        small, large = medians[(name, SIZES[0])], medians[(name, SIZES[1])]
        growth = large / small if small else float("nan")
        print(f"followup {name}: x{growth:.1f} from {SIZES[0]} to {SIZES[1]} meetings", flush=True)
