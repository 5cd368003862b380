"""The Logg tab of Inställningar: the audit log filtered by date, kind and case, and exported for
the data-protection officer.

The table reads the log a page at a time (Qt's canFetchMore/fetchMore over audit.fetch_events'
keyset pages), so a log of 100,000 events opens at once. Nothing here can change an event: the
file refuses it anyway. Shown again, the panel reads the log anew, so the latest events appear.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import audit
from ..audit import AuditFilter, AuditRow
from ..models import AuditAction
from ..models.enums import QT_TRANSLATE_NOOP
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from .common import ERROR_STYLE, RowsModel, enum_label, message_text, row_table

_Index = QModelIndex | QPersistentModelIndex


def count_text(n: int) -> str:
    """ "1 händelse", "1 234 händelser", "Inga händelser"."""
    tr = QCoreApplication.translate
    if n == 0:
        return tr("AuditPanel", "Inga händelser")
    if n == 1:
        return tr("AuditPanel", "1 händelse")
    return tr("AuditPanel", "{count} händelser").format(count=audit.grouped(n))


class AuditTableModel(RowsModel):
    """The filtered log, newest first, read a page at a time as the view scrolls."""

    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Tid"), QT_TRANSLATE_NOOP("AuditTableModel", "Vem"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Händelse"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Vad"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Ärende"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Detaljer"))
    #: Events read per page.
    BLOCK = audit.PAGE_SIZE

    #: After every new filter or refresh: how many events match.
    counted = Signal(int)

    def __init__(self, tf: TeamFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tf = tf
        self.filter = AuditFilter()
        self.rows: list[AuditRow] = []
        self.total = 0
        self._more = False
        #: Pages read (for tests and the benchmark).
        self.fetches = 0

    def set_filter(self, f: AuditFilter) -> None:
        """Count the matching events and show the first page."""
        with self.tf.session() as s:
            total = audit.count_events(s, f)
            rows = audit.fetch_events(s, f, limit=self.BLOCK)
        self.fetches += 1
        self.beginResetModel()
        self.filter, self.total, self.rows = f, total, rows
        self._more = len(rows) == self.BLOCK and len(rows) < total
        self.endResetModel()
        self.counted.emit(total)

    def refresh(self) -> None:
        self.set_filter(self.filter)

    # --- Qt model
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more or not self.rows:
            return
        with self.tf.session() as s:
            rows = audit.fetch_events(s, self.filter, limit=self.BLOCK, after=self.rows[-1].key)
        self.fetches += 1
        self._more = len(rows) == self.BLOCK
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col != 5:
            return None
        return (r.local_time, r.actor, enum_label(r.action), r.entity_label, r.case_number,
                r.detail)[col]


class AuditPanel(QWidget):
    """Filter fields, the paged table, the count and the export of the log."""

    def __init__(self, tf: TeamFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tf = tf
        intro = QLabel(self.tr(
            "Loggen visar varje öppning, ändring, export, utskrift och gallring: vem, när, vad "
            "och vilket ärende. Händelserna kan inte ändras eller tas bort. Exportera loggen "
            "för dataskyddsombudet; den innehåller inga namn, bara ärendenummer."))
        intro.setWordWrap(True)

        self.date_from = self._line("audit_from", self.tr("ÅÅÅÅ-MM-DD"))
        self.date_to = self._line("audit_to", self.tr("ÅÅÅÅ-MM-DD"))
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("audit_action")
        self.action_combo.addItem(self.tr("Alla"), None)
        for member in AuditAction:
            self.action_combo.addItem(enum_label(member), member.value)
        self.case_field = self._line("audit_case", self.tr("t.ex. 2025-014"))
        self.case_field.setMaxLength(20)
        self.messages: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        fields = (("date_from", self.tr("&Från:"), self.date_from, self.tr("Från datum")),
                  ("date_to", self.tr("&Till:"), self.date_to, self.tr("Till datum")),
                  ("action", self.tr("Hä&ndelse:"), self.action_combo, self.tr("Händelse")),
                  ("case_number", self.tr("Ä&rende:"), self.case_field, self.tr("Ärende")))
        for col, (key, text, widget, name) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            message = QLabel()
            message.setObjectName(f"error_{key}")
            message.setStyleSheet(ERROR_STYLE)
            message.setWordWrap(True)
            message.setVisible(False)
            message.setAccessibleName(self.tr("Fel: {field}").format(field=name))
            self.messages[key] = message
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
            grid.addWidget(message, 2, col)
            grid.setColumnStretch(col, 1)
        self.apply_button = QPushButton(self.tr("Vi&sa"))
        self.apply_button.setObjectName("audit_apply")
        self.apply_button.clicked.connect(self.apply_filter)
        self.clear_button = QPushButton(self.tr("Rensa fi&lter"))
        self.clear_button.setObjectName("audit_clear")
        self.clear_button.clicked.connect(self.clear_filter)
        grid.addWidget(self.apply_button, 1, len(fields))
        grid.addWidget(self.clear_button, 1, len(fields) + 1)

        self.model = AuditTableModel(tf, self)
        self.table = row_table(self.model, object_name="audit_table",
                               accessible_name=self.tr("Loggens händelser"), lazy=True)
        # Widths from the font, so a larger font (a projector, 150 %) still shows whole times.
        fm = self.table.fontMetrics()
        for col, sample in enumerate(("2026-12-31 23:59:59", "Förnamn Efternamnsson",
                                      "Uppgraderad", "Säkerhetskopia", "2025-0142")):
            self.table.setColumnWidth(col, fm.horizontalAdvance(sample) + 24)

        self.count_label = QLabel()
        self.count_label.setObjectName("audit_count")
        self.count_label.setAccessibleName(self.tr("Antal händelser"))
        self.model.counted.connect(lambda n: self.count_label.setText(count_text(n)))
        self.export_button = QPushButton(self.tr("&Exportera loggen…"))
        self.export_button.setObjectName("audit_export")
        self.export_button.clicked.connect(self.export)
        self.status = QLabel()
        self.status.setObjectName("audit_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        for line in (self.date_from, self.date_to, self.case_field):
            line.returnPressed.connect(self.apply_filter)
        self.action_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())

        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        chain = (self.date_from, self.date_to, self.action_combo, self.case_field,
                 self.apply_button, self.clear_button, self.table, self.export_button)
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.setFocusProxy(self.date_from)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        return line

    # --- filtering
    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)
        self.model.refresh()  # events written elsewhere since (or the first time shown)

    def show_messages(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        inputs = {"date_from": self.date_from, "date_to": self.date_to,
                  "action": self.action_combo, "case_number": self.case_field}
        for key, label in self.messages.items():
            text = errors.get(key, "")
            label.setText(message_text(text) if text else "")
            label.setVisible(bool(text))
            if text and first is None:
                first = inputs[key]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def message(self, key: str) -> str:
        label = self.messages[key]
        return label.text() if not label.isHidden() else ""

    def current_filter(self) -> AuditFilter | None:
        """The filter as typed, or None after showing what is wrong next to each field."""
        try:
            with self.tf.session() as s:
                f = audit.parse_filter(
                    s, date_from=self.date_from.text(), date_to=self.date_to.text(),
                    action=self.action_combo.currentData(), case_number=self.case_field.text())
        except FieldErrors as e:
            self.show_messages(e.errors)
            return None
        self.show_messages({})
        return f

    def apply_filter(self) -> bool:
        f = self.current_filter()
        if f is None:
            return False
        self.model.set_filter(f)
        return True

    def clear_filter(self) -> None:
        for line in (self.date_from, self.date_to, self.case_field):
            line.clear()
        self.action_combo.blockSignals(True)
        self.action_combo.setCurrentIndex(0)
        self.action_combo.blockSignals(False)
        self.apply_filter()

    # --- export
    def ask_path(self, suggested: str) -> Path | None:
        """The file to export to (.xlsx or .pdf); a test replaces this method."""
        xlsx, pdf = self.tr("Excel-arbetsbok (*.xlsx)"), self.tr("PDF (*.pdf)")
        docs = Path.home() / "Documents"
        folder = docs if docs.is_dir() else Path.home()
        chosen, selected = QFileDialog.getSaveFileName(
            self, self.tr("Exportera loggen"), str(folder / suggested), f"{xlsx};;{pdf}")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".pdf"):
            path = path.with_name(path.name + (".pdf" if selected == pdf else ".xlsx"))
        return path

    def export(self) -> Path | None:
        """Export the log as the fields filter it now; the export is audited."""
        if not self.apply_filter():
            return None
        f = self.model.filter
        path = self.ask_path(f"logg-{dt.date.today().isoformat()}.xlsx")
        if path is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.tf.session() as s, s.begin():
                n = audit.export_log(s, f, path)
        except FieldErrors as e:
            self._status("; ".join(map(message_text, e.errors.values())), error=True)
            return None
        except OSError as e:
            self._status(self.tr("Loggen kunde inte sparas: {path} ({err})").format(
                path=path, err=e.strerror or e), error=True)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._status(self.tr("{count} sparades i {name}.").format(count=count_text(n),
                                                                 name=path.name))
        self.model.refresh()  # the export's own event
        return path

    def _status(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)
