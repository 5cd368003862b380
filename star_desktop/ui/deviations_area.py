"""The Avvikelser area: the register of deviations the local steering group follows up.

The coordinator registers what went wrong in the team's work, raises it to the steering group
or Länsam, and records how it was resolved. Texts go to the steering group, so the service
refuses names, personnummer and case numbers; the area says so before anything is typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ..deviations import service
from ..models import Deviation, DeviationCategory, DeviationRaisedTo, DeviationStatus
from ..models.enums import QT_TRANSLATE_NOOP
from ..storage.teamfile import TeamFile
from .common import RowsModel, enum_label, row_table, select_data
from .forms import Field, StepDialog, StepSpec

_Index = QModelIndex | QPersistentModelIndex

#: Longest description shown in the table; the whole text is in the tooltip and the dialog.
SHOWN_CHARS = 140


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeviationsArea", text)


@dataclass(frozen=True)
class DeviationRow:
    """One deviation as the table shows it, read in one session and kept after it closes."""

    id: int
    occurred_on: dt.date
    category: DeviationCategory
    description: str
    raised_to: DeviationRaisedTo | None
    raised_on: dt.date | None
    status: DeviationStatus
    resolution: str
    resolved_on: dt.date | None


def load_deviation_rows(tf: TeamFile, *, status: DeviationStatus | None = None,
                        year: int | None = None) -> list[DeviationRow]:
    """The register's rows for the table (newest first), with the area's filters."""
    with tf.session() as s:
        return [
            DeviationRow(d.id, d.occurred_on, d.category, d.description, d.raised_to,
                         d.raised_on, d.status, d.resolution, d.resolved_on)
            for d in service.list_deviations(s, status=status, year=year)
        ]


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SHOWN_CHARS else line[:SHOWN_CHARS - 1].rstrip() + "…"


class DeviationTableModel(RowsModel):
    """The register, newest first (a few dozen rows a year: loaded whole)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DeviationTableModel", "Datum"),
        QT_TRANSLATE_NOOP("DeviationTableModel", "Kategori"),
        QT_TRANSLATE_NOOP("DeviationTableModel", "Beskrivning"),
        QT_TRANSLATE_NOOP("DeviationTableModel", "Lyft till"),
        QT_TRANSLATE_NOOP("DeviationTableModel", "Status"),
        QT_TRANSLATE_NOOP("DeviationTableModel", "Åtgärdad"))
    DESCRIPTION_COLUMN = 2
    STATUS_COLUMN = 4

    def raised_text(self, r: DeviationRow) -> str:
        if r.raised_to is None:
            return ""
        if r.raised_on is None:
            return enum_label(r.raised_to)
        return self.tr("{body} {date}").format(body=enum_label(r.raised_to),
                                               date=r.raised_on.isoformat())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                r.occurred_on.isoformat(), enum_label(r.category), _short(r.description),
                self.raised_text(r), enum_label(r.status),
                r.resolved_on.isoformat() if r.resolved_on else "",
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DESCRIPTION_COLUMN:
            if r.resolution:
                return self.tr("{description}\n\nÅtgärd: {resolution}").format(
                    description=r.description, resolution=r.resolution)
            return r.description
        if role == Qt.ItemDataRole.FontRole and col == self.STATUS_COLUMN \
                and r.status == DeviationStatus.OPEN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None


def _form(values: dict[str, Any]) -> service.DeviationForm:
    """The dialog's values as the service's form (combos give "" for none)."""
    return service.DeviationForm(**{k: str(values.get(k) or "") for k in (
        "occurred_on", "category", "description", "raised_to", "raised_on", "status",
        "resolution", "resolved_on")})


class DeviationDialog(StepDialog):
    """A new deviation or a change to one; the service checks the whole form before saving."""

    def __init__(self, parent: QWidget | None, tf: TeamFile, row: DeviationRow | None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self.row = row
        f = service.DeviationForm(occurred_on=today().isoformat())
        if row is not None:
            with tf.session() as s:
                stored = s.get(Deviation, row.id)
                if stored is None:
                    raise LookupError(f"deviation {row.id}")
                f = service.form_of(stored)
        categories = [(_tr("– välj kategori –"), "")] + [
            (enum_label(m), m.value) for m in DeviationCategory]
        bodies = [(_tr("– inte lyft ännu –"), "")] + [
            (enum_label(m), m.value) for m in DeviationRaisedTo]
        statuses = [(enum_label(m), m.value) for m in DeviationStatus]
        fields = [
            Field("occurred_on", _tr("&Inträffade den:"), "date", default=f.occurred_on),
            Field("category", _tr("&Kategori:"), "combo", categories, default=f.category),
            Field("description", _tr("&Beskrivning:"), "multiline", default=f.description),
            Field("raised_to", _tr("&Lyft till:"), "combo", bodies, default=f.raised_to),
            Field("raised_on", _tr("Lyft &den:"), "date", default=f.raised_on),
            Field("status", _tr("&Status:"), "combo", statuses, default=f.status),
            Field("resolution", _tr("Å&tgärd:"), "multiline", default=f.resolution),
            Field("resolved_on", _tr("Åtgärdad de&n:"), "date", default=f.resolved_on),
        ]

        def apply(s: Session, _case: object, values: dict[str, Any]) -> int:
            form = _form(values)
            if row is None:
                return service.add_deviation(s, form, today=today()).id
            return service.update_deviation(s, row.id, form, today=today()).id

        title = (_tr("Ny avvikelse") if row is None else
                 _tr("Ändra avvikelsen från {date}").format(date=row.occurred_on.isoformat()))
        spec = StepSpec(
            title,
            _tr("Skriv utan personuppgifter: inga namn, personnummer eller ärendenummer. "
                "Registret går till den lokala styrgruppen."),
            fields, apply, ok_text=_tr("Spara"))
        super().__init__(parent, tf, None, spec)
        i = self.inputs
        self.occurred_on, self.category, self.description, self.raised_to = (
            i["occurred_on"], i["category"], i["description"], i["raised_to"])
        self.raised_on, self.status, self.resolution, self.resolved_on = (
            i["raised_on"], i["status"], i["resolution"], i["resolved_on"])
        description = self.inputs["description"]
        assert isinstance(description, QPlainTextEdit)
        description.setFixedHeight(120)
        description.setPlaceholderText(_tr(
            "Vad hände, och vad fick det för följder för teamets arbete?"))
        resolution = self.inputs["resolution"]
        assert isinstance(resolution, QPlainTextEdit)
        resolution.setPlaceholderText(_tr("Vad gjordes, eller vad ska göras?"))

    @property
    def saved_id(self) -> int | None:
        return self.result_value if isinstance(self.result_value, int) else None


STATUS_FILTERS: tuple[tuple[str, DeviationStatus | None], ...] = (
    (QT_TRANSLATE_NOOP("DeviationsArea", "alla"), None),
    (QT_TRANSLATE_NOOP("DeviationsArea", "öppna"), DeviationStatus.OPEN),
    (QT_TRANSLATE_NOOP("DeviationsArea", "under åtgärd"), DeviationStatus.IN_PROGRESS),
    (QT_TRANSLATE_NOOP("DeviationsArea", "åtgärdade"), DeviationStatus.RESOLVED),
)


class DeviationsArea(QWidget):
    """The deviations register: filter by status and year, register new ones, change them."""

    changed = Signal()

    def __init__(self, tf: TeamFile, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.tf = tf
        self.today = today

        title = QLabel(self.tr("Avvikelser"))
        title.setObjectName("area_title")
        hint = QLabel(self.tr(
            "Beskriv avvikelser utan personuppgifter: inga namn, personnummer eller "
            "ärendenummer. Registret går till den lokala styrgruppen och sparas; en avvikelse "
            "kan ändras men inte tas bort."))
        hint.setObjectName("deviations_hint")
        hint.setWordWrap(True)

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.setAccessibleName(self.tr("Visa status"))
        for label, value in STATUS_FILTERS:
            self.status_filter.addItem(self.tr(label), value.value if value else None)
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_filter)
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("year_filter")
        self.year_filter.setAccessibleName(self.tr("Visa år"))
        self.year_filter.addItem(self.tr("alla"), None)
        year_label = QLabel(self.tr("&År:"))
        year_label.setBuddy(self.year_filter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload_rows())
        self.year_filter.currentIndexChanged.connect(lambda _i: self.reload_rows())

        self.new_button = QPushButton(self.tr("&Ny avvikelse…"))
        self.new_button.setObjectName("new_deviation")
        self.edit_button = QPushButton(self.tr("&Ändra…"))
        self.edit_button.setObjectName("edit_deviation")
        self.new_button.clicked.connect(self.new_deviation)
        self.edit_button.clicked.connect(self.edit_deviation)

        self.model = DeviationTableModel()
        self.table = row_table(self.model, object_name="deviations",
                               accessible_name=self.tr("Avvikelser"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DeviationTableModel.DESCRIPTION_COLUMN,
                                    QHeaderView.ResizeMode.Stretch)
        # Enter, and a double-click (activation on this platform), open the change dialog.
        self.table.activated.connect(lambda _i: self.edit_deviation())

        self.status = QLabel()
        self.status.setObjectName("deviations_status")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(status_label)
        top.addWidget(self.status_filter)
        top.addSpacing(12)
        top.addWidget(year_label)
        top.addWidget(self.year_filter)
        top.addSpacing(16)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.status_filter, self.year_filter)
        self.setTabOrder(self.year_filter, self.new_button)
        self.setTabOrder(self.new_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.activated.connect(self.new_deviation)  # not activated=: PySide6 crashes
        self.refresh()

    # --- data
    def refresh(self) -> None:
        """Read the register again (years for the filter, then the rows)."""
        with self.tf.session() as s:
            years = service.deviation_years(s)
        current = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("alla"), None)
        for y in years:
            self.year_filter.addItem(str(y), y)
        select_data(self.year_filter, current)
        self.year_filter.blockSignals(False)
        self.reload_rows()

    def reload_rows(self) -> None:
        selected = self.selected()
        status = self.status_filter.currentData()
        rows = load_deviation_rows(
            self.tf, status=DeviationStatus(status) if status else None,
            year=self.year_filter.currentData())
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()
        self._describe()

    def _describe(self) -> None:
        rows = self.model.rows
        filtered = self.status_filter.currentIndex() > 0 or self.year_filter.currentIndex() > 0
        if not rows:
            self.status.setText(
                self.tr("Inga avvikelser med det här urvalet.") if filtered else
                self.tr("Inga avvikelser registrerade. Välj Ny avvikelse… för att lägga in "
                        "en."))
            return
        open_ = sum(r.status == DeviationStatus.OPEN for r in rows)
        ongoing = sum(r.status == DeviationStatus.IN_PROGRESS for r in rows)
        shown = (self.tr("1 avvikelse visas") if len(rows) == 1 else
                 self.tr("{n} avvikelser visas").format(n=len(rows)))
        self.status.setText(self.tr("{shown}: {open} öppna, {ongoing} under åtgärd.").format(
            shown=shown, open=open_, ongoing=ongoing))

    def select(self, deviation_id: int) -> bool:
        for i, r in enumerate(self.model.rows):
            if r.id == deviation_id:
                self.table.selectRow(i)
                return True
        return False

    def selected(self) -> DeviationRow | None:
        sm = self.table.selectionModel()
        rows = sm.selectedRows() if sm is not None else []
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def _show_saved(self, deviation_id: int) -> None:
        """Refresh and select the saved row; widen the filters if they would hide it."""
        self.refresh()
        if not self.select(deviation_id):
            self.status_filter.setCurrentIndex(0)
            self.year_filter.setCurrentIndex(0)
            self.select(deviation_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- actions
    def new_deviation(self) -> None:
        dlg = DeviationDialog(self, self.tf, None, self.today)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.saved_id is not None:
            self._show_saved(dlg.saved_id)
            self.changed.emit()

    def edit_deviation(self) -> None:
        r = self.selected()
        if r is None:
            return
        dlg = DeviationDialog(self, self.tf, r, self.today)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._show_saved(r.id)
            self.changed.emit()
