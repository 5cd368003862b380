"""R3 Realia and R4 Realisera: the coordinator's analysis texts and the actions for change.

R3 and R4 are texts per period, kept with the report's texts (same table, own keys). R4's
actions are rows per period; in the next period of the same kind they are listed for follow-up
with a status (genomfört / pågår / ej påbörjat).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..models import AuditAction, FourRAction, FourRActionStatus
from ..models.enums import QT_TRANSLATE_NOOP, Msg
from ..reports import texts as report_texts
from ..reports.periods import Period
from ..validation import FieldErrors

REALIA, REALISERA = "4r.realia", "4r.realisera"
#: (key, label, question); the GUI shows label and question through translate("FourRArea", …).
TEXTS: tuple[tuple[str, str, str], ...] = (
    (REALIA, QT_TRANSLATE_NOOP("FourRArea", "R3 Realia"),
     QT_TRANSLATE_NOOP("FourRArea", "Varför ser det ut som det gör? Analysera skillnaderna "
                       "mellan kvinnor och män i R1 och R2: normer, arbetssätt, bemötande, vem "
                       "som aktualiseras och vilka insatser som erbjuds.")),
    (REALISERA, QT_TRANSLATE_NOOP("FourRArea", "R4 Realisera"),
     QT_TRANSLATE_NOOP("FourRArea", "Vad ska förändras? Mål och åtgärder för nästa period, och "
                       "hur förra periodens åtgärder gick.")),
)
KEYS = frozenset(k for k, _l, _h in TEXTS)
MAX_ACTION = 1000


def load_texts(session: Session, period: Period) -> dict[str, str]:
    return report_texts.load_texts(session, period, keys=KEYS)


def save_texts(session: Session, period: Period, texts: dict[str, str]) -> list[str]:
    return report_texts.save_texts(session, period, texts, keys=KEYS)


def actions(session: Session, period: Period) -> list[FourRAction]:
    """The R4 actions set for ``period``, in the order they were added."""
    return list(session.scalars(select(FourRAction).where(
        FourRAction.period_start == period.start, FourRAction.period_end == period.end)
        .order_by(FourRAction.id)))


def previous_actions(session: Session, period: Period) -> tuple[Period, list[FourRAction]]:
    """Last period's actions (the period of the same kind just before), to be followed up."""
    p = period.previous()
    return p, actions(session, p)


def _checked(text: str) -> str:
    t = text.strip()
    if not t:
        raise FieldErrors({"text": QT_TRANSLATE_NOOP("Messages", "Beskriv åtgärden.")})
    if len(t) > MAX_ACTION:
        raise FieldErrors({"text": Msg(QT_TRANSLATE_NOOP(
            "Messages",
            "Högst {n} tecken."), n=MAX_ACTION)})
    return t


def add_action(session: Session, period: Period, text: str) -> FourRAction:
    action = FourRAction(period_start=period.start, period_end=period.end, text=_checked(text),
                         status=FourRActionStatus.NOT_STARTED)
    session.add(action)
    session.flush()
    audit.record(session, AuditAction.CREATED, entity="four_r_action", entity_id=action.id,
                 detail=f"4R-åtgärd {period.key}")
    return action


def update_action(session: Session, action_id: int, *, text: str | None = None,
                  status: FourRActionStatus | str | None = None) -> FourRAction:
    action = session.get(FourRAction, action_id)
    if action is None:
        raise LookupError(f"no 4R action {action_id}")
    changed = []
    if text is not None and _checked(text) != action.text:
        action.text = _checked(text)
        changed.append("text")
    if status is not None:
        try:
            new = FourRActionStatus(status)
        except ValueError:
            raise FieldErrors({"status": QT_TRANSLATE_NOOP("Messages", "Välj status.")}) from None
        if new != action.status:
            action.status = new
            changed.append("status")
    if changed:
        audit.record(session, AuditAction.CHANGED, entity="four_r_action", entity_id=action.id,
                     detail="fält: " + ", ".join(changed))
    return action


def remove_action(session: Session, action_id: int) -> None:
    """An action typed by mistake; an action already followed up is kept (its status is
    history)."""
    action = session.get(FourRAction, action_id)
    if action is None:
        raise LookupError(f"no 4R action {action_id}")
    if action.status != FourRActionStatus.NOT_STARTED:
        raise FieldErrors({"status": QT_TRANSLATE_NOOP(
            "Messages",
            "En åtgärd som har följts upp tas inte bort; ändra dess status i stället.")})
    session.delete(action)
    audit.record(session, AuditAction.CHANGED, entity="four_r_action", entity_id=action_id,
                 detail="4R-åtgärd borttagen")
