"""Arkiv → Återställ från säkerhetskopia…: which backup, which file, a clear question, then the
restore, with the current file kept as a copy.

Everything is checked (``storage.restore.check_restore``) before the coordinator is asked and
before the open file is closed, so a refused backup — another team's, a damaged one, one from a
newer version — is explained while the open file stays open and untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..storage.backup import BackupError
from ..storage.errors import PassphraseCancelled
from ..storage.keys import KeyStore
from ..storage.restore import RestorePlan, apply_restore, check_restore, identity_of
from ..storage.teamfile import FILE_SUFFIX, TeamFile
from .common import message_text

#: The main window's passphrase prompt: (path, reason) → (passphrase, remember) or None.
PassphrasePrompt = Callable[[Path, str | None], tuple[str, bool] | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def _choose_backup(parent: QWidget | None, start: Path) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, _tr("Välj säkerhetskopia"), str(start),
        _tr("Säkerhetskopior (*.star);;Alla filer (*)"))
    return Path(chosen) if chosen else None


def _choose_target(parent: QWidget | None, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, _tr("Återställ till teamfilen"), str(suggested), _tr("Teamfiler (*.star)"),
        options=QFileDialog.Option.DontConfirmOverwrite)  # we ask ourselves, saying what is kept
    if not chosen:
        return None
    return Path(chosen if chosen.endswith(FILE_SUFFIX) else chosen + FILE_SUFFIX)


def _confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(_tr("Återställ"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def _error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def _info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


@dataclass
class RestorePrompts:
    """The questions the restore asks; a test gives its own answers."""

    choose_backup: Callable[[QWidget | None, Path], Path | None] = field(
        default=_choose_backup)
    choose_target: Callable[[QWidget | None, Path], Path | None] = field(
        default=_choose_target)
    confirm: Callable[[QWidget | None, str, str], bool] = field(default=_confirm)
    error: Callable[[QWidget | None, str, str], None] = field(default=_error)
    info: Callable[[QWidget | None, str, str], None] = field(default=_info)


def question_text(plan: RestorePlan) -> str:
    """What the coordinator is asked before anything changes."""
    made = _made(plan.backup)
    count = _tr("1 ärende") if plan.cases == 1 else _tr("{n} ärenden").format(n=plan.cases)
    what = (_tr("Säkerhetskopian från {made} ({count})").format(made=made, count=count) if made
            else _tr("Säkerhetskopian ({count})").format(count=count))
    head = _tr("{what}:\n{name}").format(what=what, name=plan.backup.name)
    if plan.aside is None:
        return _tr("{head}\n\nåterställs till en ny fil:\n{target}").format(
            head=head, target=plan.target)
    text = _tr("{head}\n\nersätter {target}.\n\nNuvarande fil sparas som\n{aside}\ni samma "
               "mapp, så inget går förlorat.").format(head=head, target=plan.target.name,
                                                      aside=plan.aside.name)
    if plan.target_team is None:
        text += "\n\n" + _tr("Den nuvarande filen kan inte läsas med säkerhetskopians "
                             "lösenfras (den kan vara skadad, eller så har lösenfrasen bytts "
                             "sedan kopian gjordes).")
    text += "\n\n" + _tr("Gallringar och återkallade samtycken som gjorts efter att kopian "
                         "togs kommer tillbaka med den: förhandsgranska och gallra igen under "
                         "Inställningar → Gallring, och gör om sådana återkallelser.")
    return text


def restore_interactively(parent: QWidget | None, keystore: KeyStore,
                          prompt_passphrase: PassphrasePrompt, *, actor: str,
                          current: TeamFile | None = None,
                          close_current: Callable[[], None] | None = None,
                          backup: Path | None = None, target: Path | None = None,
                          start_folder: Path | None = None,
                          prompts: RestorePrompts | None = None) -> Path | None:
    """Restore a backup, asking what is needed; returns the path the window should open now.

    ``current`` is the open file (the default target); when the target is the open file,
    ``close_current`` is called after every check and the coordinator's yes, right before the
    file is replaced. Returns the restored file's path, or None when nothing was closed or
    changed (cancelled or refused). If the restore fails after the file was closed, the
    untouched file is at the same path, so that path is returned as well, for reopening.
    """
    p = prompts or RestorePrompts()
    title = _tr("Återställ från säkerhetskopia")
    if backup is None:
        start = start_folder or (current.path.parent if current is not None else Path.home())
        backup = p.choose_backup(parent, start)
        if backup is None:
            return None
    if target is None:
        if current is not None:
            target = current.path
        else:
            target = p.choose_target(parent, backup.with_name(_team_file_name(backup)))
            if target is None:
                return None
    is_current = current is not None and current.is_open and _same(target, current.path)
    expected = identity_of(current) if is_current and current is not None else None

    def ask(path: Path, reason: str | None) -> str | None:
        answer = prompt_passphrase(path, reason)
        return answer[0] if answer else None

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        plan = check_restore(backup, target, keystore=keystore, ask_passphrase=_uncursored(ask),
                             expected_team=expected)
    except PassphraseCancelled:
        return None
    except BackupError as e:
        p.error(parent, title, message_text(e.message))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if not p.confirm(parent, title, question_text(plan)):
        return None
    if is_current and close_current is not None:
        close_current()
    try:
        result = apply_restore(plan, actor=actor, overwrite=True, keystore=keystore)
    except BackupError as e:
        p.error(parent, title, message_text(e.message) + "\n\n" + _tr("Filen är oförändrad."))
        return target if is_current else None
    done = _tr("{target} är återställd från {backup}.").format(target=result.path.name,
                                                               backup=result.backup.name)
    if result.aside is not None:
        done += " " + _tr("Den tidigare filen finns kvar som {aside}.").format(
            aside=result.aside.name)
    p.info(parent, title, done)
    return result.path


def _uncursored(ask: Callable[[Path, str | None], str | None]
                ) -> Callable[[Path, str | None], str | None]:
    """The passphrase dialog without the wait cursor over it."""

    def wrapped(path: Path, reason: str | None) -> str | None:
        QGuiApplication.restoreOverrideCursor()
        try:
            return ask(path, reason)
        finally:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    return wrapped


def _team_file_name(backup: Path) -> str:
    """"Bräcke STAR.backup-20260314T092653.star" → "Bräcke STAR.star"."""
    stem = backup.name.split(".backup-")[0] if ".backup-" in backup.name else backup.stem
    return stem + FILE_SUFFIX


def _made(backup: Path) -> str:
    import datetime as dt

    if ".backup-" not in backup.name:
        return ""
    stamp = backup.name.split(".backup-")[1][:15]
    try:
        return dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S").strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return ""


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b
