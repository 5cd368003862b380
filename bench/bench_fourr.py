"""Benchmark of the 4R analysis (issue 6) on the 20,000-case demo team.

For the last whole year: the R1/R2 figures (load + compute), the whole content with small-count
protection, and the xlsx and PDF exports (medians of several runs after a warm-up). Target: the
4R for a year under 2 s. The demo file bench/demo-20000.star is generated if missing and only
read.

    .venv/bin/python bench/bench_fourr.py [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from timing import DEMO, cold_and_median, ensure_demo, machine  # noqa: E402

from star_desktop.demo.generator import DEMO_PASSPHRASE  # noqa: E402
from star_desktop.fourr.exporting import write_fourr  # noqa: E402
from star_desktop.fourr.report import build_fourr  # noqa: E402
from star_desktop.fourr.statistics import fourr_statistics  # noqa: E402
from star_desktop.reports.periods import parse_period  # noqa: E402
from star_desktop.storage.teamfile import open_team_file  # noqa: E402

TARGET_S = 2.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    ensure_demo()
    print(machine())
    period = parse_period(str(dt.date.today().year - 1))
    tf = open_team_file(DEMO, actor="bench", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    try:
        with tf.session() as s, tempfile.TemporaryDirectory() as tmp:
            t_stats = cold_and_median(lambda: fourr_statistics(s, period), args.runs)[1]
            t_open = cold_and_median(lambda: build_fourr(s, period, protect=False), args.runs)[1]
            t_prot = cold_and_median(lambda: build_fourr(s, period, protect=True), args.runs)[1]
            content = build_fourr(s, period, protect=True)
            print(f"\n4R {period.label}")
            print(f"  R1 och R2 (läsa + räkna)        {t_stats * 1000:8.1f} ms")
            print(f"  hela innehållet, utan skydd     {t_open * 1000:8.1f} ms")
            print(f"  hela innehållet, små tal skydd  {t_prot * 1000:8.1f} ms   "
                  f"(mål < {TARGET_S:.0f} s)")
            worst = t_prot
            for fmt in ("xlsx", "pdf"):
                out = Path(tmp) / f"4r.{fmt}"
                t = cold_and_median(lambda f=fmt, o=out: write_fourr(content, f, o), args.runs)[1]
                print(f"  {fmt:4s} skriva                     {t * 1000:8.1f} ms   "
                      f"(med innehållet {(t_prot + t) * 1000:.0f} ms)")
                worst = max(worst, t_prot + t)
    finally:
        tf.close()
    ok = worst < TARGET_S
    print("\nMålet nått." if ok else "\nMålet nåddes inte.")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
