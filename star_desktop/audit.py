"""The audit log: who did what to which record, kept inside the encrypted file.

Services call record() in the same transaction as the change, so a change and its audit event
are saved together or not at all. Details name fields, never their values. The file itself
refuses to update or delete an event (triggers on audit_event, see models/governance.py); nothing
here or anywhere in the app edits the log.

The reading side is for the coordinator and the data-protection officer: a filter (dates in local
time, kind of event, case, participant), rows in pages newest first (keyset paging on the indexed
``at``, so a log of 100,000 events shows at once), a count, and the export (xlsx or PDF, written by
audit_export.py), which is itself an audited event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from .models import AuditAction, AuditEvent, Case, Team
from .models.enums import QT_TRANSLATE_NOOP, Msg
from .validation import Collector, FieldErrors, message_of, parse_date

#: The records the log names, in Swedish; an entity not listed here shows as it is stored.
ENTITY_LABELS: dict[str, str] = {
    "audit_log": "Loggen",
    "backup": "Säkerhetskopia",
    "budget_line": "Budget",
    "case": "Ärende",
    "case_list": "Ärendelistan",
    "catalogue_entry": "Utbudskartan",
    "consent": "Samtycke",
    "demo": "Demoteam",
    "deviation": "Avvikelse",
    "federation": "Länssammanställning",
    "follow_up": "Uppföljning",
    "four_r": "4R-analys",
    "four_r_action": "4R-åtgärd",
    "intervention": "Insats",
    "meeting": "Möte",
    "meeting_series": "Mötesserie",
    "member": "Ledamot",
    "participant": "Deltagare",
    "party": "Part",
    "register_extract": "Registerutdrag",
    "report": "Rapport",
    "report_text": "Rapporttext",
    "retention": "Gallring",
    "setting": "Inställning",
    "target": "Mål",
    "team": "Teamet",
    "team_file": "Teamfilen",
}

#: Rows the screen reads in one go.
PAGE_SIZE = 200
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def actor_of(session: Session) -> str:
    return str(session.info.get("actor") or "okänd")


def record(
    session: Session,
    action: AuditAction,
    *,
    entity: str = "",
    entity_id: int | None = None,
    case_id: int | None = None,
    participant_id: int | None = None,
    detail: str = "",
) -> AuditEvent:
    event = AuditEvent(
        actor=actor_of(session),
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        participant_id=participant_id,
        detail=detail,
    )
    session.add(event)
    return event


def record_case_viewed(session: Session, case: Case) -> AuditEvent:
    """Opening a case shows one person's data: that access is logged (IMY's practice)."""
    return record(session, AuditAction.VIEWED, entity="case", entity_id=case.id,
                  case_id=case.id, participant_id=case.participant_id)


def grouped(n: int) -> str:
    """A count with Swedish digit grouping: 1 234."""
    return f"{n:,}".replace(",", " ")


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


def local_text(at: dt.datetime) -> str:
    """A stored (UTC) time as this computer's local time, ``YYYY-MM-DD HH:MM:SS``."""
    return at.astimezone().strftime(TIME_FORMAT)


def local_midnight(day: dt.date) -> dt.datetime:
    """The start of ``day`` in this computer's time zone, as an aware datetime."""
    return dt.datetime(day.year, day.month, day.day).astimezone()


# --- the filter --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditFilter:
    """Which events to show; every part left empty means "all". Dates are local calendar days,
    both ends included."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    action: AuditAction | None = None
    case_id: int | None = None
    #: The case number as typed, for saying what was chosen (the filter uses case_id).
    case_number: str = ""
    #: The participant's own events and those of every case of theirs.
    participant_id: int | None = None

    def describe(self) -> str:
        """The filter in words, for the top of an export."""
        parts: list[str] = []
        if self.date_from and self.date_to:
            parts.append(f"{self.date_from.isoformat()} – {self.date_to.isoformat()}")
        elif self.date_from:
            parts.append(f"från och med {self.date_from.isoformat()}")
        elif self.date_to:
            parts.append(f"till och med {self.date_to.isoformat()}")
        else:
            parts.append("alla datum")
        parts.append(f"händelse: {self.action.label}" if self.action else "alla händelser")
        if self.case_id is not None:
            parts.append(f"ärende {self.case_number}" if self.case_number else "ett ärende")
        if self.participant_id is not None:
            parts.append(f"deltagare {self.participant_id}")
        return "; ".join(parts)


def parse_filter(session: Session | Connection, *, date_from: str = "", date_to: str = "",
                 action: AuditAction | str | None = None, case_number: str = "",
                 participant_id: int | None = None) -> AuditFilter:
    """The filter as typed; raises FieldErrors for ``date_from``, ``date_to``, ``action`` or
    ``case_number`` (no such case), each with its Swedish message."""
    c = Collector()
    start = end = None
    try:
        start = parse_date(date_from)
    except ValueError as e:
        c.add("date_from", message_of(e))
    try:
        end = parse_date(date_to)
    except ValueError as e:
        c.add("date_to", message_of(e))
    if start and end and end < start:
        c.add("date_to", "Till-datumet ligger före från-datumet.")
    kind: AuditAction | None = None
    if action:
        try:
            kind = AuditAction(action)
        except ValueError:
            c.add("action", "Välj en händelse i listan.")
    number = case_number.strip()
    case_id: int | None = None
    if number:
        case_id = session.execute(select(Case.id).where(Case.case_number == number)).scalar()
        if case_id is None:
            c.add("case_number", Msg(QT_TRANSLATE_NOOP(
                    "Messages", "Det finns inget ärende med numret {number}."),
                                     number=number))
    c.raise_if_any()
    return AuditFilter(start, end, kind, case_id, number if case_id is not None else "",
                       participant_id)


def _conditions(f: AuditFilter) -> list:
    where = []
    if f.date_from is not None:
        where.append(AuditEvent.at >= local_midnight(f.date_from))
    if f.date_to is not None:
        where.append(AuditEvent.at < local_midnight(f.date_to + dt.timedelta(days=1)))
    if f.action is not None:
        where.append(AuditEvent.action == f.action)
    if f.case_id is not None:
        where.append(AuditEvent.case_id == f.case_id)
    if f.participant_id is not None:
        their_cases = select(Case.id).where(Case.participant_id == f.participant_id)
        where.append(or_(AuditEvent.participant_id == f.participant_id,
                         AuditEvent.case_id.in_(their_cases)))
    return where


# --- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRow:
    """One event as the screen and the exports show it."""

    id: int
    at: dt.datetime
    actor: str
    action: AuditAction
    entity: str
    entity_id: int | None
    case_number: str
    participant_id: int | None
    detail: str

    @property
    def local_time(self) -> str:
        return local_text(self.at)

    @property
    def action_label(self) -> str:
        return self.action.label

    @property
    def entity_label(self) -> str:
        return entity_label(self.entity)

    @property
    def key(self) -> tuple[dt.datetime, int]:
        """Where the next page starts (see fetch_events' ``after``)."""
        return self.at, self.id


def _rows_select(f: AuditFilter) -> Select:
    return (
        select(AuditEvent.id, AuditEvent.at, AuditEvent.actor, AuditEvent.action,
               AuditEvent.entity, AuditEvent.entity_id, Case.case_number,
               AuditEvent.participant_id, AuditEvent.detail)
        .outerjoin(Case, Case.id == AuditEvent.case_id)
        .where(*_conditions(f))
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    )


def count_events(conn: Session | Connection, f: AuditFilter) -> int:
    stmt = select(func.count()).select_from(AuditEvent).where(*_conditions(f))
    return int(conn.execute(stmt).scalar() or 0)


def fetch_events(conn: Session | Connection, f: AuditFilter, *, limit: int = PAGE_SIZE,
                 after: tuple[dt.datetime, int] | None = None) -> list[AuditRow]:
    """Up to ``limit`` events, newest first, starting after the row whose ``key`` is ``after``.

    Keyset paging: the next page is found through the index on ``at`` however far down the
    log it is, where an OFFSET would read every row above it again.
    """
    stmt = _rows_select(f)
    if after is not None:
        at, event_id = after
        stmt = stmt.where(or_(AuditEvent.at < at,
                              and_(AuditEvent.at == at, AuditEvent.id < event_id)))
    result = conn.execute(stmt.limit(limit))
    return [AuditRow(r.id, r.at, r.actor, r.action, r.entity or "", r.entity_id,
                     r.case_number or "", r.participant_id, r.detail or "") for r in result]


def iter_events(conn: Session | Connection, f: AuditFilter, *, chunk: int = 2_000
                ) -> Iterator[AuditRow]:
    """Every matching event, newest first, read a chunk at a time."""
    after: tuple[dt.datetime, int] | None = None
    while True:
        rows = fetch_events(conn, f, limit=chunk, after=after)
        yield from rows
        if len(rows) < chunk:
            return
        after = rows[-1].key


# --- the export for the data-protection officer --------------------------------------------------

#: A PDF of more events than this would run to hundreds of pages: the xlsx is for that.
PDF_MAX_EVENTS = 10_000
EXPORT_FORMATS = ("xlsx", "pdf")


def export_log(session: Session, f: AuditFilter, path: Path | str, *,
               now: dt.datetime | None = None) -> int:
    """Write the filtered log to ``path`` (.xlsx or .pdf) and audit the export; returns the
    number of events written. Raises FieldErrors (field ``format``) for a PDF too long to read.
    """
    from . import audit_export

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"the log is exported as xlsx or pdf, not {path.suffix!r}")
    count = count_events(session, f)
    if fmt == "pdf" and count > PDF_MAX_EVENTS:
        raise FieldErrors({"format": Msg(QT_TRANSLATE_NOOP(
            "Messages", "Urvalet har {count} händelser; en PDF rymmer högst {most}. Välj ett "
            "kortare datumintervall eller spara som xlsx."),
            count=grouped(count), most=grouped(PDF_MAX_EVENTS))})
    team = session.execute(select(Team.name).order_by(Team.id)).scalars().first() or ""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone()
    header = audit_export.LogHeader(
        team_name=team, filter_text=f.describe(), produced_by=actor_of(session),
        produced_at=moment.strftime(TIME_FORMAT), count=count)
    rows = iter_events(session, f)
    if fmt == "xlsx":
        written = audit_export.write_log_xlsx(rows, path, header)
    else:
        written = audit_export.write_log_pdf(list(rows), path, header)
    record(session, AuditAction.EXPORTED, entity="audit_log", case_id=f.case_id,
           participant_id=f.participant_id, detail=_export_detail(f, fmt, written))
    return written


def _export_detail(f: AuditFilter, fmt: str, count: int) -> str:
    """What was exported, without values that could name anyone (the case is in case_id)."""
    parts = [f"logg {fmt}", f"{count} händelser"]
    if f.date_from:
        parts.append(f"från {f.date_from.isoformat()}")
    if f.date_to:
        parts.append(f"till {f.date_to.isoformat()}")
    if f.action:
        parts.append(f"händelse {f.action.value}")
    if f.case_id is not None:
        parts.append("ett ärende")
    if f.participant_id is not None:
        parts.append("en deltagare")
    return ", ".join(parts)
