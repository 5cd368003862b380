"""Choosing a report period: a year and a kind (tertial, year, year to date) or any range."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..models.enums import QT_TRANSLATE_NOOP
from ..reports import periods
from ..reports.periods import Period, PeriodError
from ..validation import parse_date
from .common import ERROR_STYLE, error_text

#: (code, Swedish label shown through PeriodPicker.tr) of the kinds offered, in the combo's order.
KINDS = (
    ("T1", QT_TRANSLATE_NOOP("PeriodPicker", "Tertial 1 (januari–april)")),
    ("T2", QT_TRANSLATE_NOOP("PeriodPicker", "Tertial 2 (maj–augusti)")),
    ("T3", QT_TRANSLATE_NOOP("PeriodPicker", "Tertial 3 (september–december)")),
    ("year", QT_TRANSLATE_NOOP("PeriodPicker", "Helår")),
    ("T1-YTD", QT_TRANSLATE_NOOP("PeriodPicker", "Året till och med tertial 1")),
    ("T2-YTD", QT_TRANSLATE_NOOP("PeriodPicker", "Året till och med tertial 2")),
    ("YTD", QT_TRANSLATE_NOOP("PeriodPicker", "Året hittills")),
    ("range", QT_TRANSLATE_NOOP("PeriodPicker", "Eget datumintervall")),
)


def default_period(today: dt.date) -> Period:
    """The tertial that ended most recently: the one a coordinator reports on now."""
    current = periods.tertial_of(today)
    return current.previous()


class PeriodPicker(QWidget):
    """Year + kind, or two ISO dates; emits ``changed`` with a valid Period only."""

    changed = Signal(object)

    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__()
        self.today = today or dt.date.today()
        self.year = QSpinBox()
        self.year.setObjectName("period_year")
        self.year.setRange(2000, 2100)
        self.year.setAccessibleName(self.tr("Rapportens år"))
        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        self.kind.setAccessibleName(self.tr("Period"))
        for code, label in KINDS:
            self.kind.addItem(self.tr(label), code)
        self.start = QLineEdit()
        self.start.setObjectName("period_start")
        self.start.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.start.setAccessibleName(self.tr("Periodens första dag"))
        self.end = QLineEdit()
        self.end.setObjectName("period_end")
        self.end.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.end.setAccessibleName(self.tr("Periodens sista dag"))
        self.message = QLabel()
        self.message.setObjectName("period_error")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)

        year_label = QLabel(self.tr("&År:"))
        year_label.setBuddy(self.year)
        kind_label = QLabel(self.tr("&Period:"))
        kind_label.setBuddy(self.kind)
        self.range_label = QLabel(self.tr("Från – till:"))
        self.range_label.setBuddy(self.start)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (year_label, self.year, kind_label, self.kind, self.range_label, self.start,
                  self.end, self.message):
            row.addWidget(w)
        row.addStretch(1)

        self.set_period(default_period(self.today))
        self.year.valueChanged.connect(self._emit)
        self.kind.currentIndexChanged.connect(self._emit)
        self.start.editingFinished.connect(self._emit)
        self.end.editingFinished.connect(self._emit)

    def set_period(self, p: Period) -> None:
        """Show ``p`` without emitting ``changed``."""
        code = {"year": "year", "range": "range"}.get(p.kind)
        if p.kind == "tertial":
            code = f"T{p.tertial}"
        elif p.kind == "ytd":
            code = f"T{p.tertial}-YTD" if p.tertial else "YTD"
        for w in (self.year, self.kind, self.start, self.end):
            w.blockSignals(True)
        self.year.setValue(p.start.year)
        self.kind.setCurrentIndex(max(0, self.kind.findData(code)))
        self.start.setText(p.start.isoformat())
        self.end.setText(p.end.isoformat())
        for w in (self.year, self.kind, self.start, self.end):
            w.blockSignals(False)
        self._show_range(code == "range")
        self._last = p

    def _show_range(self, on: bool) -> None:
        self.year.setEnabled(not on)
        for w in (self.range_label, self.start, self.end):
            w.setVisible(on)

    def period(self) -> Period | None:
        """The chosen period, or None with the reason shown beside the fields."""
        code = self.kind.currentData()
        y = self.year.value()
        self._show_range(code == "range")
        try:
            if code == "range":
                try:
                    a = parse_date(self.start.text(), required=True)
                    b = parse_date(self.end.text(), required=True)
                except ValueError as e:
                    raise PeriodError(str(e)) from None
                assert a is not None and b is not None
                p = periods.date_range(a, b)
            elif code == "year":
                p = periods.year(y)
            elif code == "YTD":
                p = periods.year_to_date(y, today=self.today)
            elif code.endswith("-YTD"):
                p = periods.year_to_date(y, through_tertial=int(code[1]))
            else:
                p = periods.tertial(y, int(code[1]))
        except PeriodError as e:
            self.message.setText(error_text(e))
            self.message.setVisible(True)
            return None
        self.message.setVisible(False)
        return p

    def _emit(self) -> None:
        p = self.period()
        if p is not None and p != self._last:
            self._last = p
            self.changed.emit(p)
