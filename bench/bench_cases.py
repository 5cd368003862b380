"""Benchmark of the case list (issue 3) on the 20,000-case demo team.

Times, warm, in one process: ``search_ids`` with no filter, each filter alone, a name, a
personnummer and a case-number search, a combined filter and every sort order (both
directions); ``fetch_rows`` of a 100-row visible block; and the Qt model end to end (set a
filter, then rowCount and data() of every column of the first 40 rows, as a view showing the
list would ask), offscreen. Each figure is the median of --runs runs; the target is that every
search answers in under 100 ms.

    .venv/bin/python bench/bench_cases.py [--cases 20000] [--runs 20]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_MS = 100.0


def _median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float, object]:
    result = fn()  # warm: page cache, statement cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times), result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("STAR_DESKTOP_CONFIG_DIR", str(HERE / ".bench-config"))
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

    from star_desktop.cases import query
    from star_desktop.cases.query import CaseFilter, fetch_rows, search_ids
    from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
    from star_desktop.models import CaseKind, CaseState, Gender
    from star_desktop.storage.teamfile import open_team_file

    path = HERE / f"demo-{args.cases}.star"
    if not path.exists():
        t = time.perf_counter()
        generate_demo(path, cases=args.cases, seed=args.seed)
        print(f"generated {path.name} in {time.perf_counter() - t:.1f} s")
    tf = open_team_file(path, actor="bench", ask_passphrase=lambda r: DEMO_PASSPHRASE,
                        record_open=False)
    today = dt.date.today()

    # Search values taken from the file itself, so any seed works.
    with tf.connect() as conn:
        ids = search_ids(conn, CaseFilter(), "case_number")
        sample = [r for r in fetch_rows(conn, ids[len(ids) // 2:len(ids) // 2 + 400],
                                        today=today).values()
                  if r.name and r.personnummer and r.carrier_party]
        pnr = conn.exec_driver_sql(
            "SELECT personnummer FROM participant_identity WHERE personnummer IS NOT NULL "
            "ORDER BY participant_id LIMIT 1 OFFSET 1000").scalar()
        parties = {name: pid for pid, name in query.party_choices(conn)}
        # The demo's open follow-ups mostly lie in the past on the day it was made; "due" is
        # timed on a day a week before the latest one, so that it finds some.
        latest_due = conn.exec_driver_sql(
            "SELECT max(due_on) FROM follow_up WHERE done_on IS NULL").scalar()
    due_day = (dt.date.fromisoformat(latest_due) - dt.timedelta(days=7)) if latest_due else today
    person = sample[0]
    first, last = person.name.split(" ", 1)
    referring = parties[person.referring_party]
    carrier = parties[person.carrier_party]

    F = CaseFilter  # noqa: N806
    searches: list[tuple[str, CaseFilter]] = [
        ("no filter", F()),
        ("state: ongoing", F(states={CaseState.ONGOING})),
        ("state: active (4 states)", F(states={CaseState.ACCEPTED, CaseState.WAITING,
                                               CaseState.PLANNED, CaseState.ONGOING})),
        ("kind: consultation", F(kinds={CaseKind.CONSULTATION})),
        ("referring party", F(referring_party_id=referring)),
        ("carrier party", F(carrier_party_id=carrier)),
        ("carrier name (substring)", F(carrier_name=person.carrier_name[:4])),
        ("gender: woman", F(gender=Gender.WOMAN)),
        (f"follow-up due (14 days from {due_day})", F(follow_up="due", today=due_day)),
        ("follow-up overdue", F(follow_up="overdue", today=today)),
        ("name: first name", F(text=first)),
        ("name: first + last", F(text=f"{first} {last}")),
        ("name: part, Swedish letter", F(text="strö")),
        ("personnummer 12 digits", F(text=pnr)),
        ("personnummer 10 digits with -", F(text=f"{pnr[2:8]}-{pnr[8:]}")),
        ("personnummer birth date prefix", F(text=pnr[:8])),
        ("case number", F(text=person.case_number)),
        ("combined: text+state+gender+party", F(text=last[:4], states={CaseState.CLOSED,
                                                                       CaseState.ONGOING},
                                                 gender=person.gender,
                                                 referring_party_id=referring)),
    ]

    results: list[tuple[str, float, float, str]] = []
    with tf.connect() as conn:
        for label, f in searches:
            med, worst, found = _median_ms(lambda f=f: search_ids(conn, f, "raised_on", True),
                                           args.runs)
            results.append((f"search: {label}", med, worst, f"{len(found):,} cases"))
        for key in query.SORT_KEYS:
            for desc in (False, True):
                med, worst, found = _median_ms(
                    lambda key=key, desc=desc: search_ids(conn, F(), key, desc), args.runs)
                results.append((f"sort: {key} {'desc' if desc else 'asc'}", med, worst,
                                f"{len(found):,} cases"))
        med, worst, found = _median_ms(
            lambda: search_ids(conn, F(text="an", states={CaseState.CLOSED}), "name", False),
            args.runs)
        results.append(("search 'an' + state, sorted by name", med, worst,
                        f"{len(found):,} cases"))

        by_name = search_ids(conn, F(), "name")
        blocks = iter(range(0, len(by_name) - 100, max(1, len(by_name) // (args.runs + 2))))

        def fetch_block() -> object:
            start = next(blocks)
            return fetch_rows(conn, by_name[start:start + 100], today=today)

        med, worst, rows = _median_ms(fetch_block, args.runs)
        results.append(("fetch_rows: 100-row block", med, worst, f"{len(rows)} rows"))

    # --- the Qt model, end to end
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from star_desktop.ui.case_list import CaseTableModel

    app = QApplication.instance() or QApplication([])  # noqa: F841 - needed by Qt models
    model = CaseTableModel(tf, today=today)
    model_filters = [F(), F(text=first), F(states={CaseState.ONGOING}, gender=Gender.MAN)]

    def end_to_end(f: CaseFilter, key: str = "raised_on") -> Callable[[], object]:
        def run() -> object:
            model.sort_key, model.descending = key, True
            model.set_filter(CaseFilter(**{**f.__dict__}))
            n = model.rowCount()
            for row in range(min(40, n)):
                for col in range(model.columnCount()):
                    model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)
            return n
        return run

    for f, label in zip(model_filters, ("no filter", "name search", "state + gender"),
                        strict=True):
        med, worst, n = _median_ms(end_to_end(f), args.runs)
        results.append((f"model: {label} → 40 rows shown", med, worst, f"{n:,} cases"))
    med, worst, n = _median_ms(end_to_end(F(), "name"), args.runs)
    results.append(("model: sorted by name → 40 rows shown", med, worst, f"{n:,} cases"))
    tf.close()

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.system()} {platform.release()}, "
          f"{platform.processor() or 'cpu unknown'}")
    print(f"file: {args.cases} cases, {path.stat().st_size / 1e6:.1f} MB; "
          f"median (and worst) of {args.runs} warm runs; target < {TARGET_MS:.0f} ms")
    width = max(len(r[0]) for r in results)
    print(f"{'what':<{width}}  {'median':>9}  {'worst':>9}  result")
    slow = 0
    for label, med, worst, note in results:
        flag = "" if med < TARGET_MS else "  SLOWER THAN TARGET"
        slow += med >= TARGET_MS
        print(f"{label:<{width}}  {med:7.1f} ms  {worst:7.1f} ms  {note}{flag}")
    print("all under target" if not slow else f"{slow} over target")
    return 0 if not slow else 1


if __name__ == "__main__":
    raise SystemExit(main())
