"""Utbudskartan: the parties' interventions the team can pick from, kept by the coordinator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..cases import catalogue
from ..models import CatalogueEntry, InterventionGroup
from ..storage.teamfile import TeamFile
from ..team import service as team_service
from ..validation import FieldErrors
from .common import FieldMessages, enum_label, fill_enum_combo, select_data


class CatalogueDialog(QDialog):
    """A list of the catalogue's entries beside a form to add or change one."""

    def __init__(self, parent: QWidget | None, tf: TeamFile) -> None:
        super().__init__(parent)
        self.tf = tf
        self.entry_id: int | None = None
        self.setWindowTitle(self.tr("Utbudskartan"))
        self.resize(900, 520)

        self.list = QListWidget()
        self.list.setObjectName("catalogue_list")
        self.list.setAccessibleName(self.tr("Insatser i utbudskartan"))
        self.list.currentItemChanged.connect(lambda cur, _prev: self._load(cur))
        self.show_inactive = QCheckBox(self.tr("Visa inaktiva"))
        self.show_inactive.toggled.connect(lambda _c: self.reload())

        form = QFormLayout()
        self.fields = FieldMessages(form)
        self.group = QComboBox()
        fill_enum_combo(self.group, InterventionGroup, blank=self.tr("– välj område –"))
        self.name = QLineEdit()
        self.provider = QComboBox()
        self.provider.addItem(self.tr("– ingen särskild –"), None)
        with tf.session() as s:
            for p in team_service.parties(s):
                self.provider.addItem(p.name, p.id)
        self.description = QLineEdit()
        self.active = QCheckBox(self.tr("Aktiv (kan väljas för nya insatser)"))
        self.active.setChecked(True)
        for name, w in (("group", self.group), ("name", self.name),
                        ("provider_party_id", self.provider), ("description", self.description)):
            w.setObjectName(f"entry_{name}")
        self.fields.add_row("group", self.tr("&Område:"), self.group)
        self.fields.add_row("name", self.tr("&Namn:"), self.name)
        self.fields.add_row("provider_party_id", self.tr("&Part:"), self.provider)
        self.fields.add_row("description", self.tr("&Beskrivning:"), self.description)
        form.addRow("", self.active)
        self.status = QLabel()
        new = QPushButton(self.tr("Ny &insats"))
        new.clicked.connect(self.new_entry)
        self.save_button = QPushButton(self.tr("&Spara"))
        self.save_button.setObjectName("save_entry")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(row)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.show_inactive)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.reload()
        self.new_entry()

    def reload(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        with self.tf.session() as s:
            for e in catalogue.entries(s, include_inactive=self.show_inactive.isChecked()):
                text = f"{enum_label(e.group)}: {e.name}"
                if e.provider_party is not None:
                    text += f" ({e.provider_party.name})"
                if not e.active:
                    text += self.tr(" – inaktiv")
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                self.list.addItem(item)
        self.list.blockSignals(False)

    def _load(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        with self.tf.session() as s:
            e = s.get(CatalogueEntry, item.data(Qt.ItemDataRole.UserRole))
            if e is None:
                return
            self.entry_id = e.id
            select_data(self.group, e.group.value)
            self.name.setText(e.name)
            select_data(self.provider, e.provider_party_id)
            self.description.setText(e.description)
            self.active.setChecked(e.active)
        self.fields.clear()
        self.status.setText("")

    def new_entry(self) -> None:
        self.entry_id = None
        self.list.clearSelection()
        self.group.setCurrentIndex(0)
        self.name.clear()
        self.provider.setCurrentIndex(0)
        self.description.clear()
        self.active.setChecked(True)
        self.fields.clear()
        self.name.setFocus()

    def save(self) -> None:
        form = catalogue.EntryForm(group=self.group.currentData(), name=self.name.text(),
                                   provider_party_id=self.provider.currentData(),
                                   description=self.description.text(),
                                   active=self.active.isChecked())
        try:
            with self.tf.session() as s, s.begin():
                if self.entry_id is None:
                    self.entry_id = catalogue.add_entry(s, form).id
                else:
                    catalogue.update_entry(s, self.entry_id, form)
        except FieldErrors as e:
            self.fields.show(e.errors)
            return
        self.fields.clear()
        self.status.setText(self.tr("Sparat."))
        self.reload()
