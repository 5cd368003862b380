"""The Möten area: the year's meeting calendar, planned from a rule, with move, cancel, place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..meetings import calendar
from ..models import MeetingState
from ..models.enums import QT_TRANSLATE_NOOP
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from .common import ERROR_STYLE, FieldMessages, RowsModel, enum_label, error_text, row_table
from .forms import Field, StepDialog, StepSpec

if TYPE_CHECKING:
    from .meeting_mode import MeetingMode

_Index = QModelIndex | QPersistentModelIndex

#: Shown through QCoreApplication.translate("Weekday", …) and ("WeekOfMonth", …).
WEEKDAY_LABELS = (
    QT_TRANSLATE_NOOP("Weekday", "måndag"), QT_TRANSLATE_NOOP("Weekday", "tisdag"),
    QT_TRANSLATE_NOOP("Weekday", "onsdag"), QT_TRANSLATE_NOOP("Weekday", "torsdag"),
    QT_TRANSLATE_NOOP("Weekday", "fredag"), QT_TRANSLATE_NOOP("Weekday", "lördag"),
    QT_TRANSLATE_NOOP("Weekday", "söndag"))
WEEK_LABELS = (
    (1, QT_TRANSLATE_NOOP("WeekOfMonth", "första")),
    (2, QT_TRANSLATE_NOOP("WeekOfMonth", "andra")),
    (3, QT_TRANSLATE_NOOP("WeekOfMonth", "tredje")),
    (4, QT_TRANSLATE_NOOP("WeekOfMonth", "fjärde")),
    (-1, QT_TRANSLATE_NOOP("WeekOfMonth", "sista")))
DUE_BACKGROUND = QColor("#ffe08a")
DUE_FOREGROUND = QColor("#3d2e00")


def weekday_label(weekday: int) -> str:
    """The day's name (0 = Monday) in the current language."""
    return QCoreApplication.translate("Weekday", WEEKDAY_LABELS[weekday])


@dataclass(frozen=True)
class MeetingRow:
    id: int
    held_on: dt.date
    starts_at: dt.time
    ends_at: dt.time
    place: str
    link: str
    state: MeetingState
    call_due_on: dt.date
    call_is_due: bool


def load_meeting_rows(tf: TeamFile, year: int, today: dt.date) -> list[MeetingRow]:
    with tf.session() as s:
        return [
            MeetingRow(m.id, m.held_on, m.starts_at, m.ends_at, m.place, m.link, m.state,
                       calendar.call_due_on(m), calendar.call_is_due(m, today))
            for m in calendar.meetings_in(s, year)
        ]


class MeetingTableModel(RowsModel):
    """The year's meetings (a dozen or two rows: loaded whole)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingTableModel", "Datum"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Veckodag"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Tid"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Plats"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Länk"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Status"),
        QT_TRANSLATE_NOOP("MeetingTableModel", "Kallelse"))
    CALL_COLUMN = 6

    def call_text(self, r: MeetingRow) -> str:
        if r.call_is_due:
            return self.tr("ska skickas nu")
        if r.state == MeetingState.PLANNED:
            return r.call_due_on.isoformat()
        if r.state == MeetingState.CALL_SENT:
            return self.tr("skickad")
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                r.held_on.isoformat(), weekday_label(r.held_on.weekday()),
                calendar.format_span(r.starts_at, r.ends_at), r.place, r.link,
                enum_label(r.state), self.call_text(r),
            )[col]
        due = r.call_is_due and col == self.CALL_COLUMN
        if role == Qt.ItemDataRole.BackgroundRole and due:
            return QBrush(DUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if due:
                return QBrush(DUE_FOREGROUND)
            if r.state == MeetingState.CANCELLED:
                return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if due:
                font.setBold(True)
            if r.state == MeetingState.CANCELLED and col != 5:
                font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.CALL_COLUMN \
                and r.state == MeetingState.PLANNED:
            return self.tr("Kallelsen ska skickas en vecka före mötet, {date}.").format(
                date=r.call_due_on.isoformat())
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("StepDialog", "Avbryt"))
    buttons.rejected.connect(dialog.reject)
    return buttons


def _general_error() -> QLabel:
    label = QLabel()
    label.setObjectName("general_error")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(QCoreApplication.translate("MeetingsArea", "Fel"))
    return label


class PlanYearDialog(QDialog):
    """The rule that plans a year: e.g. the second Tuesday of every month 09.00–12.00."""

    def __init__(self, parent: QWidget | None, tf: TeamFile, year: int) -> None:
        super().__init__(parent)
        self.tf = tf
        self.created = 0
        self.setWindowTitle(self.tr("Planera året"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.fields = FieldMessages(form)
        self.year = QSpinBox()
        self.year.setRange(calendar.YEAR_MIN, calendar.YEAR_MAX)
        self.year.setValue(year)
        self.week = QComboBox()
        for value, label in WEEK_LABELS:
            self.week.addItem(QCoreApplication.translate("WeekOfMonth", label), value)
        self.week.setCurrentIndex(1)
        self.weekday = QComboBox()
        for value in range(5):
            self.weekday.addItem(weekday_label(value), value)
        self.weekday.setCurrentIndex(1)
        self.starts_at = QLineEdit("09.00")
        self.starts_at.setPlaceholderText(self.tr("TT.MM"))
        self.ends_at = QLineEdit("12.00")
        self.ends_at.setPlaceholderText(self.tr("TT.MM"))
        self.place = QLineEdit()
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://")
        for name in ("year", "week", "weekday", "starts_at", "ends_at", "place", "link"):
            getattr(self, name).setObjectName(name)
        f = self.fields
        f.add_row("year", self.tr("&År:"), self.year)
        f.add_row("week_of_month", self.tr("&Vilken i månaden:"), self.week)
        f.add_row("weekday", self.tr("Vecko&dag:"), self.weekday)
        f.add_row("starts_at", self.tr("&Börjar:"), self.starts_at)
        f.add_row("ends_at", self.tr("&Slutar:"), self.ends_at)
        f.add_row("place", self.tr("&Plats:"), self.place)
        f.add_row("link", self.tr("&Länk för digitalt deltagande:"), self.link)
        self.summary = QLabel()
        self.summary.setObjectName("rule_summary")
        self.summary.setWordWrap(True)
        for w in (self.week, self.weekday):
            w.currentIndexChanged.connect(self._describe)
        for e in (self.starts_at, self.ends_at, self.place, self.link):
            e.textChanged.connect(self._describe)
        self.year.valueChanged.connect(self._describe)
        self.general_error = _general_error()
        self.buttons = _buttons(self, self.tr("Planera"))
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._describe()

    def form(self) -> calendar.RuleForm:
        return calendar.RuleForm(
            weekday=self.weekday.currentData(), week_of_month=self.week.currentData(),
            starts_at=self.starts_at.text(), ends_at=self.ends_at.text(),
            place=self.place.text(), link=self.link.text(), year=self.year.value())

    def _describe(self) -> None:
        try:
            rule = calendar.check_rule(self.form())
        except FieldErrors:
            self.summary.setText("")
            return
        self.summary.setText(self.tr("Mötena {year}: {rule}. Dagar som redan har ett möte "
                                     "hoppas över.").format(year=rule.year,
                                                            rule=calendar.describe_rule(rule)))

    def save(self) -> None:
        try:
            with self.tf.session() as s, s.begin():
                self.created = len(calendar.plan_year(s, self.form()))
        except FieldErrors as e:
            self.general_error.setText("\n".join(self.fields.show(e.errors)))
            return
        self.accept()


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingsArea", text)


class MoveDialog(StepDialog):
    """Move one meeting to another day or time."""

    def __init__(self, parent: QWidget | None, tf: TeamFile, row: MeetingRow) -> None:
        self.row = row
        spec = StepSpec(
            _tr("Flytta mötet {date}").format(date=row.held_on.isoformat()), "",
            [Field("held_on", _tr("Nytt &datum:"), "date", default=row.held_on.isoformat()),
             Field("starts_at", _tr("&Börjar:"),
                   default=calendar.format_time(row.starts_at)),
             Field("ends_at", _tr("&Slutar:"), default=calendar.format_time(row.ends_at))],
            lambda s, _c, v: calendar.move_meeting(s, row.id, v["held_on"], v["starts_at"],
                                                   v["ends_at"]),
            ok_text=_tr("Flytta"))
        super().__init__(parent, tf, None, spec)
        self.held_on, self.starts_at, self.ends_at = (
            self.inputs["held_on"], self.inputs["starts_at"], self.inputs["ends_at"])


class PlaceDialog(StepDialog):
    """Where one meeting is held, and the link for digital attendance."""

    def __init__(self, parent: QWidget | None, tf: TeamFile, row: MeetingRow) -> None:
        self.row = row
        spec = StepSpec(
            _tr("Plats och länk för mötet {date}").format(date=row.held_on.isoformat()), "",
            [Field("place", _tr("&Plats:"), default=row.place),
             Field("link", _tr("&Länk för digitalt deltagande:"), default=row.link,
                   placeholder="https://")],
            lambda s, _c, v: calendar.update_place(s, row.id, v["place"], v["link"]),
            ok_text=_tr("Spara"))
        super().__init__(parent, tf, None, spec)
        self.place, self.link = self.inputs["place"], self.inputs["link"]


class MeetingsArea(QWidget):
    """The year's team meetings: plan from a rule, move, cancel, change place and link."""

    #: The meeting mode's own "Dölj namn" box: presentation mode for the whole window.
    presentation_requested = Signal(bool)

    def __init__(self, tf: TeamFile, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.tf = tf
        self.today = today
        self.mask_names = False

        title = QLabel(self.tr("Möten"))
        title.setObjectName("area_title")
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(calendar.YEAR_MIN, calendar.YEAR_MAX)
        self.year.setValue(today().year)
        self.year.setAccessibleName(self.tr("År"))
        year_label = QLabel(self.tr("&År:"))
        year_label.setBuddy(self.year)
        self.year.valueChanged.connect(lambda _y: self.reload())

        self.model = MeetingTableModel()
        self.table = row_table(self.model, object_name="meetings",
                               accessible_name=self.tr("Årets möten"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.move_meeting())

        self.plan_button = QPushButton(self.tr("&Planera året…"))
        self.plan_button.setObjectName("plan_year")
        self.move_button = QPushButton(self.tr("&Flytta…"))
        self.move_button.setObjectName("move_meeting")
        self.cancel_button = QPushButton(self.tr("&Ställ in…"))
        self.cancel_button.setObjectName("cancel_meeting")
        self.place_button = QPushButton(self.tr("Plats &och länk…"))
        self.place_button.setObjectName("place_meeting")
        self.plan_button.clicked.connect(self.plan_year)
        self.move_button.clicked.connect(self.move_meeting)
        self.cancel_button.clicked.connect(self.cancel_meeting)
        self.place_button.clicked.connect(self.edit_place)

        self.agenda_button = QPushButton(self.tr("&Dagordning…"))
        self.agenda_button.setObjectName("edit_agenda")
        self.run_button = QPushButton(self.tr("&Led mötet…"))
        self.run_button.setObjectName("run_meeting")
        self.approve_button = QPushButton(self.tr("&Justera…"))
        self.approve_button.setObjectName("approve_minutes")
        self.addendum_button = QPushButton(self.tr("&Tillägg…"))
        self.addendum_button.setObjectName("add_addendum")
        self.minutes_button = QPushButton(self.tr("&Minnesanteckningar (PDF)…"))
        self.minutes_button.setObjectName("minutes_pdf")
        self.minutes_button.clicked.connect(self.save_minutes)
        self.call_button = QPushButton(self.tr("&Kallelse…"))
        self.call_button.setObjectName("meeting_call")
        self.call_button.clicked.connect(self.open_call)
        self.agenda_button.clicked.connect(self.edit_agenda)
        self.run_button.clicked.connect(self.run_meeting)
        self.approve_button.clicked.connect(self.approve_minutes)
        self.addendum_button.clicked.connect(self.add_addendum)
        self.meeting_mode: MeetingMode | None = None

        self.status = QLabel()
        self.status.setObjectName("meetings_status")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(16)
        for b in (self.plan_button, self.move_button, self.cancel_button, self.place_button):
            top.addWidget(b)
        top.addStretch(1)

        second = QHBoxLayout()
        for b in (self.agenda_button, self.call_button, self.run_button, self.approve_button,
                  self.addendum_button, self.minutes_button):
            second.addWidget(b)
        second.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        plan_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        plan_shortcut.activated.connect(self.plan_year)  # not activated=: PySide6 6.12 crashes
        self.setTabOrder(self.year, self.plan_button)
        self.reload()

    # --- data
    def reload(self) -> None:
        selected = self.selected()
        self.model.set_rows(load_meeting_rows(self.tf, self.year.value(), self.today()))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()
        due = sum(r.call_is_due for r in self.model.rows)
        if not self.model.rows:
            self.status.setText(self.tr("Inga möten planerade {year}. Välj Planera året… för "
                                        "att lägga in årets möten.").format(
                                            year=self.year.value()))
        elif due:
            self.status.setText(self.tr("Kallelsen ska skickas nu till {n} möte(n).").format(
                n=due))
        else:
            self.status.setText("")

    def select(self, meeting_id: int) -> None:
        for i, r in enumerate(self.model.rows):
            if r.id == meeting_id:
                self.table.selectRow(i)
                return

    def selected(self) -> MeetingRow | None:
        sm = self.table.selectionModel()
        rows = sm.selectedRows() if sm is not None else []
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        r = self.selected()
        changeable = r is not None and r.state not in calendar.LOCKED_STATES
        self.move_button.setEnabled(changeable and r.state != MeetingState.CANCELLED)
        self.cancel_button.setEnabled(changeable and r.state != MeetingState.CANCELLED)
        self.place_button.setEnabled(changeable)
        live = r is not None and r.state not in (MeetingState.CANCELLED,
                                                 MeetingState.MINUTES_APPROVED)
        self.agenda_button.setEnabled(r is not None and r.state != MeetingState.CANCELLED)
        self.run_button.setEnabled(live)
        self.call_button.setEnabled(r is not None and r.state in (MeetingState.PLANNED,
                                                                  MeetingState.CALL_SENT))
        self.approve_button.setEnabled(r is not None and r.state == MeetingState.HELD)
        self.minutes_button.setEnabled(r is not None and r.state in (
            MeetingState.HELD, MeetingState.MINUTES_APPROVED))
        self.addendum_button.setEnabled(r is not None
                                        and r.state == MeetingState.MINUTES_APPROVED)

    # --- actions
    def plan_year(self) -> None:
        dlg = PlanYearDialog(self, self.tf, self.year.value())
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        year = dlg.year.value()
        if year != self.year.value():
            self.year.setValue(year)  # reloads
        else:
            self.reload()
        if dlg.created:
            self.status.setText(self.tr("{n} möten planerade {year}.").format(
                n=dlg.created, year=year))
        else:
            self.status.setText(self.tr("Inga nya möten: alla dagarna {year} har redan ett "
                                        "möte.").format(year=year))

    def move_meeting(self) -> None:
        r = self.selected()
        if r is None or not self.move_button.isEnabled():
            return
        dlg = MoveDialog(self, self.tf, r)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.select(r.id)

    def confirm(self, title: str, text: str) -> bool:
        """Ask before a change that cannot be undone here (tests replace this)."""
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def cancel_meeting(self) -> None:
        r = self.selected()
        if r is None:
            return
        if not self.confirm(self.tr("Ställ in mötet"), self.tr(
                "Ställa in mötet {date} {time}? Det står kvar i kalendern som inställt.").format(
                    date=r.held_on.isoformat(), time=calendar.format_span(r.starts_at,
                                                                          r.ends_at))):
            return
        try:
            with self.tf.session() as s, s.begin():
                calendar.cancel_meeting(s, r.id)
        except calendar.CalendarError as e:
            self.status.setText(error_text(e))
            return
        self.reload()
        self.status.setText(self.tr("Mötet {date} är inställt.").format(
            date=r.held_on.isoformat()))

    def edit_place(self) -> None:
        r = self.selected()
        if r is None:
            return
        dlg = PlaceDialog(self, self.tf, r)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    # --- the meeting itself
    def edit_agenda(self) -> None:
        r = self.selected()
        if r is None:
            return
        from .agenda_dialog import AgendaDialog

        AgendaDialog(self, self.tf, r.id).exec()

    def open_call(self) -> None:
        r = self.selected()
        if r is None:
            return
        from .call_dialog import CallDialog

        CallDialog(self, self.tf, r.id).exec()
        self.reload()

    def run_meeting(self) -> QWidget | None:
        """Open the guided meeting mode in its own large window (for the projector)."""
        r = self.selected()
        if r is None:
            return None
        from ..meetings import agenda as ag
        from ..models import Meeting
        from .meeting_mode import MeetingMode

        with self.tf.session() as s, s.begin():
            m = s.get(Meeting, r.id)
            if m is not None and not m.agenda_items:
                ag.build_agenda(s, m)
        mode = MeetingMode(self.tf, r.id)
        mode.setWindowTitle(self.tr("Teammöte {date}").format(date=r.held_on.isoformat()))
        mode.resize(1280, 800)
        mode.closed.connect(mode.close)
        mode.closed.connect(self.reload)
        self.meeting_mode = mode
        if self.mask_names:
            mode.mask.setChecked(True)
        mode.mask.toggled.connect(self.presentation_requested)
        mode.show()
        mode.raise_()
        mode.activateWindow()  # keyboard users go on typing in the meeting window
        return mode

    def set_mask_names(self, mask: bool) -> None:
        """Presentation mode: the meeting mode window (open now or later) masks names."""
        self.mask_names = mask
        mode = self.meeting_mode
        if mode is not None and mode.mask.isChecked() != mask:
            blocker = QSignalBlocker(mode.mask)
            mode.mask.setChecked(mask)
            blocker.unblock()
            mode.set_mask_names(mask)

    def approve_minutes(self) -> None:
        r = self.selected()
        if r is None:
            return
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from ..meetings import minutes as mn
        from ..models import Meeting

        name, ok = QInputDialog.getText(self, self.tr("Justera minnesanteckningarna"),
                                        self.tr("Justeras av:"))
        if not ok:
            return
        try:
            with self.tf.session() as s, s.begin():
                mn.approve(s, s.get(Meeting, r.id), approved_by=name)
        except ValueError as e:
            QMessageBox.warning(self, self.tr("Justering"), error_text(e))
            return
        self.reload()

    def add_addendum(self) -> None:
        r = self.selected()
        if r is None:
            return
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from ..meetings import minutes as mn
        from ..models import Meeting

        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Tillägg till justerade minnesanteckningar"),
            self.tr("Tillägget dateras i dag; de justerade anteckningarna ändras inte:"))
        if not ok:
            return
        try:
            with self.tf.session() as s, s.begin():
                mn.add_addendum(s, s.get(Meeting, r.id), text=text, author=self.tf.actor)
        except ValueError as e:
            QMessageBox.warning(self, self.tr("Tillägg"), error_text(e))
            return
        self.status.setText(self.tr("Tillägget sparat."))

    def ask_minutes_target(self, held_on: dt.date) -> tuple[Path, bool] | None:
        """Which version (the steering group's is the default: it may leave the team) and where."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        versions = [self.tr("För styrgruppen (utan personuppgifter)"),
                    self.tr("Intern (för teamets ledamöter)")]
        choice, ok = QInputDialog.getItem(self, self.tr("Minnesanteckningar"),
                                          self.tr("Version:"), versions, 0, False)
        if not ok:
            return None
        steering = choice == versions[0]
        suffix = "styrgrupp" if steering else "intern"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara minnesanteckningarna"),
            str(Path.home() / f"Minnesanteckningar {held_on.isoformat()} {suffix}.pdf"),
            self.tr("PDF (*.pdf)"))
        return (Path(chosen), steering) if chosen else None

    def save_minutes(self) -> Path | None:
        r = self.selected()
        if r is None:
            return None
        target = self.ask_minutes_target(r.held_on)
        if target is None:
            return None
        path, steering = target
        from .. import audit
        from ..meetings.minutes import minutes_content
        from ..meetings.minutes_export import minutes_pdf
        from ..models import AuditAction, Meeting
        from ..team import service as team_service

        with self.tf.session() as s, s.begin():
            content = minutes_content(s, s.get(Meeting, r.id), steering_group=steering)
            minutes_pdf(content, team_service.get_team(s).name, path)
            audit.record(s, AuditAction.EXPORTED, entity="meeting", entity_id=r.id,
                         detail="minnesanteckningar pdf, "
                                + ("styrgrupp" if steering else "intern"))
        self.status.setText(self.tr("Sparat: {path}").format(path=path))
        return path
