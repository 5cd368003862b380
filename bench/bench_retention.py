"""Benchmark of retention (gallring) on the 20,000-case demo team.

Times the preview and the erasure of everything it lists on a copy of the demo file, with the
rule set so that years of closed cases are due (a realistic first run of gallring in a team
that never erased). bench/demo-20000.star is generated if missing and only read.

    .venv/bin/python bench/bench_retention.py
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from timing import DEMO, ensure_demo, machine  # noqa: E402

from star_desktop import team_settings as ts  # noqa: E402
from star_desktop.dataprotection import retention  # noqa: E402
from star_desktop.demo.generator import DEMO_PASSPHRASE  # noqa: E402
from star_desktop.storage.keys import derive_key  # noqa: E402
from star_desktop.storage.teamfile import open_team_file, read_salt  # noqa: E402


def main() -> int:
    ensure_demo()
    print(machine())
    key = derive_key(DEMO_PASSPHRASE, read_salt(DEMO))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / DEMO.name
        shutil.copy2(DEMO, work)
        tf = open_team_file(work, actor="bench", key=key, record_open=False)
        try:
            with tf.session() as s, s.begin():
                ts.save_ints(s, {ts.RETENTION_CLOSED_MONTHS: 24, ts.RETENTION_OTHER_MONTHS: 12})
            today = dt.date.today()
            t0 = time.perf_counter()
            with tf.session() as s:
                preview = retention.preview(s, today)
            t_preview = time.perf_counter() - t0
            t0 = time.perf_counter()
            with tf.session() as s, s.begin():
                retention.erase(s, today, preview)
            t_erase = time.perf_counter() - t0
        finally:
            tf.close()
    items = len(preview.items)
    print(f"\nGallring, {items} poster att gallra (avslutade 24 mån, övriga 12 mån):")
    print(f"  förhandsgranskning  {t_preview:6.2f} s")
    print(f"  gallring            {t_erase:6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
