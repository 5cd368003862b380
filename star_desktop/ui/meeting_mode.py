"""Guided meeting mode: attendance first, then the agenda item by item, fit for a projector.

Decisions on a case item go through meetings.minutes.decide (and so through the case process)
in one transaction: the minutes and the case are updated together or not at all.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..cases import process
from ..cases.timeline import next_step
from ..meetings import minutes as mn
from ..models import (
    AgendaItem,
    AttendanceStatus,
    Body,
    Case,
    ClosureReason,
    DecisionKind,
    IncomeSource,
    Meeting,
    Member,
    PlanningForm,
)
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from . import case_dialogs as dlgs
from .common import ERROR_STYLE, enum_label

BIG = "font-size: 22pt; font-weight: 600;"
MEDIUM = "font-size: 15pt;"

#: Decision buttons: (key, label, the case step it needs allowed).
DECISIONS = (
    (DecisionKind.ACCEPT, "Anta", "assess"),
    (DecisionKind.RETURN, "Återvisa…", "assess"),
    (DecisionKind.CASE_CARRIER, "Ärendebärare…", "carrier"),
    (DecisionKind.PLANNING_FORM, "Planeringsmöte…", "planning"),
    (DecisionKind.NEXT_FOLLOW_UP, "Uppföljt, planera nästa…", "request_follow_up"),
    (DecisionKind.CLOSURE, "Avsluta…", "close"),
    (DecisionKind.CONSULTED, "Konsultation genomförd", "consultation"),
)


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
            self.error.setText(str(e))
            return False
        self.error.setText("")
        return True


class ItemPage(QWidget):
    """One agenda item at a time: title, the case and its next step, decisions, notes, actions."""

    decided = Signal()

    def __init__(self, mode: MeetingMode) -> None:
        super().__init__()
        self.mode = mode
        self.tf = mode.tf
        self.item_id: int | None = None
        self.position = QLabel()
        self.position.setObjectName("item_position")
        self.position.setStyleSheet(MEDIUM)
        self.title = QLabel()
        self.title.setObjectName("item_title")
        self.title.setStyleSheet(BIG)
        self.title.setWordWrap(True)
        self.case_info = QLabel()
        self.case_info.setObjectName("item_case")
        self.case_info.setStyleSheet(MEDIUM)
        self.case_info.setWordWrap(True)
        self.decisions_done = QLabel()
        self.decisions_done.setObjectName("item_decisions")
        self.decisions_done.setStyleSheet(MEDIUM + " color: #1b5e20;")
        self.decisions_done.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("item_error")
        self.error.setStyleSheet(ERROR_STYLE + " font-size: 13pt;")
        self.error.setWordWrap(True)
        grid = QGridLayout()
        self.decision_buttons: dict[DecisionKind, QPushButton] = {}
        for i, (kind, label, _step) in enumerate(DECISIONS):
            b = QPushButton(self.tr(label))
            b.setObjectName(f"decide_{kind.value}")
            b.setStyleSheet("font-size: 13pt; padding: 6px 14px;")
            b.clicked.connect(lambda _=False, k=kind: self.decide(k))
            self.decision_buttons[kind] = b
            grid.addWidget(b, i // 4, i % 4)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("item_notes")
        self.notes.setAccessibleName(self.tr("Anteckningar"))
        self.notes.setTabChangesFocus(True)
        self.notes.setStyleSheet("font-size: 13pt;")
        self.personal = QCheckBox(self.tr("Anteckningen innehåller personuppgifter "
                                          "(tas inte med till styrgruppen)"))
        self.personal.setObjectName("item_notes_personal")
        self.actions = QListWidget()
        self.actions.setObjectName("item_actions")
        self.actions.setAccessibleName(self.tr("Åtgärder"))
        self.action_who = QLineEdit()
        self.action_who.setPlaceholderText(self.tr("Vem"))
        self.action_who.setAccessibleName(self.tr("Åtgärd: vem"))
        self.action_what = QLineEdit()
        self.action_what.setPlaceholderText(self.tr("Vad"))
        self.action_what.setAccessibleName(self.tr("Åtgärd: vad"))
        self.action_due = QLineEdit()
        self.action_due.setPlaceholderText(self.tr("Senast ÅÅÅÅ-MM-DD"))
        self.action_due.setAccessibleName(self.tr("Åtgärd: senast"))
        add_action = QPushButton(self.tr("Lägg till åtgärd"))
        add_action.setObjectName("add_action")
        add_action.clicked.connect(self.add_action)
        arow = QHBoxLayout()
        for w in (self.action_who, self.action_what, self.action_due):
            arow.addWidget(w, 1)
        arow.addWidget(add_action)

        layout = QVBoxLayout(self)
        layout.addWidget(self.position)
        layout.addWidget(self.title)
        layout.addWidget(self.case_info)
        layout.addLayout(grid)
        layout.addWidget(self.decisions_done)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Anteckningar:")))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.personal)
        layout.addWidget(QLabel(self.tr("Åtgärder (vem, vad, senast när):")))
        layout.addWidget(self.actions)
        layout.addLayout(arow)

    def show_item(self, item_id: int, index: int, count: int) -> None:
        self.item_id = item_id
        self.error.setText("")
        with self.tf.session() as s:
            item = s.get(AgendaItem, item_id)
            assert item is not None
            self.position.setText(self.tr("Punkt {i} av {n}").format(i=index + 1, n=count))
            self.title.setText(item.title)
            self.notes.setPlainText(item.notes)
            self.personal.setChecked(item.notes_personal)
            self.actions.clear()
            for a in item.action_items:
                due = f" (senast {a.due_on.isoformat()})" if a.due_on else ""
                self.actions.addItem(f"{a.who}: {a.what}{due}")
            self.decisions_done.setText("\n".join(f"✔ {d.summary}" for d in item.decisions))
            case = s.get(Case, item.case_id) if item.case_id else None
            allowed = process.allowed_steps(case) if case is not None else set()
            for kind, _label, step in DECISIONS:
                b = self.decision_buttons[kind]
                b.setVisible(case is not None)
                b.setEnabled(step in allowed)
            self.case_info.setText(self._case_text(case) if case is not None else "")

    def _case_text(self, case: Case) -> str:
        who = ""
        p = case.participant
        if p is not None:
            if self.mode.mask_names or p.identity is None:
                who = f"{enum_label(p.gender)}, född {p.birth_year}"
            else:
                who = f"{p.identity.full_name}, född {p.birth_year}"
        parts = [f"{case.case_number} – {enum_label(case.kind)} – {enum_label(case.state)}"]
        if who:
            parts.append(who)
        parts.append(self.tr("Nästa steg: {step}").format(step=next_step(case)))
        return "\n".join(parts)

    def save_notes(self) -> None:
        if self.item_id is None:
            return
        with self.tf.session() as s, s.begin():
            item = s.get(AgendaItem, self.item_id)
            if item is None:
                return
            if item.notes != self.notes.toPlainText().strip() or \
                    item.notes_personal != self.personal.isChecked():
                try:
                    mn.set_notes(s, item, self.notes.toPlainText(),
                                 personal=self.personal.isChecked())
                except mn.MinutesLocked as e:
                    self.error.setText(str(e))

    def add_action(self) -> None:
        if self.item_id is None:
            return
        self.save_notes()  # the page is reloaded below: keep what was typed
        try:
            with self.tf.session() as s, s.begin():
                item = s.get(AgendaItem, self.item_id)
                mn.add_action_item(s, item, who=self.action_who.text(),
                                   what=self.action_what.text(), due_on=self.action_due.text())
        except FieldErrors as e:
            self.error.setText(" ".join(e.errors.values()))
            return
        except ValueError as e:
            self.error.setText(str(e))
            return
        for w in (self.action_who, self.action_what, self.action_due):
            w.clear()
        self.mode.refresh_item()

    # --- decisions
    def decision_dialog(self, kind: DecisionKind) -> dlgs.StepDialog | None:
        """A dialog asking what a decision needs; None when it needs nothing more."""
        assert self.item_id is not None
        item_id = self.item_id

        def apply(values_of: dict[str, Any]) -> Any:
            def run(s: Session, _c: Case | None, v: dict[str, Any]) -> object:
                item = s.get(AgendaItem, item_id)
                return mn.decide(s, item, kind, {**values_of, **v})
            return run

        with self.tf.session() as s:
            item = s.get(AgendaItem, item_id)
            case = s.get(Case, item.case_id) if item and item.case_id else None
            party_choices = dlgs._party_choices(self.tf, "– välj part –")
            income = case.income_at_start.value if case is not None else None
        fields: list[dlgs.Field]
        if kind == DecisionKind.RETURN:
            fields = [dlgs.Field("reason", "&Skäl:", "multiline")]
        elif kind == DecisionKind.CASE_CARRIER:
            fields = [dlgs.Field("party_id", "&Part:", "combo", party_choices),
                      dlgs.Field("name", "&Namn:")]
        elif kind == DecisionKind.PLANNING_FORM:
            fields = [dlgs.Field("form", "&Form:", "combo",
                                 dlgs._enum_choices(PlanningForm, "– välj form –"))]
        elif kind == DecisionKind.NEXT_FOLLOW_UP:
            fields = [dlgs.Field("due_on", "&Egen dag för nästa (frivilligt):", "date")]
        elif kind == DecisionKind.CLOSURE:
            fields = [dlgs.Field("reason", "&Skäl:", "combo",
                                 dlgs._enum_choices(ClosureReason, "– välj skäl –")),
                      dlgs.Field("note", "&Kommentar:", "multiline"),
                      dlgs.Field("income_at_end", "&Försörjning vid avslut:", "combo",
                                 dlgs._enum_choices(IncomeSource, "– välj –"), default=income)]
        else:
            return None
        spec = dlgs.StepSpec(enum_label(kind), "", fields, apply({}))
        return dlgs.StepDialog(self, self.tf, None, spec)

    def decide(self, kind: DecisionKind) -> bool:
        self.error.setText("")
        self.save_notes()  # the page is reloaded after the decision: keep what was typed
        dlg = self.decision_dialog(kind)
        if dlg is None:
            try:
                with self.tf.session() as s, s.begin():
                    mn.decide(s, s.get(AgendaItem, self.item_id), kind, {})
            except (process.ProcessError, FieldErrors, ValueError) as e:
                self.error.setText(str(e))
                return False
        elif dlg.exec() != dlg.DialogCode.Accepted:
            return False
        self.mode.refresh_item()
        self.decided.emit()
        return True


class MeetingMode(QWidget):
    """The whole guided meeting: attendance, then each item; a clock of time used vs planned."""

    closed = Signal()

    def __init__(self, tf: TeamFile, meeting_id: int) -> None:
        super().__init__()
        self.tf = tf
        self.meeting_id = meeting_id
        self.mask_names = False
        self.index = -1
        self.started_at: float | None = None
        with tf.session() as s:
            meeting = s.get(Meeting, meeting_id)
            assert meeting is not None
            self.item_ids = [i.id for i in meeting.agenda_items]
            self.planned = sum(i.planned_minutes for i in meeting.agenda_items)
            self.heading = self.tr("Teammöte {date}").format(date=meeting.held_on.isoformat())

        head = QLabel(self.heading)
        head.setStyleSheet(MEDIUM + " font-weight: 600;")
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.clock.setStyleSheet(MEDIUM)
        self.mask = QCheckBox(self.tr("Dölj namn"))
        self.mask.setObjectName("meeting_mask")
        self.mask.toggled.connect(self.set_mask_names)
        top = QHBoxLayout()
        top.addWidget(head, 1)
        top.addWidget(self.clock)
        top.addWidget(self.mask)

        self.attendance = AttendancePage(tf, meeting_id)
        self.item_page = ItemPage(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.attendance)
        self.stack.addWidget(self.item_page)

        self.prev_button = QPushButton(self.tr("← Föregående"))
        self.prev_button.setObjectName("previous_item")
        self.next_button = QPushButton(self.tr("Starta mötet →"))
        self.next_button.setObjectName("next_item")
        self.finish_button = QPushButton(self.tr("Avsluta mötet"))
        self.finish_button.setObjectName("finish_meeting")
        for b in (self.prev_button, self.next_button, self.finish_button):
            b.setStyleSheet("font-size: 14pt; padding: 8px 18px;")
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.finish_button.clicked.connect(self.finish)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.finish_button)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)
        for seq, slot in ((QKeySequence("Ctrl+Right"), self.next),
                          (QKeySequence(Qt.Key.Key_PageDown), self.next),
                          (QKeySequence("Ctrl+Left"), self.previous),
                          (QKeySequence(Qt.Key.Key_PageUp), self.previous)):
            # Connected after construction: the activated= keyword crashes PySide6 6.12 when
            # the shortcut fires (a refcount error deallocating None).
            shortcut = QShortcut(seq, self)
            shortcut.activated.connect(slot)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.update_clock)
        self.timer.start(1000)
        self.update_buttons()
        self.update_clock()

    def used_minutes(self) -> int:
        return 0 if self.started_at is None else int((time.monotonic() - self.started_at) // 60)

    def update_clock(self) -> None:
        used = self.used_minutes()
        self.clock.setText(self.tr("Tid {h}:{m:02d} av {ph}:{pm:02d} planerat").format(
            h=used // 60, m=used % 60, ph=self.planned // 60, pm=self.planned % 60))

    def set_mask_names(self, mask: bool) -> None:
        self.mask_names = mask
        self.item_page.save_notes()
        self.refresh_item()

    def update_buttons(self) -> None:
        self.prev_button.setEnabled(self.index >= 0)
        last = self.index >= len(self.item_ids) - 1
        self.next_button.setEnabled(not last)
        self.next_button.setText(self.tr("Starta mötet →") if self.index < 0
                                 else self.tr("Nästa →"))

    def refresh_item(self) -> None:
        if 0 <= self.index < len(self.item_ids):
            self.item_page.show_item(self.item_ids[self.index], self.index, len(self.item_ids))

    def go(self, index: int) -> None:
        if self.index < 0:
            if not self.attendance.save():
                return
            if self.started_at is None:
                self.started_at = time.monotonic()
        else:
            self.item_page.save_notes()
        self.index = max(-1, min(len(self.item_ids) - 1, index))
        if self.index < 0:
            self.attendance.load()
            self.stack.setCurrentWidget(self.attendance)
        else:
            self.refresh_item()
            self.stack.setCurrentWidget(self.item_page)
        self.update_buttons()

    def next(self) -> None:
        if self.index < len(self.item_ids) - 1:
            self.go(self.index + 1)

    def previous(self) -> None:
        if self.index >= 0:
            self.go(self.index - 1)

    def finish(self) -> bool:
        """Save what is on screen and mark the meeting held (the minutes await approval)."""
        if self.index < 0:
            if not self.attendance.save():
                return False
        else:
            self.item_page.save_notes()
        try:
            with self.tf.session() as s, s.begin():
                mn.mark_held(s, s.get(Meeting, self.meeting_id))
        except mn.MinutesLocked as e:
            QMessageBox.warning(self, self.tr("Mötet"), str(e))
            return False
        self.timer.stop()
        self.closed.emit()
        return True
