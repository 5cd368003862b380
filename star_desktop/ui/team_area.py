"""The Team area: the team's name, municipality and federation, and its members."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..models import Body, Gender
from ..models.enums import QT_TRANSLATE_NOOP
from ..storage.teamfile import TeamFile
from ..team import service
from ..validation import FieldErrors, parse_date
from .common import (
    FieldMessages,
    RowsModel,
    enum_label,
    fill_enum_combo,
    row_table,
    save_shortcut,
    select_data,
)

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    party_id: int
    party: str
    function: str
    gender: Gender
    body: Body
    substitute_for_id: int | None
    substitute_for: str
    active_from: dt.date
    active_to: dt.date | None
    email: str
    phone: str
    note: str

    def active_on(self, day: dt.date) -> bool:
        return self.active_from <= day and (self.active_to is None or day <= self.active_to)


def load_member_rows(tf: TeamFile) -> list[MemberRow]:
    with tf.session() as s:
        names = {m.id: m.name for m in service.members(s)}
        return [
            MemberRow(m.id, m.name, m.party_id, m.party.name, m.function, m.gender, m.body,
                      m.substitute_for_id, names.get(m.substitute_for_id or -1, ""),
                      m.active_from, m.active_to, m.email, m.phone, m.note)
            for m in service.members(s)
        ]


class MemberTableModel(RowsModel):
    """Members of the team and steering group (a few dozen rows: loaded whole)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("MemberTableModel", "Namn"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Part"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Funktion"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Kön"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Organ"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Ersättare för"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Aktiv från"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Aktiv till"),
        QT_TRANSLATE_NOOP("MemberTableModel", "E-post"),
        QT_TRANSLATE_NOOP("MemberTableModel", "Telefon"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.name, r.party, r.function, enum_label(r.gender), enum_label(r.body),
                r.substitute_for, r.active_from.isoformat(),
                r.active_to.isoformat() if r.active_to else "", r.email, r.phone,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and r.active_to and r.active_to < dt.date.today():
            return self.tr("Avslutad som ledamot {date}").format(date=r.active_to.isoformat())
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None


class MemberDialog(QDialog):
    """Add or edit one member; the service checks the whole form and nothing saves until right."""

    def __init__(self, parent: QWidget | None, tf: TeamFile, member: MemberRow | None,
                 principals: list[MemberRow]) -> None:
        super().__init__(parent)
        self.tf = tf
        self.member = member
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Redigera ledamot") if member else self.tr("Ny ledamot"))
        self.setMinimumWidth(560)

        form = QFormLayout()
        self.fields = FieldMessages(form)
        self.name = QLineEdit()
        self.party = QComboBox()
        with tf.session() as s:
            self.party.addItem(self.tr("– välj part –"), None)
            for p in service.parties(s):
                self.party.addItem(p.name, p.id)
        self.function = QLineEdit()
        self.gender = QComboBox()
        fill_enum_combo(self.gender, Gender, blank=self.tr("– välj –"))
        self.body = QComboBox()
        fill_enum_combo(self.body, Body)
        self.substitute_for = QComboBox()
        self.substitute_for.addItem(self.tr("Ordinarie ledamot"), None)
        for p in principals:
            if member is None or p.id != member.id:
                self.substitute_for.addItem(
                    self.tr("Ersättare för {name}").format(name=p.name), p.id)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.active_from = QLineEdit()
        self.active_from.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.active_to = QLineEdit()
        self.active_to.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD (tomt om tills vidare)"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        for name, w in (("name", self.name), ("party", self.party), ("function", self.function),
                        ("gender", self.gender), ("body", self.body),
                        ("substitute_for", self.substitute_for), ("email", self.email),
                        ("phone", self.phone), ("active_from", self.active_from),
                        ("active_to", self.active_to), ("note", self.note)):
            w.setObjectName(name)

        f = self.fields
        f.add_row("name", self.tr("&Namn:"), self.name)
        f.add_row("party_id", self.tr("&Part:"), self.party)
        f.add_row("function", self.tr("&Funktion:"), self.function)
        f.add_row("gender", self.tr("&Kön:"), self.gender)
        f.add_row("body", self.tr("&Organ:"), self.body)
        f.add_row("substitute_for_id", self.tr("&Roll:"), self.substitute_for)
        f.add_row("email", self.tr("&E-post:"), self.email)
        f.add_row("phone", self.tr("&Telefon:"), self.phone)
        f.add_row("active_from", self.tr("Akti&v från:"), self.active_from)
        f.add_row("active_to", self.tr("Aktiv t&ill:"), self.active_to)
        f.add_row("note", self.tr("&Anteckning:"), self.note)

        if member:
            self.name.setText(member.name)
            select_data(self.party, member.party_id)
            self.function.setText(member.function)
            select_data(self.gender, member.gender.value)
            select_data(self.body, member.body.value)
            select_data(self.substitute_for, member.substitute_for_id)
            self.email.setText(member.email)
            self.phone.setText(member.phone)
            self.active_from.setText(member.active_from.isoformat())
            self.active_to.setText(member.active_to.isoformat() if member.active_to else "")
            self.note.setPlainText(member.note)
        else:
            self.active_from.setText(dt.date.today().isoformat())

        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def form(self) -> service.MemberForm:
        return service.MemberForm(
            name=self.name.text(), party_id=self.party.currentData(),
            function=self.function.text(), gender=self.gender.currentData(),
            email=self.email.text(), phone=self.phone.text(), body=self.body.currentData(),
            substitute_for_id=self.substitute_for.currentData(),
            active_from=self.active_from.text(), active_to=self.active_to.text(),
            note=self.note.toPlainText(),
        )

    def save(self) -> None:
        try:
            with self.tf.session() as s, s.begin():
                if self.member is None:
                    m = service.add_member(s, self.form())
                else:
                    m = service.update_member(s, self.member.id, self.form())
                self.saved_id = m.id
        except FieldErrors as e:
            rest = self.fields.show(e.errors)
            self.general_error.setText("\n".join(rest))
            return
        self.accept()


class EndMembershipDialog(QDialog):
    """Ask for the date a membership ends (the member stays in the history)."""

    def __init__(self, parent: QWidget | None, member: MemberRow) -> None:
        super().__init__(parent)
        self.member = member
        self.end_date: dt.date | None = None
        self.setWindowTitle(self.tr("Avsluta ledamot"))
        form = QFormLayout()
        self.fields = FieldMessages(form)
        self.date = QLineEdit(dt.date.today().isoformat())
        self.date.setObjectName("end_date")
        self.fields.add_row("end_date", self.tr("Sista &dag:"), self.date)
        info = QLabel(self.tr(
            "{name} finns kvar i historiken (närvaro och minnesanteckningar) men visas inte "
            "längre bland aktiva ledamöter.").format(name=member.name))
        info.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Avsluta"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        try:
            day = parse_date(self.date.text(), required=True)
        except ValueError as e:
            self.fields.show({"end_date": str(e)})
            return
        assert day is not None
        if day < self.member.active_from:
            self.fields.show({"end_date": self.tr("Sista dagen kan inte ligga före startdatum.")})
            return
        self.end_date = day
        self.accept()


class TeamArea(QWidget):
    """Team details and members, with add, edit, end and reactivate."""

    changed = Signal()

    def __init__(self, tf: TeamFile) -> None:
        super().__init__()
        self.tf = tf

        # --- team details
        details = QGroupBox(self.tr("Teamet"))
        form = QFormLayout(details)
        self.fields = FieldMessages(form)
        self.team_name = QLineEdit()
        self.team_name.setObjectName("team_name")
        self.municipality = QLineEdit()
        self.municipality.setObjectName("team_municipality")
        self.federation = QLineEdit()
        self.federation.setObjectName("team_federation")
        self.fields.add_row("name", self.tr("Teamets &namn:"), self.team_name)
        self.fields.add_row("municipality", self.tr("&Kommun:"), self.municipality)
        self.fields.add_row("federation", self.tr("&Samordningsförbund:"), self.federation)
        self.save_team_button = QPushButton(self.tr("Spara teamuppgifter"))
        self.save_team_button.setObjectName("save_team")
        self.save_team_button.clicked.connect(self.save_team)
        save_shortcut(details, self.save_team)  # Ctrl+S in the team's details
        self.team_status = QLabel()
        self.team_status.setObjectName("team_status")
        row = QHBoxLayout()
        row.addWidget(self.save_team_button)
        row.addWidget(self.team_status, 1)
        form.addRow("", _wrap(row))

        # --- members
        members = QGroupBox(self.tr("Ledamöter i teamet och den lokala styrgruppen"))
        ml = QVBoxLayout(members)
        self.show_ended = QCheckBox(self.tr("Visa avslutade ledamöter"))
        self.show_ended.setObjectName("show_ended")
        self.show_ended.toggled.connect(self.reload_members)
        self.model = MemberTableModel()
        self.table = row_table(self.model, object_name="members",
                               accessible_name=self.tr("Ledamöter"))
        self.table.activated.connect(lambda _i: self.edit_member())
        self.add_button = QPushButton(self.tr("&Lägg till ledamot…"))
        self.add_button.setObjectName("add_member")
        self.edit_button = QPushButton(self.tr("&Redigera…"))
        self.edit_button.setObjectName("edit_member")
        self.end_button = QPushButton(self.tr("Avslu&ta…"))
        self.end_button.setObjectName("end_member")
        self.reactivate_button = QPushButton(self.tr("Återakt&ivera"))
        self.reactivate_button.setObjectName("reactivate_member")
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.end_button.clicked.connect(self.end_member)
        self.reactivate_button.clicked.connect(self.reactivate_member)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.end_button, self.reactivate_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.show_ended)
        ml.addLayout(buttons)
        ml.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.activated.connect(self.add_member)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Team"))
        title.setObjectName("area_title")
        layout.addWidget(title)
        layout.addWidget(details)
        layout.addWidget(members, 1)
        self.reload()

    # --- team details
    def reload(self) -> None:
        with self.tf.session() as s:
            team = service.get_team(s)
            self.team_name.setText(team.name)
            self.municipality.setText(team.municipality)
            self.federation.setText(team.federation)
        self.fields.clear()
        self.reload_members()

    def save_team(self) -> None:
        form = service.TeamForm(self.team_name.text(), self.municipality.text(),
                                self.federation.text())
        try:
            with self.tf.session() as s, s.begin():
                service.update_team(s, form)
        except FieldErrors as e:
            self.fields.show(e.errors)
            self.team_status.setText("")
            return
        self.fields.clear()
        self.team_status.setText(self.tr("Sparat."))
        self.changed.emit()

    # --- members
    def reload_members(self) -> None:
        selected = self.selected_member()
        rows = load_member_rows(self.tf)
        self._all_rows = rows
        if not self.show_ended.isChecked():
            today = dt.date.today()
            rows = [r for r in rows if r.active_to is None or r.active_to >= today]
        self.model.set_rows(rows)
        if selected is not None:
            self.select_member(selected.id)
        self._update_buttons()

    def select_member(self, member_id: int) -> None:
        for i, r in enumerate(self.model.rows):
            if r.id == member_id:
                self.table.selectRow(i)
                return

    def selected_member(self) -> MemberRow | None:
        sm = self.table.selectionModel()
        if sm is None:
            return None
        rows = sm.selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        m = self.selected_member()
        today = dt.date.today()
        self.edit_button.setEnabled(m is not None)
        self.end_button.setEnabled(m is not None and m.active_on(today))
        self.reactivate_button.setEnabled(m is not None and m.active_to is not None)

    def _principals(self) -> list[MemberRow]:
        return [r for r in self._all_rows if r.substitute_for_id is None]

    def add_member(self) -> None:
        dlg = MemberDialog(self, self.tf, None, self._principals())
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.saved_id is not None:
            self.reload_members()
            self.select_member(dlg.saved_id)
            self.changed.emit()

    def edit_member(self) -> None:
        m = self.selected_member()
        if m is None:
            return
        dlg = MemberDialog(self, self.tf, m, self._principals())
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload_members()
            self.changed.emit()

    def end_member(self) -> None:
        m = self.selected_member()
        if m is None:
            return
        dlg = EndMembershipDialog(self, m)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.end_date is not None:
            with self.tf.session() as s, s.begin():
                service.deactivate_member(s, m.id, dlg.end_date)
            self.reload_members()
            self.changed.emit()

    def reactivate_member(self) -> None:
        m = self.selected_member()
        if m is None:
            return
        with self.tf.session() as s, s.begin():
            service.reactivate_member(s, m.id)
        self.reload_members()
        self.changed.emit()


def _wrap(layout: QHBoxLayout) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w
