"""``python -m bench [topic ...]``: run every bench/bench_*.py (or the named ones)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from bench.harness import Report

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    topics = argv or sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    report = Report()
    for topic in topics:
        print(f"== {topic}", flush=True)
        module = importlib.import_module(f"bench.bench_{topic}")
        module.run(report)
    out = HERE / "results.json"
    report.write(out)
    print(f"results written to {out}")
    missed = [r.name for r in report.results if r.met is False]
    if missed:
        print("targets not met: " + ", ".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
