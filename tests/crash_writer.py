"""A writer for the crash-safety tests: user actions through the real services, one transaction
each, in a loop, until it is killed.

    python tests/crash_writer.py FILE        (the raw key as hex in STAR_CRASH_KEY)

It prints ``start N`` once the file is open (N actions already in it) and ``done N`` (flushed)
right after action N is committed. Action k is fixed by k, so the state after n actions is
known: ``state_of`` reads back how many actions a file holds, or None when what it holds is
not the state after any whole number of actions (something half-made).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from star_desktop.cases.raising import ParticipantForm, RaiseForm, raise_case
from star_desktop.models import (
    AuditAction,
    AuditEvent,
    Case,
    CaseKind,
    Gender,
    Member,
    PartyKind,
    ReportText,
)
from star_desktop.reports import texts
from star_desktop.reports.periods import parse_period
from star_desktop.team import service as team_service
from star_desktop.team.service import MemberForm

KEY_ENV = "STAR_CRASH_KEY"
PERIOD = parse_period("2025")
TODAY = dt.date(2025, 12, 31)
MEMBER_PREFIX = "Ledamot nr "


def text_body(k: int) -> str:
    """The report texts written by action k: some kilobytes each, so a save spans many pages."""
    return f"Version {k}. " + "Teamet har arbetat vidare med samplaneringen. " * 40


def action(s: Session, k: int) -> None:
    """User action k (1, 2, 3 …): raise a case, add a member, or save every report text."""
    if k % 3 == 1:
        party = team_service.party_of_kind(s, PartyKind.AF)
        raise_case(s, RaiseForm(
            kind=CaseKind.JOINT_PLANNING, referring_party_id=party.id, raised_on="2025-03-01",
            participant=ParticipantForm(first_name="Deltagare", last_name=f"Nummer {k}",
                                        gender=Gender.WOMAN, birth_year=1980)), today=TODAY)
    elif k % 3 == 2:
        party = team_service.party_of_kind(s, PartyKind.FK)
        team_service.add_member(s, MemberForm(
            name=f"{MEMBER_PREFIX}{k}", party_id=party.id, gender=Gender.MAN,
            active_from="2025-01-01"))
    else:
        texts.save_texts(s, PERIOD, {key: text_body(k) for key in texts.text_keys()})


def expected(n: int) -> tuple[int, int, int]:
    """(cases, members added, version of the report texts) after n actions."""
    return (n + 2) // 3, (n + 1) // 3, n // 3 * 3


def state_of(s: Session) -> int | None:
    """How many whole actions the file holds; None if anything is half-made or inconsistent."""
    cases = list(s.scalars(select(Case)))
    members = list(s.scalars(select(Member).where(Member.name.like(f"{MEMBER_PREFIX}%"))))
    rows = list(s.scalars(select(ReportText).where(ReportText.period_start == PERIOD.start,
                                                   ReportText.period_end == PERIOD.end)))
    versions = {r.text for r in rows}
    if len(versions) > 1 or (rows and len(rows) != len(texts.text_keys())):
        return None
    version = 0
    if rows:
        version = int(rows[0].text.split(".")[0].removeprefix("Version "))
        if rows[0].text != text_body(version):
            return None
    n = len(cases) + len(members) + version // 3
    if expected(n) != (len(cases), len(members), version):
        return None

    def created(entity: str) -> dict[int, int]:
        return dict(s.execute(
            select(AuditEvent.entity_id, func.count()).where(
                AuditEvent.action == AuditAction.CREATED, AuditEvent.entity == entity)
            .group_by(AuditEvent.entity_id)).all())

    case_events, member_events = created("case"), created("member")
    if any(case_events.get(c.id) != 1 or c.participant is None
           or c.participant.identity is None for c in cases):
        return None
    if any(member_events.get(m.id) != 1 for m in members):
        return None
    text_events = s.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.entity == "report_text"))
    if text_events != version // 3:
        return None
    return n


def main(argv: list[str]) -> int:
    from star_desktop.storage.teamfile import open_team_file

    tf = open_team_file(Path(argv[1]), actor="Skrivaren", key=bytes.fromhex(os.environ[KEY_ENV]),
                        migrate=False, record_open=False)
    with tf.session() as s:
        n = state_of(s)
    if n is None:
        print("inconsistent", flush=True)
        return 1
    print(f"start {n}", flush=True)
    while True:
        n += 1
        with tf.session() as s, s.begin():
            action(s, n)
        print(f"done {n}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
