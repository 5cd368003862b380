"""The report's texts: the template's summary and nine sections, edited and saved per period."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..reports import texts
from ..reports.periods import Period
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from .common import ERROR_STYLE, message_text

KEY_ROLE = Qt.ItemDataRole.UserRole


class ReportTextsEditor(QWidget):
    """A tree of the template's texts on the left, the chosen text on the right.

    Edits are kept in memory until "Spara texterna" (Ctrl+S), which saves them all in one
    transaction; ``dirty`` says whether there is anything unsaved.
    """

    saved = Signal()

    def __init__(self, tf: TeamFile) -> None:
        super().__init__()
        self.tf = tf
        self.period: Period | None = None
        self.stored: dict[str, str] = {}
        self.edited: dict[str, str] = {}
        self.current_key: str | None = None

        self.tree = QTreeWidget()
        self.tree.setObjectName("report_text_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Rapportens texter"))
        summary = QTreeWidgetItem([self.tr("Sammanfattning")])
        self.tree.addTopLevelItem(summary)
        self.items: dict[str, QTreeWidgetItem] = {}
        for key, label in texts.SUMMARY:
            item = QTreeWidgetItem([self.tr(label)])
            item.setData(0, KEY_ROLE, key)
            summary.addChild(item)
            self.items[key] = item
        for s in texts.SECTIONS:
            top = QTreeWidgetItem([f"{s.number}. {self.tr(s.title)}"])
            self.tree.addTopLevelItem(top)
            for part, label in texts.PARTS:
                item = QTreeWidgetItem([self.tr(label)])
                item.setData(0, KEY_ROLE, f"{s.key}.{part}")
                top.addChild(item)
                self.items[f"{s.key}.{part}"] = item
        self.tree.expandAll()
        self.tree.currentItemChanged.connect(self._choose)

        self.heading = QLabel()
        self.heading.setObjectName("report_text_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("report_text_editor")
        self.editor.setAccessibleName(self.tr("Text"))
        self.editor.setTabChangesFocus(True)
        self.editor.setEnabled(False)
        self.heading.setBuddy(self.editor)
        self.editor.textChanged.connect(self._edited)
        self.save_button = QPushButton(self.tr("&Spara texterna"))
        self.save_button.setObjectName("save_report_texts")
        self.save_button.setToolTip(self.tr("Sparar alla ändrade texter (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.previous_button = QPushButton(self.tr("Hämta &förra periodens texter"))
        self.previous_button.setObjectName("previous_report_texts")
        self.previous_button.setToolTip(self.tr(
            "Fyller i de texter som är tomma med texterna från närmast föregående period av "
            "samma slag; inget du skrivit skrivs över."))
        self.previous_button.clicked.connect(self.take_previous)
        self.status = QLabel()
        self.status.setObjectName("report_text_status")
        self.status.setWordWrap(True)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.heading)
        rl.addWidget(self.editor, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        rl.addLayout(buttons)
        rl.addWidget(self.status)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # --- state
    @property
    def dirty(self) -> bool:
        return any(self.edited.get(k, self.stored.get(k, "")) != self.stored.get(k, "")
                   for k in self.edited)

    def text_of(self, key: str) -> str:
        return self.edited.get(key, self.stored.get(key, ""))

    def load(self, period: Period) -> None:
        """Show the period's saved texts (unsaved edits of another period are dropped)."""
        self.period = period
        with self.tf.session() as s:
            self.stored = texts.load_texts(s, period)
        self.edited = {}
        self._mark_items()
        self.status.setText("")
        if self.current_key is None:
            self.tree.setCurrentItem(self.items[texts.SUMMARY[0][0]])
        else:
            self._show(self.current_key)

    def select(self, key: str) -> None:
        self.tree.setCurrentItem(self.items[key])

    def _choose(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        key = item.data(0, KEY_ROLE) if item is not None else None
        if key:
            self._show(key)

    def label_of(self, key: str) -> str:
        """texts.label_of in the current language: "3. Deltagare – resultat… – Analys"."""
        for k, label in texts.SUMMARY:
            if k == key:
                return self.tr("Sammanfattning – {part}").format(part=self.tr(label))
        for sec in texts.SECTIONS:
            for part, plabel in texts.PARTS:
                if key == f"{sec.key}.{part}":
                    return f"{sec.number}. {self.tr(sec.title)} – {self.tr(plabel)}"
        return texts.label_of(key)

    def _show(self, key: str) -> None:
        self.current_key = key
        self.heading.setText(self.label_of(key))
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.text_of(key))
        self.editor.blockSignals(False)
        self.editor.setEnabled(self.period is not None)

    def _edited(self) -> None:
        if self.current_key is not None:
            self.edited[self.current_key] = self.editor.toPlainText()
            self._mark(self.current_key)
            self.status.setText(self.tr("Ändringar som inte är sparade."))

    def _mark(self, key: str) -> None:
        item = self.items[key]
        label = item.text(0).rstrip(" ✎•")
        if self.text_of(key) != self.stored.get(key, ""):
            item.setText(0, label + " ✎")
        elif self.text_of(key).strip():
            item.setText(0, label + " •")
        else:
            item.setText(0, label)

    def _mark_items(self) -> None:
        for key in self.items:
            self._mark(key)

    # --- actions
    def save(self) -> bool:
        if self.period is None:
            return False
        if not self.dirty:
            self.status.setText(self.tr("Inget att spara."))
            return True
        changes = {k: v for k, v in self.edited.items() if v != self.stored.get(k, "")}
        try:
            with self.tf.session() as s, s.begin():
                texts.save_texts(s, self.period, changes)
        except FieldErrors as e:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText("; ".join(f"{self.label_of(k)}: {message_text(m)}"
                                          for k, m in e.errors.items()))
            return False
        self.status.setStyleSheet("")
        for k, v in changes.items():
            if v.strip():
                self.stored[k] = v
            else:
                self.stored.pop(k, None)
        self.edited = {}
        self._mark_items()
        self.status.setText(self.tr("Sparat ({n} texter).").format(n=len(changes)))
        self.saved.emit()
        return True

    def take_previous(self) -> int:
        """Fill empty texts from the nearest earlier period of the same kind; returns how many."""
        if self.period is None:
            return 0
        with self.tf.session() as s:
            found = texts.previous_texts(s, self.period)
        if found is None:
            self.status.setText(self.tr("Det finns inga texter från tidigare perioder av samma "
                                        "slag."))
            return 0
        source, previous = found
        filled = 0
        for key, text in previous.items():
            if not self.text_of(key).strip() and text.strip():
                self.edited[key] = text
                filled += 1
        self._mark_items()
        if self.current_key is not None:
            self._show(self.current_key)
        self.status.setText(self.tr(
            "{n} texter hämtade från {period}. Spara för att behålla dem.").format(
                n=filled, period=source.label))
        return filled
