"""The Gallring tab of Inställningar: the team's retention rule, a preview, and the erasure.

The coordinator sets the two periods, previews what is due (by case number, never by name),
and erases exactly that after a confirmation that says it cannot be undone. The rules are in
dataprotection/retention.py; this widget only calls them, one transaction per action.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import team_settings as ts
from ..dataprotection import retention
from ..models.enums import QT_TRANSLATE_NOOP
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from .common import FieldMessages, RowsModel, error_text, row_table, save_shortcut

_Index = QModelIndex | QPersistentModelIndex


class PreviewModel(RowsModel):
    """The preview's items: case numbers, rule, the day they became due, the fields."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PreviewModel", "Ärenden"), QT_TRANSLATE_NOOP("PreviewModel", "Regel"),
        QT_TRANSLATE_NOOP("PreviewModel", "Gallras från"),
        QT_TRANSLATE_NOOP("PreviewModel", "Uppgifter som gallras"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item: retention.RetentionItem = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            rule = item.rule_label if item.participant_id is not None \
                else self.tr("Generell konsultation")
            return (", ".join(item.case_numbers), rule, item.due_on.isoformat(),
                    ", ".join(item.fields))[index.column()]
        return None


class RetentionPanel(QWidget):
    """The retention rule, its preview and the erasure; ``erased`` is emitted after one."""

    erased = Signal()

    def __init__(self, tf: TeamFile, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.tf = tf
        self.today = today
        self.preview_result: retention.RetentionPreview | None = None

        explain = QLabel(self.tr(
            "Gallring tar bort personuppgifter när teamets gallringstid har gått ut: namn och "
            "personnummer, individens egna ord, kommentarer och anteckningar vid uppföljning, "
            "skäl vid återvisning, mötesanteckningar om ärendet och tillägg till "
            "minnesanteckningar som nämner personen. En deltagare gallras först när inget av "
            "hens ärenden är öppet och tiden har gått ut för vart och ett av dem. Generella "
            "konsultationer får sin fråga gallrad efter den andra tiden.\n\n"
            "Statistiken finns kvar: kön, födelseår, kommun, datum, skäl, försörjning och "
            "insatser, så att alla rapporter och 4R-analyser för tidigare perioder blir "
            "desamma. Gallringen går inte att ångra och loggas."))
        explain.setObjectName("retention_explanation")
        explain.setWordWrap(True)

        rule = QGroupBox(self.tr("Gallringsregel"))
        form = QFormLayout(rule)
        self.fields = FieldMessages(form)
        self.closed_months = QLineEdit()
        self.closed_months.setObjectName("retention_closed_months")
        self.other_months = QLineEdit()
        self.other_months.setObjectName("retention_other_months")
        self.fields.add_row(ts.RETENTION_CLOSED_MONTHS.key,
                            self.tr("Månader efter avslu&tat ärende:"), self.closed_months)
        self.fields.add_row(ts.RETENTION_OTHER_MONTHS.key,
                            self.tr("Månader efter återvisat ärende eller &konsultation:"),
                            self.other_months)
        self.save_button = QPushButton(self.tr("&Spara"))
        self.save_button.setObjectName("save_retention")
        self.save_button.clicked.connect(self.save)
        save_shortcut(self, self.save)
        self.save_status = QLabel()
        self.save_status.setObjectName("retention_save_status")
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.save_status, 1)
        holder = QWidget()
        holder.setLayout(row)
        form.addRow("", holder)
        for edit in (self.closed_months, self.other_months):
            edit.setMaximumWidth(120)
            edit.returnPressed.connect(self.save)

        due = QGroupBox(self.tr("Att gallra"))
        box = QVBoxLayout(due)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Förhandsgranska"))
        self.preview_button.setObjectName("preview_retention")
        self.preview_button.clicked.connect(self.run_preview)
        self.erase_button = QPushButton(self.tr("&Gallra nu…"))
        self.erase_button.setObjectName("erase_retention")
        self.erase_button.clicked.connect(self.run_erase)
        self.erase_button.setEnabled(False)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        self.summary = QLabel(self.tr("Förhandsgranska för att se vad som ska gallras."))
        self.summary.setObjectName("retention_summary")
        self.summary.setWordWrap(True)
        self.model = PreviewModel()
        self.table = row_table(self.model, object_name="retention_table",
                               accessible_name=self.tr("Det som gallras"))
        self.table.setWordWrap(True)  # the fields erased are a long list
        self.status = QLabel()
        self.status.setObjectName("retention_status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Gallringens status"))
        box.addLayout(buttons)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(rule)
        layout.addWidget(due, 1)
        self.load()

    # --- the rule
    def load(self) -> None:
        with self.tf.session() as s:
            self.closed_months.setText(str(ts.get_int(s, ts.RETENTION_CLOSED_MONTHS)))
            self.other_months.setText(str(ts.get_int(s, ts.RETENTION_OTHER_MONTHS)))

    def save(self) -> bool:
        """Store both periods, or show the message next to each wrong one and store none."""
        self.fields.clear()
        try:
            with self.tf.session() as s, s.begin():
                saved = ts.save_ints(s, {ts.RETENTION_CLOSED_MONTHS: self.closed_months.text(),
                                         ts.RETENTION_OTHER_MONTHS: self.other_months.text()})
        except FieldErrors as e:
            rest = self.fields.show(e.errors)
            self.save_status.setText("\n".join(rest))
            return False
        self.closed_months.setText(str(saved[ts.RETENTION_CLOSED_MONTHS]))
        self.other_months.setText(str(saved[ts.RETENTION_OTHER_MONTHS]))
        self.save_status.setText(self.tr("Sparat."))
        self._forget_preview(self.tr("Regeln är ändrad: förhandsgranska igen."))
        return True

    # --- preview and erase
    def _forget_preview(self, text: str) -> None:
        if self.preview_result is not None:
            self.preview_result = None
            self.model.set_rows([])
            self.summary.setText(text)
        self.erase_button.setEnabled(False)

    def run_preview(self) -> None:
        self.status.clear()
        with self.tf.session() as s:
            p = retention.preview(s, self.today())
        self.preview_result = p
        self.model.set_rows(list(p.items))
        if not p.items:
            self.summary.setText(self.tr(
                "Inget att gallra {date} med regeln {closed} månader efter avslut och {other} "
                "månader efter återvisning eller konsultation.").format(
                    date=p.today.isoformat(), closed=p.closed_months, other=p.other_months))
        else:
            self.summary.setText(self.tr(
                "{n} deltagare och {g} generella konsultationer gallras om du gallrar nu "
                "({date}; {closed} månader efter avslut, {other} månader efter återvisning "
                "eller konsultation).").format(
                    n=p.participants, g=p.general_consultations, date=p.today.isoformat(),
                    closed=p.closed_months, other=p.other_months))
        self.erase_button.setEnabled(bool(p.items))

    def confirm(self, p: retention.RetentionPreview) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Gallra"))
        box.setText(self.tr(
            "Personuppgifterna för {n} deltagare och {g} generella konsultationer tas bort "
            "för gott.").format(n=p.participants, g=p.general_consultations))
        box.setInformativeText(self.tr(
            "Det går inte att ångra. Statistiken finns kvar. Vill du gallra nu?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Gallra"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Avbryt"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def run_erase(self) -> None:
        p = self.preview_result
        if p is None or not p.items:
            return
        if not self.confirm(p):
            self.status.setText(self.tr("Inget gallrades."))
            return
        try:
            with self.tf.session() as s, s.begin():
                result = retention.erase(s, p.today, p)
        except retention.RetentionChanged as e:
            self._forget_preview(error_text(e))
            self.status.setText(error_text(e))
            return
        self.preview_result = None
        self.model.set_rows([])
        self.erase_button.setEnabled(False)
        self.summary.setText(self.tr("Förhandsgranska för att se vad som ska gallras."))
        self.status.setText(self.tr(
            "Gallrat {date}: {n} deltagare och {g} generella konsultationer. Händelsen finns "
            "i loggen.").format(date=p.today.isoformat(), n=result.participants,
                                g=result.general_consultations))
        self.erased.emit()
