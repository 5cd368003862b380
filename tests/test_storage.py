"""The encrypted team file on disk: encryption, refusals, and that a refusal never alters a file.

One file is made per module (each key derivation costs ~0.15 s); tests that need to damage or
change it work on a copy (shutil.copy2) in their own tmp_path, and open it with the raw key
unless the passphrase path is what they test.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import unicodedata
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import func, select

from star_desktop.models import (
    AuditAction,
    AuditEvent,
    Gender,
    Member,
    Participant,
    ParticipantIdentity,
)
from star_desktop.storage import teamfile
from star_desktop.storage.errors import (
    DamagedFileError,
    FileExistsTeamError,
    FileMissingError,
    NotATeamFileError,
    PassphraseCancelled,
    TeamFileError,
    TooNewError,
    WrongPassphraseError,
)
from star_desktop.storage.keys import KeyStore, derive_key, file_id_from_salt
from star_desktop.storage.teamfile import (
    NewTeam,
    create_team_file,
    open_team_file,
    verify_team_file,
)
from star_desktop.team import service as team_service

from .conftest import ACTOR, PASSPHRASE

CANARY_FIRST = "Kanariefågel"
CANARY_LAST = "Zyxwvutsson-Qöpelund"
CANARY_PNR = "198112189876"
CANARY_MEMBER = "Ledamot Xylofonia Brännström"
CANARIES = (CANARY_FIRST, CANARY_LAST, CANARY_PNR, CANARY_MEMBER, "Zyxwvutsson", "Xylofonia")
FILE_NAME = "Bräcke STAR.star"


# --- helpers -----------------------------------------------------------------------------------


def state(path: Path) -> tuple[str, int, int]:
    """What must not change when an open is refused: content hash, mtime and size."""
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


class Asker:
    """An AskPassphrase that gives the answers in turn (then cancels) and records the reasons."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.reasons: list[str | None] = []

    def __call__(self, reason: str | None) -> str | None:
        self.reasons.append(reason)
        return self.answers.pop(0) if self.answers else None


def flip(path: Path, offset: int, n: int = 8) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        data = fh.read(n)
        fh.seek(offset)
        fh.write(bytes(b ^ 0xFF for b in data))


def count_opened(tf: teamfile.TeamFile) -> int:
    with tf.session() as s:
        return s.scalar(
            select(func.count()).select_from(AuditEvent)
            .where(AuditEvent.action == AuditAction.OPENED)
        )


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A team file holding a canary participant and member; returns (path, raw key)."""
    folder = tmp_path_factory.mktemp("made")
    path = folder / FILE_NAME
    tf = create_team_file(path, PASSPHRASE, NewTeam("Bräcke STAR", "Bräcke", "Jämtlands län"),
                          actor=ACTOR)
    try:
        with tf.session() as s, s.begin():
            p = Participant(gender=Gender.WOMAN, birth_year=1981, municipality="Bräcke")
            p.identity = ParticipantIdentity(first_name=CANARY_FIRST, last_name=CANARY_LAST,
                                             personnummer=CANARY_PNR)
            s.add(p)
            party = team_service.parties(s)[0]
            s.add(Member(name=CANARY_MEMBER, party_id=party.id, gender=Gender.MAN,
                         email="xylofonia@example.se", active_from=dt.date(2024, 1, 1)))
        key = tf._key
    finally:
        tf.close()
    assert listing(folder) == [FILE_NAME]
    return path, key


@pytest.fixture
def copy(made: tuple[Path, bytes], tmp_path: Path) -> Path:
    """A private copy of the module's file, for tests that damage or change it."""
    target = tmp_path / FILE_NAME
    shutil.copy2(made[0], target)
    return target


@pytest.fixture
def key(made: tuple[Path, bytes]) -> bytes:
    return made[1]


# --- the file is encrypted ---------------------------------------------------------------------


def test_canaries_written_through_the_orm_are_not_in_the_file(made):
    path, key = made
    raw = path.read_bytes()
    for canary in CANARIES:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert canary.encode(encoding) not in raw, (canary, encoding)
    # ... and they are really there, readable with the key
    with open_team_file(path, actor=ACTOR, key=key, record_open=False) as tf, tf.session() as s:
        assert s.scalar(select(ParticipantIdentity.last_name)) == CANARY_LAST
        assert s.scalar(select(Member.name)) == CANARY_MEMBER


def test_header_is_not_sqlite_and_stdlib_sqlite3_cannot_read_it(copy):
    before = state(copy)
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    assert len(copy.read_bytes()) % teamfile.PAGE_SIZE == 0
    conn = sqlite3.connect(copy)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        conn.close()
    assert state(copy) == before


def test_plain_sqlcipher_with_the_passphrase_as_text_opens_it(copy):
    """The raw key is SQLCipher 4's own derivation, so any SQLCipher 4 tool opens the file."""
    conn = sqlcipher3.connect(str(copy))
    try:
        conn.execute(f"PRAGMA key='{PASSPHRASE}'")
        assert conn.execute("PRAGMA application_id").fetchone()[0] == teamfile.APPLICATION_ID
        assert conn.execute("SELECT last_name FROM participant_identity").fetchone()[0] == (
            CANARY_LAST)
        assert conn.execute("SELECT name FROM team").fetchone()[0] == "Bräcke STAR"
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        conn.close()


def test_raw_key_is_pbkdf2_of_passphrase_and_salt(made):
    path, key = made
    salt = path.read_bytes()[:16]
    assert derive_key(PASSPHRASE, salt) == key
    expected = hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), salt, 256_000, 32)
    assert key == expected


def test_passphrase_typed_decomposed_still_opens(copy):
    """'å' typed as a + ring (NFD, as a Mac may send it) gives the same key as NFC."""
    nfd = unicodedata.normalize("NFD", PASSPHRASE)
    assert nfd != PASSPHRASE
    with open_team_file(copy, actor=ACTOR, ask_passphrase=lambda _r: nfd) as tf:
        assert tf.key_source == "passphrase"


# --- wrong passphrase --------------------------------------------------------------------------


def test_wrong_passphrase_asks_again_with_a_reason_then_cancel(copy, tmp_path):
    before = state(copy)
    ask = Asker("fel lösenfras helt klart 1", None)
    with pytest.raises(PassphraseCancelled):
        open_team_file(copy, actor=ACTOR, ask_passphrase=ask)
    assert ask.reasons[0] is None
    assert ask.reasons[1] and "Fel lösenfras" in ask.reasons[1]
    assert len(ask.reasons) == 2
    assert state(copy) == before
    assert listing(tmp_path) == [FILE_NAME]


def test_wrong_then_right_passphrase_opens(copy, tmp_path):
    ask = Asker("fel lösenfras helt klart 1", "ännu en fel fras 2", PASSPHRASE)
    with open_team_file(copy, actor=ACTOR, ask_passphrase=ask) as tf:
        assert tf.key_source == "passphrase"
    assert len(ask.reasons) == 3
    assert listing(tmp_path) == [FILE_NAME]


def test_no_way_to_ask_and_no_stored_key_is_wrong_passphrase(copy, tmp_path):
    before = state(copy)
    with pytest.raises(WrongPassphraseError) as ei:
        open_team_file(copy, actor=ACTOR, keystore=KeyStore())
    assert "lösenfras" in ei.value.message
    assert ei.value.exit_code == 5
    assert state(copy) == before
    assert listing(tmp_path) == [FILE_NAME]


def test_wrong_raw_key_is_wrong_passphrase_and_file_unchanged(copy, tmp_path):
    before = state(copy)
    with pytest.raises(WrongPassphraseError):
        open_team_file(copy, actor=ACTOR, key=bytes(32))
    with pytest.raises(WrongPassphraseError):
        verify_team_file(copy, key=bytes(32))
    assert state(copy) == before
    assert listing(tmp_path) == [FILE_NAME]


# --- damaged files -----------------------------------------------------------------------------


@pytest.mark.parametrize("cut", ["odd", "half_pages", "one_page"])
def test_truncated_copy_is_refused_and_unchanged(copy, key, tmp_path, cut):
    size = copy.stat().st_size
    pages = size // teamfile.PAGE_SIZE
    assert pages > 4
    new_size = {"odd": size - 1000, "half_pages": pages // 2 * teamfile.PAGE_SIZE,
                "one_page": teamfile.PAGE_SIZE}[cut]
    with copy.open("r+b") as fh:
        fh.truncate(new_size)
    before = state(copy)
    for attempt in (
        lambda: open_team_file(copy, actor=ACTOR, ask_passphrase=Asker(PASSPHRASE)),
        lambda: open_team_file(copy, actor=ACTOR, key=key),
        lambda: verify_team_file(copy, key=key),
    ):
        with pytest.raises(DamagedFileError) as ei:
            attempt()
        assert "skadad" in ei.value.message or "ofullständig" in ei.value.message
        assert state(copy) == before
    assert listing(tmp_path) == [FILE_NAME]


def test_flipped_bytes_in_a_middle_page_is_damaged(copy, key, tmp_path):
    pages = copy.stat().st_size // teamfile.PAGE_SIZE
    flip(copy, (pages // 2) * teamfile.PAGE_SIZE + 1000)
    before = state(copy)
    with pytest.raises(DamagedFileError) as ei:
        open_team_file(copy, actor=ACTOR, ask_passphrase=Asker(PASSPHRASE))
    assert "krypteringens kontroll" in ei.value.message  # found by cipher_integrity_check
    assert "säkerhetskopia" in ei.value.message
    with pytest.raises(DamagedFileError):
        open_team_file(copy, actor=ACTOR, key=key)
    with pytest.raises(DamagedFileError):
        verify_team_file(copy, key=key)
    with pytest.raises(DamagedFileError):
        verify_team_file(copy, ask_passphrase=Asker(PASSPHRASE))
    assert state(copy) == before
    assert listing(tmp_path) == [FILE_NAME]


def test_flipped_bytes_in_page_one_look_like_a_wrong_passphrase(made, copy, key, tmp_path):
    """Page 1 is where a wrong key shows, so damage there cannot be told from a wrong key."""
    flip(copy, 100)  # after the 16-byte salt
    assert copy.read_bytes()[:16] == made[0].read_bytes()[:16]  # same salt, so same key
    assert copy.read_bytes() != made[0].read_bytes()
    before = state(copy)
    ask = Asker(PASSPHRASE, PASSPHRASE)
    with pytest.raises(PassphraseCancelled):
        open_team_file(copy, actor=ACTOR, ask_passphrase=ask)
    assert ask.reasons[1] == ask.reasons[2] and "Fel lösenfras" in ask.reasons[1]
    with pytest.raises(WrongPassphraseError):
        open_team_file(copy, actor=ACTOR, key=key)
    with pytest.raises(WrongPassphraseError):
        verify_team_file(copy, key=key)
    assert state(copy) == before
    assert listing(tmp_path) == [FILE_NAME]


def test_flipped_page_one_with_the_keyring_key_is_damaged(copy, key, tmp_path, memory_keyring):
    """The key that once opened this file fails: the file, not the key, has changed."""
    file_id = file_id_from_salt(copy.read_bytes()[:16])
    assert KeyStore().put(file_id, key)
    flip(copy, 100)
    before = state(copy)
    with pytest.raises(DamagedFileError) as ei:
        open_team_file(copy, actor=ACTOR, keystore=KeyStore())
    assert "skadad" in ei.value.message
    with pytest.raises(DamagedFileError):
        verify_team_file(copy, keystore=KeyStore())
    # With a way to ask, the coordinator is told the stored key failed, then that it may be damage
    ask = Asker(PASSPHRASE)
    with pytest.raises(PassphraseCancelled):
        open_team_file(copy, actor=ACTOR, keystore=KeyStore(), ask_passphrase=ask)
    assert "sparade nyckeln" in ask.reasons[0]
    assert "skadad" in ask.reasons[1]
    assert state(copy) == before
    assert listing(tmp_path) == [FILE_NAME]


# --- not a team file ---------------------------------------------------------------------------


def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES ('hej')")
    conn.commit()
    conn.close()


def _pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 32)


def _zip(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>" * 1000)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _text(path: Path) -> None:
    path.write_text("Namn;Personnummer\nAnna;19811218-9876\n" * 300, encoding="utf-8")


def _text_cut_in_a_character(path: Path) -> None:
    """UTF-8 text whose first 512 bytes end in the middle of an 'å'."""
    path.write_text("x" + "å" * 3000, encoding="utf-8")


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_plain_sqlite, "okrypterad SQLite"),
        (_pdf, "PDF"),
        (_zip, "zip"),
        (_empty, "tom"),
        (_text, "textfil"),
        (_text_cut_in_a_character, "textfil"),
    ],
    ids=["sqlite", "pdf", "zip", "empty", "text", "text-utf8-cut"],
)
def test_other_kinds_of_file_are_not_team_files(tmp_path, make, words):
    path = tmp_path / "fel.star"
    make(path)
    before = state(path)
    ask = Asker(PASSPHRASE)
    with pytest.raises(NotATeamFileError) as ei:
        open_team_file(path, actor=ACTOR, ask_passphrase=ask)
    assert words in ei.value.message
    assert "teamfil" in ei.value.message
    assert ei.value.exit_code == 4
    assert ask.reasons == []  # refused before asking for a passphrase
    with pytest.raises(NotATeamFileError):
        verify_team_file(path, ask_passphrase=ask)
    assert state(path) == before
    assert listing(tmp_path) == ["fel.star"]


def test_directory_is_not_a_team_file(tmp_path):
    folder = tmp_path / "mapp.star"
    folder.mkdir()
    with pytest.raises(NotATeamFileError) as ei:
        open_team_file(folder, actor=ACTOR, ask_passphrase=Asker(PASSPHRASE))
    assert "mapp" in ei.value.message
    assert listing(folder) == []
    assert listing(tmp_path) == ["mapp.star"]


def test_missing_file(tmp_path):
    path = tmp_path / "finns inte.star"
    for attempt in (
        lambda: open_team_file(path, actor=ACTOR, ask_passphrase=Asker(PASSPHRASE)),
        lambda: verify_team_file(path, ask_passphrase=Asker(PASSPHRASE)),
    ):
        with pytest.raises(FileMissingError) as ei:
            attempt()
        assert "finns inte" in ei.value.message
        assert ei.value.exit_code == 3
    assert listing(tmp_path) == []


def _sqlcipher_db(path: Path, *, application_id: int | None) -> None:
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key='{PASSPHRASE}'")
    if application_id is not None:
        conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute("CREATE TABLE anteckning (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO anteckning (text) VALUES ('hej')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("application_id", "words"),
    [(None, "inte en STAR-teamfil"), (teamfile.APPLICATION_ID, "saknar schemaversion")],
    ids=["no-application-id", "no-alembic-version"],
)
def test_other_sqlcipher_database_with_same_passphrase_is_not_a_team_file(
    tmp_path, application_id, words
):
    path = tmp_path / "annan.db"
    _sqlcipher_db(path, application_id=application_id)
    before = state(path)
    with pytest.raises(NotATeamFileError) as ei:
        open_team_file(path, actor=ACTOR, ask_passphrase=Asker(PASSPHRASE))
    assert words in ei.value.message
    with pytest.raises(NotATeamFileError):
        verify_team_file(path, ask_passphrase=Asker(PASSPHRASE))
    assert state(path) == before
    assert listing(tmp_path) == ["annan.db"]


# --- too new -----------------------------------------------------------------------------------


def test_file_from_a_newer_version_is_refused_unchanged(copy, key, tmp_path):
    tf = open_team_file(copy, actor=ACTOR, key=key, record_open=False)
    with tf.connect() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    tf.close()
    before = state(copy)
    with pytest.raises(TooNewError) as ei:
        open_team_file(copy, actor=ACTOR, ask_passphrase=Asker(PASSPHRASE))
    assert "nyare version" in ei.value.message and "9999" in ei.value.message
    assert ei.value.exit_code == 7
    with pytest.raises(TooNewError):
        open_team_file(copy, actor=ACTOR, key=key, migrate=False)
    with pytest.raises(TooNewError):
        verify_team_file(copy, key=key)
    assert state(copy) == before
    assert listing(tmp_path) == [FILE_NAME]  # no backup copy, no journal


# --- create ------------------------------------------------------------------------------------


def test_create_refuses_an_existing_path(copy, tmp_path):
    before = state(copy)
    with pytest.raises(FileExistsTeamError):
        create_team_file(copy, PASSPHRASE, NewTeam("Annat team"), actor=ACTOR)
    assert state(copy) == before
    assert listing(tmp_path) == [FILE_NAME]


@pytest.mark.parametrize(
    ("passphrase", "words"),
    [
        ("", "Ange en lösenfras"),
        ("kort fras", "minst 12 tecken"),
        ("aaaaaaaaaaaaaaaa", "för få olika tecken"),
        ("123456789012345", "siffror"),
        ("Bräcke STAR 2025", "teamets namn"),
        ("lösenord12345!", "vanligt ord"),
        ("abcdefghijklmn", "teckenföljd"),
        (" korv med bröd och senap ", "mellanslag"),
    ],
)
def test_create_refuses_weak_passphrases_with_a_reason(tmp_path, passphrase, words):
    path = tmp_path / FILE_NAME
    with pytest.raises(ValueError) as ei:
        create_team_file(path, passphrase, NewTeam("Bräcke STAR", "Bräcke"), actor=ACTOR)
    assert words in str(ei.value)
    assert listing(tmp_path) == []


def test_create_refuses_an_empty_team_name_and_a_missing_folder(tmp_path):
    with pytest.raises(ValueError, match="teamets namn"):
        create_team_file(tmp_path / FILE_NAME, PASSPHRASE, NewTeam("  "), actor=ACTOR)
    with pytest.raises(FileMissingError):
        create_team_file(tmp_path / "saknas" / FILE_NAME, PASSPHRASE, NewTeam("Bräcke STAR"),
                         actor=ACTOR)
    assert listing(tmp_path) == []


def test_create_that_fails_half_way_leaves_no_files(tmp_path, monkeypatch):
    def boom(*_a, **_k):
        raise RuntimeError("seed failed")

    monkeypatch.setattr(team_service, "seed_new_team", boom)
    with pytest.raises(RuntimeError, match="seed failed"):
        create_team_file(tmp_path / FILE_NAME, PASSPHRASE, NewTeam("Bräcke STAR"), actor=ACTOR)
    assert listing(tmp_path) == []


def test_create_then_open_records_opened(tmp_path):
    path = tmp_path / FILE_NAME
    tf = create_team_file(path, PASSPHRASE, NewTeam("Bräcke STAR", "Bräcke"), actor=ACTOR)
    try:
        assert listing(tmp_path) == [FILE_NAME]  # no temporary file, no journal
        assert tf.key_source == "key"
        assert count_opened(tf) == 0  # creating is not opening
        with tf.session() as s:
            created = s.scalars(select(AuditEvent)
                                .where(AuditEvent.action == AuditAction.CREATED)).all()
            assert [(e.entity, e.actor) for e in created] == [("team", ACTOR)]
        key = tf._key
    finally:
        tf.close()
    assert listing(tmp_path) == [FILE_NAME]

    with open_team_file(path, actor="Någon annan", key=key) as tf:
        assert count_opened(tf) == 1
        with tf.session() as s:
            ev = s.scalars(select(AuditEvent)
                           .where(AuditEvent.action == AuditAction.OPENED)).one()
            assert ev.actor == "Någon annan"
            assert ev.entity == "team_file"
    with open_team_file(path, actor=ACTOR, key=key, record_open=False) as tf:
        assert count_opened(tf) == 1
    assert listing(tmp_path) == [FILE_NAME]


def test_verify_a_good_file_changes_nothing(copy, key, tmp_path):
    before = state(copy)
    report = verify_team_file(copy, key=key)
    assert report.ok
    assert report.integrity == ["ok"]
    assert report.schema_revision == report.head_revision
    assert report.counts["ledamöter"] == 1
    assert report.counts["deltagare"] == 1
    assert report.counts["ärenden"] == 0
    assert state(copy) == before
    assert listing(tmp_path) == [FILE_NAME]


def test_closed_team_file_refuses_sessions(copy, key):
    tf = open_team_file(copy, actor=ACTOR, key=key, record_open=False)
    tf.close()
    assert not tf.is_open
    assert tf._key == b""
    with pytest.raises(TeamFileError):
        tf.session()
