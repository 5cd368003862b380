"""The 4R area: R1 Representation and R2 Resources by gender, R3 Realia and R4 Realisera.

The figures are computed (fourr.statistics) and shown unprotected here, in the team's own
room; an export asks who it is for, and small counts are protected by default for the steering
group and the federation office.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
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
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ..fourr import analysis
from ..fourr.exporting import export_fourr
from ..fourr.report import RECIPIENTS, FourRContent, build_fourr
from ..models import FourRActionStatus
from ..models.enums import QT_TRANSLATE_NOOP
from ..reports.periods import Period
from ..reports.statistics import GenderCount
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from .common import ERROR_STYLE, VerticalScroll, enum_label, message_text
from .period_area import PeriodArea
from .report_html import table_html

ID_ROLE = Qt.ItemDataRole.UserRole
#: Colours of the gender parts (kvinnor, män, annat), told apart by their labels too.
PART_COLOURS = ("#1f4e79", "#9dc3e6", "#d9d9d9")


class GenderShareChart(QWidget):
    """Horizontal 100 % bars: each population split into women, men and other, with shares."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("gender_share_chart")
        self.setAccessibleName(self.tr("Könsfördelning"))
        self.bars: list[tuple[str, GenderCount]] = []
        self.setMinimumHeight(230)

    def set_bars(self, bars: list[tuple[str, GenderCount]]) -> None:
        self.bars = bars
        self.setMinimumHeight(60 + 36 * len(bars))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w = 230
        width = max(100, self.width() - label_w - 20)
        y = 10
        for label, g in self.bars:
            p.setPen(QColor("#000000"))
            p.drawText(QRectF(0, y, label_w - 8, 28),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       f"{label} ({g.total})")
            x = float(label_w)
            for n, colour in zip((g.woman, g.man, g.other), PART_COLOURS, strict=True):
                if not g.total or not n:
                    continue
                w = width * n / g.total
                p.fillRect(QRectF(x, y, w, 28), QColor(colour))
                if w > 44:
                    p.setPen(QColor("#ffffff" if colour == PART_COLOURS[0] else "#000000"))
                    p.drawText(QRectF(x, y, w, 28), int(Qt.AlignmentFlag.AlignCenter),
                               f"{round(100 * n / g.total)} %")
                x += w
            y += 36
        p.setPen(QColor("#000000"))
        x = float(label_w)
        for name, colour in zip((self.tr("Kvinnor"), self.tr("Män"), self.tr("Annat/ej angivet")),
                                PART_COLOURS, strict=True):
            p.fillRect(QRectF(x, y + 4, 14, 14), QColor(colour))
            p.drawText(QRectF(x + 18, y, 160, 22), int(Qt.AlignmentFlag.AlignVCenter), name)
            x += 160
        p.end()


class ExportDialog(QDialog):
    """Who the export is for; small counts protected by default for those outside the team."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exportera 4R-analysen"))
        self.recipient = QComboBox()
        self.recipient.setObjectName("fourr_recipient")
        for key, (label, _protect) in RECIPIENTS.items():
            self.recipient.addItem(self.tr(label), key)
        self.protect = QCheckBox(self.tr("Skydda små tal (1–4 visas som \"<5\")"))
        self.protect.setObjectName("fourr_protect")
        self.protect.setChecked(True)
        self.recipient.currentIndexChanged.connect(
            lambda _i: self.protect.setChecked(RECIPIENTS[self.recipient.currentData()][1]))
        form = QFormLayout(self)
        lab = QLabel(self.tr("&Mottagare:"))
        lab.setBuddy(self.recipient)
        form.addRow(lab, self.recipient)
        form.addRow("", self.protect)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class FourRArea(PeriodArea):
    WHAT = QT_TRANSLATE_NOOP("FourRArea", "4R-analysen")
    FILE_PREFIX = "4R"
    OBJECT_PREFIX = "fourr"

    def __init__(self, tf: TeamFile, *, today: dt.date | None = None) -> None:
        super().__init__(tf, self.tr("4R"), self.tr(
            "4R-analysen med könsuppdelad statistik: R1 Representation och R2 Resurser räknas "
            "fram ur ärendena; R3 Realia och R4 Realisera skriver du. Här visas alla tal; i "
            "exporter till styrgruppen och förbundskansliet skyddas små tal."), today=today)
        self.content: FourRContent | None = None
        self.chart = GenderShareChart()
        self.r1 = QTextBrowser()
        self.r1.setObjectName("fourr_r1")
        self.r1.setAccessibleName(self.tr("R1 Representation"))
        r1_page = QWidget()
        r1l = QVBoxLayout(r1_page)
        r1l.setContentsMargins(0, 0, 0, 0)
        r1l.addWidget(self.chart)
        r1l.addWidget(self.r1, 1)
        self.r2 = QTextBrowser()
        self.r2.setObjectName("fourr_r2")
        self.r2.setAccessibleName(self.tr("R2 Resurser"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("fourr_tabs")
        self.tabs.addTab(r1_page, self.tr("R1 Representation"))
        self.tabs.addTab(self.r2, self.tr("R2 Resurser"))
        self.tabs.addTab(VerticalScroll(self._analysis_page()), self.tr("R3 och R4"))
        self.finish_layout(self.tabs)

    # --- R3 and R4
    def _analysis_page(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.text_edits: dict[str, QPlainTextEdit] = {}
        for key, label, hint in analysis.TEXTS:
            lab = QLabel(f"<b>{self.tr(label)}</b> – {self.tr(hint)}")
            lab.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setObjectName(f"fourr_text_{key.split('.')[-1]}")
            edit.setAccessibleName(self.tr(label))
            edit.setTabChangesFocus(True)
            lab.setBuddy(edit)
            v.addWidget(lab)
            v.addWidget(edit, 1)
            self.text_edits[key] = edit
        self.save_texts_button = QPushButton(self.tr("&Spara texterna"))
        self.save_texts_button.setObjectName("fourr_save_texts")
        self.save_texts_button.clicked.connect(self.save_texts)
        save_key = QShortcut(QKeySequence.StandardKey.Save, page)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save_texts)
        v.addWidget(self.save_texts_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.actions_label = QLabel()
        self.actions = QListWidget()
        self.actions.setObjectName("fourr_actions")
        self.actions.setAccessibleName(self.tr("Periodens åtgärder (R4)"))
        self.actions_label.setBuddy(self.actions)
        self.new_action = QLineEdit()
        self.new_action.setObjectName("fourr_new_action")
        self.new_action.setPlaceholderText(self.tr("En åtgärd för förändring…"))
        self.new_action.setAccessibleName(self.tr("Ny åtgärd"))
        self.new_action.returnPressed.connect(self.add_action)
        add = QPushButton(self.tr("&Lägg till åtgärd"))
        add.setObjectName("fourr_add_action")
        add.clicked.connect(self.add_action)
        remove = QPushButton(self.tr("&Ta bort åtgärd"))
        remove.setObjectName("fourr_remove_action")
        remove.clicked.connect(self.remove_action)
        self.action_error = QLabel()
        self.action_error.setStyleSheet(ERROR_STYLE)
        self.action_error.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.new_action, 1)
        row.addWidget(add)
        row.addWidget(remove)
        v.addWidget(self.actions_label)
        v.addWidget(self.actions)
        v.addLayout(row)
        v.addWidget(self.action_error)

        self.previous_label = QLabel()
        self.previous = QTableWidget(0, 2)
        self.previous.setObjectName("fourr_previous_actions")
        self.previous.setAccessibleName(self.tr("Förra periodens åtgärder"))
        self.previous.setHorizontalHeaderLabels([self.tr("Åtgärd"), self.tr("Status")])
        self.previous.horizontalHeader().setSectionResizeMode(
            0, self.previous.horizontalHeader().ResizeMode.Stretch)
        self.previous_label.setBuddy(self.previous)
        v.addWidget(self.previous_label)
        v.addWidget(self.previous)
        return page

    # --- the period
    def load_period(self, period: Period) -> None:
        with self.tf.session() as s:
            texts = analysis.load_texts(s, period)
        for key, edit in self.text_edits.items():
            edit.setPlainText(texts.get(key, ""))

    def refresh(self) -> None:
        if self.period is None:
            return
        with self.busy(), self.tf.session() as s:
            self.content = build_fourr(s, self.period, protect=False)
            actions = analysis.actions(s, self.period)
            prev_period, prev = analysis.previous_actions(s, self.period)
            action_rows = [(a.id, a.text) for a in actions]
            prev_rows = [(a.id, a.text, a.status) for a in prev]
        c = self.content
        r = c.stats.report
        self.chart.set_bars([
            (self.tr("Nya deltagare"), r.flow.new),
            (self.tr("Aktiva vid periodens slut"), r.flow.active_end),
            (self.tr("Avslutade"), r.flow.closed),
            (self.tr("Teamets ledamöter"), c.stats.team_members.total),
            (self.tr("Styrgruppens ledamöter"), c.stats.steering_members.total),
        ])
        head = f"<h2>{c.team_name} – {c.period.label}</h2><p>{c.period.span}</p>"
        shown = c.presented()
        for browser, part in ((self.r1, "R1"), (self.r2, "R2")):
            bar = browser.verticalScrollBar()
            keep = bar.value()
            browser.setHtml(head + "".join(table_html(t) for spec, t in shown
                                           if spec.part == part))
            bar.setValue(keep)
        self.actions_label.setText(self.tr("Åtgärder för {period} (R4):").format(
            period=self.period.label))
        self.actions.clear()
        for action_id, text in action_rows:
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, action_id)
            self.actions.addItem(item)
        self.previous_label.setText(self.tr("Förra periodens åtgärder ({period}) – hur gick "
                                            "de?").format(period=prev_period.label))
        self.previous.setRowCount(0)
        for action_id, text, status in prev_rows:
            i = self.previous.rowCount()
            self.previous.insertRow(i)
            self.previous.setItem(i, 0, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Status för åtgärden"))
            for m in FourRActionStatus:
                combo.addItem(enum_label(m), m.value)
            combo.setCurrentIndex(combo.findData(status.value))
            combo.currentIndexChanged.connect(
                lambda _i, a=action_id, cb=combo: self.set_status(a, cb.currentData()))
            self.previous.setCellWidget(i, 1, combo)
        if not prev_rows:
            self.previous_label.setText(self.tr("Förra perioden ({period}) har inga åtgärder "
                                                "att följa upp.").format(period=prev_period.label))

    # --- actions
    def save_texts(self) -> bool:
        if self.period is None:
            return False
        with self.tf.session() as s, s.begin():
            changed = analysis.save_texts(s, self.period, {
                k: e.toPlainText() for k, e in self.text_edits.items()})
        self.status.setText(self.tr("Texterna sparade.") if changed
                            else self.tr("Inget att spara."))
        return True

    def add_action(self) -> bool:
        if self.period is None:
            return False
        try:
            with self.tf.session() as s, s.begin():
                analysis.add_action(s, self.period, self.new_action.text())
        except FieldErrors as e:
            self.action_error.setText(message_text(next(iter(e.errors.values()))))
            self.action_error.setVisible(True)
            self.new_action.setFocus()
            return False
        self.action_error.setVisible(False)
        self.new_action.clear()
        self.refresh()
        return True

    def remove_action(self) -> bool:
        item = self.actions.currentItem()
        if item is None:
            return False
        try:
            with self.tf.session() as s, s.begin():
                analysis.remove_action(s, item.data(ID_ROLE))
        except FieldErrors as e:
            self.action_error.setText(message_text(next(iter(e.errors.values()))))
            self.action_error.setVisible(True)
            return False
        self.refresh()
        return True

    def set_status(self, action_id: int, status: str) -> None:
        with self.tf.session() as s, s.begin():
            analysis.update_action(s, action_id, status=status)
        self.status.setText(self.tr("Status sparad."))

    # --- export
    def export_options(self) -> dict | None:
        """Who the export is for: small counts protected by default outside the team."""
        dlg = ExportDialog(self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return {"protect": dlg.protect.isChecked(), "recipient": dlg.recipient.currentData()}

    def write_export(self, session: Session, period: Period, fmt: str, path: Path,
                     **options: object) -> None:
        recipient = options.get("recipient")
        export_fourr(session, period, fmt, path, protect=bool(options.get("protect", True)),
                     recipient=str(recipient) if recipient else None)
