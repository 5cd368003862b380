"""Everything one report holds, gathered once for the screen and for both exports.

``build_report`` reads the team, the period's statistics, texts, budget and deviations in one
session; the xlsx and PDF exports and the Rapporter area only format a ReportContent, so what is
shown and what is sent cannot differ.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import DeviationCategory, DeviationRaisedTo, DeviationStatus, Party, PartyKind
from ..team import service as team_service
from . import budget as budget_service
from . import statistics
from . import targets as targets_service
from . import texts as texts_service
from .periods import Period


@dataclass(frozen=True)
class DeviationRow:
    """A deviation as the report lists it (its description holds no personal data)."""

    occurred_on: dt.date
    category: DeviationCategory
    description: str
    raised_to: DeviationRaisedTo | None
    status: DeviationStatus
    resolution: str
    resolved_on: dt.date | None


@dataclass(frozen=True)
class ReportContent:
    team_name: str
    municipality: str
    federation: str
    period: Period
    stats: statistics.ReportStats
    texts: dict[str, str]
    budget: budget_service.BudgetTable
    deviations: list[DeviationRow]
    #: False when the year's targets are the agreement's defaults (the report says so).
    targets_set: bool
    generated_on: dt.date
    #: Each party's kind by its id (as text, the breakdowns' key): how the data sheet compares
    #: parties across teams.
    party_kinds: dict[str, PartyKind] = field(default_factory=dict)


def build_report(session: Session, period: Period, *, today: dt.date | None = None
                 ) -> ReportContent:
    from ..deviations.service import deviations_in_period

    team = team_service.get_team(session)
    return ReportContent(
        team_name=team.name,
        municipality=team.municipality,
        federation=team.federation,
        period=period,
        stats=statistics.report_statistics(session, period),
        texts=texts_service.load_texts(session, period),
        budget=budget_service.load_budget(session, period),
        deviations=[DeviationRow(d.occurred_on, d.category, d.description, d.raised_to,
                                 d.status, d.resolution, d.resolved_on)
                    for d in deviations_in_period(session, period.start, period.end)],
        targets_set=targets_service.is_set(session, period.end.year),
        generated_on=today or dt.date.today(),
        party_kinds={str(i): k for i, k in session.execute(select(Party.id, Party.kind))},
    )
