"""Encrypted backups of an open team file, kept rolling in a folder the coordinator chooses.

A backup is SQLite's ``VACUUM INTO`` run on a connection of the open file: SQLite reads the
file inside one read transaction, so the copy is a consistent snapshot even while the app
writes, and SQLCipher writes it encrypted with the same key *and the same salt* (checked on
every copy), so it opens with the team's passphrase and has the file's id. A plain byte copy
under a read lock would be consistent too, but on POSIX closing our own descriptor of the file
drops SQLite's locks on it, so SQLite does the reading here.

The copy is written under a hidden temporary name in the target folder, flushed to disk,
checked (key, every page's HMAC, ``quick_check``, schema) and only then renamed to
``<name>.backup-YYYYMMDDTHHMMSS.star``; then this team's backups beyond the newest N are
removed. A file is this team's backup when its name has that form *and* its first 16 bytes
(the salt, readable without a key) are the team file's. Nothing else in the folder is touched.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc, text
from sqlalchemy.orm import Session

from .. import audit, team_settings
from ..models import AuditAction, Setting
from .keys import SALT_BYTES, file_id_from_salt
from .teamfile import FILE_SUFFIX, TeamFile, open_team_file

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%dT%H%M%S"
BACKUP_INFIX = ".backup-"
#: The Setting that names the team across copies, rekeys and restores (made when missing).
TEAM_UID_KEY = "team.uid"
_BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)\.backup-(?P<stamp>\d{8}T\d{6})(?:-(?P<n>\d+))?" + re.escape(FILE_SUFFIX) + "$")


class BackupError(Exception):
    """A backup or a restore could not be made; ``message`` says why, in Swedish."""

    exit_code = 12

    def __init__(self, message: str, *, path: Path | None = None,
                 exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        if exit_code is not None:
            self.exit_code = exit_code


class WrongTeamError(BackupError):
    """The backup is another team's than the file it would replace."""

    exit_code = 13


class TargetExistsError(BackupError):
    """The restore would replace an existing file and was not allowed to."""

    exit_code = 9


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    size: int


@dataclass(frozen=True)
class TeamIdentity:
    """What says which team a file is: its uid setting (if any), its file id and its name."""

    uid: str | None
    file_id: str
    name: str

    def same_team(self, other: TeamIdentity) -> bool:
        """Copies of one file share the salt (file id); files with a uid must agree on it."""
        if self.file_id == other.file_id:
            return True
        return self.uid is not None and self.uid == other.uid


# --- identity ----------------------------------------------------------------------------------


def read_identity(session: Session, file_id: str) -> TeamIdentity:
    """The identity of an open file; Core reads, so an older schema is fine too."""
    try:
        uid = session.execute(text("SELECT value FROM setting WHERE key = :k"),
                              {"k": TEAM_UID_KEY}).scalar()
        name = session.execute(text("SELECT name FROM team ORDER BY id LIMIT 1")).scalar()
    except exc.DBAPIError:
        uid = name = None
    return TeamIdentity(uid or None, file_id, name or "")


def ensure_team_uid(session: Session) -> str:
    """The team's uid, made (and audited) the first time; every later backup carries it."""
    row = session.get(Setting, TEAM_UID_KEY)
    if row is not None and row.value:
        return row.value
    value = str(uuid.uuid4())
    if row is None:
        session.add(Setting(key=TEAM_UID_KEY, value=value))
    else:
        row.value = value
    audit.record(session, AuditAction.CHANGED, entity="setting", detail=TEAM_UID_KEY)
    return value


def file_id_of(path: Path) -> str | None:
    """A file's id from its first 16 bytes (no key needed), or None if it cannot be read."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(SALT_BYTES)
    except OSError:
        return None
    return file_id_from_salt(head) if len(head) == SALT_BYTES else None


# --- naming and listing ------------------------------------------------------------------------


def backup_name(stem: str, when: dt.datetime, n: int = 0) -> str:
    """``<stem>.backup-YYYYMMDDTHHMMSS.star`` (``-n`` added for a second one in that second)."""
    return f"{stem}{BACKUP_INFIX}{when.strftime(STAMP_FORMAT)}{f'-{n}' if n else ''}{FILE_SUFFIX}"


def list_backups(folder: Path | str, team: TeamFile | str) -> list[BackupInfo]:
    """This team's backups in ``folder``, newest first (team: an open file or its file id)."""
    file_id = team.file_id if isinstance(team, TeamFile) else team
    folder = Path(folder)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found: list[tuple[tuple[str, int], BackupInfo]] = []
    for p in entries:
        m = _BACKUP_NAME.match(p.name)
        if m is None or not p.is_file() or file_id_of(p) != file_id:
            continue
        made = dt.datetime.strptime(m["stamp"], STAMP_FORMAT)
        try:
            size = p.stat().st_size
        except OSError:
            continue
        found.append(((m["stamp"], int(m["n"] or 0)), BackupInfo(p, made, size)))
    found.sort(key=lambda item: item[0], reverse=True)
    return [info for _key, info in found]


def prune_backups(folder: Path | str, team: TeamFile | str, keep: int) -> list[Path]:
    """Remove this team's backups beyond the newest ``keep``; returns what was removed."""
    removed = []
    for info in list_backups(folder, team)[max(keep, 1):]:
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError:
            log.info("could not remove an old backup", exc_info=True)
    return removed


# --- making a backup ---------------------------------------------------------------------------


def check_folder(folder: Path | str) -> str | None:
    """Why backups cannot go to ``folder`` (Swedish, for the field), or None when they can."""
    folder = Path(folder)
    if not str(folder).strip() or str(folder) == ".":
        return "Välj en mapp för säkerhetskopiorna."
    if not folder.exists():
        return (f"Mappen finns inte eller nås inte: {folder}. Om den ligger på en "
                "nätverksenhet, kontrollera att datorn är ansluten.")
    if not folder.is_dir():
        return f"{folder} är en fil, inte en mapp."
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"Programmet får inte skriva i mappen {folder}."
    return None


def make_backup(tf: TeamFile, folder: Path | str, *, keep: int,
                now: dt.datetime | None = None, automatic: bool = False) -> Path:
    """Write a checked, encrypted backup of the open file to ``folder``; keep the newest ``keep``.

    Raises BackupError with a Swedish message (folder missing, no permission, disk full, a
    failed check); then no new file is left in the folder and no old backup is removed.
    """
    folder = Path(folder)
    if reason := check_folder(folder):
        raise BackupError(reason, path=folder, exit_code=3)
    lo, hi = team_settings.BACKUP_KEEP.minimum, team_settings.BACKUP_KEEP.maximum
    if not lo <= keep <= hi:
        raise BackupError(f"Antal säkerhetskopior att behålla ska vara {lo}–{hi}.", exit_code=2)
    needed = tf.path.stat().st_size
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = None
    if free is not None and free < needed + 1_048_576:
        raise BackupError(
            f"Det finns inte plats för säkerhetskopian i {folder}: den behöver cirka "
            f"{_mb(needed)} och det finns {_mb(free)} ledigt.", path=folder)

    with tf.session() as s, s.begin():
        ensure_team_uid(s)  # before the copy, so the backup carries it too
    when = (now or dt.datetime.now()).replace(microsecond=0)
    n = 0
    while (target := folder / backup_name(tf.path.stem, when, n)).exists():
        n += 1
    tmp = folder / f".{target.name}.{os.getpid()}.tmp"
    try:
        _vacuum_into(tf, tmp)
        fsync_file(tmp)
        _check_copy(tf, tmp)
        os.replace(tmp, target)
    except BaseException as e:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise BackupError(os_message(e, folder), path=folder) from None
        raise
    fsync_dir(folder)
    prune_backups(folder, tf, keep)
    with tf.session() as s, s.begin():
        audit.record(s, AuditAction.EXPORTED, entity="backup",
                     detail=f"säkerhetskopia ({'automatisk' if automatic else 'manuell'}): "
                            f"{target.name}")
    return target


def automatic_backup(tf: TeamFile, *, now: dt.datetime | None = None,
                     min_interval: dt.timedelta | None = None) -> Path | None:
    """A backup to the team's backup folder; None when no folder is set (backups are off) or
    the newest backup there is younger than ``min_interval``. Raises BackupError if it fails."""
    with tf.session() as s:
        folder = team_settings.get_text(s, team_settings.BACKUP_FOLDER).strip()
        keep = team_settings.get_int(s, team_settings.BACKUP_KEEP)
    if not folder:
        return None
    when = now or dt.datetime.now()
    if min_interval is not None:
        existing = list_backups(folder, tf)
        if existing and when - existing[0].made_at < min_interval:
            return None
    return make_backup(tf, folder, keep=keep, now=when, automatic=True)


def backup_settings(tf: TeamFile) -> tuple[str, int]:
    """(the backup folder, or "" when automatic backups are off; how many to keep)."""
    with tf.session() as s:
        return (team_settings.get_text(s, team_settings.BACKUP_FOLDER),
                team_settings.get_int(s, team_settings.BACKUP_KEEP))


def _vacuum_into(tf: TeamFile, tmp: Path) -> None:
    try:
        with tf.connect() as conn:
            conn.exec_driver_sql("VACUUM INTO ?", (str(tmp),))
    except exc.DBAPIError as e:
        raise BackupError(_sql_message(str(e.orig), tmp.parent), path=tmp.parent) from None


def _check_copy(tf: TeamFile, copy: Path) -> None:
    """The copy has the file's salt, opens with its key and passes every check."""
    if file_id_of(copy) != tf.file_id:
        raise BackupError("Säkerhetskopian fick inte samma kryptering som teamfilen; den "
                          "sparades inte.", path=copy.parent)
    reason = check_readable_copy(copy, key_of(tf))
    if reason:
        raise BackupError(f"Säkerhetskopian klarade inte kontrollen ({reason}); den sparades "
                          "inte.", path=copy.parent, exit_code=6)


def check_readable_copy(path: Path, key: bytes) -> str | None:
    """Open with the key without changing anything and run SQLite's quick check."""
    from .errors import TeamFileError

    try:
        copy = open_team_file(path, actor="", key=key, migrate=False, record_open=False)
    except TeamFileError as e:
        return e.message
    try:
        with copy.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except exc.DBAPIError as e:
        return f"kan inte läsas: {e.orig}"
    finally:
        copy.close()
    return None if rows == ["ok"] else "integritetskontrollen hittade fel"


def key_of(tf: TeamFile) -> bytes:
    """The open file's raw key. TeamFile keeps it private; a copy is checked with it here and
    nowhere else (it is never stored or shown)."""
    key = tf._key  # noqa: SLF001 - see docstring
    if not key:
        from .errors import TeamFileError

        raise TeamFileError(tf.path, "Teamfilen är stängd.")
    return key


def fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:  # Windows flushes only a file opened for writing
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable on POSIX; Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        log.info("directory fsync not supported", exc_info=True)
    finally:
        os.close(fd)


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB".replace(".", ",")


def _sql_message(message: str, folder: Path) -> str:
    m = message.lower()
    if "full" in m:
        return f"Disken är full: säkerhetskopian får inte plats i {folder}."
    if "unable to open" in m or "readonly" in m or "read-only" in m:
        return (f"Säkerhetskopian kan inte skapas i {folder}: mappen går inte att skriva i "
                "eller nätverksenheten är inte ansluten.")
    if "locked" in m or "busy" in m:
        return "Teamfilen används just nu av ett annat program; försök igen om en stund."
    if "i/o" in m:
        return (f"Säkerhetskopian kunde inte skrivas till {folder} (skrivfel på disken eller "
                "nätverket). Ingen ny kopia sparades.")
    return f"Säkerhetskopian kunde inte skapas ({message})."


def os_message(e: OSError, folder: Path) -> str:
    if e.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
        return f"Disken är full: säkerhetskopian får inte plats i {folder}."
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Programmet får inte skriva i mappen {folder}."
    if e.errno in (errno.ENOENT, errno.ENOTDIR):
        return (f"Mappen finns inte eller nås inte längre: {folder}. Om den ligger på en "
                "nätverksenhet, kontrollera att datorn är ansluten.")
    return f"Säkerhetskopian kunde inte skrivas till {folder} ({e.strerror or e})."
