"""Guided meeting mode: attendance first, then the agenda item by item, fit for a projector.

Decisions on a case item go through meetings.minutes.decide (and so through the case process)
in one transaction: the minutes and the case are updated together or not at all.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ..cases import process
from ..cases.timeline import next_step
from ..meetings import minutes as mn
from ..models import (
    AgendaItem,
    Case,
    ClosureReason,
    DecisionKind,
    IncomeSource,
    Meeting,
    PlanningForm,
)
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from . import case_dialogs as dlgs
from .case_texts import step_text
from .common import ERROR_STYLE, enum_label, error_text, message_text
from .meeting_attendance import AttendancePage

BIG = "font-size: 22pt; font-weight: 600;"
MEDIUM = "font-size: 15pt;"

#: Decision buttons: (key, label, the case step it needs allowed). Each label has its own
#: Alt+letter, unique in the meeting window, so every decision can be taken from the keyboard.
DECISIONS = (
    (DecisionKind.ACCEPT, QT_TRANSLATE_NOOP("ItemPage", "&Anta"), "assess"),
    (DecisionKind.RETURN, QT_TRANSLATE_NOOP("ItemPage", "Åter&visa…"), "assess"),
    (DecisionKind.CASE_CARRIER, QT_TRANSLATE_NOOP("ItemPage", "Ärende&bärare…"), "carrier"),
    (DecisionKind.PLANNING_FORM, QT_TRANSLATE_NOOP("ItemPage", "P&laneringsmöte…"), "planning"),
    (DecisionKind.NEXT_FOLLOW_UP, QT_TRANSLATE_NOOP("ItemPage", "&Uppföljt, planera nästa…"),
     "request_follow_up"),
    (DecisionKind.CLOSURE, QT_TRANSLATE_NOOP("ItemPage", "Avslu&ta…"), "close"),
    (DecisionKind.CONSULTED, QT_TRANSLATE_NOOP("ItemPage", "&Konsultation genomförd"),
     "consultation"),
)


#: The meeting's own keys: next and previous item, wherever the focus is.
STEP_KEYS = ((QKeySequence("Ctrl+Right"), "next"), (QKeySequence(Qt.Key.Key_PageDown), "next"),
             (QKeySequence("Ctrl+Left"), "previous"), (QKeySequence(Qt.Key.Key_PageUp), "previous"))


class _StepKeysWin(QObject):
    """Text fields want Ctrl+arrows and PageUp/PageDown for themselves; in the meeting these keys
    step between items, so the fields are told not to claim them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(pressed.matches(seq) == QKeySequence.SequenceMatch.ExactMatch
                   for seq, _slot in STEP_KEYS):
                event.ignore()
                return True
        return False


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
        self.personal = QCheckBox(self.tr("Anteckningen innehåller &personuppgifter "
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
        add_action = QPushButton(self.tr("Lägg t&ill åtgärd"))
        add_action.setObjectName("add_action")
        add_action.clicked.connect(self.add_action)
        self._step_keys = _StepKeysWin(self)
        self.notes.installEventFilter(self._step_keys)
        arow = QHBoxLayout()
        for w in (self.action_who, self.action_what, self.action_due):
            arow.addWidget(w, 1)
            w.returnPressed.connect(self.add_action)  # Enter in any of the three adds it
            w.installEventFilter(self._step_keys)
        arow.addWidget(add_action)

        layout = QVBoxLayout(self)
        layout.addWidget(self.position)
        layout.addWidget(self.title)
        layout.addWidget(self.case_info)
        layout.addLayout(grid)
        layout.addWidget(self.decisions_done)
        layout.addWidget(self.error)
        notes_label = QLabel(self.tr("Ant&eckningar:"))
        notes_label.setBuddy(self.notes)
        actions_label = QLabel(self.tr("Åt&gärder (vem, vad, senast när):"))
        actions_label.setBuddy(self.action_who)  # Alt+G: straight to a new action's "Vem"
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.personal)
        layout.addWidget(actions_label)
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
                due = self.tr(" (senast {date})").format(
                    date=a.due_on.isoformat()) if a.due_on else ""
                self.actions.addItem(f"{a.who}: {a.what}{due}")
            self.decisions_done.setText("\n".join(f"✔ {d.summary}" for d in item.decisions))
            case = s.get(Case, item.case_id) if item.case_id else None
            allowed = process.allowed_steps(case) if case is not None else set()
            for kind, _label, step in DECISIONS:
                b = self.decision_buttons[kind]
                b.setVisible(case is not None)
                b.setEnabled(step in allowed)
            self.case_info.setText(self._case_text(case) if case is not None else "")

    def focus_first(self) -> None:
        """Each item starts in its notes; decisions are an Alt+letter away."""
        self.notes.setFocus()
        self.notes.moveCursor(QTextCursor.MoveOperation.End)

    def _case_text(self, case: Case) -> str:
        who = ""
        p = case.participant
        if p is not None:
            if self.mode.mask_names or p.identity is None:
                who = self.tr("{who}, född {year}").format(who=enum_label(p.gender),
                                                           year=p.birth_year)
            else:
                who = self.tr("{who}, född {year}").format(who=p.identity.full_name,
                                                           year=p.birth_year)
        parts = [f"{case.case_number} – {enum_label(case.kind)} – {enum_label(case.state)}"]
        if who:
            parts.append(who)
        parts.append(self.tr("Nästa steg: {step}").format(step=step_text(next_step(case))))
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
                    self.error.setText(error_text(e))

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
            self.error.setText(" ".join(map(message_text, e.errors.values())))
            return
        except ValueError as e:
            self.error.setText(error_text(e))
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
            party_choices = dlgs._party_choices(self.tf, self.tr("– välj part –"))
            income = case.income_at_start.value if case is not None else None
        fields: list[dlgs.Field]
        if kind == DecisionKind.RETURN:
            fields = [dlgs.Field("reason", self.tr("&Skäl:"), "multiline")]
        elif kind == DecisionKind.CASE_CARRIER:
            fields = [dlgs.Field("party_id", self.tr("&Part:"), "combo", party_choices),
                      dlgs.Field("name", self.tr("&Namn:"))]
        elif kind == DecisionKind.PLANNING_FORM:
            fields = [dlgs.Field("form", self.tr("&Form:"), "combo",
                                 dlgs._enum_choices(PlanningForm, self.tr("– välj form –")))]
        elif kind == DecisionKind.NEXT_FOLLOW_UP:
            fields = [dlgs.Field("due_on", self.tr("&Egen dag för nästa (frivilligt):"), "date")]
        elif kind == DecisionKind.CLOSURE:
            fields = [dlgs.Field("reason", self.tr("&Skäl:"), "combo",
                                 dlgs._enum_choices(ClosureReason, self.tr("– välj skäl –"))),
                      dlgs.Field("note", self.tr("&Kommentar:"), "multiline"),
                      dlgs.Field("income_at_end", self.tr("&Försörjning vid avslut:"), "combo",
                                 dlgs._enum_choices(IncomeSource, self.tr("– välj –")),
                                 default=income)]
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
                self.error.setText(error_text(e))
                return False
        else:
            accepted = dlg.exec() == dlg.DialogCode.Accepted
            self.window().activateWindow()  # the keyboard comes back to the meeting
            self.notes.setFocus()
            if not accepted:
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
        self.mask = QCheckBox(self.tr("&Dölj namn"))
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

        self.prev_button = QPushButton(self.tr("← &Föregående"))
        self.prev_button.setObjectName("previous_item")
        self.next_button = QPushButton(self.tr("&Starta mötet →"))
        self.next_button.setObjectName("next_item")
        self.finish_button = QPushButton(self.tr("Avsluta &mötet"))
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
        for seq, name in STEP_KEYS:
            # Connected after construction: the activated= keyword crashes PySide6 6.12 when
            # the shortcut fires (a refcount error deallocating None).
            shortcut = QShortcut(seq, self)
            shortcut.activated.connect(getattr(self, name))
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.update_clock)
        self.timer.start(1000)
        self.update_buttons()
        self.update_clock()
        self.attendance.focus_first()

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
        self.next_button.setText(self.tr("&Starta mötet →") if self.index < 0
                                 else self.tr("&Nästa →"))

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
            self.attendance.focus_first()
        else:
            self.refresh_item()
            self.stack.setCurrentWidget(self.item_page)
            self.item_page.focus_first()
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
            QMessageBox.warning(self, self.tr("Mötet"), error_text(e))
            return False
        self.timer.stop()
        self.closed.emit()
        return True
