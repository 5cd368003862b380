"""The Rapporter area: the tertial and annual report of a chosen period.

Four tabs over one period: the figures (every table computed from the cases), the texts of the
shared template, the year's targets against the outcome, and the budget; the report goes out as
xlsx or PDF. The area only shows and collects — the figures come from reports.statistics, the
rules of texts, targets and budget from their services.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QTabWidget, QTextBrowser
from sqlalchemy.orm import Session

from ..models.enums import QT_TRANSLATE_NOOP
from ..reports.exporting import export_report
from ..reports.periods import Period
from ..reports.report import ReportContent, build_report
from ..storage.teamfile import TeamFile
from .period_area import PeriodArea
from .report_budget import BudgetEditor
from .report_html import report_html
from .report_targets import TargetsEditor
from .report_texts import ReportTextsEditor


class ReportsArea(PeriodArea):
    WHAT = QT_TRANSLATE_NOOP("ReportsArea", "Rapporten")
    FILE_PREFIX = "Rapport"
    OBJECT_PREFIX = "report"

    def __init__(self, tf: TeamFile, *, today: dt.date | None = None) -> None:
        super().__init__(tf, self.tr("Rapporter"), self.tr(
            "Tertial- och årsrapporten i förbundets gemensamma mall. Siffrorna räknas fram ur "
            "ärendena för perioden; texterna, målen och budgeten skriver du här."), today=today)
        self.content: ReportContent | None = None
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
        self.finish_layout(self.tabs)

    def may_leave_period(self) -> bool:
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

    def load_period(self, period: Period) -> None:
        self.texts.load(period)
        self.targets.load(period.end.year)
        self.budget.load(period)

    def refresh(self) -> None:
        """Recompute the figures of the period (after a save, or when cases changed)."""
        if self.period is None:
            return
        with self.busy(), self.tf.session() as s:
            self.content = build_report(s, self.period)
        bar = self.figures.verticalScrollBar()
        keep = bar.value()
        self.figures.setHtml(report_html(self.content))
        bar.setValue(keep)
        self.targets.show_outcome(self.content.stats)

    def write_export(self, session: Session, period: Period, fmt: str, path: Path,
                     **options: object) -> None:
        export_report(session, period, fmt, path)
