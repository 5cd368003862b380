"""How likely things are: the weights every random draw of the demo uses, and two draw helpers.

The shares of kinds, incomes, referrers, closure reasons and intervention groups are what make
the synthetic team look like a real one; keeping them together makes them easy to tune.
``_weighted`` draws from such a table and ``_cover`` makes sure rare values still show up.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from typing import Any, TypeVar

from ..models import CaseKind, ClosureReason, Gender, IncomeSource, InterventionGroup, PartyKind

_T = TypeVar("_T")

_P = PartyKind
_IS = IncomeSource
_CR = ClosureReason
_G = InterventionGroup

_KIND_WEIGHTS = ((CaseKind.JOINT_PLANNING, 80), (CaseKind.CONSULTATION, 12),
                 (CaseKind.GENERAL_CONSULTATION, 8))
_GENDER_WEIGHTS = ((Gender.WOMAN, 52), (Gender.MAN, 46), (Gender.OTHER, 2))
_INCOME_WEIGHTS = (
    (_IS.SOCIAL_ASSISTANCE, 34), (_IS.SICKNESS_BENEFIT, 15), (_IS.ACTIVITY_COMPENSATION, 8),
    (_IS.SICKNESS_COMPENSATION, 3), (_IS.UNEMPLOYMENT_BENEFIT, 12),
    (_IS.ESTABLISHMENT_BENEFIT, 6), (_IS.SALARY, 3), (_IS.STUDENT_FINANCE, 2),
    (_IS.NO_PUBLIC_SUPPORT, 8), (_IS.OTHER, 3), (_IS.UNKNOWN, 6),
)
_REFERRER_WEIGHTS = (
    (_P.AF, 15), (_P.FK, 12), (_P.REGION_PRIMARY_CARE, 15), (_P.REGION_PSYCHIATRY, 12),
    (_P.MUNICIPALITY_SOCIAL, 20), (_P.MUNICIPALITY_LABOUR, 10),
    (_P.MUNICIPALITY_ADULT_EDUCATION, 5), (_P.MUNICIPALITY_OTHER, 5), (_P.OTHER, 6),
)
#: Who usually raises a case for a person with this income.
_NATURAL_REFERRER = {
    _IS.SOCIAL_ASSISTANCE: _P.MUNICIPALITY_SOCIAL,
    _IS.SICKNESS_BENEFIT: _P.FK,
    _IS.ACTIVITY_COMPENSATION: _P.FK,
    _IS.SICKNESS_COMPENSATION: _P.FK,
    _IS.UNEMPLOYMENT_BENEFIT: _P.AF,
    _IS.ESTABLISHMENT_BENEFIT: _P.AF,
    _IS.SALARY: _P.REGION_PRIMARY_CARE,
    _IS.STUDENT_FINANCE: _P.MUNICIPALITY_ADULT_EDUCATION,
    _IS.NO_PUBLIC_SUPPORT: _P.REGION_PSYCHIATRY,
    _IS.OTHER: _P.MUNICIPALITY_OTHER,
    _IS.UNKNOWN: _P.OTHER,
}
#: Where the demo puts the case carrier when no party pays the person's support (the rule for
#: those who do is cases.suggest.carrier_party).
_OTHER_CARRIER = {
    _IS.STUDENT_FINANCE: _P.MUNICIPALITY_ADULT_EDUCATION,
    _IS.NO_PUBLIC_SUPPORT: _P.MUNICIPALITY_LABOUR,
}
_PUBLIC_SUPPORT = frozenset({
    _IS.SOCIAL_ASSISTANCE, _IS.SICKNESS_BENEFIT, _IS.ACTIVITY_COMPENSATION,
    _IS.SICKNESS_COMPENSATION, _IS.UNEMPLOYMENT_BENEFIT, _IS.ESTABLISHMENT_BENEFIT,
})
_HEALTH_INCOME = frozenset({_IS.SICKNESS_BENEFIT, _IS.ACTIVITY_COMPENSATION,
                            _IS.SICKNESS_COMPENSATION})
_REASON_WEIGHTS = (
    (_CR.WORK, 22), (_CR.STUDIES, 12), (_CR.COORDINATED_REHABILITATION, 10),
    (_CR.SICKNESS_COMPENSATION, 6), (_CR.NOT_WORK_ORIENTED, 8), (_CR.OWN_WISH, 7),
    (_CR.PERSONAL_REASONS, 6), (_CR.EARLY_DROPOUT, 17), (_CR.OTHER, 4),
)
#: The intervention group a closure reason suggests the plan leaned on.
_REASON_GROUP = {
    _CR.WORK: _G.WORK, _CR.STUDIES: _G.COMPETENCE,
    _CR.COORDINATED_REHABILITATION: _G.HEALTH, _CR.SICKNESS_COMPENSATION: _G.HEALTH,
}
_GROUP_WEIGHTS = ((_G.WORK, 35), (_G.COMPETENCE, 20), (_G.HEALTH, 30), (_G.SOCIAL, 15))


def _weighted(rng: random.Random, pairs: Sequence[tuple[_T, int]]) -> _T:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _cover(rng: random.Random, values: list[Any], wanted: list[Any],
           candidates: list[int]) -> None:
    """Make every wanted value occur, taking positions from the commonest value."""
    if len(candidates) < 2 * len(wanted):
        return
    for value in wanted:
        counts = Counter(values[i] for i in candidates)
        if counts[value]:
            continue
        common = counts.most_common(1)[0][0]
        i = rng.choice([i for i in candidates if values[i] == common])
        values[i] = value
