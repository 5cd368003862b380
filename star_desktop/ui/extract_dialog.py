"""The register extract dialog: find a person by personnummer or case number, see whose extract
it is, and save it as a PDF (dataprotection/extract.py builds, writes and audits it).

``export_extract_for`` opens the dialog for a participant already chosen (from the case view).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..dataprotection import extract as ex
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from .common import ERROR_STYLE, FieldMessages


class ExtractDialog(QDialog):
    """Registerutdrag for one participant: who, then "Spara PDF…"."""

    def __init__(self, tf: TeamFile, parent: QWidget | None = None,
                 participant_id: int | None = None) -> None:
        super().__init__(parent)
        self.tf = tf
        self.participant_id: int | None = None
        self.case_numbers: list[str] = []
        #: The last PDF saved, for the caller.
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Registerutdrag"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "Ett registerutdrag visar allt som finns sparat om en person i teamfilen: "
            "personuppgifter, ärenden, insatser, uppföljningar, mötesanteckningar och loggen. "
            "Den som begär det ska få det inom en månad (artikel 15 i dataskyddsförordningen)."))
        intro.setWordWrap(True)

        form = QFormLayout()
        self.fields = FieldMessages(form)
        self.who = QLineEdit()
        self.who.setObjectName("extract_who")
        self.who.setPlaceholderText(self.tr("ÅÅÅÅMMDD-NNNN eller ärendenummer"))
        self.who.setClearButtonEnabled(True)
        self.find_button = QPushButton(self.tr("&Sök"))
        self.find_button.setObjectName("extract_find")
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.find)
        row = QWidget()
        rl = QHBoxLayout(row)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.who, 1)
        rl.addWidget(self.find_button)
        self.fields.add_row("who", self.tr("Personnummer &eller ärendenummer:"), row)
        self.who.setAccessibleName(self.tr("Personnummer eller ärendenummer"))
        self.fields.inputs["who"] = self.who
        self.person = QLabel(self.tr("Ingen vald än."))
        self.person.setObjectName("extract_person")
        self.person.setWordWrap(True)
        self.person.setAccessibleName(self.tr("Utdraget avser"))
        form.addRow(self.tr("Avser:"), self.person)
        self.status = QLabel()
        self.status.setObjectName("extract_status")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        self.save_button = buttons.addButton(self.tr("Spara &PDF…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("extract_save")
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        # Enter in the field searches; it must not press Stäng or Spara PDF… as well.
        for button in buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        self.who.returnPressed.connect(self.find)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        if participant_id is not None:
            self.set_participant(participant_id)
            self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.save_button.setEnabled(False)
            self.who.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_participant(self, participant_id: int) -> None:
        with self.tf.session() as s:
            name = ex.display_name(s, participant_id)
            self.case_numbers = ex.case_numbers_of(s, participant_id)
        self.participant_id = participant_id
        cases = ", ".join(self.case_numbers) or self.tr("inga ärenden")
        self.person.setText(self.tr("{name} – ärenden: {cases}").format(name=name, cases=cases))
        self.save_button.setEnabled(True)

    def find(self) -> bool:
        """Look the typed personnummer or case number up; a message under the field if none."""
        try:
            with self.tf.session() as s:
                pid = ex.find_participant(s, self.who.text())
        except FieldErrors as e:
            self.fields.show(e.errors)
            self.participant_id = None
            self.person.setText(self.tr("Ingen vald."))
            self.save_button.setEnabled(False)
            return False
        self.fields.show({})
        self.set_participant(pid)
        self.status.clear()
        return True

    def ask_path(self, suggested: str) -> Path | None:
        """Where to save the PDF; a test replaces this method."""
        docs = Path.home() / "Documents"
        folder = docs if docs.is_dir() else Path.home()
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Spara registerutdraget"),
                                                str(folder / suggested), self.tr("PDF (*.pdf)"))
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")

    def save(self) -> Path | None:
        """Write and audit the extract of the chosen participant."""
        if self.who.text().strip() and not self.find():
            return None
        if self.participant_id is None:
            return None
        # The file name carries a case number, never the name: folders are listed and synced.
        ref = self.case_numbers[0] if self.case_numbers else f"deltagare-{self.participant_id}"
        path = self.ask_path(f"registerutdrag {ref} {dt.date.today().isoformat()}.pdf")
        if path is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.tf.session() as s, s.begin():
                ex.export_extract(s, self.participant_id, path)
        except OSError as e:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("Utdraget kunde inte sparas: {path} ({err})").format(
                path=path, err=e.strerror or e))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Registerutdraget sparades i {path}.").format(path=path))
        self.saved_path = path
        return path


def export_extract_for(parent: QWidget | None, tf: TeamFile, participant_id: int) -> Path | None:
    """Open the dialog for a participant already chosen; returns the PDF saved, if any."""
    dlg = ExtractDialog(tf, parent, participant_id=participant_id)
    dlg.exec()
    return dlg.saved_path
