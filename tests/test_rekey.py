"""Changing the passphrase: afterwards only the new one opens the file, every row is still there,
and a refused or failed change leaves the old passphrase working."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select, text

from star_desktop.models import AuditEvent
from star_desktop.storage import teamfile
from star_desktop.storage.errors import PassphraseCancelled
from star_desktop.storage.keys import FileKey, KeyStore, derive_key
from star_desktop.storage.rekey import RekeyError, change_passphrase
from star_desktop.storage.teamfile import open_team_file
from star_desktop.validation import FieldErrors

from .conftest import ACTOR, PASSPHRASE
from .crash_writer import action, state_of

NEW = "tre gröna hästar i snön 91"


def opens_with(path, passphrase: str) -> bool:  # noqa: ANN001
    """A fresh open with only this passphrase (no keyring): True if it opens."""
    tries: list[str | None] = []

    def ask(reason: str | None) -> str | None:
        tries.append(reason)
        return passphrase if len(tries) == 1 else None

    try:
        tf = open_team_file(path, actor=ACTOR, ask_passphrase=ask, migrate=False,
                            record_open=False)
    except PassphraseCancelled:
        return False
    tf.close()
    return True


def table_counts(tf) -> dict[str, int]:  # noqa: ANN001
    with tf.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables}


@pytest.fixture
def busy_team(team_copy):  # noqa: ANN001, ANN201
    """The team file with a few actions in it: cases, members, report texts."""
    for k in range(1, 7):
        with team_copy.session() as s, s.begin():
            action(s, k)
    return team_copy


def test_after_the_change_only_the_new_passphrase_opens_it(busy_team):
    tf = busy_team
    salt = tf.path.read_bytes()[:16]
    counts = table_counts(tf)
    result = change_passphrase(tf, PASSPHRASE, NEW, NEW, keystore=KeyStore())
    assert not result.keyring_updated
    assert tf.path.read_bytes()[:16] == salt  # same salt: same file id, backups recognised
    with tf.session() as s:  # the open file goes on with the new key
        assert state_of(s) == 6
        assert s.scalars(select(AuditEvent.detail).where(
            AuditEvent.entity == "team_file")).all() == ["lösenfras bytt"]
    tf.close()
    assert not opens_with(tf.path, PASSPHRASE)
    assert opens_with(tf.path, NEW)
    with open_team_file(tf.path, actor=ACTOR, key=derive_key(NEW, salt), migrate=False,
                        record_open=False) as fresh:
        with fresh.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        after = table_counts(fresh)
        with fresh.session() as s:
            assert state_of(s) == 6
    assert after == {**counts, "audit_event": counts["audit_event"] + 1}


@pytest.mark.parametrize(("old", "new", "repeat", "field", "message"), [
    ("fel fras som inte stämmer", NEW, NEW, "old", "stämmer inte"),
    ("", NEW, NEW, "old", "Ange den nuvarande"),
    (PASSPHRASE, "kort", "kort", "new", "minst 12 tecken"),
    (PASSPHRASE, PASSPHRASE, PASSPHRASE, "new", "densamma som den nuvarande"),
    (PASSPHRASE, "Bräcke STAR 2025", "Bräcke STAR 2025", "new", "teamets namn"),
    (PASSPHRASE, NEW, NEW + " ", "repeat", "inte lika"),
])
def test_refused_changes_say_why_next_to_the_field_and_change_nothing(
        team_copy, old, new, repeat, field, message):
    before = hashlib.sha256(team_copy.path.read_bytes()).hexdigest()
    with pytest.raises(FieldErrors) as e:
        change_passphrase(team_copy, old, new, repeat, keystore=KeyStore())
    assert list(e.value.errors) == [field] and message in e.value.errors[field]
    assert hashlib.sha256(team_copy.path.read_bytes()).hexdigest() == before
    # a fresh connection still opens it with the old key
    with open_team_file(team_copy.path, actor=ACTOR, key=team_copy._key, migrate=False,
                        record_open=False) as fresh, fresh.session() as s:
        assert state_of(s) == 0


def test_a_change_that_cannot_write_leaves_the_old_passphrase(team_copy):
    """Another program reads the file the whole time: SQLCipher cannot take the write lock,
    and PRAGMA rekey still says "ok" — the change is proven on a fresh connection and refused."""
    reader = teamfile._make_engine(team_copy.path, FileKey(team_copy._key))
    conn = reader.connect()
    try:
        conn.exec_driver_sql("BEGIN")
        conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        with pytest.raises(RekeyError) as e:
            change_passphrase(team_copy, PASSPHRASE, NEW, NEW, keystore=KeyStore())
        assert "gäller fortfarande" in e.value.message
    finally:
        conn.rollback()
        conn.close()
        reader.dispose()
    with team_copy.session() as s:  # the open file is still usable with the old key
        assert s.scalars(select(AuditEvent).where(AuditEvent.entity == "team_file")).all() == []
    with team_copy.session() as s, s.begin():
        action(s, 1)
    path = team_copy.path
    team_copy.close()
    assert opens_with(path, PASSPHRASE)
    assert not opens_with(path, NEW)


def test_a_remembered_key_is_replaced_in_the_keyring(team_copy, memory_keyring):
    keystore = KeyStore()
    assert team_copy.remember_key(keystore)
    result = change_passphrase(team_copy, PASSPHRASE, NEW, NEW, keystore=keystore)
    assert result.keyring_updated
    team_copy.close()
    with open_team_file(team_copy.path, actor=ACTOR, keystore=keystore,
                        record_open=False) as tf:
        assert tf.key_source == "keyring"


def test_a_key_not_remembered_is_not_put_in_the_keyring(team_copy, memory_keyring):
    change_passphrase(team_copy, PASSPHRASE, NEW, NEW, keystore=KeyStore())
    assert memory_keyring.store == {}


def test_backups_made_before_the_change_keep_the_old_passphrase(team_copy, tmp_path):
    """Why the dialog says so and offers a fresh backup: an old copy is the old file."""
    from star_desktop.storage.backup import make_backup

    before = make_backup(team_copy, tmp_path, keep=5)
    change_passphrase(team_copy, PASSPHRASE, NEW, NEW, keystore=KeyStore())
    assert opens_with(before, PASSPHRASE) and not opens_with(before, NEW)
    after = make_backup(team_copy, tmp_path, keep=5)
    assert opens_with(after, NEW)
