"""Small building blocks shared by every area: forms with messages next to fields, enum combos."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..models.enums import LabelledEnum, Msg

ERROR_STYLE = "color: #b00020; font-weight: 600;"
_Index = QModelIndex | QPersistentModelIndex


def message_text(text: str) -> str:
    """A service's Swedish message in the UI's language (context "Messages").

    Services mark their fixed messages with QT_TRANSLATE_NOOP("Messages", …) and raise them in
    Swedish. A message built with values is a Msg: its template is translated and the values
    filled in again (values that are messages themselves are translated too).
    """
    if isinstance(text, Msg):
        params = {k: message_text(v) if isinstance(v, Msg) else v for k, v in text.params.items()}
        return QCoreApplication.translate("Messages", text.template).format(**params)
    return QCoreApplication.translate("Messages", text)


def error_text(e: BaseException) -> str:
    """The message of a caught service error, in the UI's language.

    Uses the exception's ``message`` attribute or first argument rather than ``str(e)``, which
    would turn a Msg back into plain Swedish text.
    """
    message = getattr(e, "message", None)
    if not isinstance(message, str):
        message = e.args[0] if e.args and isinstance(e.args[0], str) else str(e)
    return message_text(message)


def enum_label(member: LabelledEnum | None) -> str:
    """The on-screen label of an enum member, through Qt's translation (context "enum")."""
    if member is None:
        return ""
    return QCoreApplication.translate("enum", member.label)


def fill_enum_combo(combo: QComboBox, enum_cls: type[LabelledEnum], *, blank: str | None = None,
                    members: Iterable[LabelledEnum] | None = None) -> None:
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for m in members if members is not None else enum_cls:
        combo.addItem(enum_label(m), m.value)


class VerticalScroll(QScrollArea):
    """Scrolls up and down only: as wide as its content needs, however tall the window."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        inner = self.widget().minimumSizeHint().width()
        return QSize(inner + self.verticalScrollBar().sizeHint().width(),
                     super().minimumSizeHint().height())



def row_table(model: QAbstractItemModel, *, object_name: str, accessible_name: str,
              lazy: bool = False) -> QTableView:
    """A read-only table of whole rows, one selected at a time: every list in the app.

    ``lazy`` (the large lists) keeps row heights fixed and columns interactive, since sizing
    to contents would read every row; the others size their columns to contents.
    """
    table = QTableView()
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    if lazy:
        table.setAlternatingRowColors(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def save_shortcut(owner: QWidget, slot: Callable[[], object]) -> QShortcut:
    """Ctrl+S runs slot while the focus is anywhere inside owner: the keyboard's way to save
    a form, next to the form's own Spara button."""
    key = QShortcut(QKeySequence.StandardKey.Save, owner)
    key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    key.activated.connect(slot)  # not activated=: PySide6 6.12 crashes when it fires
    return key


def select_data(combo: QComboBox, value: object) -> None:
    idx = combo.findData(value)
    combo.setCurrentIndex(idx if idx >= 0 else 0)


class FieldMessages:
    """Error labels placed right under the fields of a QFormLayout, keyed by field name.

    A form adds each input with add_row(); show() puts each service message under its field and
    focuses the first wrong one, so the coordinator sees exactly what to fix.
    """

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}

    def add_row(self, name: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        message = QLabel()
        message.setObjectName(f"error_{name}")
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        message.setVisible(False)
        message.setAccessibleName(QCoreApplication.translate(
            "FieldMessages", "Fel: {label}").format(label=label.replace("&", "").rstrip(":")))
        box.addWidget(message)
        row_label = QLabel(label)
        row_label.setBuddy(widget)
        self.form.addRow(row_label, holder)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.inputs[name] = widget
        self.labels[name] = message
        return widget

    def clear(self) -> None:
        for lab in self.labels.values():
            lab.clear()
            lab.setVisible(False)

    def show(self, errors: dict[str, str]) -> list[str]:
        """Show messages; return those for fields this form does not have (shown elsewhere)."""
        self.clear()
        unplaced: list[str] = []
        first: QWidget | None = None
        for name, text in errors.items():
            lab = self.labels.get(name)
            if lab is None:
                unplaced.append(message_text(text))
                continue
            lab.setText(message_text(text))
            lab.setVisible(True)
            if first is None:
                first = self.inputs[name]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._grow()
        return unplaced

    def _grow(self) -> None:
        """Let a dialog grow so a message that wraps is never cut off."""
        host = self.form.parentWidget()
        if host is None:
            return
        top = host.window()
        if isinstance(top, QDialog):
            hint = top.sizeHint()
            if hint.height() > top.height() or hint.width() > top.width():
                top.resize(max(hint.width(), top.width()), max(hint.height(), top.height()))

    def message(self, name: str) -> str:
        lab = self.labels.get(name)
        return lab.text() if lab is not None and not lab.isHidden() else ""


class RowsModel(QAbstractTableModel):
    """A table model over a short list loaded whole (members, a year's meetings).

    Subclasses set HEADERS (marked for translation in their own class's context) and implement
    data(); a lazy subclass (the audit log) appends pages to ``rows`` itself.
    """

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None
