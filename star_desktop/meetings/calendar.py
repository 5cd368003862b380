"""The meeting calendar: a rule plans the year's team meetings; single meetings are moved,
cancelled or given a new place.

No Qt here. Forms arrive as text (as typed) and are parsed and checked as a whole (FieldErrors,
one Swedish message per field); a step the meeting's state forbids raises CalendarError with a
message that says why. Every change writes its audit event (entity "meeting") in the caller's
transaction. Times are shown as HH.MM (Swedish), dates as ISO.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from dateutil.rrule import FR, MO, MONTHLY, SA, SU, TH, TU, WE, rrule
from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..models import AuditAction, Meeting, MeetingSeries, MeetingState
from ..models.base import utcnow
from ..models.enums import QT_TRANSLATE_NOOP, Msg
from ..validation import Collector, FieldErrors, message_of, parse_date

WEEKDAYS = ("måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen",
            "söndagen")
WEEKDAY_NAMES = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
#: week_of_month -> Swedish ordinal; -1 is the last one in the month.
ORDINALS = {1: "första", 2: "andra", 3: "tredje", 4: "fjärde", -1: "sista"}
_RRULE_DAYS = (MO, TU, WE, TH, FR, SA, SU)

YEAR_MIN, YEAR_MAX = 2000, 2100
PLACE_MAX, LINK_MAX = 200, 500
CALL_DAYS_AHEAD = 7
#: A meeting in these states has happened; its date, time and place are history.
LOCKED_STATES = frozenset({MeetingState.HELD, MeetingState.MINUTES_APPROVED})

_TIME = re.compile(r"^(\d{1,2})[.:](\d{2})$")


class CalendarError(ValueError):
    """The meeting's state does not allow this change; the message says why (Swedish)."""


# --- small helpers ----------------------------------------------------------------------------


def format_time(t: dt.time) -> str:
    """09.00 (the Swedish way of writing a time)."""
    return f"{t.hour:02d}.{t.minute:02d}"


def format_span(starts_at: dt.time, ends_at: dt.time) -> str:
    return f"{format_time(starts_at)}–{format_time(ends_at)}"


def parse_time(text: str | dt.time | None) -> dt.time:
    """09.00, 9.00 or 09:00; raises ValueError with a Swedish message."""
    if isinstance(text, dt.time):
        return text
    m = _TIME.match((text or "").strip())
    if m is None:
        raise ValueError(QT_TRANSLATE_NOOP(
            "Messages",
            "Ange en tid som TT.MM, till exempel 09.00."))
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(QT_TRANSLATE_NOOP(
            "Messages",
            "Tiden finns inte; ange en tid mellan 00.00 och 23.59."))
    return dt.time(hour, minute)


def check_link(text: str) -> str:
    """A web address for digital attendance (http or https), or empty."""
    link = (text or "").strip()
    if not link:
        return ""
    if len(link) > LINK_MAX:
        raise ValueError(Msg(QT_TRANSLATE_NOOP("Messages", "Högst {n} tecken."), n=LINK_MAX))
    parts = urlsplit(link)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in link:
        raise ValueError(QT_TRANSLATE_NOOP(
            "Messages",
            "Ange en webbadress som börjar med https:// (eller lämna tomt)."))
    return link


def _check_times(c: Collector, starts_text: str | dt.time, ends_text: str | dt.time,
                 ) -> tuple[dt.time | None, dt.time | None]:
    starts = ends = None
    try:
        starts = parse_time(starts_text)
    except ValueError as e:
        c.add("starts_at", message_of(e))
    try:
        ends = parse_time(ends_text)
    except ValueError as e:
        c.add("ends_at", message_of(e))
    if starts is not None and ends is not None and ends <= starts:
        c.add("ends_at", QT_TRANSLATE_NOOP("Messages", "Mötet måste sluta efter att det börjar."))
    return starts, ends


def _check_place(c: Collector, place: str) -> str:
    place = (place or "").strip()
    if len(place) > PLACE_MAX:
        c.add("place", Msg(QT_TRANSLATE_NOOP("Messages", "Högst {n} tecken."), n=PLACE_MAX))
    return place


def _checked_link(c: Collector, link: str) -> str:
    try:
        return check_link(link)
    except ValueError as e:
        c.add("link", message_of(e))
        return ""


def _int_or_none(value: int | str | None) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _get(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise LookupError(f"meeting {meeting_id}")
    return meeting


# --- the rule ---------------------------------------------------------------------------------


@dataclass
class RuleForm:
    """A rule as typed in the plan dialog: weekday 0 = Monday; week 1–4, or -1 for the last."""

    weekday: int | str | None = None
    week_of_month: int | str | None = None
    starts_at: str | dt.time = ""
    ends_at: str | dt.time = ""
    place: str = ""
    link: str = ""
    year: int | str | None = None


@dataclass(frozen=True)
class Rule:
    """A checked RuleForm."""

    weekday: int
    week_of_month: int
    starts_at: dt.time
    ends_at: dt.time
    place: str
    link: str
    year: int


def check_rule(form: RuleForm) -> Rule:
    """Parse and check a rule form; raise FieldErrors with every problem at once."""
    c = Collector()
    weekday = _int_or_none(form.weekday)
    if weekday is None or not 0 <= weekday <= 6:
        c.add("weekday", QT_TRANSLATE_NOOP("Messages", "Välj veckodag."))
    week = _int_or_none(form.week_of_month)
    if week not in ORDINALS:
        c.add("week_of_month", QT_TRANSLATE_NOOP(
            "Messages",
            "Välj vilken vecka i månaden: första–fjärde eller sista."))
    starts, ends = _check_times(c, form.starts_at, form.ends_at)
    place = _check_place(c, form.place)
    link = _checked_link(c, form.link)
    year = _int_or_none(form.year)
    if year is None:
        c.add("year", QT_TRANSLATE_NOOP(
            "Messages",
            "Ange året som ska planeras, till exempel 2026."))
    elif not YEAR_MIN <= year <= YEAR_MAX:
        c.add("year", Msg(QT_TRANSLATE_NOOP("Messages", "Ange ett år mellan {lo} och {hi}."),
                          lo=YEAR_MIN, hi=YEAR_MAX))
    c.raise_if_any()
    assert weekday is not None and week is not None and year is not None
    assert starts is not None and ends is not None
    return Rule(weekday, week, starts, ends, place, link, year)


def describe_rule(series: MeetingSeries | Rule) -> str:
    """"andra tisdagen varje månad 09.00–12.00"."""
    return (f"{ORDINALS[series.week_of_month]} {WEEKDAYS[series.weekday]} varje månad "
            f"{format_span(series.starts_at, series.ends_at)}")


def rule_dates(rule: Rule | MeetingSeries, first_on: dt.date, last_on: dt.date) -> list[dt.date]:
    """The days the rule gives from first_on to last_on, both included."""
    day = _RRULE_DAYS[rule.weekday](rule.week_of_month)
    start = dt.datetime.combine(first_on, dt.time())
    until = dt.datetime.combine(last_on, dt.time())
    return [d.date() for d in rrule(MONTHLY, dtstart=start, until=until, byweekday=day)]


def plan_year(session: Session, form: RuleForm) -> list[Meeting]:
    """Plan the year's meetings from a rule; returns the meetings created.

    A day that already has a meeting (also a cancelled one) is skipped, so planning the same
    year twice creates nothing the second time. The rule is kept as a MeetingSeries only if it
    planned at least one meeting.
    """
    rule = check_rule(form)
    first_on, last_on = dt.date(rule.year, 1, 1), dt.date(rule.year, 12, 31)
    taken = set(session.scalars(
        select(Meeting.held_on).where(Meeting.held_on >= first_on, Meeting.held_on <= last_on)))
    days = [d for d in rule_dates(rule, first_on, last_on) if d not in taken]
    if not days:
        return []
    series = MeetingSeries(weekday=rule.weekday, week_of_month=rule.week_of_month,
                           starts_at=rule.starts_at, ends_at=rule.ends_at, place=rule.place,
                           link=rule.link, first_on=first_on, last_on=last_on)
    session.add(series)
    session.flush()
    audit.record(session, AuditAction.CREATED, entity="meeting_series", entity_id=series.id,
                 detail=f"mötesplan {rule.year}: {len(days)} möten")
    created = []
    for day in days:
        meeting = Meeting(series_id=series.id, held_on=day, starts_at=rule.starts_at,
                          ends_at=rule.ends_at, place=rule.place, link=rule.link,
                          state=MeetingState.PLANNED)
        session.add(meeting)
        created.append(meeting)
    session.flush()
    for meeting in created:
        audit.record(session, AuditAction.CREATED, entity="meeting", entity_id=meeting.id,
                     detail="planerat av mötesplan")
    return created


# --- single meetings --------------------------------------------------------------------------


def meetings_in(session: Session, year: int) -> list[Meeting]:
    """The year's meetings (cancelled ones too), in date order."""
    q = (select(Meeting)
         .where(Meeting.held_on >= dt.date(year, 1, 1), Meeting.held_on <= dt.date(year, 12, 31))
         .order_by(Meeting.held_on, Meeting.starts_at, Meeting.id))
    return list(session.scalars(q))


def _refuse_if_locked(meeting: Meeting, what: str) -> None:
    if meeting.state == MeetingState.MINUTES_APPROVED:
        raise CalendarError(f"Mötet {meeting.held_on.isoformat()} är justerat och kan inte "
                            f"{what}.")
    if meeting.state == MeetingState.HELD:
        raise CalendarError(f"Mötet {meeting.held_on.isoformat()} är redan genomfört och kan "
                            f"inte {what}.")


def move_meeting(session: Session, meeting_id: int, new_date: str | dt.date,
                 starts_at: str | dt.time, ends_at: str | dt.time) -> Meeting:
    """Move a meeting to another day and/or time.

    Refused for a held, approved or cancelled meeting, and onto a day that already has another
    meeting. If the call was already sent it must go out again, so the meeting is planned anew.
    """
    meeting = _get(session, meeting_id)
    _refuse_if_locked(meeting, "flyttas")
    if meeting.state == MeetingState.CANCELLED:
        raise CalendarError(Msg(QT_TRANSLATE_NOOP(
            "Messages",
            "Mötet {day} är inställt och kan inte flyttas."),
            day=meeting.held_on.isoformat()))
    c = Collector()
    day = None
    try:
        day = parse_date(new_date, required=True)
    except ValueError as e:
        c.add("held_on", message_of(e))
    starts, ends = _check_times(c, starts_at, ends_at)
    if day is not None:
        other = session.scalars(select(Meeting).where(
            Meeting.held_on == day, Meeting.id != meeting.id,
            Meeting.state != MeetingState.CANCELLED)).first()
        if other is not None:
            c.add("held_on", Msg(QT_TRANSLATE_NOOP("Messages", "Det finns redan ett möte {day}."),
                                 day=day.isoformat()))
    c.raise_if_any()
    assert day is not None and starts is not None and ends is not None
    changed = [name for name, value in (("held_on", day), ("starts_at", starts),
                                        ("ends_at", ends)) if getattr(meeting, name) != value]
    if not changed:
        return meeting
    meeting.held_on, meeting.starts_at, meeting.ends_at = day, starts, ends
    detail = "flyttat; fält: " + ", ".join(changed)
    if meeting.state == MeetingState.CALL_SENT:
        meeting.state = MeetingState.PLANNED
        meeting.call_sent_at = None
        detail += "; ny kallelse behövs"
    audit.record(session, AuditAction.CHANGED, entity="meeting", entity_id=meeting.id,
                 detail=detail)
    return meeting


def cancel_meeting(session: Session, meeting_id: int) -> Meeting:
    """Cancel a planned meeting (it stays in the calendar as cancelled)."""
    meeting = _get(session, meeting_id)
    _refuse_if_locked(meeting, "ställas in")
    if meeting.state == MeetingState.CANCELLED:
        raise CalendarError(Msg(QT_TRANSLATE_NOOP("Messages", "Mötet {day} är redan inställt."),
                                day=meeting.held_on.isoformat()))
    meeting.state = MeetingState.CANCELLED
    audit.record(session, AuditAction.CHANGED, entity="meeting", entity_id=meeting.id,
                 detail="inställt")
    return meeting


def update_place(session: Session, meeting_id: int, place: str, link: str) -> Meeting:
    """Change where a meeting is held and the link for digital attendance."""
    meeting = _get(session, meeting_id)
    _refuse_if_locked(meeting, "ändras")
    c = Collector()
    place = _check_place(c, place)
    link = _checked_link(c, link)
    c.raise_if_any()
    changed = [name for name, value in (("place", place), ("link", link))
               if getattr(meeting, name) != value]
    for name in changed:
        setattr(meeting, name, place if name == "place" else link)
    if changed:
        audit.record(session, AuditAction.CHANGED, entity="meeting", entity_id=meeting.id,
                     detail="fält: " + ", ".join(changed))
    return meeting


# --- the call ---------------------------------------------------------------------------------


def call_due_on(meeting: Meeting) -> dt.date:
    """The call (kallelse) goes out one week before the meeting."""
    return meeting.held_on - dt.timedelta(days=CALL_DAYS_AHEAD)


def call_is_due(meeting: Meeting, today: dt.date) -> bool:
    """A planned meeting whose call is not sent and should be now (not after the meeting)."""
    return (meeting.state == MeetingState.PLANNED and meeting.call_sent_at is None
            and call_due_on(meeting) <= today <= meeting.held_on)


__all__ = [
    "CalendarError",
    "FieldErrors",
    "Rule",
    "RuleForm",
    "call_due_on",
    "call_is_due",
    "cancel_meeting",
    "check_rule",
    "describe_rule",
    "format_span",
    "format_time",
    "meetings_in",
    "move_meeting",
    "parse_time",
    "plan_year",
    "update_place",
]


def mark_call_sent(session: Session, meeting_id: int) -> Meeting:
    """The coordinator has sent the call: the calendar stops saying it is due."""
    meeting = _get(session, meeting_id)
    if meeting.state != MeetingState.PLANNED:
        raise CalendarError("Kallelsen kan bara markeras som skickad för ett planerat möte "
                            f"(mötet är {meeting.state.label.lower()}).")
    meeting.state = MeetingState.CALL_SENT
    meeting.call_sent_at = utcnow()
    audit.record(session, AuditAction.CHANGED, entity="meeting", entity_id=meeting.id,
                 detail="kallelse skickad")
    return meeting
