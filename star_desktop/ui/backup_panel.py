"""The Säkerhetskopior tab of Inställningar: where the team's backups go, how many are kept,
a backup now, and the list of this team's backups there (to restore one).

The folder and the count are team settings (they travel with the file); every backup is
encrypted with the team's key. Restoring replaces the open file, so the panel only asks for it
(``restore_requested``); the main window closes the file, restores and reopens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import team_settings as ts
from ..storage.backup import BackupError, BackupInfo, check_folder, list_backups, make_backup
from ..storage.keys import KeyStore
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from .common import ERROR_STYLE, FieldMessages, message_text, save_shortcut

FOLDER = ts.BACKUP_FOLDER.key
KEEP = ts.BACKUP_KEEP.key


class BackupPanel(QWidget):
    """Backups of the open team file: settings, a backup now, and the list to restore from."""

    #: The coordinator chose a backup to restore; the window does the rest.
    restore_requested = Signal(Path)
    #: A backup was written (its path).
    backed_up = Signal(Path)

    def __init__(self, tf: TeamFile, keystore: KeyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tf = tf
        self.keystore = keystore
        self.backups: list[BackupInfo] = []

        intro = QLabel(self.tr(
            "Säkerhetskopiorna är krypterade med teamets nyckel och öppnas med teamets "
            "lösenfras. Välj en mapp utanför den här datorn, till exempel en nätverksenhet, så "
            "att en kopia finns kvar om datorn kommer bort. En kopia görs automatiskt när "
            "teamfilen stängs; de äldsta tas bort när fler än det valda antalet finns."))
        intro.setWordWrap(True)

        settings = QGroupBox(self.tr("Inställningar för teamet"))
        form = QFormLayout(settings)
        self.fields = FieldMessages(form)
        self.folder = QLineEdit()
        self.folder.setObjectName("backup_folder")
        self.folder.setPlaceholderText(self.tr("Ingen mapp vald – automatiska kopior är av"))
        choose = QPushButton(self.tr("Välj ma&pp…"))
        choose.setObjectName("choose_backup_folder")
        choose.clicked.connect(self.choose_folder)
        folder_row = QWidget()
        fr = QHBoxLayout(folder_row)
        fr.setContentsMargins(0, 0, 0, 0)
        fr.addWidget(self.folder, 1)
        fr.addWidget(choose)
        self.keep = QSpinBox()
        self.keep.setObjectName("backup_keep")
        self.keep.setRange(ts.BACKUP_KEEP.minimum, ts.BACKUP_KEEP.maximum)
        self.keep.setSuffix(self.tr(" kopior"))
        self.keep.setMinimumWidth(120)
        self.fields.add_row(FOLDER, self.tr("&Mapp:"), folder_row)
        self.folder.setAccessibleName(self.tr("Mapp för säkerhetskopior"))
        self.fields.add_row(KEEP, self.tr("&Behåll:"), self.keep)
        self.save_button = QPushButton(self.tr("&Spara"))
        self.save_button.setObjectName("save_backup_settings")
        self.save_button.clicked.connect(self.save)
        save_shortcut(self, self.save)
        self.backup_button = QPushButton(self.tr("Säkerhetskopiera &nu"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        buttons = QWidget()
        br = QHBoxLayout(buttons)
        br.setContentsMargins(0, 0, 0, 0)
        br.addWidget(self.save_button)
        br.addWidget(self.backup_button)
        br.addStretch(1)
        form.addRow("", buttons)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.status)

        listed = QGroupBox(self.tr("Teamets säkerhetskopior i mappen"))
        lv = QVBoxLayout(listed)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backup_list")
        self.table.setAccessibleName(self.tr("Teamets säkerhetskopior"))
        self.table.setHorizontalHeaderLabels([self.tr("Gjord"), self.tr("Storlek"),
                                              self.tr("Fil")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.empty = QLabel()
        self.empty.setObjectName("backup_list_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.restore_button = QPushButton(self.tr("&Återställ vald…"))
        self.restore_button.setObjectName("restore_selected")
        self.restore_button.clicked.connect(self.restore_selected)
        rrow = QHBoxLayout()
        rrow.addWidget(self.restore_button)
        rrow.addStretch(1)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.empty)
        lv.addLayout(rrow)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(settings)
        layout.addWidget(listed, 1)

        self.folder.textEdited.connect(lambda _t: self._check_field())
        self.folder.editingFinished.connect(self.refresh_list)  # not per key: a network drive
        self.load()

    # --- settings
    def load(self) -> None:
        """Show the saved settings, what is wrong with the folder now, and its backups."""
        folder, keep = _saved(self.tf)
        self.folder.setText(folder)
        self.keep.setValue(keep)
        self._check_field()
        self.refresh_list()

    def folder_path(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text).expanduser() if text else None

    def ask_folder(self, start: str) -> str:
        """The folder dialog (tests replace it); "" when cancelled."""
        return QFileDialog.getExistingDirectory(self, self.tr("Mapp för säkerhetskopior"), start)

    def choose_folder(self) -> None:
        chosen = self.ask_folder(self.folder.text().strip() or str(self.tf.path.parent))
        if chosen:
            self.folder.setText(chosen)
            self._check_field()
            self.refresh_list()

    def _check_field(self) -> str | None:
        """The folder's problem next to the field (a warning: a network drive may be away)."""
        folder = self.folder_path()
        reason = check_folder(folder) if folder is not None else None
        label = self.fields.labels[FOLDER]  # not show(): a warning must not take the focus
        label.setText(reason or "")
        label.setVisible(bool(reason))
        self._update_buttons()
        return reason

    def save(self) -> bool:
        """Save folder and count in one transaction; a folder that is not there is refused."""
        folder = self.folder_path()
        errors = {}
        if folder is not None and (reason := check_folder(folder)):
            errors[FOLDER] = reason
        if errors:
            self.fields.show(errors)
            self.status.setText("")
            return False
        try:
            with self.tf.session() as s, s.begin():
                ts.save_ints(s, {ts.BACKUP_KEEP: self.keep.value()})
                ts.set_value(s, ts.BACKUP_FOLDER, str(folder) if folder else "")
        except FieldErrors as e:
            self.fields.show(e.errors)
            return False
        self.fields.show({})
        self.status.setText(
            self.tr("Sparat. Automatiska kopior går till {folder}; de {n} senaste behålls.")
            .format(folder=folder, n=self.keep.value()) if folder else
            self.tr("Sparat. Ingen mapp är vald, så inga automatiska kopior görs."))
        self.refresh_list()
        return True

    # --- backups
    def backup_now(self) -> Path | None:
        folder = self.folder_path()
        if folder is None:
            self.fields.show({FOLDER: self.tr("Välj en mapp för säkerhetskopiorna.")})
            return None
        if self._check_field():
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = make_backup(self.tf, folder, keep=self.keep.value())
        except BackupError as e:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(message_text(e.message))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Säkerhetskopian är sparad och kontrollerad: {name}")
                            .format(name=path.name))
        self.refresh_list()
        self.backed_up.emit(path)
        return path

    def refresh_list(self) -> None:
        folder = self.folder_path()
        self.backups = list_backups(folder, self.tf) if folder is not None else []
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            made = QTableWidgetItem(info.made_at.strftime("%Y-%m-%d %H:%M:%S"))
            size = QTableWidgetItem(_size(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            name = QTableWidgetItem(info.path.name)
            name.setToolTip(str(info.path))
            for col, item in enumerate((made, size, name)):
                self.table.setItem(row, col, item)
        if folder is None:
            self.empty.setText(self.tr("Välj en mapp för att se teamets säkerhetskopior."))
        elif not self.backups:
            self.empty.setText(self.tr("Det finns inga säkerhetskopior av teamet i mappen."))
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore_requested.emit(info.path)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)
        self.backup_button.setEnabled(self.folder_path() is not None)


def _saved(tf: TeamFile) -> tuple[str, int]:
    with tf.session() as s:
        return ts.get_text(s, ts.BACKUP_FOLDER), ts.get_int(s, ts.BACKUP_KEEP)


def _size(n: int) -> str:
    if n < 1_000_000:
        return f"{max(n // 1000, 1)} kB"
    return f"{n / 1_000_000:.1f} MB".replace(".", ",")
