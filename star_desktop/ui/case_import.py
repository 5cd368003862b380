"""Importing cases from Excel in the GUI: pick the sheet, import all or nothing, show the result.

The rules are those of cases.importer (the same as `star-desktop import-cases`); this module
only asks for files and shows what happened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..storage.teamfile import TeamFile
from ..team import service as team_service
from .common import message_text

if TYPE_CHECKING:
    from ..cases.import_reading import ImportProblem


def _tr(text: str) -> str:
    """The functions below run for any parent widget; one context keeps their texts together."""
    return QCoreApplication.translate("CaseImport", text)


class ImportErrorsDialog(QDialog):
    """Every bad row and column with its reason; nothing was imported."""

    def __init__(self, parent: QWidget | None, lines: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importen gjordes inte"))
        self.resize(720, 440)
        head = QLabel(self.tr(
            "Inget importerades: {n} fel i filen. Rätta raderna i Excel och importera igen."
        ).format(n=len(lines)))
        head.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setObjectName("import_errors")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Fel i importfilen"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


def ask_sheet(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, _tr("Importera ärenden från Excel"), str(Path.home()),
        _tr("Excel-filer (*.xlsx)"))
    return Path(chosen) if chosen else None


def ask_template_path(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, _tr("Spara importmall"), str(Path.home() / "Importmall ärenden.xlsx"),
        _tr("Excel-filer (*.xlsx)"))
    if not chosen:
        return None
    return Path(chosen if chosen.endswith(".xlsx") else chosen + ".xlsx")


def problem_line(problem: ImportProblem) -> str:
    """One problem as the dialog lists it, in the app's language (the column is the sheet's own
    Swedish header, as the template has it)."""
    reason = message_text(problem.reason)
    if problem.row and problem.column:
        return _tr("rad {row}, kolumn {column}: {reason}").format(
            row=problem.row, column=problem.column, reason=reason)
    if problem.row:
        return _tr("rad {row}: {reason}").format(row=problem.row, reason=reason)
    return reason


def import_sheet(parent: QWidget, tf: TeamFile, sheet: Path) -> tuple[bool, str | list[str]]:
    """Import ``sheet``; (True, summary) or (False, the problems). Nothing half-saved."""
    from ..cases.importer import ImportErrors, import_cases

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with tf.session() as s, s.begin():
            result = import_cases(s, sheet)
    except ImportErrors as e:
        return False, [problem_line(p) for p in e.errors]
    except (OSError, ValueError) as e:
        return False, [_tr("Filen kunde inte läsas som en Excel-fil: {err}").format(err=e)]
    finally:
        QGuiApplication.restoreOverrideCursor()
    return True, _tr("Importerade {n} ärenden ({m} fanns redan).").format(
        n=result.imported, m=result.already_there)


def run_import(parent: QWidget, tf: TeamFile, sheet: Path | None = None) -> bool:
    sheet = sheet or ask_sheet(parent)
    if sheet is None:
        return False
    ok, outcome = import_sheet(parent, tf, sheet)
    if ok:
        QMessageBox.information(parent, _tr("Import klar"), str(outcome))
        return True
    assert isinstance(outcome, list)
    ImportErrorsDialog(parent, outcome).exec()
    return False


def write_template(parent: QWidget, tf: TeamFile, path: Path | None = None) -> Path | None:
    from ..cases.import_template import write_template as write

    path = path or ask_template_path(parent)
    if path is None:
        return None
    with tf.session() as s:
        names = [p.name for p in team_service.parties(s)]
    try:
        write(path, party_names=names)
    except OSError as e:
        QMessageBox.critical(parent, _tr("Mallen kunde inte sparas"), str(e))
        return None
    return path
