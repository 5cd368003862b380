"""Benchmark of the foundation (issue 2) on the 20,000-case demo team.

Prints: time to open the file (key from the keyring, and from the passphrase), time from
process start to the main window shown on it, the same for a bare PySide6 window and the ratio,
and peak memory. Each measurement runs in a fresh process, as a coordinator starting the app
would; the figure given is the median of several runs.

    .venv/bin/python bench/bench_open.py [--cases 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

OPEN_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from star_desktop.storage.keys import KeyStore
from star_desktop.storage.teamfile import open_team_file
path, mode, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
t0 = time.perf_counter()
if mode == "keyring":
    tf = open_team_file(path, actor="bench", keystore=KeyStore(), ask_passphrase=None)
else:
    tf = open_team_file(path, actor="bench", ask_passphrase=lambda r: passphrase)
t1 = time.perf_counter()
assert tf.key_source == mode, tf.key_source
tf.close()
print(json.dumps({"open_s": t1 - t0}))
"""

WINDOW_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from star_desktop import preferences
from star_desktop.ui.app import make_app
from star_desktop.ui.main_window import MainWindow
app = make_app()
w = MainWindow(preferences.load())
w.prompt_passphrase = lambda p, r: (_ for _ in ()).throw(SystemExit("asked for passphrase"))
w.show()
ok = w.open_file(Path(sys.argv[1]))
def shown():
    print(json.dumps({"shown_at": time.time(), "ok": ok,
                      "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

BARE_CHILD = r"""
import json, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 780); w.show()
def shown():
    print(json.dumps({"shown_at": time.time()})); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def _env(key_hex: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), env.get("PYTHONPATH", "")])
    env["STAR_DESKTOP_CONFIG_DIR"] = str(HERE / ".bench-config")
    if key_hex:
        env["PYTHON_KEYRING_BACKEND"] = "bench_keyring.EnvKeyring"
        env["STAR_BENCH_KEY"] = key_hex
    else:
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return env


def _child(code: str, args: list[str], env: dict[str, str]) -> tuple[dict, float]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, check=True,
                         capture_output=True, text=True)
    line = [ln for ln in out.stdout.splitlines() if ln.startswith("{")][-1]
    return json.loads(line), start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
    from star_desktop.storage.keys import derive_key
    from star_desktop.storage.teamfile import read_salt

    path = HERE / f"demo-{args.cases}.star"
    if not path.exists():
        t = time.perf_counter()
        generate_demo(path, cases=args.cases, seed=args.seed)
        print(f"generated {path.name} in {time.perf_counter() - t:.1f} s")
    key_hex = derive_key(DEMO_PASSPHRASE, read_salt(path)).hex()
    size_mb = path.stat().st_size / 1e6

    opens_keyring = [_child(OPEN_CHILD, [str(path), "keyring", ""], _env(key_hex))[0]["open_s"]
                     for _ in range(args.runs)]
    opens_pass = [_child(OPEN_CHILD, [str(path), "passphrase", DEMO_PASSPHRASE], _env())[0]
                  ["open_s"] for _ in range(args.runs)]
    windows, rss = [], []
    for _ in range(args.runs):
        res, start = _child(WINDOW_CHILD, [str(path)], _env(key_hex))
        if not res["ok"]:
            raise SystemExit("the window did not open the file")
        windows.append(res["shown_at"] - start)
        rss.append(res["maxrss_mb"])
    bare = []
    for _ in range(args.runs):
        res, start = _child(BARE_CHILD, [], _env())
        bare.append(res["shown_at"] - start)

    med = statistics.median
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.system()} {platform.release()}")
    print(f"file: {args.cases} cases, {size_mb:.1f} MB; median of {args.runs} fresh processes")
    print(f"open (key from keyring):         {med(opens_keyring):.3f} s   (target < 0.5 s)")
    print(f"open (passphrase, includes KDF): {med(opens_pass):.3f} s")
    print(f"start to main window on file:    {med(windows):.3f} s   (target < 1 s)")
    print(f"bare PySide6 window:             {med(bare):.3f} s")
    print(f"ratio start-to-window / bare:    {med(windows) / med(bare):.1f}x")
    print(f"peak memory (max RSS):           {max(rss):.0f} MB   (target < 200 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
