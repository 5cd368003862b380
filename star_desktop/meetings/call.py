"""The meeting call (kallelse): what the meeting will take up, at a chosen privacy level.

Built from the meeting's agenda (so the call and the meeting agree) and rendered by the call
exports (PDF, .ics, e-mail text). Anything that leaves the laptop defaults to case numbers only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ..cases.query import initials_of
from ..models import AgendaKind, Case, Meeting
from ..team import service as team_service
from .agenda import CASE_TITLES, headings
from .calendar import call_due_on  # noqa: F401 - the call's due date lives with the calendar

#: Privacy levels of printouts and exports (as for the case list export), least revealing first.
PRIVACY = ("case", "initials", "full")
DEFAULT_PRIVACY = "case"

#: What members should prepare for each kind of case item.
PREPARE = {
    AgendaKind.NEW_CASES: "Läs aktualiseringen och ta reda på vad din organisation kan bidra "
                          "med; teamet bedömer om ärendet antas.",
    AgendaKind.FOLLOW_UPS: "Ta med hur insatserna från din organisation går.",
    AgendaKind.CONSULTATIONS: "Fundera över frågan utifrån din organisations uppdrag.",
}


@dataclass(frozen=True)
class CallLine:
    case_number: str
    who: str  # by privacy level: "" (case only), "A. B., född 1985", or the full name
    heading: AgendaKind


@dataclass
class CallContent:
    team: str
    meeting_date: dt.date
    starts_at: dt.time
    ends_at: dt.time
    place: str
    link: str
    privacy: str
    agenda: list[str] = field(default_factory=list)
    lines: list[CallLine] = field(default_factory=list)
    prepare: list[str] = field(default_factory=list)

    def by_heading(self, heading: AgendaKind) -> list[CallLine]:
        return [ln for ln in self.lines if ln.heading == heading]


def person_label(case: Case, privacy: str) -> str:
    """How a case's person is named at a privacy level; case-number-only names nobody."""
    if privacy not in PRIVACY:
        raise ValueError(f"unknown privacy level {privacy!r}")
    p = case.participant
    if privacy == "case" or p is None:
        return ""
    ident = p.identity
    if ident is None:
        return f"född {p.birth_year}"
    if privacy == "initials":
        return f"{initials_of(ident.first_name, ident.last_name)}, född {p.birth_year}"
    return ident.full_name


def call_content(session: Session, meeting: Meeting, privacy: str = DEFAULT_PRIVACY
                 ) -> CallContent:
    if privacy not in PRIVACY:
        raise ValueError(f"unknown privacy level {privacy!r}")
    team = team_service.get_team(session)
    content = CallContent(team=team.name, meeting_date=meeting.held_on,
                          starts_at=meeting.starts_at, ends_at=meeting.ends_at,
                          place=meeting.place, link=meeting.link, privacy=privacy)
    items = list(meeting.agenda_items)
    under = headings(items)
    for index, item in enumerate(items):
        if item.case_id is None:
            content.agenda.append(item.title)
            continue
        case = session.get(Case, item.case_id)
        if case is None:
            continue
        heading = under[index]
        content.lines.append(CallLine(case.case_number, person_label(case, privacy), heading))
    for heading, text in PREPARE.items():
        if content.by_heading(heading):
            content.prepare.append(f"{CASE_TITLES[heading]}: {text}")
    return content
