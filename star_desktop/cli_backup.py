"""`star-desktop backup`, `restore` and `passphrase`: the team file's safety commands.

Kept apart from cli.py (which parses their arguments and dispatches here) so that module stays
short; the secrets come the same way as for every command (keyring, STAR_PASSPHRASE,
--passphrase-file, a prompt), the new passphrase from STAR_NEW_PASSPHRASE,
--new-passphrase-file or a prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from .cli import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    CliError,
    _asker,
    _non_interactive_passphrase,
    _open_for_command,
)


def cmd_backup(args: argparse.Namespace) -> int:
    """A checked, encrypted copy of the team file in a folder; older ones beyond --keep go."""
    from . import team_settings
    from .storage.backup import BackupError, check_folder, make_backup

    if args.keep is not None and not (team_settings.BACKUP_KEEP.minimum <= args.keep
                                      <= team_settings.BACKUP_KEEP.maximum):
        raise CliError(f"--keep ska vara {team_settings.BACKUP_KEEP.minimum}–"
                       f"{team_settings.BACKUP_KEEP.maximum}.")
    if reason := check_folder(args.out):  # before the passphrase: a missing folder fails at once
        raise CliError(reason, 3)
    tf = _open_for_command(args)
    try:
        keep = args.keep
        if keep is None:
            with tf.session() as s:
                keep = team_settings.get_int(s, team_settings.BACKUP_KEEP)
        try:
            path = make_backup(tf, args.out, keep=keep)
        except BackupError as e:
            raise CliError(e.message, e.exit_code) from e
    finally:
        tf.close()
    print(f"Säkerhetskopia skriven till {path}")
    return 0


def _file_asker(args: argparse.Namespace):  # noqa: ANN202 - an AskFilePassphrase
    """One command-line asker per file (the backup, the file it replaces), named in prompts."""
    askers: dict[Path, object] = {}

    def ask(path: Path, reason: str | None) -> str | None:
        if path not in askers:
            askers[path] = _asker(args)
            if _non_interactive_passphrase(args) is None and sys.stdin.isatty():
                print(f"Lösenfras för {path.name}:", file=sys.stderr)
        return askers[path](reason)  # type: ignore[operator]

    return ask


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a team file from a backup; an existing file is kept as a copy beside it."""
    from . import preferences
    from .storage.backup import BackupError
    from .storage.errors import PassphraseCancelled
    from .storage.keys import KeyStore
    from .storage.restore import apply_restore, check_restore

    if not args.backup.is_file():
        raise CliError(f"Filen finns inte: {args.backup}", 3)
    keystore = KeyStore()
    try:
        plan = check_restore(args.backup, args.target, keystore=keystore,
                             ask_passphrase=_file_asker(args))
        if plan.aside is not None and not args.force:
            if not sys.stdin.isatty():
                raise CliError(f"Filen finns redan: {args.target} (använd --force för att "
                               f"ersätta den; den nuvarande sparas då som {plan.aside.name}).", 9)
            answer = input(f"Ersätta {args.target}? Den nuvarande sparas som "
                           f"{plan.aside.name}. [j/N] ")
            if answer.strip().lower() not in ("j", "ja"):
                print("Inget ändrades.")
                return 1
        result = apply_restore(plan, actor=preferences.load().actor, overwrite=True,
                               keystore=keystore)
    except PassphraseCancelled as e:
        raise CliError(e.message, e.exit_code) from e
    except BackupError as e:
        raise CliError(e.message, e.exit_code) from e
    print(f"Återställde {result.path} från {result.backup.name} ({plan.cases} ärenden).")
    if result.aside is not None:
        print(f"Den tidigare filen sparades som {result.aside}")
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    """Change a team file's passphrase; earlier backups keep needing the old one."""
    from . import preferences
    from .storage.errors import TeamFileError
    from .storage.keys import KeyStore, derive_key
    from .storage.rekey import RekeyError, change_passphrase
    from .storage.teamfile import open_team_file, read_salt
    from .validation import FieldErrors

    try:
        salt = read_salt(args.file)
    except TeamFileError as e:
        raise CliError(e.message, e.exit_code) from e
    given = _non_interactive_passphrase(args)
    if given is not None:
        old = given[0]
    elif sys.stdin.isatty():
        old = getpass.getpass("Nuvarande lösenfras: ")
    else:
        raise CliError(f"Ange den nuvarande lösenfrasen: sätt {ENV_PASSPHRASE}, ange "
                       "--passphrase-file eller kör i en terminal.", 5)
    new = repeat = _changed_passphrase(args)
    try:
        tf = open_team_file(args.file, actor=preferences.load().actor,
                            key=derive_key(old, salt), record_open=False)
    except TeamFileError as e:
        if e.exit_code == 5:
            raise CliError("Fel lösenfras – eller så är filen skadad.", 5) from e
        raise CliError(e.message, e.exit_code) from e
    try:
        result = change_passphrase(tf, old, new, repeat, keystore=KeyStore())
    except FieldErrors as e:
        for message in e.errors.values():
            print(f"star-desktop: {message}", file=sys.stderr)
        return 2
    except RekeyError as e:
        raise CliError(e.message, e.exit_code) from e
    finally:
        tf.close()
    print(f"Lösenfrasen för {args.file} är bytt.")
    if result.keyring_updated:
        print("Nyckeln i datorns nyckelring är uppdaterad.")
    print("Säkerhetskopior som gjorts tidigare öppnas bara med den gamla lösenfrasen; "
          "gör en ny säkerhetskopia.")
    return 0


def _changed_passphrase(args: argparse.Namespace) -> str:
    env = os.environ.get(ENV_NEW_PASSPHRASE)
    if env:
        return env
    pf: Path | None = args.new_passphrase_file
    if pf is not None:
        try:
            return pf.read_text(encoding="utf-8-sig").rstrip("\r\n")
        except OSError as e:
            raise CliError(f"Lösenfrasfilen kan inte läsas: {pf} ({e.strerror or e})") from e
        except UnicodeDecodeError as e:
            raise CliError(f"Lösenfrasfilen är inte sparad som UTF-8: {pf}") from e
    if sys.stdin.isatty():
        first = getpass.getpass("Ny lösenfras: ")
        if first != getpass.getpass("Upprepa den nya lösenfrasen: "):
            raise CliError("Lösenfraserna är inte lika.")
        return first
    raise CliError(f"Ange den nya lösenfrasen: sätt {ENV_NEW_PASSPHRASE}, ange "
                   "--new-passphrase-file eller kör i en terminal.")
