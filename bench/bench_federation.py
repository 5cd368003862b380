"""Benchmark of the federation office's county view: 8 teams' annual reports added together.

Eight demo teams of 2,500 cases each (different seeds, renamed so each is its own team) are
generated once and cached beside this file (bench/federation-2500-s*.star, ignored by git like
bench/demo-20000.star); each team's report for 2025 is exported to xlsx once per run, into a
temporary folder. Then the county summary is timed, as the median of several runs after one
warm-up: read and check the 8 data sheets, sum them and build the tables, write the xlsx, write
the PDF. Target: all of it under 2 s.

    .venv/bin/python bench/bench_federation.py [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from timing import cold_and_median, machine  # noqa: E402

from star_desktop.demo.generator import DEMO_PASSPHRASE, FEDERATION, generate_demo  # noqa: E402
from star_desktop.federation.county import county_summary  # noqa: E402
from star_desktop.federation.export import county_pdf, county_xlsx  # noqa: E402
from star_desktop.federation.reader import read_exports  # noqa: E402
from star_desktop.reports.exporting import export_report  # noqa: E402
from star_desktop.reports.periods import parse_period  # noqa: E402
from star_desktop.storage.teamfile import open_team_file  # noqa: E402
from star_desktop.team.service import TeamForm, update_team  # noqa: E402

CASES = 2500
#: A fixed "today", so the cached files and the 2025 figures are the same on every run.
TODAY = dt.date(2026, 1, 31)
PERIOD = "2025"
TEAMS = (("Bräcke STAR", "Bräcke"), ("Krokom STAR", "Krokom"), ("Östersund STAR", "Östersund"),
         ("Strömsund STAR", "Strömsund"), ("Åre STAR", "Åre"), ("Berg STAR", "Berg"),
         ("Härjedalen STAR", "Härjedalen"), ("Ragunda STAR", "Ragunda"))
TARGET_S = 2.0


def _team_file(i: int) -> Path:
    """The i-th team's file, generated and renamed the first time."""
    path = HERE / f"federation-{CASES}-s{i + 1}.star"
    if not path.exists():
        name, municipality = TEAMS[i]
        print(f"Genererar {path.name} ({CASES} ärenden, {name}) …", flush=True)
        tmp = path.with_name(f".{path.name}.new")
        tmp.unlink(missing_ok=True)
        generate_demo(tmp, cases=CASES, seed=i + 1, today=TODAY)
        tf = open_team_file(tmp, actor="bench", ask_passphrase=lambda _r: DEMO_PASSPHRASE)
        try:
            with tf.session() as s, s.begin():
                update_team(s, TeamForm(name=name, municipality=municipality,
                                        federation=FEDERATION))
        finally:
            tf.close()
        os.replace(tmp, path)
    return path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    print(machine())
    period = parse_period(PERIOD)
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        inputs: list[Path] = []
        t = time.perf_counter()
        for i in range(len(TEAMS)):
            tf = open_team_file(_team_file(i), actor="bench",
                                ask_passphrase=lambda _r: DEMO_PASSPHRASE)
            try:
                with tf.session() as s, s.begin():
                    out = tmp / f"team{i + 1}-{PERIOD}.xlsx"
                    export_report(s, period, "xlsx", out, today=TODAY)
                    inputs.append(out)
            finally:
                tf.close()
        print(f"{len(inputs)} teams rapporter för {period.label} exporterade till xlsx på "
              f"{time.perf_counter() - t:.1f} s (görs en gång, ingår inte i tiderna nedan)")

        summary = county_summary(read_exports(inputs))
        f = summary.table("flow")
        print(f"Länet: {len(summary.rows)} summerade rader, {len(summary.tables)} tabeller; "
              f"aktiva vid slut {f.row('Aktiva vid periodens slut')[-1]}, nya "
              f"{f.row('Nya under perioden')[-1]}, avslutade "
              f"{f.row('Avslutade under perioden')[-1]}")
        xlsx_out, pdf_out = tmp / "län.xlsx", tmp / "län.pdf"

        def everything() -> None:
            s = county_summary(read_exports(inputs))
            county_xlsx(s, xlsx_out, today=TODAY)
            county_pdf(s, pdf_out, today=TODAY)

        cold_read, t_read = cold_and_median(lambda: read_exports(inputs), args.runs)
        exports = read_exports(inputs)
        _c, t_sum = cold_and_median(lambda: county_summary(exports), args.runs)
        cold_xlsx, t_xlsx = cold_and_median(
            lambda: county_xlsx(summary, xlsx_out, today=TODAY), args.runs)
        cold_pdf, t_pdf = cold_and_median(
            lambda: county_pdf(summary, pdf_out, today=TODAY), args.runs)
        cold_all, t_all = cold_and_median(everything, args.runs)
        print(f"  läsa och kontrollera 8 filer {t_read * 1000:8.1f} ms   "
              f"(första gången {cold_read * 1000:.0f} ms)")
        print(f"  summera och bygga tabellerna {t_sum * 1000:8.1f} ms")
        print(f"  skriva xlsx                  {t_xlsx * 1000:8.1f} ms   "
              f"(första gången {cold_xlsx * 1000:.0f} ms; {xlsx_out.stat().st_size // 1024} kB)")
        print(f"  skriva pdf                   {t_pdf * 1000:8.1f} ms   "
              f"(första gången {cold_pdf * 1000:.0f} ms; {pdf_out.stat().st_size // 1024} kB)")
        print(f"  allt: läsa + summera + båda  {t_all * 1000:8.1f} ms   "
              f"(första gången {cold_all * 1000:.0f} ms; mål < {TARGET_S:.0f} s)")
    ok = t_all < TARGET_S
    print("\nMålet nått." if ok else "\nMålet nåddes inte.")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
