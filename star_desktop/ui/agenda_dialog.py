"""Editing a meeting's agenda: build it from the case register, add, remove, reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..meetings import agenda as ag
from ..models import AgendaItem, AgendaKind, Meeting
from ..storage.teamfile import TeamFile
from .common import ERROR_STYLE, error_text


class AgendaDialog(QDialog):
    def __init__(self, parent: QWidget | None, tf: TeamFile, meeting_id: int) -> None:
        super().__init__(parent)
        self.tf = tf
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Dagordning"))
        self.resize(720, 620)
        self.heading = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("agenda_items")
        self.list.setAccessibleName(self.tr("Dagordningens punkter"))
        self.build_button = QPushButton(self.tr("&Bygg från ärenden"))
        self.build_button.setObjectName("build_agenda")
        self.up_button = QPushButton(self.tr("Flytta &upp"))
        self.down_button = QPushButton(self.tr("Flytta &ned"))
        self.remove_button = QPushButton(self.tr("&Ta bort"))
        self.new_title = QLineEdit()
        self.new_title.setObjectName("new_item_title")
        self.new_title.setPlaceholderText(self.tr("Ny punkt, t.ex. Studiebesök"))
        self.new_title.setAccessibleName(self.tr("Ny punkts rubrik"))
        self.add_button = QPushButton(self.tr("&Lägg till efter markerad"))
        self.add_button.setObjectName("add_item")
        self.error = QLabel()
        self.error.setObjectName("agenda_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.build_button.clicked.connect(self.build)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove)
        self.add_button.clicked.connect(self.add)
        side = QVBoxLayout()
        for b in (self.build_button, self.up_button, self.down_button, self.remove_button):
            side.addWidget(b)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_title, 1)
        add_row.addWidget(self.add_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.list.clear()
        with self.tf.session() as s:
            m = s.get(Meeting, self.meeting_id)
            assert m is not None
            self.heading.setText(self.tr("Möte {date}: {n} punkter, planerat {minutes} min")
                                 .format(date=m.held_on.isoformat(), n=len(m.agenda_items),
                                         minutes=ag.planned_minutes(m)))
            for item in m.agenda_items:
                indent = "      " if item.kind == AgendaKind.CASE else ""
                row = QListWidgetItem(f"{item.position}. {indent}{item.title}  "
                                      f"({item.planned_minutes} min)")
                row.setData(Qt.ItemDataRole.UserRole, item.id)
                self.list.addItem(row)
                if item.id == select_id:
                    self.list.setCurrentItem(row)

    def _selected(self) -> int | None:
        row = self.list.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row is not None else None

    def _run(self, action) -> bool:  # noqa: ANN001 - a callable (session, meeting) -> object
        self.error.setText("")
        try:
            with self.tf.session() as s, s.begin():
                action(s, s.get(Meeting, self.meeting_id))
        except ValueError as e:
            self.error.setText(error_text(e))
            return False
        return True

    def build(self) -> None:
        if self._run(lambda s, m: ag.build_agenda(s, m)):
            self.reload()

    def move(self, steps: int) -> None:
        item_id = self._selected()
        if item_id is not None and self._run(
                lambda s, m: ag.move_item(s, m, s.get(AgendaItem, item_id), steps)):
            self.reload(item_id)

    def remove(self) -> None:
        item_id = self._selected()
        if item_id is not None and self._run(
                lambda s, m: ag.remove_item(s, m, s.get(AgendaItem, item_id))):
            self.reload()

    def add(self) -> None:
        after_id = self._selected()
        created: list[int] = []

        def action(s, m):  # noqa: ANN001, ANN202
            after = s.get(AgendaItem, after_id) if after_id is not None else None
            item = ag.add_item(s, m, title=self.new_title.text(), after=after)
            s.flush()
            created.append(item.id)

        if self._run(action):
            self.new_title.clear()
            self.reload(created[0] if created else None)
