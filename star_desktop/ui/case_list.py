"""The case list: search, filters and sorting over every case of the team, fast at 20,000.

The model keeps only the ids the SQL search returns (``cases.query.search_ids``), in list
order, and reads the rows on screen in blocks (``fetch_rows``) when the view first asks for
them; a header click re-runs the search with another ORDER BY. Nothing here filters or sorts
in Python.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..cases import query
from ..cases.export import DEFAULT_PRIVACY, PRIVACY_LEVELS, export_case_list, record_export
from ..cases.process import ACTIVE_STATES
from ..cases.query import CaseFilter, CaseRow
from ..models import CaseKind, CaseState, Gender
from ..models.enums import QT_TRANSLATE_NOOP
from ..storage.teamfile import TeamFile
from .common import ERROR_STYLE, enum_label, fill_enum_combo, row_table

_Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOR = QColor("#b00020")
#: The state combo's item for every state in which the case is being worked with.
ACTIVE = "active"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


def count_text(n: int) -> str:
    """ "1 ärende", "1 234 ärenden" (Swedish digit grouping with a space)."""
    grouped = f"{n:,}".replace(",", " ")
    if n == 1:
        return QCoreApplication.translate("CaseListWidget", "{count} ärende").format(count=grouped)
    return QCoreApplication.translate("CaseListWidget", "{count} ärenden").format(count=grouped)


class CaseTableModel(QAbstractTableModel):
    """The ids of the matching cases, in order; rows fetched lazily, a block at a time."""

    #: (sort key of query.SORT_KEYS, header); one column per sort key.
    COLUMNS: tuple[tuple[str, str], ...] = (
        ("case_number", QT_TRANSLATE_NOOP("CaseTableModel", "Ärendenr")),
        ("name", QT_TRANSLATE_NOOP("CaseTableModel", "Namn")),
        ("personnummer", QT_TRANSLATE_NOOP("CaseTableModel", "Personnummer")),
        ("gender", QT_TRANSLATE_NOOP("CaseTableModel", "Kön")),
        ("birth_year", QT_TRANSLATE_NOOP("CaseTableModel", "Född")),
        ("kind", QT_TRANSLATE_NOOP("CaseTableModel", "Typ")),
        ("state", QT_TRANSLATE_NOOP("CaseTableModel", "Status")),
        ("referring_party", QT_TRANSLATE_NOOP("CaseTableModel", "Aktualiserat av")),
        ("carrier", QT_TRANSLATE_NOOP("CaseTableModel", "Ärendebärare")),
        ("raised_on", QT_TRANSLATE_NOOP("CaseTableModel", "Aktualiserat")),
        ("next_follow_up", QT_TRANSLATE_NOOP("CaseTableModel", "Nästa uppföljning")),
    )
    #: Rows read in one query when the view asks for a row not yet read.
    BLOCK = 100
    #: Rows kept; past this the cache starts over (a whole list of 20,000 would still be fine).
    CACHE_LIMIT = 5_000

    #: After every search: the number of cases found.
    searched = Signal(int)

    def __init__(self, tf: TeamFile, parent: QObject | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.tf = tf
        self.today = today
        self.filter = CaseFilter(today=today)
        self.sort_key = "raised_on"
        self.descending = True
        self.mask_names = False
        self._ids: list[int] = []
        self._cache: dict[int, CaseRow] = {}
        #: Number of fetch_rows queries made (for tests and the benchmark).
        self.fetches = 0

    # --- searching
    def column_of(self, key: str) -> int:
        return [k for k, _h in self.COLUMNS].index(key)

    def search(self) -> None:
        """Run the SQL search again (filter, sort) and start the cache over."""
        f = self.filter
        if f.today is None and self.today is not None:
            f = self.filter = dataclasses.replace(f, today=self.today)
        with self.tf.connect() as conn:
            ids = query.search_ids(conn, f, self.sort_key, self.descending)
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self.endResetModel()
        self.searched.emit(len(ids))

    def set_filter(self, f: CaseFilter) -> None:
        self.filter = f
        self.search()

    def set_sort(self, key: str, descending: bool) -> None:
        if key not in query.SORT_KEYS:
            raise ValueError(key)
        self.sort_key, self.descending = key, descending
        self.search()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.COLUMNS):
            self.set_sort(self.COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)

    def set_mask_names(self, mask: bool) -> None:
        if mask == self.mask_names:
            return
        self.mask_names = mask
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self.COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    # --- ids and rows
    def ids(self) -> list[int]:
        return list(self._ids)

    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: int) -> int:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    def case_row(self, row: int) -> CaseRow | None:
        """The row's case, reading its block of BLOCK rows in one query if not read yet."""
        cid = self.case_id(row)
        if cid is None:
            return None
        cached = self._cache.get(cid)
        if cached is not None:
            return cached
        start = row - row % self.BLOCK
        wanted = [i for i in self._ids[start:start + self.BLOCK] if i not in self._cache]
        if len(self._cache) + len(wanted) > self.CACHE_LIMIT:
            self._cache.clear()
        with self.tf.connect() as conn:
            self._cache.update(query.fetch_rows(conn, wanted, today=self.filter.day()))
        self.fetches += 1
        return self._cache.get(cid)

    # --- Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        key, header = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name" and self.mask_names:
                return _tr("Initialer")
            return _tr(header)
        if role == Qt.ItemDataRole.ToolTipRole and key == "name":
            return _tr("Sorteras på efternamn, sedan förnamn")
        return None

    _ROW_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                            Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.UserRole,
                            Qt.ItemDataRole.AccessibleTextRole})

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in self._ROW_ROLES:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.case_id(index.row())
        r = self.case_row(index.row())
        if r is None:
            return None
        key = self.COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(r, key)
        if key == "next_follow_up" and r.overdue and r.next_follow_up is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_COLOR
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr("Uppföljningen skulle ha gjorts {date} och är försenad.").format(
                    date=r.next_follow_up.isoformat())
        if role == Qt.ItemDataRole.ToolTipRole and key == "name" and r.identity_erased:
            return _tr("Namn och personnummer är gallrade; ärendet finns kvar i statistiken.")
        return None

    def display(self, r: CaseRow, key: str) -> str:
        if key == "case_number":
            return r.case_number
        if key == "name":
            if self.mask_names and not r.identity_erased:
                return r.initials
            return r.name
        if key == "personnummer":
            return "" if self.mask_names else r.personnummer
        if key == "gender":
            return enum_label(r.gender)
        if key == "birth_year":
            return str(r.birth_year) if r.birth_year is not None else ""
        if key == "kind":
            return enum_label(r.kind)
        if key == "state":
            return enum_label(r.state)
        if key == "referring_party":
            return r.referring_party
        if key == "carrier":
            if r.carrier_party and r.carrier_name:
                return f"{r.carrier_party} – {r.carrier_name}"
            return r.carrier_party or r.carrier_name
        if key == "raised_on":
            return r.raised_on.isoformat()
        if key == "next_follow_up":
            if r.next_follow_up is None:
                return ""
            if r.overdue:
                return _tr("{date} (försenad)").format(date=r.next_follow_up.isoformat())
            return r.next_follow_up.isoformat()
        return ""


class ExportPrivacyDialog(QDialog):
    """Ask how much the exported list may say about the participants (least by default)."""

    def __init__(self, parent: QWidget | None, count: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exportera ärendelistan"))
        intro = QLabel(self.tr(
            "{count} exporteras till en Excel-fil. Filen sparas okrypterad och lämnar teamfilens "
            "skydd, så välj hur mycket den ska visa om deltagarna.").format(
                count=count_text(count)))
        intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.buttons_by_key: dict[str, QRadioButton] = {}
        for key, label in PRIVACY_LEVELS.items():
            b = QRadioButton(QCoreApplication.translate("CaseExport", label))
            b.setObjectName(f"privacy_{key}")
            self.group.addButton(b)
            self.buttons_by_key[key] = b
            layout.addWidget(b)
        self.buttons_by_key[DEFAULT_PRIVACY].setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Välj fil…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def privacy(self) -> str:
        for key, b in self.buttons_by_key.items():
            if b.isChecked():
                return key
        return DEFAULT_PRIVACY


class CaseListWidget(QWidget):
    """Search field, filter combos and the case table; double-click or Enter opens a case."""

    open_case = Signal(int)
    #: Typing pauses this long (ms) before the search runs.
    DEBOUNCE_MS = 200

    def __init__(self, tf: TeamFile, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.tf = tf
        self.today = today
        self._selected_before_reset: int | None = None

        # --- filter bar
        self.search_field = QLineEdit()
        self.search_field.setObjectName("case_search")
        self.search_field.setPlaceholderText(self.tr("Sök namn, personnummer eller ärendenummer"))
        self.search_field.setClearButtonEnabled(True)
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("filter_state")
        self.state_combo.addItem(self.tr("Alla"), None)
        self.state_combo.addItem(self.tr("Aktiva (antagna till pågående)"), ACTIVE)
        for s in query.STATE_ORDER:
            self.state_combo.addItem(enum_label(s), s.value)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("filter_kind")
        fill_enum_combo(self.kind_combo, CaseKind, blank=self.tr("Alla"))
        self.referring_combo = QComboBox()
        self.referring_combo.setObjectName("filter_referring_party")
        self.carrier_combo = QComboBox()
        self.carrier_combo.setObjectName("filter_carrier_party")
        self._load_parties()
        self.carrier_name_field = QLineEdit()
        self.carrier_name_field.setObjectName("filter_carrier_name")
        self.carrier_name_field.setPlaceholderText(self.tr("Namn"))
        self.carrier_name_field.setClearButtonEnabled(True)
        self.gender_combo = QComboBox()
        self.gender_combo.setObjectName("filter_gender")
        fill_enum_combo(self.gender_combo, Gender, blank=self.tr("Alla"))
        self.follow_up_combo = QComboBox()
        self.follow_up_combo.setObjectName("filter_follow_up")
        self.follow_up_combo.addItem(self.tr("Alla"), None)
        self.follow_up_combo.addItem(
            self.tr("Inom {days} dagar").format(days=query.DUE_WITHIN_DAYS), "due")
        self.follow_up_combo.addItem(self.tr("Försenad"), "overdue")
        self.clear_button = QPushButton(self.tr("&Rensa filter"))
        self.clear_button.setObjectName("clear_filters")
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button = QPushButton(self.tr("&Exportera listan…"))
        self.export_button.setObjectName("export_cases")
        self.export_button.clicked.connect(self.export_list)
        self.count_label = QLabel()
        self.count_label.setObjectName("case_count")
        self.count_label.setAccessibleName(self.tr("Antal ärenden"))
        self.status = QLabel()
        self.status.setObjectName("case_list_status")
        self.status.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        search_label = self._label(self.tr("&Sök:"), self.search_field, self.tr("Sök ärende"))
        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.search_field, 0, 1, 1, 5)
        grid.addWidget(self.clear_button, 0, 6)
        grid.addWidget(self.count_label, 0, 7)
        filters = (
            (self.tr("S&tatus:"), self.state_combo, self.tr("Status")),
            (self.tr("T&yp:"), self.kind_combo, self.tr("Typ av ärende")),
            (self.tr("Aktua&liserat av:"), self.referring_combo, self.tr("Aktualiserat av")),
            (self.tr("Ärende&bärare:"), self.carrier_combo, self.tr("Ärendebärarens part")),
            (self.tr("Ären&debärarens namn:"), self.carrier_name_field,
             self.tr("Ärendebärarens namn")),
            (self.tr("&Kön:"), self.gender_combo, self.tr("Kön")),
            (self.tr("Upp&följning:"), self.follow_up_combo, self.tr("Uppföljning")),
        )
        for i, (text, w, name) in enumerate(filters):
            if isinstance(w, QComboBox):  # long party names must not widen the window
                w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                w.setMinimumContentsLength(10)
            # The label above its field: at a large font the bar still fits the window.
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(self._label(text, w, name))
            cell.addWidget(w)
            row, col = 1 + i // 4, (i % 4) * 2
            grid.addLayout(cell, row, col, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        grid.setColumnStretch(7, 1)

        # --- table
        self.model = CaseTableModel(tf, self, today=today)
        # Fixed row heights and column widths: sizing to contents would read every row.
        self.table = row_table(self.model, object_name="cases",
                               accessible_name=self.tr("Ärenden"), lazy=True)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        widths = {"case_number": 90, "name": 190, "personnummer": 120, "gender": 90,
                  "birth_year": 55, "kind": 150, "state": 100, "referring_party": 190,
                  "carrier": 230, "raised_on": 95, "next_follow_up": 150}
        for col, (key, _h) in enumerate(CaseTableModel.COLUMNS):
            self.table.setColumnWidth(col, widths[key])
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.searched.connect(lambda n: self.count_label.setText(count_text(n)))
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)
        self.search_field.installEventFilter(self)

        # --- live filtering: combos at once, typing after a pause
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search_field.textChanged.connect(lambda _t: self._debounce.start())
        self.carrier_name_field.textChanged.connect(lambda _t: self._debounce.start())
        self.search_field.returnPressed.connect(self.apply_filter)
        for combo in (self.state_combo, self.kind_combo, self.referring_combo,
                      self.carrier_combo, self.gender_combo, self.follow_up_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        find_shortcut.activated.connect(self.focus_search)  # not activated=: PySide6 6.12 crashes

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the area around it carries the title
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        chain = (self.search_field, self.state_combo, self.kind_combo, self.referring_combo,
                 self.carrier_combo, self.carrier_name_field, self.gender_combo,
                 self.follow_up_combo, self.clear_button, self.table, self.export_button)
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

        self.model.filter = self.current_filter()
        # The first search: enabling sorting sorts by the indicator, which runs the search.
        header.setSortIndicator(self.model.column_of("raised_on"), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.setFocusProxy(self.search_field)

    @staticmethod
    def _label(text: str, buddy: QWidget, accessible: str) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        buddy.setAccessibleName(accessible)
        return label

    # --- filters
    def _load_parties(self) -> None:
        with self.tf.connect() as conn:
            parties = query.party_choices(conn)
        for combo in (self.referring_combo, self.carrier_combo):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Alla"), None)
            for pid, name in parties:
                combo.addItem(name, pid)
            idx = combo.findData(keep) if keep is not None else 0
            combo.setCurrentIndex(max(idx, 0))
            combo.blockSignals(False)

    def current_filter(self) -> CaseFilter:
        state = self.state_combo.currentData()
        kind = self.kind_combo.currentData()
        gender = self.gender_combo.currentData()
        return CaseFilter(
            text=self.search_field.text(),
            states=(set(ACTIVE_STATES) if state == ACTIVE
                    else {CaseState(state)} if state else set()),
            kinds={CaseKind(kind)} if kind else set(),
            referring_party_id=self.referring_combo.currentData(),
            carrier_party_id=self.carrier_combo.currentData(),
            carrier_name=self.carrier_name_field.text(),
            gender=Gender(gender) if gender else None,
            follow_up=self.follow_up_combo.currentData(),
            today=self.today,
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        widgets = (self.search_field, self.carrier_name_field, self.state_combo,
                   self.kind_combo, self.referring_combo, self.carrier_combo,
                   self.gender_combo, self.follow_up_combo)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.search_field.clear()
            self.carrier_name_field.clear()
            for combo in widgets[2:]:
                combo.setCurrentIndex(0)  # type: ignore[attr-defined]
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.apply_filter()

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    # --- list
    def refresh(self) -> None:
        """Search again (the data changed); the selected case stays selected if still listed."""
        self._load_parties()
        self.model.filter = self.current_filter()
        self.model.search()

    def select_case(self, case_id: int) -> bool:
        """Select and show the case; False when the current filter does not list it."""
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_case_id(self) -> int | None:
        sm = self.table.selectionModel()
        rows = sm.selectedRows() if sm is not None else []
        return self.model.case_id(rows[0].row()) if rows else None

    def set_mask_names(self, mask: bool) -> None:
        """Presentation mode: initials instead of names, no personnummer."""
        self.model.set_mask_names(mask)
        self.table.setColumnHidden(self.model.column_of("personnummer"), mask)

    def _remember_selection(self) -> None:
        self._selected_before_reset = self.selected_case_id()

    def _restore_selection(self) -> None:
        if self._selected_before_reset is not None:
            self.select_case(self._selected_before_reset)

    def _open_index(self, index: QModelIndex) -> None:
        cid = self.model.case_id(index.row()) if index.isValid() else None
        if cid is not None:
            self.open_case.emit(cid)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if obj is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.table.currentIndex())
                return True
            if obj is self.search_field and key == Qt.Key.Key_Down and self.model.rowCount():
                # From the search field straight into the list
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if self.selected_case_id() is None:
                    self.table.selectRow(0)
                return True
            if obj is self.search_field and key == Qt.Key.Key_Escape and self.search_field.text():
                self.search_field.clear()
                return True
        return super().eventFilter(obj, event)

    # --- export
    def _ask_privacy(self, count: int) -> str | None:
        dlg = ExportPrivacyDialog(self, count)
        return dlg.privacy() if dlg.exec() == QDialog.DialogCode.Accepted else None

    def _ask_export_path(self) -> Path | None:
        docs = Path.home() / "Documents"
        folder = docs if docs.is_dir() else Path.home()
        day = (self.today or dt.date.today()).isoformat()
        name, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Exportera ärendelistan"), str(folder / f"ärendelista-{day}.xlsx"),
            self.tr("Excel-arbetsbok (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def export_list(self) -> Path | None:
        """Write the list as it is filtered and sorted now to an xlsx file the coordinator picks."""
        ids = self.model.ids()
        privacy = self._ask_privacy(len(ids))
        if privacy is None:
            return None
        path = self._ask_export_path()
        if path is None:
            return None
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.tf.session() as s, s.begin():
                count = export_case_list(s, ids, path, privacy=privacy,
                                         today=self.model.filter.day())
                record_export(s, count=count, privacy=privacy)
        except OSError as e:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr("Listan kunde inte sparas: {error}").format(
                error=e.strerror or e))
            QMessageBox.warning(self, self.tr("Exportera ärendelistan"), self.status.text())
            return None
        finally:
            self.unsetCursor()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("{count} exporterades till {name}.").format(
            count=count_text(count), name=path.name))
        return path
