"""Benchmark of the tertial/annual report (issue 5) on the 20,000-case demo team.

For the last whole year and a tertial: the statistics (load the facts + compute every table),
the whole report content (statistics, texts, budget, deviations), the xlsx and the PDF. Each is
timed as the median of several runs after one warm-up (the warm-up also imports openpyxl and
reportlab; the cold first export is printed too). Targets for a year: statistics < 1 s, xlsx
< 3 s, PDF < 3 s. The demo file bench/demo-20000.star is generated if missing and only read.

    .venv/bin/python bench/bench_report.py [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from timing import DEMO, cold_and_median, ensure_demo, machine  # noqa: E402

from star_desktop.demo.generator import DEMO_PASSPHRASE  # noqa: E402
from star_desktop.reports import periods  # noqa: E402
from star_desktop.reports.exporting import write_report  # noqa: E402
from star_desktop.reports.report import build_report  # noqa: E402
from star_desktop.reports.statistics import compute, load  # noqa: E402
from star_desktop.storage.teamfile import open_team_file  # noqa: E402

TARGETS_S = {"statistik": 1.0, "xlsx": 3.0, "pdf": 3.0}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    ensure_demo()
    print(machine())
    last_year = dt.date.today().year - 1
    tf = open_team_file(DEMO, actor="bench", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    failed = False
    try:
        with tf.session() as s, tempfile.TemporaryDirectory() as tmp:
            for key in (str(last_year), f"{last_year}-T2"):
                period = periods.parse_period(key)
                inputs = load(s, period)
                _c, t_load = cold_and_median(lambda p=period: load(s, p), args.runs)
                _c, t_compute = cold_and_median(lambda i=inputs, p=period: compute(i, p), args.runs)
                _c, t_stats = cold_and_median(lambda p=period: compute(load(s, p), p), args.runs)
                content = build_report(s, period)
                _c, t_content = cold_and_median(lambda p=period: build_report(s, p), args.runs)
                f = content.stats.flow
                print(f"\n{period.label}: {len(inputs.facts)} deltagarärenden lästa; aktiva vid "
                      f"start {f.active_start.total}, nya {f.new.total}, avslutade "
                      f"{f.closed.total}, aktiva vid slut {f.active_end.total}")
                print(f"  läsa fakta (SQL)          {t_load * 1000:8.1f} ms")
                print(f"  räkna tabellerna          {t_compute * 1000:8.1f} ms")
                print(f"  statistik totalt          {t_stats * 1000:8.1f} ms   "
                      f"(mål < {TARGETS_S['statistik']:.0f} s)")
                print(f"  hela rapportinnehållet    {t_content * 1000:8.1f} ms")
                failed |= t_stats > TARGETS_S["statistik"]
                for fmt in ("xlsx", "pdf"):
                    out = Path(tmp) / f"rapport-{key}.{fmt}"
                    cold, warm = cold_and_median(
                        lambda c=content, f=fmt, o=out: write_report(c, f, o), args.runs)
                    total = t_content + warm
                    print(f"  {fmt:4s} skriva              {warm * 1000:8.1f} ms   "
                          f"(första gången {cold * 1000:.0f} ms; med innehållet "
                          f"{total * 1000:.0f} ms, mål < {TARGETS_S[fmt]:.0f} s; "
                          f"{out.stat().st_size // 1024} kB)")
                    failed |= total > TARGETS_S[fmt]
    finally:
        tf.close()
    print("\nAlla mål nådda." if not failed else "\nNågot mål nåddes inte.")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
