"""The budget table of the report: rows typed by the coordinator, difference and sums computed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models.enums import QT_TRANSLATE_NOOP
from ..reports import budget
from ..reports.periods import Period
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from .common import ERROR_STYLE, save_shortcut

#: (form field, header) of the typed columns by table column; column 3 is the computed difference.
COLUMNS = {0: ("label", QT_TRANSLATE_NOOP("BudgetEditor", "Kr")),
           1: ("budget", QT_TRANSLATE_NOOP("BudgetEditor", "Budget")),
           2: ("outcome", QT_TRANSLATE_NOOP("BudgetEditor", "Utfall period")),
           3: ("", QT_TRANSLATE_NOOP("BudgetEditor", "Differens")),
           4: ("forecast", QT_TRANSLATE_NOOP("BudgetEditor", "Prognos"))}
#: Shown through BudgetEditor.tr in the messages about a cell.
FIELD_NAMES = {"label": QT_TRANSLATE_NOOP("BudgetEditor", "Rad"),
               "budget": QT_TRANSLATE_NOOP("BudgetEditor", "Budget"),
               "outcome": QT_TRANSLATE_NOOP("BudgetEditor", "Utfall period"),
               "forecast": QT_TRANSLATE_NOOP("BudgetEditor", "Prognos")}
BAD = QColor("#f4cccc")


class BudgetEditor(QWidget):
    saved = Signal()

    def __init__(self, tf: TeamFile) -> None:
        super().__init__()
        self.tf = tf
        self.period: Period | None = None
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("budget_table")
        self.table.setAccessibleName(self.tr("Budgettabell"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for _f, h in COLUMNS.values()])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(True)
        self.table.itemChanged.connect(self._recompute)
        self.sums = QLabel()
        self.sums.setObjectName("budget_sums")
        self.errors = QLabel()
        self.errors.setObjectName("budget_errors")
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setWordWrap(True)
        self.errors.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("budget_status")
        add = QPushButton(self.tr("&Lägg till rad"))
        add.setObjectName("budget_add_row")
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(self.tr("&Ta bort rad"))
        remove.setObjectName("budget_remove_row")
        remove.clicked.connect(self.remove_row)
        previous = QPushButton(self.tr("Hämta raderna från förra perioden"))
        previous.setObjectName("budget_previous")
        previous.clicked.connect(self.take_previous)
        save = QPushButton(self.tr("Spara &budgeten"))
        save.setObjectName("save_budget")
        save.clicked.connect(self.save)
        save_shortcut(self, self.save)
        hint = QLabel(self.tr("Belopp i kronor, till exempel 2 220 000. Differens (budget − "
                              "utfall) och summor räknas fram."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (add, remove, previous, save):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sums)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    # --- rows
    def add_row(self, row: budget.BudgetRow | None = None, *, with_amounts: bool = True) -> int:
        self.table.blockSignals(True)
        r = self.table.rowCount()
        self.table.insertRow(r)
        values = ["", "", "", "", ""]
        if row is not None:
            values = [row.label, budget.format_amount(row.budget) if with_amounts else "",
                      budget.format_amount(row.outcome) if with_amounts else "", "",
                      budget.format_amount(row.forecast) if with_amounts else ""]
        for col, text in enumerate(values):
            item = QTableWidgetItem(text)
            if col:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == 3:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, col, item)
        self.table.blockSignals(False)
        self._recompute()
        return r

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self._recompute()

    def forms(self) -> list[budget.BudgetRowForm]:
        out = []
        for r in range(self.table.rowCount()):
            cells = {f: (self.table.item(r, c).text() if self.table.item(r, c) else "")
                     for c, (f, _h) in COLUMNS.items() if f}
            out.append(budget.BudgetRowForm(**cells))
        return out

    def _recompute(self, *_args: object) -> None:
        self.table.blockSignals(True)
        total_b = total_o = 0.0
        for r in range(self.table.rowCount()):
            try:
                b = budget.parse_amount(self.table.item(r, 1).text())
                o = budget.parse_amount(self.table.item(r, 2).text())
                diff = budget.format_amount(b - o)
                total_b += b
                total_o += o
            except (ValueError, AttributeError):
                diff = ""
            if self.table.item(r, 3) is not None:
                self.table.item(r, 3).setText(diff)
        self.table.blockSignals(False)
        self.sums.setText(self.tr("Summa: budget {b}, utfall {o}, differens {d} kr").format(
            b=budget.format_amount(total_b), o=budget.format_amount(total_o),
            d=budget.format_amount(total_b - total_o)))

    # --- load and save
    def load(self, period: Period) -> None:
        self.period = period
        with self.tf.session() as s:
            table = budget.load_budget(s, period)
        self.table.setRowCount(0)
        for row in table.rows:
            self.add_row(row)
        self._clear_errors()
        self.status.setText("")
        self._recompute()

    def _clear_errors(self) -> None:
        self.errors.setVisible(False)
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")

    def save(self) -> bool:
        if self.period is None:
            return False
        self._clear_errors()
        try:
            with self.tf.session() as s, s.begin():
                budget.save_budget(s, self.period, self.forms())
        except FieldErrors as e:
            self._show_errors(e.errors)
            self.status.setText(self.tr("Budgeten sparades inte; rätta det som är markerat."))
            return False
        self.status.setText(self.tr("Budgeten är sparad."))
        self.saved.emit()
        return True

    def _show_errors(self, errors: dict[str, str]) -> None:
        lines = []
        col_of = {f: c for c, (f, _h) in COLUMNS.items() if f}
        first = None
        for key, message in errors.items():
            if key.startswith("row") and "." in key:
                row_part, field = key.split(".", 1)
                r = int(row_part[3:])
                item = self.table.item(r, col_of[field])
                if item is not None:
                    item.setBackground(QBrush(BAD))
                    item.setToolTip(message)
                    first = first or item
                lines.append(self.tr("Rad {n}, {field}: {msg}").format(
                    n=r + 1, field=self.tr(FIELD_NAMES[field]), msg=message))
            else:
                lines.append(message)
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(True)
        if first is not None:
            self.table.setCurrentItem(first)
            self.table.setFocus()

    def take_previous(self) -> int:
        """Take the row labels (and budget) of the nearest earlier period of the same kind."""
        if self.period is None:
            return 0
        with self.tf.session() as s:
            found = budget.previous_budget(s, self.period)
        if found is None:
            self.status.setText(self.tr("Ingen tidigare period av samma slag har en budget."))
            return 0
        source, table = found
        have = {f.label.strip() for f in self.forms()}
        added = 0
        for row in table.rows:
            if row.label not in have:
                r = self.add_row(row, with_amounts=False)
                self.table.item(r, 1).setText(budget.format_amount(row.budget))
                added += 1
        self.status.setText(self.tr("{n} rader hämtade från {period}: fyll i utfall och "
                                    "prognos och spara.").format(n=added, period=source.label))
        return added
