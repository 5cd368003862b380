"""Crash safety: a writer killed with SIGKILL in the middle of its writes, many times over.

The writer (tests/crash_writer.py, a separate process) performs user actions through the real
services, one transaction each, and reports every commit. After each kill the file must open
with its key, pass SQLCipher's page check and SQLite's integrity check, and hold exactly the
state after the last reported commit or after one action more (the commit that was under way
may or may not have reached the disk) — never anything half-made.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from star_desktop.storage.teamfile import open_team_file

from .conftest import make_template
from .crash_writer import KEY_ENV, state_of

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 25


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    return make_template(tmp_path_factory)


def start_writer(path: Path, key: bytes) -> tuple[subprocess.Popen[str], int]:
    """The writer on ``path``, once it has the file open; returns it and its starting count."""
    env = dict(os.environ, **{KEY_ENV: key.hex()})
    proc = subprocess.Popen([sys.executable, str(WRITER), str(path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    first = proc.stdout.readline().strip()
    if not first.startswith("start "):
        proc.kill()
        _out, err = proc.communicate()
        pytest.fail(f"the writer did not start: {first!r} {err[-2000:]}")
    return proc, int(first.split()[1])


def last_done(output: str, start: int) -> int:
    done = [int(line.split()[1]) for line in output.splitlines() if line.startswith("done ")]
    return done[-1] if done else start


def check_file(path: Path, key: bytes) -> int:
    """Open as the app does, run every check, and return how many actions the file holds."""
    tf = open_team_file(path, actor="Test", key=key, migrate=False, record_open=False)
    try:
        with tf.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        with tf.session() as s:
            n = state_of(s)
    finally:
        tf.close()
    assert n is not None, "the file holds a half-made action"
    return n


def test_sigkill_mid_write_leaves_the_state_before_or_after(made, tmp_path):
    path = tmp_path / "kill.star"
    shutil.copy2(made[0], path)
    key = made[1]
    rng = random.Random(7)
    journal = path.with_name(path.name + "-journal")
    hot_journals = 0
    ahead = 0
    started = time.monotonic()
    for _round in range(KILLS):
        proc, start = start_writer(path, key)
        time.sleep(rng.uniform(0.01, 0.25))
        os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err[-2000:]
        reported = last_done(out, start)
        hot_journals += journal.exists()  # killed inside a transaction
        n = check_file(path, key)
        assert n in (reported, reported + 1), (n, reported)
        ahead += n == reported + 1
    # The kills landed in the middle of real work: transactions were cut off (a journal was
    # left to roll back), and the file moved on between kills.
    assert n > KILLS
    assert hot_journals > 0
    print(f"{KILLS} kills, {n} actions, {hot_journals} hot journals rolled back, "
          f"{ahead} commits on disk but unreported, {time.monotonic() - started:.1f} s")
