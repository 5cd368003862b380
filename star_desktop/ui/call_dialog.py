"""The meeting call from the GUI: choose the privacy level, then save a PDF, print, save the
calendar file or copy the e-mail text; and mark the call as sent.

Everything that leaves the laptop starts at "case numbers only"; each export is audited.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import audit
from ..meetings import agenda as ag
from ..meetings import calendar
from ..meetings.call import DEFAULT_PRIVACY, CallContent, call_content
from ..models import AuditAction, Meeting
from ..models.enums import QT_TRANSLATE_NOOP
from ..storage.teamfile import TeamFile
from .common import ERROR_STYLE, error_text

#: (level, label shown through CallDialog.tr).
PRIVACY_CHOICES = (
    ("case", QT_TRANSLATE_NOOP("CallDialog", "Endast ärendenummer (för allt som lämnar datorn)")),
    ("initials", QT_TRANSLATE_NOOP("CallDialog", "Initialer och födelseår")),
    ("full", QT_TRANSLATE_NOOP("CallDialog", "Fullständiga namn")),
)


class CallDialog(QDialog):
    def __init__(self, parent: QWidget | None, tf: TeamFile, meeting_id: int) -> None:
        super().__init__(parent)
        self.tf = tf
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Kallelse"))
        self.setMinimumWidth(560)
        with tf.session() as s, s.begin():
            m = s.get(Meeting, meeting_id)
            assert m is not None
            if not m.agenda_items:
                ag.build_agenda(s, m)
            due = calendar.call_due_on(m)
            self.heading = QLabel(self.tr(
                "Kallelse till mötet {date}. Den ska skickas senast {due}.").format(
                    date=m.held_on.isoformat(), due=due.isoformat()))
        self.heading.setWordWrap(True)
        self.privacy = QComboBox()
        self.privacy.setObjectName("call_privacy")
        for value, label in PRIVACY_CHOICES:
            self.privacy.addItem(self.tr(label), value)
        self.privacy.setCurrentIndex(self.privacy.findData(DEFAULT_PRIVACY))
        form = QFormLayout()
        lab = QLabel(self.tr("Personer &visas som:"))
        lab.setBuddy(self.privacy)
        form.addRow(lab, self.privacy)
        self.status = QLabel()
        self.status.setObjectName("call_status")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (("pdf", self.tr("Spara &PDF…"), self.save_pdf),
                                ("print", self.tr("Skriv &ut…"), self.print_call),
                                ("ics", self.tr("&Kalenderfil (.ics)…"), self.save_ics),
                                ("text", self.tr("Kopiera &e-posttext"), self.copy_text),
                                ("sent", self.tr("&Markera som skickad"), self.mark_sent)):
            b = QPushButton(text)
            b.setObjectName(f"call_{key}")
            b.clicked.connect(slot)
            self.buttons[key] = b
            row.addWidget(b)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)

    def content(self) -> CallContent:
        with self.tf.session() as s:
            return call_content(s, s.get(Meeting, self.meeting_id), self.privacy.currentData())

    def _audit(self, what: str, action: AuditAction = AuditAction.EXPORTED) -> None:
        with self.tf.session() as s, s.begin():
            audit.record(s, action, entity="meeting", entity_id=self.meeting_id,
                         detail=f"kallelse {what}, nivå {self.privacy.currentData()}")

    def ask_path(self, title: str, suggested: str, pattern: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested),
                                                pattern)
        return Path(chosen) if chosen else None

    def save_pdf(self) -> Path | None:
        from ..meetings.call_export import call_pdf

        c = self.content()
        path = self.ask_path(self.tr("Spara kallelsen"), f"Kallelse {c.meeting_date}.pdf",
                             self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        call_pdf(c, path)
        self._audit("pdf")
        self.status.setText(self.tr("Sparad: {path}").format(path=path))
        return path

    def save_ics(self) -> Path | None:
        from ..meetings.call_export import write_call_ics

        c = self.content()
        path = self.ask_path(self.tr("Spara kalenderfilen"), f"STAR-möte {c.meeting_date}.ics",
                             self.tr("Kalenderfiler (*.ics)"))
        if path is None:
            return None
        write_call_ics(c, path)
        self._audit("ics")
        self.status.setText(self.tr("Sparad: {path}").format(path=path))
        return path

    def copy_text(self) -> str:
        from ..meetings.call_export import call_text

        text = call_text(self.content())
        QGuiApplication.clipboard().setText(text)
        self._audit("e-posttext")
        self.status.setText(self.tr("E-posttexten är kopierad; klistra in den i e-posten."))
        return text

    def document(self) -> QTextDocument:
        """The call as a text document for the printer (the same text as the e-mail)."""
        from ..meetings.call_export import call_text

        doc = QTextDocument()
        doc.setHtml("<pre style='font-family: sans-serif; font-size: 11pt'>"
                    + html.escape(call_text(self.content())) + "</pre>")
        return doc

    def print_call(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dlg = QPrintDialog(printer, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        self.document().print_(printer)
        self._audit("utskrift", AuditAction.PRINTED)
        self.status.setText(self.tr("Kallelsen är skickad till skrivaren."))
        return True

    def mark_sent(self) -> bool:
        try:
            with self.tf.session() as s, s.begin():
                calendar.mark_call_sent(s, self.meeting_id)
        except ValueError as e:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(error_text(e))
            return False
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Kallelsen är markerad som skickad."))
        return True
