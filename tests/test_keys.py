"""Keys in the OS keyring ("Kom ihåg på den här datorn"), with real files and real backends.

The default keyring in tests is the null backend, which KeyStore treats as no keyring at all;
`memory_keyring` installs a usable in-memory one.
"""

from __future__ import annotations

import re
import shutil
import uuid
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from star_desktop.storage.errors import DamagedFileError, WrongPassphraseError
from star_desktop.storage.keys import KEYRING_SERVICE, FileKey, KeyStore, derive_key
from star_desktop.storage.teamfile import NewTeam, create_team_file, open_team_file

from .conftest import ACTOR, PASSPHRASE, MemoryKeyring

FILE_NAME = "Bräcke STAR.star"


def must_not_ask(reason: str | None) -> str | None:
    pytest.fail(f"asked for the passphrase (reason: {reason!r}) although the keyring has the key")


class Asker:
    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.reasons: list[str | None] = []

    def __call__(self, reason: str | None) -> str | None:
        self.reasons.append(reason)
        return self.answers.pop(0) if self.answers else None


def file_id_of(path: Path) -> str:
    return str(uuid.UUID(bytes=path.read_bytes()[:16]))


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """One team file for the module (made without any keyring): (path, raw key)."""
    path = tmp_path_factory.mktemp("keys") / FILE_NAME
    tf = create_team_file(path, PASSPHRASE, NewTeam("Bräcke STAR", "Bräcke"), actor=ACTOR)
    key = tf._key
    tf.close()
    return path, key


@pytest.fixture
def copy(made: tuple[Path, bytes], tmp_path: Path) -> Path:
    target = tmp_path / FILE_NAME
    shutil.copy2(made[0], target)
    return target


# --- remembering a key -------------------------------------------------------------------------


def test_remembered_key_opens_without_asking(tmp_path, memory_keyring):
    path = tmp_path / FILE_NAME
    tf = create_team_file(path, PASSPHRASE, NewTeam("Bräcke STAR"), actor=ACTOR,
                          keystore=KeyStore(), remember=True)
    file_id = tf.file_id
    tf.close()

    # stored under the file's id: its salt (first 16 bytes) as a UUID
    assert file_id == file_id_of(path)
    assert list(memory_keyring.store) == [(KEYRING_SERVICE, file_id)]
    stored = memory_keyring.store[(KEYRING_SERVICE, file_id)]
    # the derived key as 64 hex characters, never the passphrase
    assert re.fullmatch(r"[0-9a-f]{64}", stored)
    assert stored != PASSPHRASE and PASSPHRASE not in stored
    assert stored == derive_key(PASSPHRASE, path.read_bytes()[:16]).hex()

    with open_team_file(path, actor=ACTOR, keystore=KeyStore(),
                        ask_passphrase=must_not_ask) as tf:
        assert tf.key_source == "keyring"


def test_remember_and_forget_on_an_open_file(copy, memory_keyring):
    with open_team_file(copy, actor=ACTOR, ask_passphrase=lambda _r: PASSPHRASE) as tf:
        assert tf.remember_key(KeyStore())
    with open_team_file(copy, actor=ACTOR, keystore=KeyStore(), ask_passphrase=must_not_ask) as tf:
        assert tf.key_source == "keyring"
        tf.forget_key(KeyStore())
    assert memory_keyring.store == {}
    ask = Asker(PASSPHRASE)
    with open_team_file(copy, actor=ACTOR, keystore=KeyStore(), ask_passphrase=ask) as tf:
        assert tf.key_source == "passphrase"
    assert ask.reasons == [None]
    KeyStore().delete(file_id_of(copy))  # forgetting twice is not an error


def test_null_keyring_remembers_nothing_and_asks(tmp_path):
    assert isinstance(keyring.get_keyring(), keyring.backends.null.Keyring)
    path = tmp_path / FILE_NAME
    tf = create_team_file(path, PASSPHRASE, NewTeam("Bräcke STAR"), actor=ACTOR,
                          keystore=KeyStore(), remember=True)
    assert not tf.remember_key(KeyStore())
    tf.close()
    ask = Asker(PASSPHRASE)
    with open_team_file(path, actor=ACTOR, keystore=KeyStore(), ask_passphrase=ask) as tf:
        assert tf.key_source == "passphrase"
    assert ask.reasons == [None]  # asked once, as a first ask (no "wrong key" reason)


# --- which backends count ----------------------------------------------------------------------


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's PlaintextKeyring: secrets in a readable file."""


class EncryptedPlaintextKeyringLike(MemoryKeyring):
    """Any backend whose class name says plaintext is refused, whatever else it claims."""


class ExplodingKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the keyring is locked")


class BrokenPriorityKeyring(MemoryKeyring):
    @property
    def priority(self):  # type: ignore[override]
        raise RuntimeError("no D-Bus")


def test_usable_only_for_real_protected_backends():
    assert KeyStore(MemoryKeyring()).usable()
    assert not KeyStore(keyring.backends.null.Keyring()).usable()
    assert not KeyStore(keyring.backends.fail.Keyring()).usable()
    assert not KeyStore(PlaintextKeyring()).usable()
    assert not KeyStore(EncryptedPlaintextKeyringLike()).usable()
    assert not KeyStore(BrokenPriorityKeyring()).usable()
    # the default follows the installed OS keyring: null in tests
    assert not KeyStore().usable()
    assert KeyStore().describe() == "ingen"


def test_plaintext_keyring_is_never_written(copy):
    kr = PlaintextKeyring()
    keyring.set_keyring(kr)
    with open_team_file(copy, actor=ACTOR, ask_passphrase=lambda _r: PASSPHRASE) as tf:
        assert not tf.remember_key(KeyStore())
    assert kr.store == {}
    assert KeyStore().get(file_id_of(copy)) is None


def test_fail_keyring_asks(copy):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    ask = Asker(PASSPHRASE)
    with open_team_file(copy, actor=ACTOR, keystore=KeyStore(), ask_passphrase=ask) as tf:
        assert tf.key_source == "passphrase"
    assert ask.reasons == [None]


def test_keyring_that_raises_on_read_is_treated_as_missing(copy, made):
    kr = ExplodingKeyring()
    keyring.set_keyring(kr)
    assert KeyStore().usable()
    kr.store[(KEYRING_SERVICE, file_id_of(copy))] = made[1].hex()  # there, but unreadable
    ask = Asker(PASSPHRASE)
    with open_team_file(copy, actor=ACTOR, keystore=KeyStore(), ask_passphrase=ask) as tf:
        assert tf.key_source == "passphrase"
    assert ask.reasons == [None]


@pytest.mark.parametrize("garbage", ["inte hex alls", "abcd", "", "00" * 31])
def test_unreadable_stored_value_is_treated_as_missing(copy, memory_keyring, garbage):
    memory_keyring.store[(KEYRING_SERVICE, file_id_of(copy))] = garbage
    assert KeyStore().get(file_id_of(copy)) is None
    ask = Asker(PASSPHRASE)
    with open_team_file(copy, actor=ACTOR, keystore=KeyStore(), ask_passphrase=ask) as tf:
        assert tf.key_source == "passphrase"
    assert ask.reasons == [None]


# --- a stored key that does not fit ------------------------------------------------------------


def test_wrong_key_in_keyring_asks_with_a_reason(copy, memory_keyring):
    memory_keyring.store[(KEYRING_SERVICE, file_id_of(copy))] = ("ab" * 32)
    ask = Asker(PASSPHRASE)
    with open_team_file(copy, actor=ACTOR, keystore=KeyStore(), ask_passphrase=ask) as tf:
        assert tf.key_source == "passphrase"
    assert len(ask.reasons) == 1
    assert ask.reasons[0] and "sparade nyckeln passar inte" in ask.reasons[0]


def test_wrong_key_in_keyring_and_no_way_to_ask(copy, memory_keyring):
    """A stored key that fails and nothing else to try: damage is the likely cause."""
    memory_keyring.store[(KEYRING_SERVICE, file_id_of(copy))] = ("ab" * 32)
    with pytest.raises(DamagedFileError):
        open_team_file(copy, actor=ACTOR, keystore=KeyStore())


def test_wrong_key_in_keyring_then_wrong_passphrase_says_it_may_be_damage(copy, memory_keyring):
    memory_keyring.store[(KEYRING_SERVICE, file_id_of(copy))] = ("ab" * 32)
    ask = Asker("inte den rätta frasen 9", PASSPHRASE)
    with open_team_file(copy, actor=ACTOR, keystore=KeyStore(), ask_passphrase=ask) as tf:
        assert tf.key_source == "passphrase"
    assert "sparade nyckeln" in ask.reasons[0]
    assert "skadad" in ask.reasons[1]


def test_given_key_wins_over_the_keyring(copy, made, memory_keyring):
    memory_keyring.store[(KEYRING_SERVICE, file_id_of(copy))] = made[1].hex()
    with open_team_file(copy, actor=ACTOR, keystore=KeyStore(), key=made[1]) as tf:
        assert tf.key_source == "key"
    with pytest.raises(WrongPassphraseError):
        open_team_file(copy, actor=ACTOR, keystore=KeyStore(), key=bytes(32))


# --- copies ------------------------------------------------------------------------------------


def test_byte_for_byte_copy_elsewhere_opens_from_the_keyring(made, tmp_path, memory_keyring):
    """A plain copy keeps the salt, so it has the same file id and the same key.

    NOT tested here: a copy made by the app's backup/rekey gets a new salt (and so a new id and
    key) and must not open from the original's keyring entry; that belongs with the backup code.
    """
    path, key = made
    assert KeyStore().put(file_id_of(path), key)
    elsewhere = tmp_path / "USB-minne" / "kopia av teamet.star"
    elsewhere.parent.mkdir()
    shutil.copy2(path, elsewhere)
    with open_team_file(elsewhere, actor=ACTOR, keystore=KeyStore(),
                        ask_passphrase=must_not_ask) as tf:
        assert tf.key_source == "keyring"
        assert tf.file_id == file_id_of(path)


# --- the key never shows -----------------------------------------------------------------------


def test_filekey_and_teamfile_reprs_hide_the_key(copy, made):
    key = made[1]
    salt = copy.read_bytes()[:16]
    for fk in (FileKey(key), FileKey(key, salt)):
        for text in (repr(fk), str(fk), f"{fk}", repr([fk])):
            assert key.hex() not in text
            assert str(key) not in text
            assert "<hidden>" in text
    assert FileKey(key, salt).pragma_value() == f"x'{key.hex()}{salt.hex()}'"
    with open_team_file(copy, actor=ACTOR, key=key, record_open=False) as tf:
        assert key.hex() not in repr(tf)
        assert str(key) not in repr(tf)


def test_filekey_rejects_wrong_lengths():
    with pytest.raises(ValueError):
        FileKey(b"\x00" * 16)
    with pytest.raises(ValueError):
        FileKey(b"\x00" * 32, b"\x00" * 8)
