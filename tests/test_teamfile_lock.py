"""Locking drops the key and the connections; unlocking needs the key again."""

from __future__ import annotations

import pytest
from sqlalchemy import exc, text

from star_desktop.models import Participant, ParticipantIdentity
from star_desktop.storage.errors import TeamFileError, WrongPassphraseError
from star_desktop.storage.keys import derive_key
from star_desktop.storage.teamfile import NewTeam, create_team_file, read_salt

PASS = "Fjällräv springer över isen 42"


@pytest.fixture
def tf(tmp_path):
    f = create_team_file(tmp_path / "lås.star", PASS, NewTeam("Låsteamet"), actor="test")
    yield f
    f.close()


def test_locked_file_reads_nothing_until_unlocked(tf):
    tf.lock()
    assert not tf.is_open
    assert tf._key == b""
    with pytest.raises(TeamFileError):
        tf.session()
    with pytest.raises(TeamFileError):
        tf.connect()
    with pytest.raises(WrongPassphraseError):
        tf.unlock_with_passphrase("fel fras helt och hållet")
    assert not tf.is_open
    tf.unlock_with_passphrase(PASS)
    with tf.connect() as conn:
        assert conn.execute(text("SELECT name FROM team")).scalar() == "Låsteamet"
    assert tf.matches_key(derive_key(PASS, read_salt(tf.path)))


def test_error_messages_carry_no_values(tf):
    """A failed statement's message names no value (hide_parameters), so logs stay clean."""
    with tf.session() as s, s.begin():
        p = Participant(gender="woman", birth_year=1980)
        s.add(p)
        s.flush()
        s.add(ParticipantIdentity(participant_id=p.id, first_name="Hemliga", last_name="Ester",
                                  personnummer="198001019802"))
    with pytest.raises(exc.IntegrityError) as e, tf.session() as s, s.begin():
        s.add(ParticipantIdentity(participant_id=1, first_name="Hemliga", last_name="Ester",
                                  personnummer="198001019802"))
    assert "Hemliga" not in str(e.value)
    assert "198001019802" not in str(e.value)


def test_no_copy_of_the_key_is_left_referenced_after_lock(tf):
    """Once locked, no live engine URL or key object of this process holds the file's key."""
    import gc

    from sqlalchemy.engine import URL

    key_hex = tf._key.hex()
    with tf.session() as s:
        s.execute(text("SELECT count(*) FROM team")).scalar()
    del s  # a closed session still points at its engine; the app keeps none beyond an action
    tf.lock()
    gc.collect()
    urls = [o for o in gc.get_objects() if isinstance(o, URL) and o.database == str(tf.path)]
    assert urls  # the keyless engine's URL is there, so the search does see URLs
    assert not [u for u in urls if u.password and key_hex in str(u.password)]
    assert not [o for o in gc.get_objects()
                if isinstance(o, bytes) and len(o) == 32 and o.hex() == key_hex]
