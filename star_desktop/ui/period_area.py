"""What the Rapporter and 4R areas share: a period, exports as xlsx and PDF, lazy figures.

A subclass builds its own pages below the bar and implements ``load_period`` (show a period's
texts and figures), ``refresh`` (recompute the figures) and ``write_export`` (one export, in
the given session, audited by its service). Nothing is computed until the area is first shown,
so the main window starts fast; shown again, the figures are recomputed, since cases may have
changed in another area.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ..reports.periods import Period
from ..storage.teamfile import TeamFile
from .report_period import PeriodPicker


class PeriodArea(QWidget):
    #: The area's name in messages ("Rapporten", "4R-analysen") and in suggested file names.
    WHAT = ""
    FILE_PREFIX = ""
    OBJECT_PREFIX = ""

    def __init__(self, tf: TeamFile, title: str, intro: str, *, today: dt.date | None) -> None:
        super().__init__()
        self.tf = tf
        self.period: Period | None = None
        heading = QLabel(title)
        heading.setObjectName("area_title")
        text = QLabel(intro)
        text.setWordWrap(True)
        self.picker = PeriodPicker(today)
        self.picker.changed.connect(self.set_period)
        self.export_xlsx_button = QPushButton(self.tr("Exportera &xlsx…"))
        self.export_xlsx_button.setObjectName(f"export_{self.OBJECT_PREFIX}_xlsx")
        self.export_xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.export_pdf_button = QPushButton(self.tr("Exportera p&df…"))
        self.export_pdf_button.setObjectName(f"export_{self.OBJECT_PREFIX}_pdf")
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        bar = QHBoxLayout()
        bar.addWidget(self.picker, 1)
        bar.addWidget(self.export_xlsx_button)
        bar.addWidget(self.export_pdf_button)
        self.status = QLabel()
        self.status.setObjectName(f"{self.OBJECT_PREFIX}_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QVBoxLayout(self)
        self.body.addWidget(heading)
        self.body.addWidget(text)
        self.body.addLayout(bar)

    def finish_layout(self, main: QWidget) -> None:
        """Put the subclass's main widget under the bar and the status line under it."""
        self.body.addWidget(main, 1)
        self.body.addWidget(self.status)

    # --- the period
    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)
        if self.period is None:
            first = self.picker.period()
            if first is not None:
                self.set_period(first)
        else:
            self.refresh()

    def set_period(self, period: Period) -> None:
        if self.period is not None and period != self.period and not self.may_leave_period():
            self.picker.set_period(self.period)
            return
        self.period = period
        self.load_period(period)
        self.refresh()

    def may_leave_period(self) -> bool:
        """Whether unsaved work allows another period now (asks if need be)."""
        return True

    def load_period(self, period: Period) -> None:
        """Show the period's texts and inputs (every subclass defines it)."""
        raise TypeError(f"{type(self).__name__} must define load_period")

    def refresh(self) -> None:
        """Recompute the figures of the period (every subclass defines it)."""
        raise TypeError(f"{type(self).__name__} must define refresh")

    def busy(self) -> _Busy:
        return _Busy()

    # --- export
    def what(self) -> str:
        """WHAT in the current language, marked with QT_TRANSLATE_NOOP in the subclass's context."""
        return QCoreApplication.translate(type(self).__name__, self.WHAT)

    def ask_path(self, fmt: str, suggested: str) -> Path | None:
        pattern = self.tr("Excel-filer (*.xlsx)") if fmt == "xlsx" else self.tr("PDF (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara {what}").format(what=self.what().lower()),
            str(Path.home() / suggested), pattern)
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(f".{fmt}") else f"{chosen}.{fmt}")

    def export_options(self) -> dict | None:
        """What the export needs besides the format (None: the coordinator cancelled)."""
        return {}

    def write_export(self, session: Session, period: Period, fmt: str, path: Path,
                     **options: object) -> None:
        """Write and audit one export (every subclass defines it)."""
        raise TypeError(f"{type(self).__name__} must define write_export")

    def export(self, fmt: str) -> Path | None:
        if self.period is None or not self.may_leave_period():
            return None
        options = self.export_options()
        if options is None:
            return None
        from ..team import service as team_service

        with self.tf.session() as s:
            team = team_service.get_team(s).name
        path = self.ask_path(fmt, f"{self.FILE_PREFIX} {team} {self.period.key}.{fmt}")
        if path is None:
            return None
        try:
            with self.busy(), self.tf.session() as s, s.begin():
                self.write_export(s, self.period, fmt, path, **options)
        except OSError as e:
            self.status.setText(self.tr("{what} kunde inte sparas: {path} ({err})").format(
                what=self.what(), path=path, err=e.strerror or e))
            return None
        self.status.setText(self.tr("{what} sparad: {path}").format(what=self.what(), path=path))
        return path


class _Busy:
    """The wait cursor while figures are computed or a file is written."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()
