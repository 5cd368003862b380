"""Benchmark of backups and restore (issue 7) on the 20,000-case demo team.

Times make_backup (VACUUM INTO, fsync, the copy's checks, prune, audit) and restore_backup
over an existing file (checks of backup and target, copy, check, the copy kept aside, rename,
the restore's audit event) as the median of several runs after one cold run. Everything runs
on a copy in a temporary folder; bench/demo-20000.star is generated if missing and only read.
Target: each under 3 s on a coordinator's laptop, so an automatic backup at close is no wait.

    .venv/bin/python bench/bench_backup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from timing import DEMO, cold_and_median, ensure_demo, machine  # noqa: E402

from star_desktop.demo.generator import DEMO_PASSPHRASE  # noqa: E402
from star_desktop.storage.backup import list_backups, make_backup  # noqa: E402
from star_desktop.storage.keys import derive_key  # noqa: E402
from star_desktop.storage.restore import identity_of, restore_backup  # noqa: E402
from star_desktop.storage.teamfile import open_team_file, read_salt  # noqa: E402

TARGET_S = 3.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    ensure_demo()
    print(machine())
    key = derive_key(DEMO_PASSPHRASE, read_salt(DEMO))
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / DEMO.name
        shutil.copy2(DEMO, work)
        folder = Path(tmp) / "kopior"
        folder.mkdir()
        tf = open_team_file(work, actor="bench", key=key, record_open=False)
        try:
            size = work.stat().st_size
            cold_b, med_b = cold_and_median(
                lambda: make_backup(tf, folder, keep=args.runs + 2), args.runs)
            backup = list_backups(folder, tf)[0]
            team = identity_of(tf)
        finally:
            tf.close()

        def restore() -> None:
            restore_backup(backup.path, work, keystore=None, actor="bench",
                           ask_passphrase=lambda _p, _r: DEMO_PASSPHRASE, expected_team=team,
                           overwrite=True)
            for aside in work.parent.glob("*.före-återställning-*"):
                aside.unlink()  # keep the temporary folder from filling up

        cold_r, med_r = cold_and_median(restore, args.runs)
    print(f"\nTeamfil {size / 1e6:.1f} MB, säkerhetskopia {backup.size / 1e6:.1f} MB "
          f"(median av {args.runs} körningar efter en kall)")
    for label, cold, med in (("säkerhetskopia (make_backup)", cold_b, med_b),
                             ("återställning (restore_backup)", cold_r, med_r)):
        mark = "ok" if med < TARGET_S else "ÖVER MÅLET"
        failed |= med >= TARGET_S
        print(f"  {label:32} kall {cold:6.2f} s, median {med:6.2f} s   "
              f"(mål < {TARGET_S:.0f} s: {mark})")
    print("  (återställningen läser säkerhetskopian med lösenfrasen: en nyckelhärledning "
          "ingår)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
