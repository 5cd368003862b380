"""Dialogs for making a new team file and for giving a file's passphrase."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..storage.passphrase import weakness
from ..storage.teamfile import FILE_SUFFIX
from .common import ERROR_STYLE, FieldMessages, message_text


@dataclass
class NewFileRequest:
    path: Path
    name: str
    municipality: str
    federation: str
    passphrase: str
    remember: bool


class NewTeamFileDialog(QDialog):
    """Name the team, choose the file and a passphrase; all checked before anything is made."""

    def __init__(self, parent: QWidget | None, folder: Path, keyring_usable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny teamfil"))
        self.setMinimumWidth(560)
        self.folder = folder
        self.result_request: NewFileRequest | None = None
        self._path_edited = False

        intro = QLabel(self.tr(
            "Teamets uppgifter sparas i en krypterad fil. Lösenfrasen skyddar filen om datorn "
            "kommer bort: välj minst 12 tecken, gärna några ord som inte hör ihop. Den kan inte "
            "återskapas om den glöms bort."))
        intro.setWordWrap(True)

        form = QFormLayout()
        self.fields = FieldMessages(form)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.municipality = QLineEdit()
        self.municipality.setObjectName("municipality")
        self.federation = QLineEdit()
        self.federation.setObjectName("federation")
        self.path = QLineEdit()
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("Välj…"))
        browse.clicked.connect(self._browse)
        path_row = QWidget()
        pr = QHBoxLayout(path_row)
        pr.setContentsMargins(0, 0, 0, 0)
        pr.addWidget(self.path, 1)
        pr.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Kom ihåg på den här datorn"))
        self.remember.setObjectName("remember")

        self.fields.add_row("name", self.tr("Teamets &namn:"), self.name)
        self.fields.add_row("municipality", self.tr("&Kommun:"), self.municipality)
        self.fields.add_row("federation", self.tr("&Samordningsförbund:"), self.federation)
        self.fields.add_row("path", self.tr("S&para som:"), path_row)
        self.path.setAccessibleName(self.tr("Spara som"))
        self.fields.add_row("passphrase", self.tr("&Lösenfras:"), self.passphrase)
        self.fields.add_row("repeat", self.tr("&Upprepa lösenfrasen:"), self.repeat)
        form.addRow("", self.remember)
        if keyring_usable:
            self.remember.setChecked(True)
            self.remember.setToolTip(self.tr(
                "Filens nyckel sparas i datorns nyckelring, så att filen öppnas utan fråga här."))
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr(
                "Datorn har ingen nyckelring som programmet kan använda; lösenfrasen efterfrågas "
                "varje gång filen öppnas."))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skapa teamfil"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.name.textEdited.connect(self._suggest_path)
        self.path.textEdited.connect(lambda _t: setattr(self, "_path_edited", True))
        self.passphrase.textEdited.connect(self._live_strength)

    def _suggest_path(self, name: str) -> None:
        if not self._path_edited:
            stem = "".join(ch for ch in name.strip() if ch not in '\\/:*?"<>|').strip()
            self.path.setText(str(self.folder / f"{stem}{FILE_SUFFIX}") if stem else "")

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara teamfilen som"), self.path.text() or str(self.folder),
            self.tr("Teamfiler (*.star)"))
        if chosen:
            if not chosen.endswith(FILE_SUFFIX):
                chosen += FILE_SUFFIX
            self.path.setText(chosen)
            self._path_edited = True

    def _live_strength(self, text: str) -> None:
        avoid = (self.name.text(), self.municipality.text())
        reason = weakness(text, avoid=avoid) if text else None
        self.fields.show({"passphrase": reason} if reason else {})

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        name = self.name.text().strip()
        if not name:
            errors["name"] = self.tr("Ange teamets namn.")
        raw_path = self.path.text().strip()
        if not raw_path:
            errors["path"] = self.tr("Välj var filen ska sparas.")
        else:
            p = Path(raw_path).expanduser()
            if p.suffix != FILE_SUFFIX:
                errors["path"] = self.tr("Filnamnet ska sluta på .star.")
            elif p.exists():
                errors["path"] = self.tr("Det finns redan en fil med det namnet.")
            elif not p.parent.is_dir():
                errors["path"] = self.tr("Mappen finns inte.")
        reason = weakness(self.passphrase.text(),
                          avoid=(self.name.text(), self.municipality.text()))
        if reason:
            errors["passphrase"] = reason
        elif self.passphrase.text() != self.repeat.text():
            errors["repeat"] = self.tr("Lösenfraserna är inte lika.")
        return errors

    def _accept(self) -> None:
        errors = self.check()
        self.fields.show(errors)
        if errors:
            return
        self.result_request = NewFileRequest(
            path=Path(self.path.text().strip()).expanduser(),
            name=self.name.text().strip(),
            municipality=self.municipality.text().strip(),
            federation=self.federation.text().strip(),
            passphrase=self.passphrase.text(),
            remember=self.remember.isChecked() and self.remember.isEnabled(),
        )
        self.accept()


class PassphraseDialog(QDialog):
    """Asks for a team file's passphrase, saying why when it asks again."""

    def __init__(self, parent: QWidget | None, path: Path, reason: str | None,
                 keyring_usable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lösenfras"))
        self.setMinimumWidth(480)
        head = QLabel(self.tr("Ange lösenfrasen för {name}.").format(name=path.stem))
        head.setWordWrap(True)
        self.reason = QLabel(message_text(reason) if reason else "")
        self.reason.setObjectName("reason")
        self.reason.setStyleSheet(ERROR_STYLE)
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenfras"))
        self.remember = QCheckBox(self.tr("Kom ihåg på den här datorn"))
        self.remember.setObjectName("remember")
        self.remember.setEnabled(keyring_usable)
        if not keyring_usable:
            self.remember.setToolTip(self.tr(
                "Datorn har ingen nyckelring som programmet kan använda."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Öppna"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.reason)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _accept(self) -> None:
        if not self.passphrase.text():
            self.reason.setText(self.tr("Ange lösenfrasen."))
            self.reason.setVisible(True)
            return
        self.accept()
