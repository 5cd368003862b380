"""Everything one 4R analysis holds, gathered once for the screen and both exports.

``build_fourr`` reads the team, the period's R1/R2 figures, the R3/R4 texts and the R4 actions
(this period's and last period's, for follow-up). With ``protect`` the small counts are masked
for every table (protection.py); the screen shows the analysis unprotected, exports that leave
the team protect by default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import FourRActionStatus, Party
from ..models.enums import QT_TRANSLATE_NOOP
from ..reports import format as rf
from ..reports.data_sheet import DataRow
from ..reports.periods import Period
from ..team import service as team_service
from . import analysis
from .statistics import FourRStats, fourr_statistics
from .tables import CountTable, Masks, MeanTable, all_data_rows, fourr_tables, present

#: Who an export is for, and whether small counts are masked by default for them.
#: key: (Swedish label, small counts protected by default); the GUI's ExportDialog shows the label
#: in the current language, the exported files name the recipient in Swedish.
RECIPIENTS: dict[str, tuple[str, bool]] = {
    "steering-group": (QT_TRANSLATE_NOOP("ExportDialog", "Lokala styrgruppen"), True),
    "federation": (QT_TRANSLATE_NOOP("ExportDialog", "Förbundskansliet"), True),
    "team": (QT_TRANSLATE_NOOP("ExportDialog", "Teamet (internt)"), False),
}


@dataclass(frozen=True)
class ActionRow:
    text: str
    status: FourRActionStatus


@dataclass(frozen=True)
class FourRContent:
    team_name: str
    municipality: str
    federation: str
    period: Period
    stats: FourRStats
    tables: list[CountTable | MeanTable]
    texts: dict[str, str]
    actions: list[ActionRow]
    previous_period: Period
    previous_actions: list[ActionRow]
    protected: bool
    generated_on: dt.date
    masks: dict[str, Masks] = field(default_factory=dict)

    def presented(self) -> list[tuple[CountTable | MeanTable, rf.Table]]:
        """Each table with its cells as shown (masked when protected)."""
        return [(t, present(t, self.masks.get(t.key) if self.protected else None))
                for t in self.tables]

    def data_rows(self) -> list[DataRow]:
        return all_data_rows(self.tables, self.masks if self.protected else None)


def build_fourr(session: Session, period: Period, *, protect: bool,
                today: dt.date | None = None) -> FourRContent:
    team = team_service.get_team(session)
    stats = fourr_statistics(session, period)
    kinds = {str(i): k.value for i, k in session.execute(select(Party.id, Party.kind))}
    tables = fourr_tables(stats, kinds)
    prev_period, prev = analysis.previous_actions(session, period)
    masks: dict[str, Masks] = {}
    if protect:
        from .protection import protect_tables

        masks = protect_tables(tables)
    return FourRContent(
        team_name=team.name, municipality=team.municipality, federation=team.federation,
        period=period, stats=stats, tables=tables,
        texts=analysis.load_texts(session, period),
        actions=[ActionRow(a.text, a.status) for a in analysis.actions(session, period)],
        previous_period=prev_period,
        previous_actions=[ActionRow(a.text, a.status) for a in prev],
        protected=protect, generated_on=today or dt.date.today(), masks=masks,
    )
