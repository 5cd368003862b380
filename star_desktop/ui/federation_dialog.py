"""The federation office's county view (Länssammanställning) from the GUI.

Pick several teams' exported workbooks (report or 4R, one period), then write the county
summary as xlsx or PDF. No team file is needed: the office works on the files the teams sent.
A file that cannot be added is named in the message and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .common import ERROR_STYLE, message_text

PATH_ROLE = Qt.ItemDataRole.UserRole


class FederationDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Länssammanställning"))
        self.resize(720, 460)
        intro = QLabel(self.tr(
            "Välj teamens exporterade arbetsböcker (rapport eller 4R, samma period). Siffrorna "
            "läggs ihop team för team; andelar och medelvärden räknas om från de summerade "
            "antalen."))
        intro.setWordWrap(True)
        self.files = QListWidget()
        self.files.setObjectName("federation_files")
        self.files.setAccessibleName(self.tr("Teamens filer"))
        files_label = QLabel(self.tr("&Filer:"))
        files_label.setBuddy(self.files)
        add = QPushButton(self.tr("&Lägg till filer…"))
        add.setObjectName("federation_add")
        add.clicked.connect(self.choose_files)
        remove = QPushButton(self.tr("&Ta bort"))
        remove.setObjectName("federation_remove")
        remove.clicked.connect(self.remove_selected)
        self.write_xlsx = QPushButton(self.tr("Skapa &xlsx…"))
        self.write_xlsx.setObjectName("federation_xlsx")
        self.write_xlsx.clicked.connect(lambda: self.write("xlsx"))
        self.write_pdf = QPushButton(self.tr("Skapa &pdf…"))
        self.write_pdf.setObjectName("federation_pdf")
        self.write_pdf.clicked.connect(lambda: self.write("pdf"))
        close = QPushButton(self.tr("Stäng"))
        close.clicked.connect(self.reject)
        self.message = QLabel()
        self.message.setObjectName("federation_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        for b in (add, remove):
            row.addWidget(b)
        row.addStretch(1)
        for b in (self.write_xlsx, self.write_pdf, close):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(files_label)
        layout.addWidget(self.files, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._update()

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).data(PATH_ROLE)) for i in range(self.files.count())]

    def add_files(self, paths: list[Path]) -> None:
        have = {p.resolve() for p in self.paths()}
        for p in paths:
            if p.resolve() in have:
                continue
            item = QListWidgetItem(p.name)
            item.setData(PATH_ROLE, str(p))
            item.setToolTip(str(p))
            self.files.addItem(item)
            have.add(p.resolve())
        self._update()

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Välj teamens filer"),
                                                 str(Path.home()),
                                                 self.tr("Excel-filer (*.xlsx)"))
        self.add_files([Path(c) for c in chosen])

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update()

    def _update(self) -> None:
        ready = self.files.count() > 0
        self.write_xlsx.setEnabled(ready)
        self.write_pdf.setEnabled(ready)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def ask_path(self, fmt: str, suggested: str) -> Path | None:
        pattern = self.tr("Excel-filer (*.xlsx)") if fmt == "xlsx" else self.tr("PDF (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Spara länssammanställningen"),
                                                str(Path.home() / suggested), pattern)
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(f".{fmt}") else f"{chosen}.{fmt}")

    def write(self, fmt: str) -> Path | None:
        """Read and check every file, then write; a refused file is named, nothing written."""
        from ..federation.county import summarise
        from ..federation.export import write_county
        from ..federation.reader import FederationInputError

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            summary = summarise(self.paths())
        except FederationInputError as e:
            self._say(message_text(e.message), error=True)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        out = self.ask_path(fmt, f"Länssammanställning {summary.period_label}.{fmt}")
        if out is None:
            return None
        if out.resolve() in {p.resolve() for p in self.paths()}:
            self._say(self.tr("Välj en annan fil än teamens: {path}").format(path=out),
                      error=True)
            return None
        try:
            write_county(summary, out)
        except OSError as e:
            self._say(self.tr("Sammanställningen kunde inte sparas: {path} ({err})").format(
                path=out, err=e.strerror or e), error=True)
            return None
        self._say(self.tr("Sammanställningen av {n} team sparad: {path}").format(
            n=len(summary.teams), path=out))
        return out
