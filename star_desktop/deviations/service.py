"""Rules for the deviations register (avvikelser); the Avvikelser area and the reports call these.

A deviation is something in the team's work that went wrong or got in the way (a missing party,
a consent routine, staffing, budget) and is raised to the local steering group or Länsam. The
register goes to the steering group, so its texts must not point anyone out: the description
(and the resolution) are refused when they hold a personnummer, a case number of this file or
the name of a participant. Forms arrive as typed text, are checked as a whole and are saved with
their audit event in the caller's transaction — or not at all. Deviations are never deleted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..models import (
    AuditAction,
    Case,
    Deviation,
    DeviationCategory,
    DeviationRaisedTo,
    DeviationStatus,
    ParticipantIdentity,
)
from ..models.enums import QT_TRANSLATE_NOOP, LabelledEnum, Msg
from ..validation import Collector, message_of, parse_date

_E = TypeVar("_E", bound=LabelledEnum)

TEXT_MAX = 2000
ENTITY = "deviation"

#: 6 or 8 digits, an optional -, + or space, 4 digits; not part of a longer run of digits.
PERSONNUMMER_LIKE = re.compile(r"(?<!\d)(?:\d{6}|\d{8})[-+ ]?\d{4}(?!\d)")


@dataclass
class DeviationForm:
    """A deviation as typed in the Avvikelser area: dates as YYYY-MM-DD, enums by value."""

    occurred_on: str = ""
    category: str = ""
    description: str = ""
    raised_to: str = ""
    raised_on: str = ""
    status: str = DeviationStatus.OPEN.value
    resolution: str = ""
    resolved_on: str = ""


@dataclass
class DeviationValues:
    """A checked DeviationForm, ready to be written to a Deviation."""

    occurred_on: dt.date
    category: DeviationCategory
    description: str
    raised_to: DeviationRaisedTo | None
    raised_on: dt.date | None
    status: DeviationStatus
    resolution: str
    resolved_on: dt.date | None


def form_of(deviation: Deviation) -> DeviationForm:
    """The form a saved deviation fills in, so editing starts from what is stored."""
    return DeviationForm(
        occurred_on=deviation.occurred_on.isoformat(),
        category=deviation.category.value,
        description=deviation.description,
        raised_to=deviation.raised_to.value if deviation.raised_to else "",
        raised_on=deviation.raised_on.isoformat() if deviation.raised_on else "",
        status=deviation.status.value,
        resolution=deviation.resolution,
        resolved_on=deviation.resolved_on.isoformat() if deviation.resolved_on else "",
    )


# --- personal data in free text ---------------------------------------------------------------


def _folded(text: str) -> str:
    """Case-insensitive and with runs of white space as one space, as names are compared."""
    return " ".join(text.split()).casefold()


def _case_numbers_in(session: Session, folded: str) -> list[str]:
    found: list[str] = []
    for number in session.scalars(select(Case.case_number).order_by(Case.case_number)):
        n = number.strip().casefold()
        if not n or n not in folded:  # cheap test first; most numbers are not there
            continue
        # Not inside a longer token: "2025-0014" is not in "12025-00145" nor "2025-0014-3".
        if re.search(rf"(?<!\w)(?<!\d-){re.escape(n)}(?!\w)(?!-\d)", folded):
            found.append(number.strip())
    return found


def _names_a_participant(session: Session, folded: str) -> bool:
    rows = session.execute(select(ParticipantIdentity.first_name, ParticipantIdentity.last_name))
    for first, last in rows:
        if not (first or "").strip() or not (last or "").strip():
            continue  # a full name needs both parts; a lone first name is not refused
        name = _folded(f"{first} {last}")
        if name not in folded:
            continue
        # As a whole name, also in the genitive ("Anna Anderssons"), not inside another word.
        if re.search(rf"(?<!\w){re.escape(name)}s?(?!\w)", folded):
            return True
    return False


def personal_data_in(session: Session, text: str) -> list[str]:
    """What in a free text points a person out, in Swedish phrases; empty when nothing does.

    Refused: anything that looks like a personnummer (10 or 12 digits, optionally with -, + or
    a space before the last four), a case number of this file and the full name of any
    participant in it (case-insensitive).
    """
    if not text.strip():
        return []
    reasons: list[str] = []
    if PERSONNUMMER_LIKE.search(text):
        reasons.append("något som liknar ett personnummer (10 eller 12 siffror)")
    folded = _folded(text)
    numbers = _case_numbers_in(session, folded)
    if len(numbers) == 1:
        reasons.append(f"ärendenumret {numbers[0]}")
    elif numbers:
        reasons.append("ärendenumren " + ", ".join(numbers))
    if _names_a_participant(session, folded):
        reasons.append("namnet på en deltagare i teamfilen")
    return reasons


def _personal_data_message(what: str, reasons: list[str]) -> str:
    listed = reasons[0] if len(reasons) == 1 else ", ".join(reasons[:-1]) + " och " + reasons[-1]
    return (f"{what} får inte innehålla personuppgifter: den innehåller {listed}. "
            "Beskriv vad som hände utan att peka ut någon.")


# --- checking a form --------------------------------------------------------------------------


def _date(c: Collector, name: str, text: str, today: dt.date, *,
          required: bool = False) -> dt.date | None:
    try:
        day = parse_date(text, required=required)
    except ValueError as e:
        c.add(name, message_of(e))
        return None
    if day is not None and day > today:
        c.add(name, "Datumet kan inte ligga i framtiden.")
    return day


def _enum(enum_cls: type[_E], value: str | None) -> _E | None:
    try:
        return enum_cls(value) if value else None
    except ValueError:
        return None


def check_deviation(session: Session, form: DeviationForm, *,
                    today: dt.date | None = None) -> DeviationValues:
    """Parse and check a deviation form; raise FieldErrors with every problem at once."""
    today = today or dt.date.today()
    c = Collector()

    occurred_on = _date(c, "occurred_on", form.occurred_on, today, required=True)

    category = _enum(DeviationCategory, (form.category or "").strip())
    if category is None:
        c.add("category", QT_TRANSLATE_NOOP("Messages", "Välj kategori."))

    description = (form.description or "").strip()
    if not description:
        c.add("description", QT_TRANSLATE_NOOP("Messages", "Beskriv avvikelsen."))
    elif len(description) > TEXT_MAX:
        c.add("description", Msg(QT_TRANSLATE_NOOP("Messages", "Högst {n} tecken (nu {now})."),
                                 n=TEXT_MAX, now=len(description)))
    else:
        reasons = personal_data_in(session, description)
        if reasons:
            c.add("description", _personal_data_message("Beskrivningen", reasons))

    # Raised to and raised on go together; a missing one is asked for on its own field.
    raised_to_given = bool((form.raised_to or "").strip())
    raised_on_given = bool((form.raised_on or "").strip())
    raised_to = _enum(DeviationRaisedTo, (form.raised_to or "").strip())
    if raised_to_given and raised_to is None:
        c.add("raised_to", QT_TRANSLATE_NOOP("Messages", "Välj lokal styrgrupp eller Länsam."))
    elif raised_on_given and not raised_to_given:
        c.add("raised_to", QT_TRANSLATE_NOOP(
            "Messages",
            "Välj vart avvikelsen lyftes (lokal styrgrupp eller Länsam)."))
    raised_on = _date(c, "raised_on", form.raised_on, today)
    if raised_to_given and not raised_on_given:
        c.add("raised_on", QT_TRANSLATE_NOOP(
            "Messages",
            "Ange när avvikelsen lyftes (ÅÅÅÅ-MM-DD)."))
    if raised_on and occurred_on and raised_on < occurred_on:
        c.add("raised_on", QT_TRANSLATE_NOOP(
            "Messages",
            "Avvikelsen kan inte ha lyfts före den inträffade."))

    status = _enum(DeviationStatus, (form.status or "").strip())
    if status is None:
        c.add("status", QT_TRANSLATE_NOOP("Messages", "Välj status."))

    resolution = (form.resolution or "").strip()
    if len(resolution) > TEXT_MAX:
        c.add("resolution", Msg(QT_TRANSLATE_NOOP("Messages", "Högst {n} tecken (nu {now})."),
                                n=TEXT_MAX, now=len(resolution)))
    elif resolution:
        reasons = personal_data_in(session, resolution)
        if reasons:
            c.add("resolution", _personal_data_message("Åtgärden", reasons))
    resolved_on = _date(c, "resolved_on", form.resolved_on, today)
    resolved_given = bool((form.resolved_on or "").strip())
    if status == DeviationStatus.RESOLVED:
        if not resolution:
            c.add("resolution", QT_TRANSLATE_NOOP("Messages", "Beskriv hur avvikelsen åtgärdades."))
        if not resolved_given:
            c.add("resolved_on", QT_TRANSLATE_NOOP(
                "Messages",
                "Ange när avvikelsen åtgärdades (ÅÅÅÅ-MM-DD)."))
    elif resolved_given and status is not None:
        c.add("resolved_on", QT_TRANSLATE_NOOP(
            "Messages",
            "Ett åtgärdsdatum anges bara när status är Åtgärdad."))
    if resolved_on and occurred_on and resolved_on < occurred_on:
        c.add("resolved_on", QT_TRANSLATE_NOOP(
            "Messages",
            "Avvikelsen kan inte ha åtgärdats före den inträffade."))

    c.raise_if_any()
    assert occurred_on is not None and category is not None and status is not None
    return DeviationValues(
        occurred_on=occurred_on, category=category, description=description,
        raised_to=raised_to, raised_on=raised_on, status=status, resolution=resolution,
        resolved_on=resolved_on if status == DeviationStatus.RESOLVED else None,
    )


# --- saving -----------------------------------------------------------------------------------


def add_deviation(session: Session, form: DeviationForm, *,
                  today: dt.date | None = None) -> Deviation:
    """Register a deviation once the whole form is right; nothing is saved otherwise."""
    values = check_deviation(session, form, today=today)
    deviation = Deviation(**vars(values))
    session.add(deviation)
    session.flush()
    audit.record(session, AuditAction.CREATED, entity=ENTITY, entity_id=deviation.id)
    return deviation


def update_deviation(session: Session, deviation_id: int, form: DeviationForm, *,
                     today: dt.date | None = None) -> Deviation:
    """Change a deviation (e.g. raise it, resolve it); the audit event names the fields only."""
    deviation = session.get(Deviation, deviation_id)
    if deviation is None:
        raise LookupError(f"deviation {deviation_id}")
    values = check_deviation(session, form, today=today)
    changed = [k for k, v in vars(values).items() if getattr(deviation, k) != v]
    for k in changed:
        setattr(deviation, k, getattr(values, k))
    if changed:
        audit.record(session, AuditAction.CHANGED, entity=ENTITY, entity_id=deviation.id,
                     detail="fält: " + ", ".join(changed))
    return deviation


# --- reading ----------------------------------------------------------------------------------


def list_deviations(session: Session, *, status: DeviationStatus | str | None = None,
                    year: int | None = None) -> list[Deviation]:
    """The register as the area lists it: newest first, optionally one status or one year."""
    q = select(Deviation).order_by(Deviation.occurred_on.desc(), Deviation.id.desc())
    if status:
        q = q.where(Deviation.status == DeviationStatus(status))
    if year is not None:
        q = q.where(Deviation.occurred_on >= dt.date(year, 1, 1),
                    Deviation.occurred_on <= dt.date(year, 12, 31))
    return list(session.scalars(q))


def deviation_years(session: Session) -> list[int]:
    """The years that have deviations, newest first (the area's year filter)."""
    days = session.scalars(select(Deviation.occurred_on).distinct())
    return sorted({d.year for d in days}, reverse=True)


def deviations_in_period(session: Session, start: dt.date, end: dt.date) -> list[Deviation]:
    """The deviations open at some time in the period (for the report), oldest first.

    Open at some time means it had occurred by the end and was not resolved before the start:
    occurred_on <= end and (resolved_on is None or resolved_on >= start).
    """
    q = (select(Deviation)
         .where(Deviation.occurred_on <= end,
                (Deviation.resolved_on.is_(None)) | (Deviation.resolved_on >= start))
         .order_by(Deviation.occurred_on, Deviation.id))
    return list(session.scalars(q))
