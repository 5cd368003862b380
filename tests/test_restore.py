"""Restoring from a backup: every check before anything is changed, the current file kept as a
copy, another team's backup refused with a clear message, and nothing altered by a refusal."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from star_desktop.models import AuditEvent, Case
from star_desktop.storage import schema
from star_desktop.storage.backup import (
    BackupError,
    TargetExistsError,
    WrongTeamError,
    make_backup,
)
from star_desktop.storage.errors import PassphraseCancelled
from star_desktop.storage.keys import KeyStore
from star_desktop.storage.rekey import change_passphrase
from star_desktop.storage.restore import check_restore, identity_of, restore_backup
from star_desktop.storage.teamfile import NewTeam, create_team_file, open_team_file

from .conftest import ACTOR, PASSPHRASE
from .crash_writer import action, state_of
from .test_crash_safety import start_writer
from .test_migrations import build_0001_file

WHEN = dt.datetime(2026, 3, 14, 9, 26, 53)
NEW_PASSPHRASE = "tre gröna hästar i snön 91"
RESTORED_AT = dt.datetime(2026, 4, 1, 8, 0, 0)


def asker(passphrase: str | None = PASSPHRASE):  # noqa: ANN201 - an AskFilePassphrase
    asked: list[Path] = []

    def ask(path: Path, reason: str | None) -> str | None:
        first = path not in asked  # one try per file; asked again means it was wrong
        asked.append(path)
        return passphrase if first else None

    ask.asked = asked  # type: ignore[attr-defined]
    return ask


def digest(*paths: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def listing(*folders: Path) -> list[str]:
    return sorted(str(p) for f in folders for p in f.iterdir())


def cases_in(path: Path, key: bytes) -> int:
    with (open_team_file(path, actor=ACTOR, key=key, migrate=False, record_open=False) as tf,
          tf.session() as s):
        return s.scalar(select(func.count()).select_from(Case))


def raise_case(tf, k: int = 1) -> None:  # noqa: ANN001
    with tf.session() as s, s.begin():
        action(s, k)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "kopior"
    out.mkdir()
    return out


@pytest.fixture
def backed_up(team_copy, folder):  # noqa: ANN001, ANN201
    """The team file with one case, its backup, then a second case after the backup; closed."""
    raise_case(team_copy)
    backup = make_backup(team_copy, folder, keep=5, now=WHEN)
    raise_case(team_copy, 4)
    key = team_copy._key
    team_copy.close()
    return team_copy.path, backup, key


def test_restore_to_a_new_file(backed_up, tmp_path):
    target_file, backup, key = backed_up
    before = digest(backup, target_file)
    target = tmp_path / "Återställd.star"
    result = restore_backup(backup, target, keystore=KeyStore(), ask_passphrase=asker(),
                            actor=ACTOR)
    assert result.path == target and result.aside is None
    assert digest(backup, target_file) == before
    with open_team_file(target, actor=ACTOR, ask_passphrase=lambda _r: PASSPHRASE,
                        record_open=False) as tf, tf.session() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 1
        assert s.scalars(select(AuditEvent.detail).where(
            AuditEvent.entity == "team_file")).all()[-1] == (
            f"återställd från säkerhetskopia {backup.name}")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp left


def test_existing_file_is_replaced_only_when_allowed_and_kept_as_a_copy(backed_up):
    target, backup, key = backed_up
    before = digest(backup, target)
    files_before = listing(target.parent, backup.parent)
    with pytest.raises(TargetExistsError) as e:
        restore_backup(backup, target, keystore=KeyStore(), ask_passphrase=asker(),
                       actor=ACTOR, now=RESTORED_AT)
    assert "finns redan" in e.value.message
    assert "Bräcke STAR.före-återställning-20260401T080000.star" in e.value.message
    assert e.value.exit_code == 9
    assert digest(backup, target) == before and listing(target.parent, backup.parent) == \
        files_before

    result = restore_backup(backup, target, keystore=KeyStore(), ask_passphrase=asker(),
                            actor=ACTOR, overwrite=True, now=RESTORED_AT)
    assert result.aside == target.with_name("Bräcke STAR.före-återställning-20260401T080000.star")
    assert digest(result.aside)[result.aside.name] == before[target.name]  # the file as it was
    assert cases_in(target, key) == 1 and cases_in(result.aside, key) == 2
    assert digest(backup) == {backup.name: before[backup.name]}


def test_another_teams_backup_is_refused_and_nothing_changes(backed_up, tmp_path, folder):
    target, _ours, key = backed_up
    other = create_team_file(tmp_path / "Ragunda STAR.star", PASSPHRASE,
                             NewTeam("Ragunda STAR", "Ragunda"), actor=ACTOR)
    try:
        theirs = make_backup(other, folder, keep=5, now=WHEN)
    finally:
        other.close()
    before = digest(theirs, target)
    files_before = listing(target.parent, folder)
    ask = asker()
    with pytest.raises(WrongTeamError) as e:  # target read with its passphrase, then refused
        restore_backup(theirs, target, keystore=KeyStore(), ask_passphrase=ask, actor=ACTOR,
                       overwrite=True)
    assert e.value.message == ("Säkerhetskopian är av ett annat team (Ragunda STAR) än "
                               "Bräcke STAR.star (Bräcke STAR). Inget ändrades.")
    assert e.value.exit_code == 13
    assert ask.asked == [theirs, target]
    # The window passes the open file's identity: refused without asking for the target.
    with open_team_file(target, actor=ACTOR, key=key, record_open=False) as tf:
        mine = identity_of(tf)
    ask = asker()
    with pytest.raises(WrongTeamError):
        check_restore(theirs, target, keystore=KeyStore(), ask_passphrase=ask,
                      expected_team=mine)
    assert ask.asked == [theirs]
    # Without the target's passphrase the team cannot be checked: refused as well.
    only_backup = {theirs: PASSPHRASE}
    with pytest.raises(BackupError) as e:
        restore_backup(theirs, target, keystore=KeyStore(), actor=ACTOR, overwrite=True,
                       ask_passphrase=lambda p, r: only_backup.get(p) if r is None else None)
    assert "Utan lösenfrasen till Bräcke STAR.star" in e.value.message
    assert digest(theirs, target) == before and listing(target.parent, folder) == files_before


def test_a_backup_from_a_newer_version_is_refused(backed_up):
    target, backup, key = backed_up
    with (open_team_file(backup, actor=ACTOR, key=key, record_open=False) as tf,
          tf.connect() as conn):
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    before = digest(backup, target)
    with pytest.raises(BackupError) as e:
        restore_backup(backup, target, keystore=KeyStore(), ask_passphrase=asker(),
                       actor=ACTOR, overwrite=True)
    assert "nyare version av STAR Desktop" in e.value.message and e.value.exit_code == 7
    assert digest(backup, target) == before


def test_an_older_backup_is_restored_and_upgraded(tmp_path):
    old = tmp_path / "Gamla teamet.backup-20250301T080000.star"
    key = build_0001_file(old)
    before = digest(old)
    target = tmp_path / "ut" / "Gamla teamet.star"
    target.parent.mkdir()
    result = restore_backup(old, target, keystore=KeyStore(), ask_passphrase=asker(),
                            actor=ACTOR)
    assert digest(old) == before
    with open_team_file(result.path, actor=ACTOR, key=key, migrate=False,
                        record_open=False) as tf:
        assert tf.schema_revision == schema.head_revision()
    assert [p.name.split(".")[1].split("-")[0] for p in target.parent.iterdir()
            if p != target] == ["före"]  # the before-upgrade copy the open made


def test_damaged_or_foreign_backups_are_refused(backed_up, tmp_path):
    target, backup, _key = backed_up
    damaged = tmp_path / "skadad.star"
    data = bytearray(backup.read_bytes())
    data[4096 * 2 + 500: 4096 * 2 + 520] = bytes(20)
    damaged.write_bytes(bytes(data))
    pdf = tmp_path / "inte.star"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(8192))
    before = digest(target, damaged, pdf)
    with pytest.raises(BackupError) as e:
        restore_backup(damaged, target, keystore=KeyStore(), ask_passphrase=asker(),
                       actor=ACTOR, overwrite=True)
    assert "skadad" in e.value.message and e.value.exit_code == 6
    with pytest.raises(BackupError) as e:
        restore_backup(pdf, target, keystore=KeyStore(), ask_passphrase=asker(),
                       actor=ACTOR, overwrite=True)
    assert "PDF" in e.value.message and e.value.exit_code == 4
    with pytest.raises(PassphraseCancelled):
        restore_backup(backup, target, keystore=KeyStore(), ask_passphrase=asker(None),
                       actor=ACTOR, overwrite=True)
    with pytest.raises(BackupError, match="samma fil"):
        restore_backup(target, target, keystore=KeyStore(), ask_passphrase=asker(),
                       actor=ACTOR, overwrite=True)
    assert digest(target, damaged, pdf) == before


def test_a_hot_journal_of_the_replaced_file_goes_with_its_copy(team_template, tmp_path, folder):
    """The file was cut off mid-write (its journal is hot): the journal must not be rolled back
    onto the restored file, and the kept copy must still recover with it."""
    target = tmp_path / "avbruten.star"
    shutil.copy2(team_template[0], target)
    key = team_template[1]
    with open_team_file(target, actor=ACTOR, key=key, record_open=False) as tf:
        backup = make_backup(tf, folder, keep=5, now=WHEN)
        mine = identity_of(tf)
    journal = target.with_name(target.name + "-journal")
    for _attempt in range(40):
        proc, _start = start_writer(target, key)
        time.sleep(0.15)
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
        if journal.exists():
            break
    assert journal.exists()
    result = restore_backup(backup, target, keystore=KeyStore(), ask_passphrase=asker(),
                            actor=ACTOR, expected_team=mine, overwrite=True)
    assert not journal.exists()
    assert result.aside.with_name(result.aside.name + "-journal").exists()
    with (open_team_file(target, actor=ACTOR, key=key, migrate=False, record_open=False) as tf,
          tf.session() as s):
        assert state_of(s) == 0
    with open_team_file(result.aside, actor=ACTOR, key=key, migrate=False,
                        record_open=False) as tf:
        with tf.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        with tf.session() as s:
            assert (state_of(s) or 0) > 0


def test_restore_after_a_passphrase_change_puts_the_backups_key_in_the_keyring(
        team_copy, folder, memory_keyring):
    keystore = KeyStore()
    team_copy.remember_key(keystore)
    backup = make_backup(team_copy, folder, keep=5, now=WHEN)
    change_passphrase(team_copy, PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE, keystore=keystore)
    mine = identity_of(team_copy)
    team_copy.close()
    ask = asker()  # the backup needs the passphrase it was made with
    result = restore_backup(backup, team_copy.path, keystore=keystore, ask_passphrase=ask,
                            actor=ACTOR, expected_team=mine, overwrite=True)
    assert ask.asked == [backup] and result.keyring_updated
    with open_team_file(team_copy.path, actor=ACTOR, keystore=keystore) as tf:
        assert tf.key_source == "keyring"
