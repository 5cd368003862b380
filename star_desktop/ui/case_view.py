"""One case: who and what, its timeline, its next step and the steps the process allows now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import audit
from ..cases import process
from ..cases.timeline import next_step, timeline
from ..dataprotection import consent
from ..models import Case, CaseKind, CaseState
from ..storage.teamfile import TeamFile
from ..validation import mask_personnummer
from . import case_dialogs as dlgs
from .case_texts import step_text, title_text
from .common import VerticalScroll, enum_label
from .extract_dialog import export_extract_for

OVERDUE = QColor("#b00020")


class CaseView(QWidget):
    """Shows one case; every button opens one step of the process."""

    changed = Signal(int)
    back = Signal()

    def __init__(self, tf: TeamFile) -> None:
        super().__init__()
        self.tf = tf
        self.case_id: int | None = None
        self.participant_id: int | None = None
        self.mask_names = False

        back = QPushButton(self.tr("← Till ärendelistan"))
        back.setObjectName("back_to_list")
        back.clicked.connect(self.back.emit)
        self.title = QLabel()
        self.title.setObjectName("area_title")
        self.state = QLabel()
        self.state.setObjectName("case_state")
        self.state.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.next_step = QLabel()
        self.next_step.setObjectName("next_step")
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet(
            "font-size: 13pt; background: #eef4fb; border: 1px solid #1f5fa8; padding: 8px;")
        head = QHBoxLayout()
        head.addWidget(back)
        head.addWidget(self.title, 1)
        head.addWidget(self.state)
        self.extract_button = QPushButton(self.tr("&Registerutdrag…"))
        self.extract_button.setObjectName("register_extract")
        self.extract_button.setToolTip(self.tr(
            "Allt som finns lagrat om deltagaren, som PDF (artikel 15 i dataskyddsförordningen)"))
        self.extract_button.clicked.connect(self.register_extract)
        head.addWidget(self.extract_button)

        facts_box = QGroupBox(self.tr("Uppgifter"))
        self.facts = QFormLayout(facts_box)
        self.fact_labels: dict[str, QLabel] = {}
        for key, label in (
            ("person", self.tr("Deltagare:")), ("kind", self.tr("Typ:")),
            ("referred", self.tr("Aktualiserad av:")), ("raised", self.tr("Aktualiserad:")),
            ("income", self.tr("Försörjning vid start:")), ("consent", self.tr("Samtycke:")),
            ("own_words", self.tr("Egna ord:")), ("carrier", self.tr("Ärendebärare:")),
            ("planning", self.tr("Planeringsmöte:")), ("plan", self.tr("Individuell plan:")),
            ("closure", self.tr("Avslut:")),
        ):
            value = QLabel()
            value.setObjectName(f"fact_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            self.facts.addRow(label, value)

        self.timeline = QTreeWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Ärendets tidslinje"))
        self.timeline.setHeaderLabels([self.tr("Datum"), self.tr("Händelse"), self.tr("Detalj")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tl_box = QGroupBox(self.tr("Tidslinje"))
        QVBoxLayout(tl_box).addWidget(self.timeline)

        self.buttons: dict[str, QPushButton] = {}
        steps = QGroupBox(self.tr("Steg"))
        grid = QGridLayout(steps)
        for i, (key, text) in enumerate((
            ("consent", self.tr("Samtycke…")), ("assess", self.tr("Bedöm…")),
            ("queue", self.tr("Sätt i kö…")), ("carrier", self.tr("Ärendebärare…")),
            ("planning", self.tr("Planeringsmöte…")), ("plan", self.tr("Individuell plan…")),
            ("intervention", self.tr("Ny insats…")),
            ("follow_up", self.tr("Registrera uppföljning…")),
            ("request_follow_up", self.tr("Extra uppföljning…")),
            ("consultation", self.tr("Konsultation genomförd…")),
            ("close", self.tr("Avsluta ärendet…")),
            ("withdraw_consent", self.tr("Återkalla samtycke…")),
        )):
            b = QPushButton(text)
            b.setObjectName(f"step_{key}")
            b.clicked.connect(lambda _=False, k=key: self.run_step(k))
            self.buttons[key] = b
            grid.addWidget(b, i // 2, i % 2)  # two a row: the timeline keeps room at any font

        left_page = QWidget()
        left = QVBoxLayout(left_page)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(facts_box)
        left.addWidget(steps)
        left.addStretch(1)
        # Facts and steps scroll when a large font makes them taller than the window.
        left_scroll = VerticalScroll(left_page)
        body = QHBoxLayout()
        body.addWidget(left_scroll, 2)
        body.addWidget(tl_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.next_step)
        layout.addLayout(body, 1)

    # --- showing
    def show_case(self, case_id: int) -> None:
        """Show a case the coordinator opened; the opening is an access, so it is logged."""
        self.case_id = case_id
        with self.tf.session() as s, s.begin():
            case = s.get(Case, case_id)
            if case is not None:
                audit.record_case_viewed(s, case)
        self.reload()

    def register_extract(self) -> None:
        """Registerutdrag for the shown case's participant (art. 15)."""
        if self.participant_id is not None:
            export_extract_for(self, self.tf, self.participant_id)

    def set_mask_names(self, mask: bool) -> None:
        self.mask_names = mask
        if self.case_id is not None:
            self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        today = dt.date.today()
        with self.tf.session() as s:
            case = s.get(Case, self.case_id)
            if case is None:
                return
            self._fill(case, today)

    def _fill(self, case: Case, today: dt.date) -> None:
        self.title.setText(self.tr("Ärende {number}").format(number=case.case_number))
        self.state.setText(enum_label(case.state))
        if case.consent_withdrawn_on is not None:
            self.next_step.setText(self.tr(
                "Samtycket återkallades {date}. Ärendet behandlas inte längre och "
                "personuppgifterna är gallrade.").format(
                    date=case.consent_withdrawn_on.isoformat()))
        else:
            self.next_step.setText(
                self.tr("Nästa steg: {step}").format(step=step_text(next_step(case, today))))
        f = self.fact_labels
        person = case.participant
        if person is None:
            f["person"].setText(self.tr("Ingen enskild (generell konsultation): {subject}")
                                .format(subject=case.subject))
        elif self.mask_names:
            f["person"].setText(self.tr("{gender}, född {year}").format(
                gender=enum_label(person.gender), year=person.birth_year))
        elif person.identity is None:
            f["person"].setText(self.tr("Personuppgifterna är gallrade ({gender}, född {year})")
                                .format(gender=enum_label(person.gender), year=person.birth_year))
        else:
            f["person"].setText(self.tr("{name}  {personnummer}  ({gender}, född {year})").format(
                name=person.identity.full_name,
                personnummer=mask_personnummer(person.identity.personnummer),
                gender=enum_label(person.gender), year=person.birth_year))
        f["kind"].setText(enum_label(case.kind))
        f["referred"].setText(", ".join(x for x in (case.referring_party.name,
                                                    case.referring_officer) if x))
        f["raised"].setText(case.raised_on.isoformat())
        extra = (self.tr(", {years} år med offentlig försörjning").format(
            years=case.years_on_support_at_start)
            if case.years_on_support_at_start is not None else "")
        f["income"].setText(enum_label(case.income_at_start) + extra)
        if case.kind == CaseKind.GENERAL_CONSULTATION:
            f["consent"].setText(self.tr("behövs inte"))
        elif case.consent_withdrawn_on is not None:
            f["consent"].setText(self.tr("återkallat {date}").format(
                date=case.consent_withdrawn_on.isoformat()))
        elif case.consent_form_received and case.consent_signed_on:
            f["consent"].setText(self.tr("undertecknat {date}").format(
                date=case.consent_signed_on.isoformat()))
        else:
            f["consent"].setText(self.tr("saknas"))
        f["own_words"].setText("" if self.mask_names else case.consent_own_words)
        f["carrier"].setText(", ".join(x for x in (
            case.carrier_party.name if case.carrier_party else "", case.carrier_name) if x)
            or "–")
        f["planning"].setText(
            f"{enum_label(case.planning_form)} {case.planning_meeting_on.isoformat()}"
            if case.planning_meeting_on else "–")
        plan = case.plan_made_on.isoformat() if case.plan_made_on else "–"
        if case.plan_made_on and case.self_support_activity:
            plan += self.tr(", med aktivitet mot egen försörjning")
        f["plan"].setText(plan)
        f["closure"].setText(
            self.tr("{date}: {reason}; försörjning vid avslut: {income}").format(
                date=case.closed_on.isoformat(), reason=enum_label(case.closure_reason),
                income=enum_label(case.income_at_end))
            if case.closed_on else "–")

        self.timeline.clear()
        for ev in timeline(case, today):
            detail = "" if self.mask_names and ev.title in ("Uppföljning", "Återvisat") \
                else ev.detail
            if ev.title in ("Planeringsmöte", "Avslutat"):
                detail = QCoreApplication.translate("enum", detail)  # an enum's label
            elif ev.title == "Insats påbörjad" and ": " in detail:  # "{area}: {description}"
                area, rest = detail.split(": ", 1)
                detail = f"{QCoreApplication.translate('enum', area)}: {rest}"
            elif ev.title == "Aktualiserat":
                detail = ", ".join([enum_label(case.kind)] + ([self.tr("av {party}").format(
                    party=case.referring_party.name)] if case.referring_party else []))
            item = QTreeWidgetItem([ev.on.isoformat(), title_text(ev.title), detail])
            item.setToolTip(2, detail)
            if ev.status == "overdue":
                for col in range(3):
                    item.setForeground(col, QBrush(OVERDUE))
                item.setText(1, self.tr("Uppföljning försenad"))
            elif ev.status == "due":
                item.setText(1, self.tr("Uppföljning planerad"))
            self.timeline.addTopLevelItem(item)

        self.participant_id = case.participant_id
        self.extract_button.setEnabled(case.participant_id is not None)
        allowed = process.allowed_steps(case)
        if consent.can_withdraw(case):
            allowed.add("withdraw_consent")
        for key, b in self.buttons.items():
            b.setEnabled(key in allowed)
        self._open_follow_up = next(
            ((f.id, f.due_on) for f in sorted(case.follow_ups, key=lambda f: f.due_on)
             if f.done_on is None), None)
        self.buttons["follow_up"].setEnabled("follow_up" in allowed
                                             and self._open_follow_up is not None)

    # --- steps
    def _spec(self, key: str, case: Case) -> dlgs.StepSpec | None:
        specs: dict[str, Callable[[], dlgs.StepSpec]] = {
            "consent": lambda: dlgs.consent_spec(case),
            "assess": dlgs.assess_spec,
            "queue": dlgs.queue_spec,
            "carrier": lambda: dlgs.carrier_spec(self.tf, case),
            "planning": lambda: dlgs.planning_spec(self.tf, case),
            "plan": lambda: dlgs.plan_spec(case),
            "intervention": lambda: dlgs.intervention_spec(self.tf),
            "request_follow_up": dlgs.request_follow_up_spec,
            "consultation": dlgs.consultation_spec,
            "close": lambda: dlgs.close_spec(case),
            "withdraw_consent": lambda: dlgs.withdraw_consent_spec(case),
        }
        if key == "follow_up":
            if self._open_follow_up is None:
                return None
            return dlgs.follow_up_spec(*self._open_follow_up)
        return specs[key]()

    def step_dialog(self, key: str) -> dlgs.StepDialog | None:
        """The dialog for a step of the shown case (tests drive it directly)."""
        if self.case_id is None:
            return None
        with self.tf.session() as s:
            case = s.get(Case, self.case_id)
            if case is None:
                return None
            if key == "planning":
                return dlgs.make_planning_dialog(self, self.tf, case)
            spec = self._spec(key, case)
        return None if spec is None else dlgs.StepDialog(self, self.tf, self.case_id, spec)

    def run_step(self, key: str) -> bool:
        dlg = self.step_dialog(key)
        if dlg is None or dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        self.after_step()
        return True

    def after_step(self) -> None:
        self.reload()
        if self.case_id is not None:
            self.changed.emit(self.case_id)


def state_label(state: CaseState) -> str:
    return enum_label(state)
