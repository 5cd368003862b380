"""Benchmark: opening a case in the case view on the 20,000-case demo team (target < 100 ms).

Times CaseView.show_case (load the case with its interventions and follow-ups, fill the facts,
timeline, next step and buttons) for 50 cases spread over every state; warm process, offscreen.

    .venv/bin/python bench/bench_case_view.py
"""

from __future__ import annotations

import os
import platform
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent


def main() -> int:
    from sqlalchemy import select

    from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
    from star_desktop.models import Case
    from star_desktop.storage.teamfile import open_team_file
    from star_desktop.ui.app import make_app
    from star_desktop.ui.case_view import CaseView

    path = HERE / "demo-20000.star"
    if not path.exists():
        generate_demo(path, cases=20_000, seed=1)
    app = make_app()
    tf = open_team_file(path, actor="bench", ask_passphrase=lambda r: DEMO_PASSPHRASE)
    with tf.connect() as conn:
        ids = [r[0] for r in conn.execute(select(Case.id).order_by(Case.id))]
    picks = ids[:: max(1, len(ids) // 50)][:50]
    view = CaseView(tf)
    view.resize(1300, 780)
    view.show()
    view.show_case(picks[0])  # warm-up
    app.processEvents()
    times = []
    for cid in picks:
        t = time.perf_counter()
        view.show_case(cid)
        app.processEvents()
        times.append(time.perf_counter() - t)
    tf.close()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.system()}")
    print(f"open a case in the case view: median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms over {len(times)} cases   (target < 100 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
