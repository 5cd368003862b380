"""Changing a team file's passphrase (rekey): afterwards only the new one opens the file.

The new key is derived from the new passphrase and the file's *own* salt, and handed to
SQLCipher as a raw key (``PRAGMA rekey = "x'<hex>'"``): SQLCipher re-encrypts every page in one
transaction and keeps the salt, so the file keeps its id (the keyring entry and the backups
stay recognisable) and still opens in any SQLCipher 4 tool with the new passphrase.
``PRAGMA rekey`` answers "ok" even when it could not take the write lock and changed nothing,
so the new key is proven on a fresh connection before anything else is told about it.

Backups made before the change are copies of the old file: they still need the old passphrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exc

from .. import audit
from ..models import AuditAction
from ..models.enums import QT_TRANSLATE_NOOP
from ..validation import Collector
from .errors import TeamFileError, WrongPassphraseError
from .keys import KeyStore, derive_key
from .passphrase import normalise, weakness
from .teamfile import TeamFile, open_team_file, read_salt

#: How long the rekey waits for another program's read to finish before it gives up (ms).
BUSY_TIMEOUT_MS = 2000


class RekeyError(Exception):
    """The passphrase could not be changed; the old one still opens the file."""

    exit_code = 12

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class RekeyResult:
    keyring_updated: bool  # the key was remembered on this computer and is now the new one


def check_new_passphrase(tf: TeamFile, old: str, new: str, repeat: str | None = None) -> bytes:
    """Check the three fields (FieldErrors per field: old, new, repeat); return the salt.

    The old passphrase is checked by deriving its key with the file's salt and comparing it
    with the key the file is open with, so a passphrase that is merely "accepted" is not enough.
    """
    c = Collector()
    salt = read_salt(tf.path)
    if not old:
        c.add("old", QT_TRANSLATE_NOOP("Messages", "Ange den nuvarande lösenfrasen."))
    elif not tf.matches_key(derive_key(old, salt)):
        c.add("old", QT_TRANSLATE_NOOP("Messages", "Den nuvarande lösenfrasen stämmer inte."))
    reason = weakness(new, avoid=_team_words(tf))
    if reason:
        c.add("new", reason)
    elif old and normalise(new) == normalise(old):
        c.add("new", QT_TRANSLATE_NOOP(
            "Messages",
            "Den nya lösenfrasen är densamma som den nuvarande; välj en annan."))
    if repeat is not None and "new" not in c.errors and repeat != new:
        c.add("repeat", QT_TRANSLATE_NOOP("Messages", "Lösenfraserna är inte lika."))
    c.raise_if_any()
    return salt


def change_passphrase(tf: TeamFile, old: str, new: str, repeat: str | None = None, *,
                      keystore: KeyStore | None) -> RekeyResult:
    """Re-encrypt the open file for ``new``; reconnect ``tf`` and update a remembered key.

    FieldErrors when a field is wrong (nothing changed); RekeyError when SQLCipher could not
    re-encrypt (nothing changed, the old passphrase still works).
    """
    salt = check_new_passphrase(tf, old, new, repeat)
    new_key = derive_key(new, salt)
    conn = tf.connect()
    try:
        conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # hex only, so the f-string cannot inject anything; no passphrase in SQL
        conn.exec_driver_sql(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    except exc.DBAPIError as e:
        raise RekeyError(f"Lösenfrasen kunde inte bytas ({e.orig}). Den nuvarande lösenfrasen "
                         "gäller fortfarande.") from None
    finally:
        # After a rekey that could not take the write lock the connection holds the new key
        # for a file still encrypted with the old one: it must never be used again.
        conn.invalidate()
        conn.close()
    if not _opens_with(tf, new_key):
        raise RekeyError(QT_TRANSLATE_NOOP(
            "Messages",
            "Lösenfrasen kunde inte bytas: filen används just nu av ett annat program eller kunde "
            "inte skrivas. Den nuvarande lösenfrasen gäller fortfarande."))
    tf.replace_key(new_key)
    updated = False
    if keystore is not None and keystore.get(tf.file_id) is not None:
        updated = keystore.put(tf.file_id, new_key)
    with tf.session() as s, s.begin():
        audit.record(s, AuditAction.CHANGED, entity="team_file", detail="lösenfras bytt")
    return RekeyResult(updated)


def _opens_with(tf: TeamFile, key: bytes) -> bool:
    """Whether a fresh connection reads the file, every page's HMAC included, with ``key``."""
    try:
        probe = open_team_file(tf.path, actor="", key=key, migrate=False, record_open=False)
    except WrongPassphraseError:
        return False
    except TeamFileError as e:
        raise RekeyError(f"Filen kunde inte kontrolleras efter bytet: {e.message}") from None
    probe.close()
    return True


def _team_words(tf: TeamFile) -> tuple[str, ...]:
    from ..team import service as team_service

    with tf.session() as s:
        team = team_service.get_team(s)
        return tuple(w for w in (team.name, team.municipality) if w)
