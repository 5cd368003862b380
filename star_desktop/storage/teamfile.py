"""Create, open, check and close encrypted team files.

One function opens a file and returns a ready TeamFile: header check (no key needed) → key from
the keyring or a passphrase → engine → application id, SQLCipher's page check, schema version →
an encrypted backup copy and Alembic upgrade when the file is behind. Every refusal happens
before anything is written, so a file that cannot be opened is never altered.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hmac
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, exc, text
from sqlalchemy.orm import Session, sessionmaker

from ..models import Base
from ..models.enums import QT_TRANSLATE_NOOP
from . import schema
from .errors import (
    DamagedFileError,
    FileExistsTeamError,
    FileMissingError,
    NotATeamFileError,
    PassphraseCancelled,
    TeamFileError,
    TooNewError,
    WrongPassphraseError,
)
from .keys import FileKey, KeyStore, derive_key, file_id_from_salt, new_salt
from .passphrase import weakness

log = logging.getLogger(__name__)

#: PRAGMA application_id of every team file: "STAR" in ASCII.
APPLICATION_ID = 0x53544152
PAGE_SIZE = 4096  # SQLCipher 4 default
FILE_SUFFIX = ".star"
#: Page cache per connection, in KiB (negative PRAGMA cache_size); holds a 20,000-case team.
CACHE_KIB = 32_768

_PLAINTEXT_MAGIC = {
    b"SQLite format 3\x00": "en okrypterad SQLite-databas",
    b"%PDF": "en PDF-fil",
    b"PK\x03\x04": "en zip- eller Office-fil (till exempel xlsx eller docx)",
    b"\xd0\xcf\x11\xe0": "en äldre Office-fil",
}

#: Asked for a passphrase; gets the reason for asking again (or None the first time) and returns
#: the passphrase, or None when the coordinator cancels.
AskPassphrase = Callable[[str | None], str | None]


@dataclass
class TeamFile:
    """An open team file: its engine and a session factory, and how it was opened."""

    path: Path
    file_id: str
    engine: Engine
    key_source: str  # "keyring", "passphrase" or "key"
    schema_revision: str
    actor: str
    migrated_from: str | None = None
    backup_path: Path | None = None
    _key: bytes = field(default=b"", repr=False)
    _sessions: sessionmaker[Session] | None = field(default=None, repr=False)

    def session(self) -> Session:
        """A new ORM session; use one per user action (``with tf.session() as s, s.begin():``)."""
        if self._sessions is None:
            raise TeamFileError(self.path, QT_TRANSLATE_NOOP("Messages", "Teamfilen är stängd."))
        return self._sessions()

    def connect(self) -> Connection:
        if self._sessions is None:
            raise TeamFileError(self.path, QT_TRANSLATE_NOOP("Messages", "Teamfilen är stängd."))
        return self.engine.connect()

    def remember_key(self, keystore: KeyStore) -> bool:
        """Keep this file's key in the OS keyring ("Kom ihåg på den här datorn")."""
        return keystore.put(self.file_id, self._key)

    def forget_key(self, keystore: KeyStore) -> None:
        keystore.delete(self.file_id)

    @property
    def is_open(self) -> bool:
        return self._sessions is not None

    def close(self) -> None:
        """Dispose of the engine and drop the key from this object."""
        self.engine.dispose()
        self._sessions = None
        self._key = b""

    def lock(self) -> None:
        """Drop the connections and the key but keep the path: the locked window's state.

        Every connection is closed (SQLCipher wipes its key material on close) and this object
        forgets the key, so nothing in the process can read the file until unlock().
        """
        self.close()
        self.engine = _make_engine(self.path, None)  # a keyless engine: opens nothing

    def unlock(self, key: bytes, source: str) -> None:
        """Open the file again with a key (keyring or passphrase); raise if it does not fit."""
        engine = _make_engine(self.path, FileKey(key))
        try:
            _check_readable(engine, self.path)
        except BaseException:
            engine.dispose()
            raise
        self.engine.dispose()
        self.engine = engine
        self.key_source = source
        self._key = key
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False,
                                      info={"actor": self.actor})

    def unlock_with_passphrase(self, passphrase: str) -> None:
        self.unlock(derive_key(passphrase, read_salt(self.path)), "passphrase")

    def matches_key(self, key: bytes) -> bool:
        """Whether ``key`` is the key this open file was opened with (rekey checks the old one)."""
        return bool(self._key) and hmac.compare_digest(key, self._key)

    def replace_key(self, key: bytes) -> None:
        """After a rekey: reconnect with the new key (the file no longer opens with the old)."""
        self.unlock(key, "passphrase")

    def __enter__(self) -> TeamFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# --- header ------------------------------------------------------------------------------------


def read_salt(path: Path) -> bytes:
    """Check what can be checked without a key and return the file's salt (its first 16 bytes)."""
    path = Path(path)
    if not path.exists():
        raise FileMissingError(path, f"Filen finns inte: {path}")
    if path.is_dir():
        raise NotATeamFileError(path, f"{path} är en mapp, inte en teamfil.")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as e:
        raise FileMissingError(path, f"Filen kan inte läsas: {e.strerror or e}") from e
    if size == 0:
        raise NotATeamFileError(path, QT_TRANSLATE_NOOP(
            "Messages",
            "Filen är tom och är inte en teamfil."))
    for magic, what in _PLAINTEXT_MAGIC.items():
        if head.startswith(magic):
            raise NotATeamFileError(path, f"Filen är {what}, inte en STAR-teamfil.")
    if _looks_like_text(path):
        raise NotATeamFileError(path, QT_TRANSLATE_NOOP(
            "Messages",
            "Filen är en textfil, inte en STAR-teamfil."))
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise DamagedFileError(
            path,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Filen är ofullständig (avkortad): storleken stämmer inte med en teamfil. "
                "Återställ den från en säkerhetskopia."),
        )
    return head


def _looks_like_text(path: Path) -> bool:
    with path.open("rb") as fh:
        chunk = fh.read(512)
    try:
        # not final: a character cut at the end of the chunk is still text
        codecs.getincrementaldecoder("utf-8")().decode(chunk, final=False)
    except UnicodeDecodeError:
        return False
    return all(b >= 0x20 or b in b"\t\r\n" for b in chunk)


# --- engine ------------------------------------------------------------------------------------


def _make_engine(path: Path, key: FileKey | None) -> Engine:
    # URL.create: no string formatting; the key is hex, so the dialect's PRAGMA key is safe.
    # hide_parameters: an error's message must not carry the values of a failed statement
    # (names, personnummer) into a log, a crash report or a message box.
    url = URL.create("sqlite+pysqlcipher", password=key.pragma_value() if key else None,
                     database=str(path))
    engine = create_engine(url, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA cipher_log_level = NONE")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cur.execute("PRAGMA temp_store = MEMORY")  # no temp files, encrypted or not
        cur.execute("PRAGMA secure_delete = ON")  # erased data is overwritten, not left behind
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    return engine


def _is_notadb(e: exc.DBAPIError) -> bool:
    orig = e.orig
    name = getattr(orig, "sqlite_errorname", "") or ""
    return name == "SQLITE_NOTADB" or "file is not a database" in str(orig)


# --- create ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewTeam:
    name: str
    municipality: str = ""
    federation: str = ""


def create_team_file(
    path: Path | str,
    passphrase: str,
    team: NewTeam,
    *,
    actor: str,
    keystore: KeyStore | None = None,
    remember: bool = False,
) -> TeamFile:
    """Make a new encrypted team file and return it open.

    The file is built under a temporary name in the same folder and renamed into place only
    when complete, so a failure leaves nothing half-made.
    """
    from ..team import service as team_service  # the seed rules live with the team service

    path = Path(path)
    if path.exists():
        raise FileExistsTeamError(path, f"Det finns redan en fil med namnet {path.name}.")
    if not team.name.strip():
        raise ValueError("Ange teamets namn.")
    reason = weakness(passphrase, avoid=(team.name, team.municipality))
    if reason:
        raise ValueError(reason)
    if not path.parent.is_dir():
        raise FileMissingError(path, f"Mappen finns inte: {path.parent}")

    salt = new_salt()
    key = derive_key(passphrase, salt)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.ny")
    engine = _make_engine(tmp, FileKey(key, salt))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            Base.metadata.create_all(conn)
            schema.stamp_head(conn)
        with Session(engine, info={"actor": actor}) as s, s.begin():
            team_service.seed_new_team(s, team.name, team.municipality, team.federation)
        engine.dispose()
        os.replace(tmp, path)
    except BaseException:
        engine.dispose()
        tmp.unlink(missing_ok=True)
        raise
    tf = open_team_file(path, key=key, actor=actor, record_open=False)
    if remember and keystore is not None:
        tf.remember_key(keystore)
    return tf


# --- open --------------------------------------------------------------------------------------


def open_team_file(
    path: Path | str,
    *,
    actor: str,
    keystore: KeyStore | None = None,
    ask_passphrase: AskPassphrase | None = None,
    key: bytes | None = None,
    migrate: bool = True,
    record_open: bool = True,
) -> TeamFile:
    """Open a team file, asking for what it needs; raise a TeamFileError saying why not."""
    path = Path(path)
    salt = read_salt(path)
    file_id = file_id_from_salt(salt)

    attempts: list[tuple[str, bytes]] = []
    if key is not None:
        attempts.append(("key", key))
    elif keystore is not None and (stored := keystore.get(file_id)) is not None:
        attempts.append(("keyring", stored))

    engine: Engine | None = None
    source = ""
    keyring_failed = False
    reason: str | None = None
    while True:
        if attempts:
            source, raw = attempts.pop(0)
        else:
            if ask_passphrase is None:
                if keyring_failed:
                    raise DamagedFileError(path, _damaged_by_key_msg())
                raise WrongPassphraseError(
                    path, QT_TRANSLATE_NOOP(
                        "Messages",
                        "Ingen lösenfras angavs, och nyckeln finns inte sparad på den här "
                        "datorn.")
                )
            passphrase = ask_passphrase(reason)
            if passphrase is None:
                raise PassphraseCancelled(path, "Öppnandet avbröts.")
            source, raw = "passphrase", derive_key(passphrase, salt)
        engine = _make_engine(path, FileKey(raw))
        try:
            _check_readable(engine, path)
            break
        except WrongPassphraseError:
            engine.dispose()
            if source == "keyring":
                keyring_failed = True
                reason = ("Den sparade nyckeln passar inte filen. Ange lösenfrasen "
                          "(om den inte heller fungerar är filen skadad).")
                continue
            if source == "passphrase" and ask_passphrase is not None:
                reason = "Fel lösenfras. Försök igen."
                if keyring_failed:
                    reason = ("Fel lösenfras – eller så är filen skadad, eftersom den sparade "
                              "nyckeln inte heller fungerade.")
                continue
            if source == "key":
                raise WrongPassphraseError(path, QT_TRANSLATE_NOOP(
                    "Messages",
                    "Nyckeln passar inte filen.")) from None
            raise
        except BaseException:
            engine.dispose()
            raise

    assert engine is not None
    try:
        revision = _check_schema(engine, path)
        migrated_from = backup = None
        if revision != schema.head_revision() and migrate:  # verify opens without migrating
            engine.dispose()
            backup = backup_before_migration(path, revision)
            _migrate(engine)
            migrated_from, revision = revision, schema.head_revision()
    except BaseException:
        engine.dispose()
        raise

    tf = TeamFile(
        path=path,
        file_id=file_id,
        engine=engine,
        key_source=source,
        schema_revision=revision,
        actor=actor,
        migrated_from=migrated_from,
        backup_path=backup,
        _key=raw,
        _sessions=sessionmaker(bind=engine, expire_on_commit=False, info={"actor": actor}),
    )
    if record_open:
        from .. import audit
        from ..models import AuditAction

        with tf.session() as s, s.begin():
            if migrated_from:
                audit.record(s, AuditAction.MIGRATED, entity="team_file",
                             detail=f"schema {migrated_from} → {revision}")
            audit.record(s, AuditAction.OPENED, entity="team_file")
    return tf


def _damaged_by_key_msg() -> str:
    return ("Filen kan inte läsas med den nyckel som är sparad på den här datorn. Den är "
            "troligen skadad; återställ den från en säkerhetskopia.")


def _check_readable(engine: Engine, path: Path) -> None:
    """Read page 1 (where a wrong key shows) and check the file is a STAR team file."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
    except exc.DBAPIError as e:
        if _is_notadb(e):
            raise WrongPassphraseError(
                path, QT_TRANSLATE_NOOP(
                    "Messages",
                    "Fel lösenfras – eller så är filen skadad eller inte en teamfil.")
            ) from None
        raise DamagedFileError(path, f"Filen är skadad och kan inte läsas ({e.orig}).") from None
    if app_id != APPLICATION_ID:
        raise NotATeamFileError(path, QT_TRANSLATE_NOOP(
            "Messages",
            "Filen är en krypterad databas men inte en STAR-teamfil."))


def _check_schema(engine: Engine, path: Path) -> str:
    """Check every page's HMAC and return the file's schema revision; refuse a newer file."""
    try:
        with engine.connect() as conn:
            bad = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            if bad:
                raise DamagedFileError(
                    path,
                    f"Filen är skadad: {len(bad)} sidor klarar inte krypteringens kontroll. "
                    "Återställ den från en säkerhetskopia.",
                )
            revision = schema.current_revision(conn)
    except exc.DBAPIError as e:
        raise DamagedFileError(path, f"Filen är skadad och kan inte läsas ({e.orig}).") from None
    if revision is None:
        raise NotATeamFileError(path, QT_TRANSLATE_NOOP(
            "Messages",
            "Filen saknar schemaversion och är inte en teamfil."))
    if revision not in schema.known_revisions():
        raise TooNewError(
            path,
            f"Filen är sparad av en nyare version av STAR Desktop (schema {revision}). "
            "Uppdatera programmet för att öppna den.",
        )
    return revision


def backup_before_migration(path: Path, revision: str) -> Path:
    """Copy the (already encrypted) file aside before Alembic touches it.

    SQLite DDL under Alembic is not transactional, so the copy is the way back.
    """
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.stem}.före-uppgradering-{revision}-{stamp}{path.suffix}")
    shutil.copy2(path, target)
    return target


def _migrate(engine: Engine) -> None:
    """Upgrade to head in one SQLite transaction: all of it, or (on any failure) none of it."""
    path = engine.url.database or ""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")  # batch mode re-creates tables
        conn.commit()  # end the autobegun transaction, or conn.begin() below raises
        dbapi_conn = conn.connection.driver_connection
        legacy = dbapi_conn.isolation_level
        # The driver on its own opens a transaction only before INSERT/UPDATE/DELETE, so the DDL
        # of a failed upgrade would stay behind; take over and BEGIN before the first statement.
        dbapi_conn.isolation_level = None
        try:
            with conn.begin():
                conn.exec_driver_sql("BEGIN")
                schema.upgrade(conn)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise DamagedFileError(path, "Uppgraderingen misslyckades: filen har "
                                           f"{len(problems)} trasiga hänvisningar.")
        except exc.DBAPIError as e:
            raise TeamFileError(path, f"Uppgraderingen misslyckades ({e.orig}).") from None
        finally:
            dbapi_conn.isolation_level = legacy
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        conn.commit()


# --- verify ------------------------------------------------------------------------------------


@dataclass
class VerifyReport:
    path: Path
    key_source: str
    schema_revision: str
    head_revision: str
    integrity: list[str]
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.schema_revision in schema.known_revisions()

    def lines(self) -> list[str]:
        if self.schema_revision == self.head_revision:
            ver = f"{self.schema_revision} (aktuell)"
        else:
            ver = (f"{self.schema_revision} (äldre än {self.head_revision}; "
                   "uppgraderas när filen öppnas)")
        source = {"keyring": "nyckelringen", "passphrase": "lösenfrasen", "key": "given nyckel"}
        out = [
            f"Fil: {self.path}",
            f"Nyckel: rätt (från {source.get(self.key_source, self.key_source)})",
            f"Schemaversion: {ver}",
            "Kryptering (sidornas HMAC): ok",
            "Integritetskontroll: " + ("ok" if self.integrity == ["ok"] else "FEL"),
        ]
        out += [f"  {line}" for line in self.integrity if line != "ok"]
        out.append("Innehåll: " + ", ".join(f"{v} {k}" for k, v in self.counts.items()))
        return out


def verify_team_file(
    path: Path | str,
    *,
    keystore: KeyStore | None = None,
    ask_passphrase: AskPassphrase | None = None,
    key: bytes | None = None,
) -> VerifyReport:
    """Check key, schema version and integrity without changing anything in the file."""
    tf = open_team_file(path, actor="", keystore=keystore, ask_passphrase=ask_passphrase,
                        key=key, migrate=False, record_open=False)
    try:
        with tf.connect() as conn:
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            counts = {}
            for label, table in (("ärenden", "case"), ("deltagare", "participant"),
                                 ("ledamöter", "member"), ("möten", "meeting")):
                try:
                    counts[label] = conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
                except exc.DBAPIError:
                    counts[label] = -1
        return VerifyReport(Path(path), tf.key_source, tf.schema_revision,
                            schema.head_revision(), integrity, counts)
    finally:
        tf.close()
