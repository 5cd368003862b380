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
