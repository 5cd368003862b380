"""The Rapporter area: the tertial and annual report of a chosen period.

Four tabs over one period: the figures (every table computed from the cases), the texts of the
shared template, the year's targets against the outcome, and the budget; the report goes out as
xlsx or PDF. The area only shows and collects — the figures come from reports.statistics, the
rules of texts, targets and budget from their services.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..reports.exporting import export_report
from ..reports.periods import Period
from ..reports.report import ReportContent, build_report
from ..storage.teamfile import TeamFile
from .report_budget import BudgetEditor
from .report_html import report_html
from .report_period import PeriodPicker
from .report_targets import TargetsEditor
from .report_texts import ReportTextsEditor


class ReportsArea(QWidget):
    def __init__(self, tf: TeamFile, *, today: dt.date | None = None) -> None:
        super().__init__()
        self.tf = tf
        self.content: ReportContent | None = None
        title = QLabel(self.tr("Rapporter"))
        title.setObjectName("area_title")
        intro = QLabel(self.tr(
            "Tertial- och årsrapporten i förbundets gemensamma mall. Siffrorna räknas fram ur "
            "ärendena för perioden; texterna, målen och budgeten skriver du här."))
        intro.setWordWrap(True)

        self.picker = PeriodPicker(today)
        self.picker.changed.connect(self.set_period)
        self.export_xlsx_button = QPushButton(self.tr("Exportera &xlsx…"))
        self.export_xlsx_button.setObjectName("export_report_xlsx")
        self.export_xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.export_pdf_button = QPushButton(self.tr("Exportera &pdf…"))
        self.export_pdf_button.setObjectName("export_report_pdf")
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.export_xlsx_button)
        top.addWidget(self.export_pdf_button)

        self.figures = QTextBrowser()
        self.figures.setObjectName("report_figures")
        self.figures.setAccessibleName(self.tr("Rapportens siffror"))
        self.figures.setOpenLinks(False)
        self.texts = ReportTextsEditor(tf)
        self.targets = TargetsEditor(tf)
        self.targets.saved.connect(self.refresh)
        self.budget = BudgetEditor(tf)
        self.budget.saved.connect(self.refresh)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("report_tabs")
        self.tabs.addTab(self.figures, self.tr("Siffror"))
        self.tabs.addTab(self.texts, self.tr("Texter"))
        self.tabs.addTab(self.targets, self.tr("Mål"))
        self.tabs.addTab(self.budget, self.tr("Budget"))
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        # Nothing is computed until the area is first shown: the main window's start stays fast.
        self.period: Period | None = None

    # --- the period
    def confirm_unsaved(self) -> bool:
        """Ask before unsaved texts are left; True when it is fine to go on."""
        if not self.texts.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Osparade texter"),
            self.tr("Texterna för {period} har ändringar som inte är sparade. Spara dem?")
            .format(period=self.period.label if self.period else ""),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return self.texts.save()
        return True

    def set_period(self, period: Period) -> None:
        if self.period is not None and period != self.period and not self.confirm_unsaved():
            self.picker.set_period(self.period)
            return
        self.period = period
        self.texts.load(period)
        self.targets.load(period.end.year)
        self.budget.load(period)
        self.refresh()

    def refresh(self) -> None:
        """Recompute the figures of the period (after a save, or when cases changed)."""
        if self.period is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.tf.session() as s:
                self.content = build_report(s, self.period)
        finally:
            QGuiApplication.restoreOverrideCursor()
        bar = self.figures.verticalScrollBar()
        keep = bar.value()
        self.figures.setHtml(report_html(self.content))
        bar.setValue(keep)
        self.targets.show_outcome(self.content.stats)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        """First shown: compute the default period. Shown again: cases may have changed in
        another area since the figures were computed."""
        super().showEvent(event)
        if self.period is None:
            first = self.picker.period()
            if first is not None:
                self.set_period(first)
        elif self.content is not None:
            self.refresh()

    # --- export
    def ask_path(self, fmt: str, suggested: str) -> Path | None:
        pattern = self.tr("Excel-filer (*.xlsx)") if fmt == "xlsx" else self.tr("PDF (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Spara rapporten"),
                                                str(Path.home() / suggested), pattern)
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(f".{fmt}") else f"{chosen}.{fmt}")

    def export(self, fmt: str) -> Path | None:
        if self.period is None or not self.confirm_unsaved():
            return None
        with self.tf.session() as s:
            from ..team import service as team_service

            team = team_service.get_team(s).name
        path = self.ask_path(fmt, f"Rapport {team} {self.period.key}.{fmt}")
        if path is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.tf.session() as s, s.begin():
                export_report(s, self.period, fmt, path)
        except OSError as e:
            self.status.setText(self.tr("Rapporten kunde inte sparas: {path} ({err})").format(
                path=path, err=e.strerror or e))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Rapporten sparad: {path}").format(path=path))
        return path
