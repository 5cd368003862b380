"""The Inställningar area: this computer's settings for the open team file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import preferences
from ..storage import schema
from ..storage.keys import KeyStore
from ..storage.teamfile import TeamFile


class SettingsArea(QWidget):
    """This computer's settings for the open file: who the log names, where the key is kept."""

    changed = Signal()

    def __init__(self, tf: TeamFile, prefs: preferences.Preferences, keystore: KeyStore) -> None:
        super().__init__()
        self.tf = tf
        self.prefs = prefs
        self.keystore = keystore

        title = QLabel(self.tr("Inställningar"))
        title.setObjectName("area_title")

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

        key = QGroupBox(self.tr("Teamfilen och nyckeln"))
        kf = QFormLayout(key)
        self.file_label = QLabel(str(tf.path))
        self.file_label.setWordWrap(True)
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
        kf.addRow(self.tr("Fil:"), self.file_label)
        kf.addRow(self.tr("Schemaversion:"), self.schema_label)
        kf.addRow(self.tr("Nyckeln:"), self.key_label)
        brow = QHBoxLayout()
        brow.addWidget(self.remember_button)
        brow.addWidget(self.forget_button)
        brow.addStretch(1)
        bh = QWidget()
        bh.setLayout(brow)
        kf.addRow("", bh)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(me)
        layout.addWidget(key)
        layout.addStretch(1)
        self.refresh()

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

    def remember(self) -> None:
        if not self.tf.remember_key(self.keystore):
            self.key_label.setText(self.tr("Nyckelringen tog inte emot nyckeln."))
            return
        self.refresh()

    def forget(self) -> None:
        self.tf.forget_key(self.keystore)
        self.refresh()
