"""The guided meeting's first page: who is here, chosen with the keyboard row by row."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget, QVBoxLayout, QWidget
from sqlalchemy import select

from ..meetings import minutes as mn
from ..models import AttendanceStatus, Body, Meeting, Member
from ..storage.teamfile import TeamFile
from .common import ERROR_STYLE, enum_label, error_text

BIG = "font-size: 22pt; font-weight: 600;"


class AttendancePage(QWidget):
    """Who is here: each team member present, absent, or replaced by a substitute."""

    def __init__(self, tf: TeamFile, meeting_id: int) -> None:
        super().__init__()
        self.tf = tf
        self.meeting_id = meeting_id
        title = QLabel(self.tr("Närvaro"))
        title.setStyleSheet(BIG)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("attendance")
        self.table.setAccessibleName(self.tr("Närvaro"))
        self.table.setHorizontalHeaderLabels([self.tr("Ledamot"), self.tr("Närvaro"),
                                              self.tr("Ersättare")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        # Tab goes from one choice to the next (the combo boxes in the cells), not cell by cell.
        self.table.setTabKeyNavigation(False)
        self.rows: list[tuple[int, QComboBox, QComboBox]] = []
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.load()

    def load(self) -> None:
        with self.tf.session() as s:
            meeting = s.get(Meeting, self.meeting_id)
            assert meeting is not None
            day = meeting.held_on
            existing = {a.member_id: a for a in meeting.attendance}
            members = [m for m in s.scalars(select(Member).where(Member.body == Body.TEAM))
                       if m.is_active_on(day) and m.substitute_for_id is None]
            members.sort(key=lambda m: (m.party.sort_order, m.name))
            subs = {m.id: [(x.name, x.id) for x in s.scalars(
                select(Member).where(Member.substitute_for_id == m.id)) if x.is_active_on(day)]
                for m in members}
            self.table.setRowCount(len(members))
            self.rows.clear()
            for r, m in enumerate(members):
                name = QLabel(f"{m.name} ({m.party.name})")
                status = QComboBox()
                for st in AttendanceStatus:
                    status.addItem(enum_label(st), st.value)
                status.setAccessibleName(self.tr("Närvaro för {name}").format(name=m.name))
                sub = QComboBox()
                sub.addItem(self.tr("–"), None)
                for label, sid in subs[m.id]:
                    sub.addItem(label, sid)
                sub.setAccessibleName(self.tr("Ersättare för {name}").format(name=m.name))
                a = existing.get(m.id)
                if a is not None:
                    status.setCurrentIndex(status.findData(a.status.value))
                    if a.substitute_member_id:
                        sub.setCurrentIndex(sub.findData(a.substitute_member_id))

                def follow(_i: int, status: QComboBox = status, sub: QComboBox = sub) -> None:
                    # The substitute is chosen only when the substitute is the one present.
                    standing_in = status.currentData() == AttendanceStatus.SUBSTITUTE_PRESENT
                    sub.setEnabled(standing_in and sub.count() > 1)
                    if standing_in and sub.currentData() is None and sub.count() > 1:
                        sub.setCurrentIndex(1)
                    if not standing_in:
                        sub.setCurrentIndex(0)

                status.currentIndexChanged.connect(follow)
                follow(0)
                self.table.setCellWidget(r, 0, name)
                self.table.setCellWidget(r, 1, status)
                self.table.setCellWidget(r, 2, sub)
                self.rows.append((m.id, status, sub))
        self.table.resizeColumnsToContents()

    def focus_first(self) -> None:
        """Keyboard users start at the first member's attendance."""
        if self.rows:
            self.rows[0][1].setFocus()
        else:
            self.table.setFocus()

    def save(self) -> bool:
        try:
            with self.tf.session() as s, s.begin():
                meeting = s.get(Meeting, self.meeting_id)
                for member_id, status, sub in self.rows:
                    st = AttendanceStatus(status.currentData())
                    mn.record_attendance(s, meeting, member_id, st,
                                         sub.currentData()
                                         if st == AttendanceStatus.SUBSTITUTE_PRESENT else None)
        except ValueError as e:
            self.error.setText(error_text(e))
            return False
        self.error.setText("")
        return True
