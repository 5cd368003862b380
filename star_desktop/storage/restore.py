"""Restoring a team file from a backup: every check first, then one rename.

``check_restore`` opens the backup without changing it (STAR file, key from the keyring or the
passphrase, every page's HMAC, integrity, a schema this version knows) and, when the target
exists, finds out which team the target is (by the open file's identity, a key that fits, or
the shared salt) and refuses another team's backup. ``apply_restore`` then copies the backup
under a temporary name beside the target, checks the copy, keeps the current target as
``<name>.före-återställning-YYYYMMDDTHHMMSS.star`` and renames the copy into place. A refusal
at any step leaves the target and the backup exactly as they were.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from .. import audit
from ..models import AuditAction
from .backup import (
    STAMP_FORMAT,
    BackupError,
    TargetExistsError,
    TeamIdentity,
    WrongTeamError,
    check_readable_copy,
    file_id_of,
    fsync_dir,
    fsync_file,
    os_message,
    read_identity,
)
from .errors import PassphraseCancelled, TeamFileError, WrongPassphraseError
from .keys import KeyStore
from .teamfile import TeamFile, open_team_file, read_salt

ASIDE_INFIX = ".före-återställning-"

#: Asked for the passphrase of ``path`` (the backup or the target); gets the reason for asking
#: again (None the first time) and returns the passphrase, or None when the coordinator cancels.
AskFilePassphrase = Callable[[Path, str | None], str | None]


@dataclass
class RestorePlan:
    """What a checked restore will do; ``apply_restore`` carries it out."""

    backup: Path
    target: Path
    backup_team: TeamIdentity
    target_team: TeamIdentity | None  # None: no target yet, or the target cannot be read
    aside: Path | None  # where the current target is kept; None when there is none
    schema_revision: str
    cases: int
    key_source: str
    _key: bytes = field(default=b"", repr=False)
    _target_state: tuple[int, int] | None = field(default=None, repr=False)

    @property
    def key(self) -> bytes:
        """The backup's raw key (it opens the restored file); never shown or stored."""
        return self._key


@dataclass
class RestoreResult:
    path: Path
    aside: Path | None
    backup: Path
    keyring_updated: bool
    _key: bytes = field(default=b"", repr=False)

    @property
    def key(self) -> bytes:
        return self._key


def check_restore(backup: Path | str, target: Path | str, *, keystore: KeyStore | None,
                  ask_passphrase: AskFilePassphrase | None,
                  expected_team: TeamIdentity | None = None,
                  now: dt.datetime | None = None) -> RestorePlan:
    """Check that ``backup`` may replace (or become) ``target``; change nothing.

    ``expected_team`` is the identity of the target when the caller has it open (the main
    window), so its passphrase is not asked for again. PassphraseCancelled propagates.
    """
    backup, target = Path(backup), Path(target)
    if target.exists() and backup.resolve() == target.resolve():
        raise BackupError("Säkerhetskopian och filen som ska återställas är samma fil.")
    opened = _open(backup, keystore, ask_passphrase, what="Säkerhetskopian")
    try:
        with opened.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            raise BackupError(f"Säkerhetskopian {backup.name} är skadad (integritetskontrollen "
                              "hittade fel) och kan inte återställas.", path=backup, exit_code=6)
        with opened.session() as s:
            backup_team = read_identity(s, opened.file_id)
            cases = s.execute(text('SELECT count(*) FROM "case"')).scalar() or 0
        plan = RestorePlan(backup, target, backup_team, None, None, opened.schema_revision,
                           cases, opened.key_source, key_of_open(opened))
    finally:
        opened.close()

    if not target.exists():
        if not target.parent.is_dir():
            raise BackupError(f"Mappen finns inte: {target.parent}", path=target, exit_code=3)
        return plan
    if target.is_dir():
        raise BackupError(f"{target} är en mapp, inte en teamfil.", path=target, exit_code=4)
    plan.target_team = expected_team or _target_identity(target, plan, keystore,
                                                         ask_passphrase)
    if plan.target_team is not None and not backup_team.same_team(plan.target_team):
        raise WrongTeamError(
            f"Säkerhetskopian är av ett annat team ({backup_team.name or 'okänt namn'}) än "
            f"{target.name} ({plan.target_team.name or 'okänt namn'}). Inget ändrades.",
            path=backup)
    plan.aside = aside_name(target, now or dt.datetime.now())
    plan._target_state = _state(target)
    return plan


def apply_restore(plan: RestorePlan, *, actor: str, overwrite: bool = False,
                  keystore: KeyStore | None = None) -> RestoreResult:
    """Put the checked backup in place; the current target (if any) is kept as ``plan.aside``.

    The restored file records the restore in its own log (and is upgraded first if the backup
    is from an older version). With a remembered key for the file that does not fit the backup
    (a passphrase changed since), the keyring gets the backup's key, so the restored file opens
    here as before.
    """
    target = plan.target
    exists = target.exists()
    expected = plan.aside is not None  # the check found a file there
    if exists != expected or (exists and _state(target) != plan._target_state):
        raise BackupError(f"{target.name} har ändrats sedan kontrollen; försök igen.",
                          path=target)
    if exists and not overwrite:
        raise TargetExistsError(
            f"Filen {target.name} finns redan. Bekräfta att den ska ersättas; den nuvarande "
            f"sparas då som {plan.aside.name if plan.aside else ''}.", path=target)
    folder = target.parent
    tmp = folder / f".{target.name}.{os.getpid()}.återställs"
    journal = target.with_name(target.name + "-journal")
    aside_made = False
    moved_journal: Path | None = None
    try:
        shutil.copyfile(plan.backup, tmp)
        fsync_file(tmp)
        if reason := check_readable_copy(tmp, plan.key):
            raise BackupError(f"Kopian av säkerhetskopian klarade inte kontrollen ({reason}); "
                              "inget ändrades.", path=tmp, exit_code=6)
        if plan.aside is not None:
            shutil.copy2(target, plan.aside)
            aside_made = True
            fsync_file(plan.aside)
            if journal.exists():  # a hot journal belongs to the current file, not the backup
                moved_journal = plan.aside.with_name(plan.aside.name + "-journal")
                os.replace(journal, moved_journal)
        os.replace(tmp, target)
    except BaseException as e:
        tmp.unlink(missing_ok=True)
        if moved_journal is not None and not journal.exists():
            os.replace(moved_journal, journal)
        if aside_made and plan.aside is not None:
            plan.aside.unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise BackupError(os_message(e, folder), path=target) from None
        raise
    fsync_dir(folder)
    _record_restore(plan, actor)
    updated = False
    file_id = plan.backup_team.file_id
    if keystore is not None:
        stored = keystore.get(file_id)
        if stored is not None and stored != plan.key:
            updated = keystore.put(file_id, plan.key)
    return RestoreResult(target, plan.aside, plan.backup, updated, plan.key)


def restore_backup(backup: Path | str, target: Path | str, *, keystore: KeyStore | None,
                   ask_passphrase: AskFilePassphrase | None,
                   actor: str, expected_team: TeamIdentity | None = None,
                   overwrite: bool = False, now: dt.datetime | None = None) -> RestoreResult:
    """Check, then restore; an existing target is replaced only with ``overwrite``."""
    plan = check_restore(backup, target, keystore=keystore, ask_passphrase=ask_passphrase,
                         expected_team=expected_team, now=now)
    if plan.aside is not None and not overwrite:
        raise TargetExistsError(
            f"Filen {plan.target.name} finns redan. Bekräfta att den ska ersättas; den "
            f"nuvarande sparas då som {plan.aside.name}.", path=plan.target)
    return apply_restore(plan, actor=actor, overwrite=overwrite, keystore=keystore)


def identity_of(tf: TeamFile) -> TeamIdentity:
    """The identity of an open team file (pass it as ``expected_team``)."""
    with tf.session() as s:
        return read_identity(s, tf.file_id)


def aside_name(target: Path, when: dt.datetime) -> Path:
    """``<stem>.före-återställning-YYYYMMDDTHHMMSS.star`` beside the target, never taken."""
    stamp = when.strftime(STAMP_FORMAT)
    candidate = target.with_name(f"{target.stem}{ASIDE_INFIX}{stamp}{target.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = target.with_name(f"{target.stem}{ASIDE_INFIX}{stamp}-{n}{target.suffix}")
    return candidate


def key_of_open(tf: TeamFile) -> bytes:
    from .backup import key_of

    return key_of(tf)


# --- helpers -----------------------------------------------------------------------------------


def _record_restore(plan: RestorePlan, actor: str) -> None:
    """The restore in the restored file's log; opening it upgrades an older backup first."""
    try:
        tf = open_team_file(plan.target, actor=actor, key=plan.key, record_open=False)
    except TeamFileError as e:
        kept = f" Den tidigare filen finns kvar som {plan.aside.name}." if plan.aside else ""
        raise BackupError(f"Säkerhetskopian lades på plats men kunde inte öppnas: "
                          f"{e.message}{kept}", path=plan.target,
                          exit_code=e.exit_code) from None
    try:
        with tf.session() as s, s.begin():
            audit.record(s, AuditAction.CHANGED, entity="team_file",
                         detail=f"återställd från säkerhetskopia {plan.backup.name}")
    finally:
        tf.close()


def _state(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def _open(path: Path, keystore: KeyStore | None, ask: AskFilePassphrase | None, *,
          what: str) -> TeamFile:
    try:
        return open_team_file(path, actor="", keystore=keystore,
                              ask_passphrase=(lambda r: ask(path, r)) if ask else None,
                              migrate=False, record_open=False)
    except PassphraseCancelled:
        raise
    except TeamFileError as e:
        raise BackupError(f"{what} {path.name} kan inte användas: {e.message}", path=path,
                          exit_code=e.exit_code) from None


def _target_identity(target: Path, plan: RestorePlan, keystore: KeyStore | None,
                     ask: AskFilePassphrase | None) -> TeamIdentity | None:
    """Which team the existing target is: read with a key that fits, else judged by its salt.

    None means it cannot be read (damaged, or rekeyed since the backup) but has the backup's
    salt, so it is a copy of the same file. Anything else unreadable is asked for its
    passphrase; without it the restore is refused.
    """
    try:
        read_salt(target)
    except TeamFileError as e:
        if file_id_of(target) == plan.backup_team.file_id:
            return None  # damaged (e.g. truncated), but this file's: restoring is the cure
        raise BackupError(f"{target.name} är inte en teamfil som kan ersättas: {e.message} "
                          "Välj ett annat filnamn.", path=target, exit_code=e.exit_code) from None
    target_id = file_id_of(target)
    keys = [k for k in (keystore.get(target_id) if keystore and target_id else None, plan.key)
            if k is not None]
    for key in keys:
        try:
            tf = open_team_file(target, actor="", key=key, migrate=False, record_open=False)
        except WrongPassphraseError:
            continue
        except TeamFileError as e:
            if target_id == plan.backup_team.file_id:
                return None
            raise BackupError(f"{target.name} kan inte kontrolleras: {e.message}",
                              path=target, exit_code=e.exit_code) from None
        try:
            return identity_of(tf)
        finally:
            tf.close()
    if target_id == plan.backup_team.file_id:
        return None
    if ask is None:
        raise BackupError(
            f"{target.name} går inte att öppna med säkerhetskopians lösenfras, så det går inte "
            "att kontrollera att den är samma team. Återställ till ett nytt filnamn, eller ange "
            "filens lösenfras.", path=target, exit_code=5)
    try:
        tf = _open(target, keystore, ask, what="Filen")
    except PassphraseCancelled:
        raise BackupError(
            f"Utan lösenfrasen till {target.name} går det inte att kontrollera att "
            "säkerhetskopian är samma team. Inget ändrades.", path=target, exit_code=8) from None
    try:
        return identity_of(tf)
    finally:
        tf.close()
