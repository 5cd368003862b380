"""What the benchmarks share: the 20,000-case demo team, the machine line, timing by medians."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEMO = HERE / "demo-20000.star"


def ensure_demo() -> Path:
    """bench/demo-20000.star, generated the first time (then only read)."""
    from star_desktop.demo.generator import generate_demo

    if not DEMO.exists():
        print(f"Genererar {DEMO.name} (20 000 ärenden) …", flush=True)
        generate_demo(DEMO, cases=20000, seed=1)
    return DEMO


def machine() -> str:
    return (f"Maskin: {platform.platform()}, {platform.processor() or platform.machine()}, "
            f"{os.cpu_count()} kärnor, Python {platform.python_version()}")


def cold_and_median(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """(the cold first call, the median of ``runs`` warm calls) in seconds."""
    t = time.perf_counter()
    fn()
    cold = time.perf_counter() - t
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return cold, statistics.median(times)
