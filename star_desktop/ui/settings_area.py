"""The Inställningar area: this computer's and the team's settings, and the data-protection tools.

Tabs: Allmänt (who the log names, the key, the lock), and the panels of the data-protection
duties, each in its own module: the audit log, retention (gallring) and backups.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import preferences
from .. import team_settings as ts
from ..storage import schema
from ..storage.keys import KeyStore
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from .audit_panel import AuditPanel
from .backup_panel import BackupPanel
from .common import ERROR_STYLE, VerticalScroll, message_text
from .rekey_dialog import ChangePassphraseDialog
from .retention_panel import RetentionPanel

#: The language choices: each language by its own name (so anyone finds theirs), then the system's.
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}


class SettingsArea(QWidget):
    """The settings area: a tab per subject, Allmänt first."""

    #: A team setting the window uses (the lock minutes) was saved.
    changed = Signal()
    #: Retention erased identifiers: lists elsewhere show "(gallrad)" from now on.
    erased = Signal()
    #: The coordinator chose a backup to restore (the window closes the file and restores).
    restore_requested = Signal(Path)

    def __init__(self, tf: TeamFile, prefs: preferences.Preferences, keystore: KeyStore) -> None:
        super().__init__()
        title = QLabel(self.tr("Inställningar"))
        title.setObjectName("area_title")
        self.general = GeneralSettings(tf, prefs, keystore)
        self.general.changed.connect(self.changed)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        # Scrolls when a large font (a projector, 150 %) makes the page taller than the window.
        self.tabs.addTab(VerticalScroll(self.general), self.tr("Allmänt"))
        self.audit = AuditPanel(tf)
        self.audit.setObjectName("audit_panel")
        self.tabs.addTab(self.audit, self.tr("Logg"))
        self.retention = RetentionPanel(tf)
        self.retention.setObjectName("retention_panel")
        self.retention.erased.connect(self.erased)
        self.tabs.addTab(self.retention, self.tr("Gallring"))
        self.backups = BackupPanel(tf, keystore)
        self.backups.setObjectName("backup_panel")
        self.backups.restore_requested.connect(self.restore_requested)
        self.tabs.addTab(self.backups, self.tr("Säkerhetskopior"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)


class GeneralSettings(QWidget):
    """This computer's settings for the open file: who the log names, the key, the lock."""

    changed = Signal()

    def __init__(self, tf: TeamFile, prefs: preferences.Preferences, keystore: KeyStore) -> None:
        super().__init__()
        self.tf = tf
        self.prefs = prefs
        self.keystore = keystore

        me = QGroupBox(self.tr("Du på den här datorn"))
        mf = QFormLayout(me)
        self.coordinator = QLineEdit(prefs.coordinator_name)
        self.coordinator.setObjectName("coordinator_name")
        self.coordinator.setPlaceholderText(prefs.actor)
        self.coordinator.setAccessibleName(self.tr("Ditt namn i loggen"))
        save_me = QPushButton(self.tr("Spara namnet"))
        save_me.setObjectName("save_coordinator")
        save_me.clicked.connect(self.save_coordinator)
        self.coordinator_status = QLabel()
        lab = QLabel(self.tr("Ditt &namn i loggen:"))
        lab.setBuddy(self.coordinator)
        mf.addRow(lab, self.coordinator)
        row = QHBoxLayout()
        row.addWidget(save_me)
        row.addWidget(self.coordinator_status, 1)
        holder = QWidget()
        holder.setLayout(row)
        mf.addRow("", holder)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for value in preferences.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(value) or self.tr("Systemets språk"), value)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.language.setAccessibleName(self.tr("Programmets språk"))
        self.language.currentIndexChanged.connect(self.save_language)
        language_label = QLabel(self.tr("&Språk:"))
        language_label.setBuddy(self.language)
        self.language_status = QLabel(self.tr("Språket byts nästa gång programmet startar."))
        self.language_status.setObjectName("language_status")
        self.language_status.setWordWrap(True)
        mf.addRow(language_label, self.language)
        mf.addRow("", self.language_status)

        key = QGroupBox(self.tr("Teamfilen och nyckeln"))
        kf = QFormLayout(key)
        # A path has no spaces to wrap at: a read-only field scrolls instead of widening the page.
        self.file_label = QLineEdit(str(tf.path))
        self.file_label.setObjectName("team_file_path")
        self.file_label.setReadOnly(True)
        self.file_label.setCursorPosition(0)
        self.file_label.setAccessibleName(self.tr("Teamfilens sökväg"))
        self.schema_label = QLabel(
            self.tr("{rev} (programmets senaste: {head})").format(
                rev=tf.schema_revision, head=schema.head_revision()))
        self.key_label = QLabel()
        self.key_label.setObjectName("key_status")
        self.key_label.setWordWrap(True)
        self.remember_button = QPushButton(self.tr("Kom ihåg på den här datorn"))
        self.remember_button.setObjectName("remember_key")
        self.forget_button = QPushButton(self.tr("Glöm nyckeln på den här datorn"))
        self.forget_button.setObjectName("forget_key")
        self.remember_button.clicked.connect(self.remember)
        self.forget_button.clicked.connect(self.forget)
        self.rekey_button = QPushButton(self.tr("&Byt lösenfras…"))
        self.rekey_button.setObjectName("change_passphrase")
        self.rekey_button.clicked.connect(self.change_passphrase)
        kf.addRow(self.tr("Fil:"), self.file_label)
        kf.addRow(self.tr("Schemaversion:"), self.schema_label)
        kf.addRow(self.tr("Nyckeln:"), self.key_label)
        brow = QGridLayout()  # two rows: the three buttons fit a window at 150 % font
        brow.addWidget(self.remember_button, 0, 0)
        brow.addWidget(self.forget_button, 0, 1)
        brow.addWidget(self.rekey_button, 1, 0)
        brow.setColumnStretch(2, 1)
        bh = QWidget()
        bh.setLayout(brow)
        kf.addRow("", bh)

        lock = QGroupBox(self.tr("Lås"))
        lv = QVBoxLayout(lock)
        explain = QLabel(self.tr(
            "Utan aktivitet i så många minuter döljs fönstrets innehåll och nyckeln tas bort ur "
            "minnet; du låser upp med nyckelringen eller lösenfrasen. Inställningen gäller "
            "teamfilen, på alla datorer. Ctrl+L låser direkt."))
        explain.setWordWrap(True)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lock_minutes")
        self.lock_minutes.setRange(ts.LOCK_MINUTES.minimum, ts.LOCK_MINUTES.maximum)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("Aldrig"))
        self.lock_minutes.setMinimumWidth(120)
        self.lock_minutes.setAccessibleName(self.tr("Lås efter så många minuter utan aktivitet"))
        with tf.session() as s:
            self.lock_minutes.setValue(ts.get_int(s, ts.LOCK_MINUTES))
        lock_label = QLabel(self.tr("Lås &efter:"))
        lock_label.setBuddy(self.lock_minutes)
        self.lock_message = QLabel()
        self.lock_message.setObjectName("error_lock.minutes")
        self.lock_message.setStyleSheet(ERROR_STYLE)
        self.lock_message.setVisible(False)
        self.lock_status = QLabel()
        self.lock_status.setObjectName("lock_status")
        save_lock = QPushButton(self.tr("Spara &låsinställningen"))
        save_lock.setObjectName("save_lock")
        save_lock.clicked.connect(self.save_lock)
        lrow = QHBoxLayout()
        lrow.addWidget(lock_label)
        lrow.addWidget(self.lock_minutes)
        lrow.addWidget(save_lock)
        lrow.addWidget(self.lock_status, 1)
        lv.addWidget(explain)
        lv.addLayout(lrow)
        lv.addWidget(self.lock_message)

        layout = QVBoxLayout(self)
        layout.addWidget(me)
        layout.addWidget(key)
        layout.addWidget(lock)
        layout.addStretch(1)
        self.refresh()

    def save_lock(self) -> None:
        self.lock_message.setVisible(False)
        try:
            with self.tf.session() as s, s.begin():
                ts.save_ints(s, {ts.LOCK_MINUTES: self.lock_minutes.value()})
        except FieldErrors as e:
            self.lock_message.setText(message_text(e.errors.get(ts.LOCK_MINUTES.key, str(e))))
            self.lock_message.setVisible(True)
            return
        minutes = self.lock_minutes.value()
        self.lock_status.setText(self.tr("Sparat: låser efter {n} minuter.").format(n=minutes)
                                 if minutes else self.tr("Sparat: låser bara med knappen."))
        self.changed.emit()

    def refresh(self) -> None:
        usable = self.keystore.usable()
        stored = usable and self.keystore.get(self.tf.file_id) is not None
        if not usable:
            text = self.tr("Datorn har ingen nyckelring som programmet kan använda, så "
                           "lösenfrasen efterfrågas varje gång filen öppnas.")
        elif stored:
            text = self.tr("Sparad i datorns nyckelring ({backend}); filen öppnas utan fråga "
                           "på den här datorn.").format(backend=self.keystore.describe())
        else:
            text = self.tr("Inte sparad på den här datorn; lösenfrasen efterfrågas när filen "
                           "öppnas.")
        self.key_label.setText(text)
        self.remember_button.setEnabled(usable and not stored)
        self.forget_button.setEnabled(stored)

    def save_coordinator(self) -> None:
        self.prefs.coordinator_name = self.coordinator.text().strip()
        preferences.save(self.prefs)
        self.coordinator_status.setText(
            self.tr("Sparat. Gäller från nästa gång en fil öppnas."))

    def save_language(self) -> None:
        """Saved at once; widgets read their texts when built, so it applies at the next start."""
        self.prefs.language = self.language.currentData()
        preferences.save(self.prefs)
        self.language_status.setText(
            self.tr("Sparat. Språket byts nästa gång programmet startar."))

    def change_passphrase(self) -> bool:
        """Rekey the file; afterwards it opens only with the new passphrase."""
        dlg = ChangePassphraseDialog(self.tf, self.keystore, self)
        dlg.exec()
        self.refresh()
        return dlg.changed

    def remember(self) -> None:
        if not self.tf.remember_key(self.keystore):
            self.key_label.setText(self.tr("Nyckelringen tog inte emot nyckeln."))
            return
        self.refresh()

    def forget(self) -> None:
        self.tf.forget_key(self.keystore)
        self.refresh()
