"""Backups of an open team file: encrypted with the same key, checked, rolling, audited, and
consistent while another process writes; every failure a Swedish message and no file left."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from star_desktop import team_settings
from star_desktop.models import AuditEvent, Setting, Team
from star_desktop.storage.backup import (
    TEAM_UID_KEY,
    BackupError,
    automatic_backup,
    backup_name,
    list_backups,
    make_backup,
)
from star_desktop.storage.errors import WrongPassphraseError
from star_desktop.storage.teamfile import NewTeam, create_team_file, open_team_file

from .conftest import ACTOR, PASSPHRASE
from .crash_writer import state_of
from .test_crash_safety import start_writer

WHEN = dt.datetime(2026, 3, 14, 9, 26, 53)


def backup_events(tf) -> list[str]:  # noqa: ANN001
    with tf.session() as s:
        return [e.detail for e in s.scalars(select(AuditEvent).where(
            AuditEvent.entity == "backup").order_by(AuditEvent.id))]


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "nätverksenhet" / "STAR-kopior"
    out.mkdir(parents=True)
    return out


def test_backup_is_encrypted_with_the_same_passphrase_and_checked(team_copy, folder):
    path = make_backup(team_copy, folder, keep=5, now=WHEN)
    assert path == folder / "Bräcke STAR.backup-20260314T092653.star"
    assert files(folder) == [path.name]  # no temporary file left behind
    head = path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    assert head == team_copy.path.read_bytes()[:16]  # the same salt: the file's id
    assert "Bräcke".encode() not in path.read_bytes()  # nothing readable in the copy
    # It opens with the team's passphrase, in a fresh open (key derived from the copy's salt).
    with open_team_file(path, actor=ACTOR, ask_passphrase=lambda _r: PASSPHRASE,
                        migrate=False, record_open=False) as copy:
        assert copy.file_id == team_copy.file_id
        with copy.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        with copy.session() as s:
            assert s.scalar(select(Team.name)) == "Bräcke STAR"
            uid = s.get(Setting, TEAM_UID_KEY).value
            # The event is written to the team file after the copy, never into the copy.
            assert s.scalars(select(AuditEvent).where(AuditEvent.entity == "backup")).all() == []
    with team_copy.session() as s:
        assert s.get(Setting, TEAM_UID_KEY).value == uid
    assert backup_events(team_copy) == [f"säkerhetskopia (manuell): {path.name}"]


def test_backup_does_not_open_with_another_passphrase(team_copy, folder):
    path = make_backup(team_copy, folder, keep=5, now=WHEN)
    with pytest.raises(WrongPassphraseError):
        open_team_file(path, actor=ACTOR, key=b"\x01" * 32, migrate=False, record_open=False)


def test_rolling_keeps_the_newest_of_this_team_only(team_copy, folder, tmp_path):
    other_path = tmp_path / "annat" / "Bräcke STAR.star"
    other_path.parent.mkdir()
    other = create_team_file(other_path, PASSPHRASE, NewTeam("Ragunda STAR", "Ragunda"),
                             actor=ACTOR)
    try:
        # another team's backup with this team's file name, made earlier than all of ours
        theirs = make_backup(other, folder, keep=1, now=WHEN - dt.timedelta(days=30))
    finally:
        other.close()
    unrelated = [folder / "anteckningar.txt", folder / "Bräcke STAR.backup-gammal.star",
                 folder / "Bräcke STAR.star"]
    for p in unrelated:
        p.write_bytes(team_copy.path.read_bytes()[:4096] if p.suffix == ".star" else b"text")
    made = [make_backup(team_copy, folder, keep=3, now=WHEN + dt.timedelta(hours=i))
            for i in range(5)]
    mine = list_backups(folder, team_copy)
    assert [b.path for b in mine] == made[:1:-1]  # newest first, the two oldest removed
    assert [b.made_at for b in mine] == [WHEN + dt.timedelta(hours=i) for i in (4, 3, 2)]
    assert all(b.size == b.path.stat().st_size > 0 for b in mine)
    assert theirs.exists() and all(p.exists() for p in unrelated)
    assert [b.path for b in list_backups(folder, other.file_id)] == [theirs]
    assert len(backup_events(team_copy)) == 5


def test_two_backups_in_one_second_both_kept(team_copy, folder):
    first = make_backup(team_copy, folder, keep=5, now=WHEN)
    second = make_backup(team_copy, folder, keep=5, now=WHEN)
    assert second.name == "Bräcke STAR.backup-20260314T092653-1.star" != first.name
    assert [b.path for b in list_backups(folder, team_copy)] == [second, first]


def test_missing_folder_says_so_and_writes_nothing(team_copy, tmp_path):
    before = team_copy.path.read_bytes()
    gone = tmp_path / "frånkopplad" / "STAR"
    with pytest.raises(BackupError) as e:
        make_backup(team_copy, gone, keep=5)
    assert "finns inte eller nås inte" in e.value.message and "nätverksenhet" in e.value.message
    assert e.value.exit_code == 3
    assert not gone.parent.exists()
    a_file = tmp_path / "fil.txt"
    a_file.write_text("x")
    with pytest.raises(BackupError, match="är en fil, inte en mapp"):
        make_backup(team_copy, a_file, keep=5)
    assert team_copy.path.read_bytes() == before  # not even the team uid was written
    assert backup_events(team_copy) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="file permissions do not bind root (or Windows ACLs here)")
def test_folder_without_write_permission(team_copy, folder):
    folder.chmod(0o500)
    try:
        with pytest.raises(BackupError, match="får inte skriva i mappen"):
            make_backup(team_copy, folder, keep=5)
    finally:
        folder.chmod(0o700)
    assert files(folder) == []


FULL_DISK_CHILD = r"""
import os, resource, signal, sys
from pathlib import Path
from star_desktop.storage.backup import BackupError, make_backup
from star_desktop.storage.teamfile import open_team_file
tf = open_team_file(Path(sys.argv[1]), actor="t", key=bytes.fromhex(os.environ["KEY"]),
                    record_open=False)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), resource.RLIM_INFINITY))
try:
    make_backup(tf, Path(sys.argv[2]), keep=5)
except BackupError as e:
    print("BackupError:", e.message)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_write_that_fails_half_way_leaves_no_file_and_keeps_the_old_ones(
        team_copy, team_template, folder):
    """The disk fills up (a file-size limit, really enforced by the kernel) mid-copy."""
    old = make_backup(team_copy, folder, keep=5, now=WHEN)  # the team uid exists from now on
    team_copy.close()
    before = team_copy.path.read_bytes()
    limit = len(before) // 2
    env = dict(os.environ, KEY=team_template[1].hex())
    out = subprocess.run([sys.executable, "-c", FULL_DISK_CHILD, str(team_copy.path),
                          str(folder), str(limit)], env=env, capture_output=True, text=True,
                         timeout=60)
    assert "BackupError:" in out.stdout, out.stderr[-2000:]
    assert "kunde inte skrivas" in out.stdout or "Disken är full" in out.stdout
    assert "Traceback" not in out.stderr
    assert files(folder) == [old.name]  # no partial copy, no temporary file
    assert team_copy.path.read_bytes() == before


def test_automatic_backup_follows_the_team_settings(team_copy, folder):
    assert automatic_backup(team_copy) is None  # no folder: automatic backups are off
    assert backup_events(team_copy) == []
    with team_copy.session() as s, s.begin():
        team_settings.set_value(s, team_settings.BACKUP_FOLDER, str(folder))
        team_settings.set_value(s, team_settings.BACKUP_KEEP, 2)
    paths = [automatic_backup(team_copy, now=WHEN + dt.timedelta(days=d)) for d in range(3)]
    assert [b.path for b in list_backups(folder, team_copy)] == paths[:0:-1]
    assert backup_events(team_copy)[-1] == f"säkerhetskopia (automatisk): {paths[-1].name}"
    # one a day: a second call the same day makes none
    assert automatic_backup(team_copy, now=WHEN + dt.timedelta(days=2, hours=3),
                            min_interval=dt.timedelta(hours=20)) is None
    assert automatic_backup(team_copy, now=WHEN + dt.timedelta(days=3),
                            min_interval=dt.timedelta(hours=20)) is not None
    shutil.rmtree(folder)  # the network drive is gone
    with pytest.raises(BackupError, match="nås inte"):
        automatic_backup(team_copy, now=WHEN + dt.timedelta(days=4))


def test_backup_name_is_ascii_and_sorts_by_time():
    names = [backup_name("Team", WHEN + dt.timedelta(seconds=s)) for s in (0, 9, 70, 3600)]
    assert names == sorted(names)
    assert all(n.removeprefix("Team").isascii() for n in names)


def test_backups_while_another_process_writes_are_consistent(team_template, tmp_path, folder):
    """The app's own writer and a backup at the same time: each copy is one whole state."""
    path = tmp_path / "skrivs.star"
    shutil.copy2(team_template[0], path)
    key = team_template[1]
    proc, _start = start_writer(path, key)
    try:
        tf = open_team_file(path, actor=ACTOR, key=key, record_open=False)
        try:
            made = [make_backup(tf, folder, keep=10, now=WHEN + dt.timedelta(seconds=i))
                    for i in range(4)]
        finally:
            tf.close()
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    states = []
    for p in made:
        with open_team_file(p, actor=ACTOR, key=key, migrate=False, record_open=False) as copy:
            with copy.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
            with copy.session() as s:
                states.append(state_of(s))
    assert None not in states
    assert states == sorted(states) and states[-1] > 0  # the writer really was writing
