"""Byt lösenfras: the current passphrase, the new one twice, each message next to its field.

After the change the file opens only with the new passphrase; backups made before still need
the old one, so the dialog says so and makes a fresh backup when the team has a backup folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from .. import team_settings as ts
from ..storage.backup import BackupError, make_backup
from ..storage.keys import KeyStore
from ..storage.passphrase import MIN_LENGTH, weakness
from ..storage.rekey import RekeyError, change_passphrase
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from .common import ERROR_STYLE, FieldMessages, message_text


class ChangePassphraseDialog(QDialog):
    """Change the open file's passphrase; ``changed`` and ``fresh_backup`` tell what happened."""

    def __init__(self, tf: TeamFile, keystore: KeyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tf = tf
        self.keystore = keystore
        self.changed = False
        self.fresh_backup: Path | None = None
        self.setWindowTitle(self.tr("Byt lösenfras"))
        self.setMinimumWidth(520)

        intro = QLabel(self.tr(
            "Filen krypteras om med den nya lösenfrasen och öppnas sedan bara med den. Välj "
            "minst {n} tecken, gärna några ord som inte hör ihop.").format(n=MIN_LENGTH))
        intro.setWordWrap(True)
        self.note = QLabel(self.tr(
            "Obs! Säkerhetskopior som redan har gjorts öppnas fortfarande bara med den gamla "
            "lösenfrasen. Spara den på ett säkert ställe så länge de kopiorna finns kvar."))
        self.note.setObjectName("old_backups_note")
        self.note.setWordWrap(True)

        form = QFormLayout()
        self.fields = FieldMessages(form)
        self.old = self._secret("old")
        self.new = self._secret("new")
        self.repeat = self._secret("repeat")
        self.fields.add_row("old", self.tr("&Nuvarande lösenfras:"), self.old)
        self.fields.add_row("new", self.tr("N&y lösenfras:"), self.new)
        self.fields.add_row("repeat", self.tr("&Upprepa den nya:"), self.repeat)
        self.message = QLabel()
        self.message.setObjectName("rekey_message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Byt lösenfras"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.new.textEdited.connect(self._live_strength)
        self.old.setFocus(Qt.FocusReason.OtherFocusReason)

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _live_strength(self, text: str) -> None:
        reason = weakness(text) if text else None
        label = self.fields.labels["new"]
        label.setText(reason or "")
        label.setVisible(bool(reason))

    def submit(self) -> None:
        if self.changed:
            self.accept()
            return
        self.message.setVisible(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._change()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _change(self) -> None:
        try:
            result = change_passphrase(self.tf, self.old.text(), self.new.text(),
                                       self.repeat.text(), keystore=self.keystore)
        except FieldErrors as e:
            self.fields.show(e.errors)
            return
        except RekeyError as e:
            self.fields.show({})
            self._say(message_text(e.message), error=True)
            return
        self.changed = True
        self.fields.show({})
        for edit in (self.old, self.new, self.repeat):
            edit.clear()
            edit.setEnabled(False)
        lines = [self.tr("Lösenfrasen är bytt. Filen öppnas nu bara med den nya.")]
        if result.keyring_updated:
            lines.append(self.tr("Nyckeln i datorns nyckelring är uppdaterad."))
        lines.append(self._fresh_backup())
        self._say(" ".join(lines), error=False)
        self.ok_button.setText(self.tr("&Stäng"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setVisible(False)

    def _fresh_backup(self) -> str:
        """A backup with the new key right away, since the earlier ones need the old one."""
        with self.tf.session() as s:
            folder = ts.get_text(s, ts.BACKUP_FOLDER).strip()
            keep = ts.get_int(s, ts.BACKUP_KEEP)
        if not folder:
            return self.tr("Tidigare säkerhetskopior kräver den gamla lösenfrasen. Ingen mapp "
                           "för säkerhetskopior är vald; gör en ny kopia under Inställningar → "
                           "Säkerhetskopior.")
        try:
            self.fresh_backup = make_backup(self.tf, folder, keep=keep)
        except BackupError as e:
            return self.tr("Tidigare säkerhetskopior kräver den gamla lösenfrasen, och en ny "
                           "kopia kunde inte göras: {reason}").format(reason=e.message)
        return self.tr("Tidigare säkerhetskopior kräver den gamla lösenfrasen; en ny kopia med "
                       "den nya är sparad: {name}").format(name=self.fresh_backup.name)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "font-weight: 600;")
        self.message.setText(text)
        self.message.setVisible(True)
        self.adjustSize()
