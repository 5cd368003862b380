"""Suggestions the process makes to the coordinator (Bilaga 1, Samplaneringsprocessen).

The coordinator may always choose otherwise; these only pre-fill the choice.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import IncomeSource, PartyKind, PlanningForm

#: The party responsible for a person's current economic support: in the first place the case
#: carrier comes from there (Bilaga 1, step 4).
PAYING_PARTY: dict[IncomeSource, PartyKind] = {
    IncomeSource.SOCIAL_ASSISTANCE: PartyKind.MUNICIPALITY_SOCIAL,
    IncomeSource.SICKNESS_BENEFIT: PartyKind.FK,
    IncomeSource.ACTIVITY_COMPENSATION: PartyKind.FK,
    IncomeSource.SICKNESS_COMPENSATION: PartyKind.FK,
    IncomeSource.UNEMPLOYMENT_BENEFIT: PartyKind.AF,
    IncomeSource.ESTABLISHMENT_BENEFIT: PartyKind.AF,
}

HEALTH_CARE = frozenset({PartyKind.REGION_PRIMARY_CARE, PartyKind.REGION_PSYCHIATRY})
SOCIAL_SERVICES = frozenset({PartyKind.MUNICIPALITY_SOCIAL})


def carrier_party(income: IncomeSource | None) -> PartyKind | None:
    """The party that pays the person's current support, or None when no party does."""
    return PAYING_PARTY.get(income) if income is not None else None


def planning_form(carrier: PartyKind | None, taking_part: Iterable[PartyKind]) -> PlanningForm:
    """Avstämningsmöte when FK carries the case; SIP when health care and social services both
    take part; otherwise a (STAR-)Flerpartsmöte (Bilaga 1, step 5)."""
    parts = set(taking_part)
    if carrier is not None:
        parts.add(carrier)
    if carrier == PartyKind.FK:
        return PlanningForm.RECONCILIATION
    if parts & HEALTH_CARE and parts & SOCIAL_SERVICES:
        return PlanningForm.SIP
    return PlanningForm.MULTI_PARTY
