"""The benchmark harness: medians, percentiles and ratios against a reference measured in
the same run, printed as a table and written to bench/results.json.

A benchmark module is ``bench/bench_<topic>.py`` with ``run(report: Report) -> None``.
"""

from __future__ import annotations

import json
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path


def measure(fn: Callable[[], object], repeat: int = 15, warmup: int = 1) -> list[float]:
    """Run ``fn`` ``repeat`` times (after ``warmup`` runs); the times in milliseconds."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


@dataclass
class Result:
    name: str
    median_ms: float
    p99_ms: float
    runs: int
    reference: str = ""
    reference_median_ms: float | None = None
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)

    def add(
        self,
        name: str,
        samples: list[float],
        *,
        reference: str = "",
        reference_samples: list[float] | None = None,
        target: str = "",
        met: Callable[[Result], bool] | None = None,
        **extra: object,
    ) -> Result:
        """Record a benchmark; ``met`` decides whether the target was reached."""
        result = Result(
            name=name,
            median_ms=statistics.median(samples),
            p99_ms=percentile(samples, 99),
            runs=len(samples),
            reference=reference,
            target=target,
            extra=dict(extra),
        )
        if reference_samples:
            result.reference_median_ms = statistics.median(reference_samples)
            if result.reference_median_ms > 0:
                result.ratio = result.median_ms / result.reference_median_ms
        if met is not None:
            result.met = met(result)
        self.results.append(result)
        _print(result)
        return result

    def against(
        self,
        name: str,
        samples: list[float],
        reference: str,
        reference_samples: list[float],
        *,
        at_most: float,
        **extra: object,
    ) -> Result:
        """Record a benchmark whose target is a median at most ``at_most`` times the
        reference's (missed when there is no ratio)."""
        return self.add(
            name,
            samples,
            reference=reference,
            reference_samples=reference_samples,
            target=f"<= {at_most:g}x reference",
            met=lambda r: r.ratio is not None and r.ratio <= at_most,
            **extra,
        )

    def write(self, path: Path) -> None:
        data = {
            "python": platform.python_version(),
            "machine": platform.machine(),
            "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "results": [asdict(r) for r in self.results],
        }
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _print(r: Result) -> None:
    line = f"{r.name:<58} median {r.median_ms:8.2f} ms  p99 {r.p99_ms:8.2f} ms"
    if r.ratio is not None:
        line += f"  ratio {r.ratio:5.2f} vs {r.reference} ({r.reference_median_ms:.2f} ms)"
    if r.target:
        verdict = "" if r.met is None else (" MET" if r.met else " NOT MET")
        line += f"  [target {r.target}{verdict}]"
    for key, value in r.extra.items():
        line += f"  {key}={value}"
    print(line, flush=True)
