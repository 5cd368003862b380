"""The steering side of the demo team: deviations raised over the years and yearly targets.

These rows do not depend on the cases' dates, only on the calendar's reach and the team's size.
"""

from __future__ import annotations

import datetime as dt

from ..models import (
    Deviation,
    DeviationCategory,
    DeviationRaisedTo,
    DeviationStatus,
    Target,
    TargetKind,
)
from . import names
from .constants import PAST_MONTHS
from .store import _RowStore


class _GovernanceRows(_RowStore):
    """Deviations and targets."""

    def deviations(self) -> None:
        rng, today = self.rng, self.today
        first = self.cal.dates[0]
        picked = rng.sample(names.DEVIATIONS, 7)
        span = max(1, (today - first).days)
        days = sorted(first + dt.timedelta(days=rng.randint(0, span)) for _ in picked)
        for i, ((category, description, resolution), day) in enumerate(
                zip(picked, days, strict=True), start=1):
            newest = len(picked) - i  # 0 for the newest
            status = (DeviationStatus.OPEN if newest == 0 else
                      DeviationStatus.IN_PROGRESS if newest == 1 else DeviationStatus.RESOLVED)
            raised_to = (DeviationRaisedTo.LANSAM if category == "steering_attendance"
                         else DeviationRaisedTo.LOCAL_STEERING_GROUP)
            raised_on = min(today, day + dt.timedelta(days=rng.randint(0, 20)))
            resolved_on = (min(today, raised_on + dt.timedelta(days=rng.randint(14, 90)))
                           if status == DeviationStatus.RESOLVED else None)
            self.add(Deviation, {
                "id": i, "occurred_on": day, "category": DeviationCategory(category),
                "description": description, "raised_to": raised_to, "raised_on": raised_on,
                "status": status,
                "resolution": resolution if status == DeviationStatus.RESOLVED else "",
                "resolved_on": resolved_on,
            })

    def targets(self) -> None:
        years = range(self.cal.dates[0].year, self.today.year + 1)
        per_year = self.n_cases / (PAST_MONTHS / 12) * 0.8  # joint plannings a year, roughly
        plannings = max(10, round(per_year * 1.05 / 5) * 5) if self.n_cases else 60
        defaults = (
            (TargetKind.JOINT_PLANNINGS, float(plannings)),
            (TargetKind.SHARE_WITH_PLAN, 1.0),
            (TargetKind.SHARE_TO_WORK_OR_STUDIES, 0.25),
            (TargetKind.SHARE_WITH_SELF_SUPPORT_ACTIVITY, 0.8),
            (TargetKind.SOCIAL_ASSISTANCE_CHANGE, -0.25),
        )
        for year in years:
            for kind, value in defaults:
                self.add(Target, {"id": self._next("target"), "year": year, "kind": kind,
                                  "value": value})
