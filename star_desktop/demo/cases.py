"""Case rows and what hangs off them: the catalogue, interventions and follow-ups.

``cases()`` simulates every case (``simulation.py``), draws the facts that do not depend on
the person (income, referrer), attaches a participant (``people.py``) and writes the case with
a carrier, planning form and outcome that agree with those facts, then the interventions from
Utbudskartan and the follow-ups every third month.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from dateutil.relativedelta import relativedelta

from ..cases import suggest
from ..models import (
    Assessment,
    Case,
    CaseKind,
    CaseState,
    CatalogueEntry,
    FollowUp,
    IncomeSource,
    Intervention,
    InterventionGroup,
    PartyKind,
    PlanningForm,
)
from . import names
from .constants import CATALOGUE, COVERAGE_MIN_CASES
from .dates import _at
from .odds import (
    _GROUP_WEIGHTS,
    _HEALTH_INCOME,
    _INCOME_WEIGHTS,
    _KIND_WEIGHTS,
    _NATURAL_REFERRER,
    _OTHER_CARRIER,
    _PUBLIC_SUPPORT,
    _REASON_GROUP,
    _REFERRER_WEIGHTS,
    _cover,
    _weighted,
)
from .people import _People
from .simulation import (
    _ensure_coverage,
    _ensure_reasons,
    _income_at_end,
    _raise_day,
    _Sim,
    _simulate,
)
from .store import _RowStore

_P = PartyKind
_IS = IncomeSource


class _CaseRows(_RowStore):
    """The catalogue, cases, interventions and follow-ups."""

    def catalogue(self) -> None:
        self.entries_by_group = {g: [] for g in InterventionGroup}
        for i, (group, name, provider, description) in enumerate(CATALOGUE, start=1):
            self.add(CatalogueEntry, {"id": i, "group": group, "name": name,
                                      "provider_party_id": self.party[provider],
                                      "description": description, "active": True})
            self.entries_by_group[group].append((i, name, self.party[provider]))

    # --- cases ---------------------------------------------------------------------------------

    def cases(self) -> None:
        rng, cal, today = self.rng, self.cal, self.today
        first = cal.dates[0] - dt.timedelta(days=21)
        sims = []
        for i in range(self.n_cases):
            kind = _weighted(rng, _KIND_WEIGHTS)
            sims.append(_simulate(rng, cal, kind, _raise_day(rng, first, today), i))
        if self.n_cases >= COVERAGE_MIN_CASES:
            _ensure_coverage(rng, cal, sims, first)
            _ensure_reasons(rng, sims)
        sims.sort(key=lambda s: (s.raised_on, s.order))
        self.sims = sims

        # Case facts that do not depend on the person.
        incomes: list[IncomeSource] = []
        referrers: list[PartyKind] = []
        for s in sims:
            income = (_IS.UNKNOWN if s.kind == CaseKind.GENERAL_CONSULTATION
                      else _weighted(rng, _INCOME_WEIGHTS))
            if rng.random() < 0.6 and s.kind != CaseKind.GENERAL_CONSULTATION:
                referrer = _NATURAL_REFERRER[income]
            else:
                referrer = _weighted(rng, _REFERRER_WEIGHTS)
            incomes.append(income)
            referrers.append(referrer)
        if self.n_cases >= 50:
            _cover(rng, incomes, list(IncomeSource),
                   [i for i, s in enumerate(sims) if s.kind != CaseKind.GENERAL_CONSULTATION])
            _cover(rng, referrers, list(PartyKind), list(range(len(sims))))

        self.follow_ups_done = {}
        per_year: Counter[int] = Counter()
        participants = _People(self, rng)
        case_rows = []
        for cid, (s, income, referrer) in enumerate(zip(sims, incomes, referrers, strict=True),
                                                    start=1):
            per_year[s.raised_on.year] += 1
            number = f"{s.raised_on.year}-{per_year[s.raised_on.year]:04d}"
            pid = participants.assign(s) if s.kind != CaseKind.GENERAL_CONSULTATION else None
            row = self.case_row(cid, number, s, income, referrer, pid, participants)
            case_rows.append(row)
            # As in cases.process: the first intervention makes a planned case ongoing, and the
            # planning meeting schedules the first follow-up.
            if s.state in (CaseState.ONGOING, CaseState.CLOSED):
                self.interventions(cid, s)
            if s.state in (CaseState.PLANNED, CaseState.ONGOING, CaseState.CLOSED):
                self.follow_ups(cid, s)
        participants.finish()
        self.case_rows = case_rows

    def case_row(self, cid: int, number: str, s: _Sim, income: IncomeSource,
                 referrer: PartyKind, pid: int | None, people: _People) -> dict[str, Any]:
        rng = self.rng
        jp = s.kind == CaseKind.JOINT_PLANNING
        if jp:
            consent = s.state != CaseState.RAISED or rng.random() < 0.8
        else:
            consent = s.kind == CaseKind.CONSULTATION and rng.random() < 0.3
        planned = s.state in (CaseState.PLANNED, CaseState.ONGOING, CaseState.CLOSED)
        carrier_kind: PartyKind | None = None
        carrier_name = ""
        form: PlanningForm | None = None
        if planned:
            carrier_kind = suggest.carrier_party(income) or _OTHER_CARRIER.get(income)
            if carrier_kind is None or rng.random() < 0.1:
                carrier_kind = referrer if referrer != _P.OTHER else _P.MUNICIPALITY_LABOUR
            carrier_name = rng.choice(self.officers[carrier_kind])
            health = (referrer in (_P.REGION_PRIMARY_CARE, _P.REGION_PSYCHIATRY)
                      or income in _HEALTH_INCOME or rng.random() < 0.3)
            social = (_P.MUNICIPALITY_SOCIAL in (carrier_kind, referrer)
                      or income == _IS.SOCIAL_ASSISTANCE or rng.random() < 0.2)
            taking_part = {referrer}
            if health:
                taking_part.add(_P.REGION_PRIMARY_CARE)
            if social:
                taking_part.add(_P.MUNICIPALITY_SOCIAL)
            form = suggest.planning_form(carrier_kind, taking_part)
        income_at_end = None
        if s.closure_reason is not None:
            age = people.age_at(pid, s.closed_on) if pid is not None and s.closed_on else None
            income_at_end = _income_at_end(rng, s.closure_reason, income, age)
        years = None
        if income in _PUBLIC_SUPPORT and s.kind != CaseKind.GENERAL_CONSULTATION \
                and rng.random() < 0.65:
            years = int(rng.triangular(0, 15, 1))
        last_event = max(d for d in (s.raised_on, s.assessed_on, s.planning_meeting_on,
                                     s.plan_made_on, s.consulted_on, s.closed_on) if d)
        row = {
            "id": cid, "case_number": number, "kind": s.kind, "state": s.state,
            "participant_id": pid, "referring_party_id": self.party[referrer],
            "referring_officer": rng.choice(self.officers[referrer]),
            "raised_on": s.raised_on,
            "subject": (rng.choice(names.GENERAL_SUBJECTS)
                        if s.kind == CaseKind.GENERAL_CONSULTATION else ""),
            "consent_form_received": consent,
            "consent_signed_on": (s.raised_on - dt.timedelta(days=rng.randint(0, 21))
                                  if consent else None),
            "consent_own_words": rng.choice(names.OWN_WORDS) if consent else "",
            "consent_withdrawn_on": None,
            "income_at_start": income, "years_on_support_at_start": years,
            "assessed_on": s.assessed_on,
            "assessment": (None if s.assessed_on is None else
                           Assessment.RETURNED if s.returned else Assessment.ACCEPTED),
            "return_reason": rng.choice(names.RETURN_REASONS) if s.returned else "",
            "queue_started_on": s.queue_started_on,
            "carrier_party_id": self.party[carrier_kind] if carrier_kind else None,
            "carrier_name": carrier_name,
            "planning_form": form, "planning_meeting_on": s.planning_meeting_on,
            "plan_made_on": s.plan_made_on,
            "self_support_activity": planned and rng.random() < 0.82,
            "consulted_on": s.consulted_on,
            "closed_on": s.closed_on, "closure_reason": s.closure_reason, "closure_note": "",
            "income_at_end": income_at_end,
            "created_at": _at(s.raised_on), "updated_at": _at(last_event, 15),
        }
        self.add(Case, row)
        return row

    def interventions(self, cid: int, s: _Sim) -> None:
        rng = self.rng
        base = s.plan_made_on or s.planning_meeting_on
        assert base is not None
        end_bound = s.closed_on or self.today
        span = (end_bound - base).days
        count = _weighted(rng, ((1, 25), (2, 35), (3, 25), (4, 15)))
        leaning = _REASON_GROUP.get(s.closure_reason) if s.closure_reason else None
        groups = [leaning] if leaning else []
        while len(groups) < count:
            groups.append(_weighted(rng, _GROUP_WEIGHTS))
        used: set[int] = set()
        for i, group in enumerate(groups):
            entry_id, name, provider = rng.choice(self.entries_by_group[group])
            if entry_id in used:
                continue
            used.add(entry_id)
            if s.state == CaseState.PLANNED:
                started = base + dt.timedelta(days=rng.randint(0, span))
            else:
                started = base if i == 0 else base + dt.timedelta(days=rng.randint(0, span // 2))
            ended = None
            if s.state == CaseState.CLOSED:
                left = (end_bound - started).days
                ended = end_bound if rng.random() < 0.3 else started + dt.timedelta(
                    days=rng.randint(min(14, left), left))
            elif s.state == CaseState.ONGOING and rng.random() < 0.35:
                ended = started + dt.timedelta(days=rng.randint(0, (end_bound - started).days))
            self.add(Intervention, {
                "id": self._next("intervention"), "case_id": cid, "group": group,
                "catalogue_entry_id": entry_id, "description": name,
                "provider_party_id": provider, "started_on": started, "ended_on": ended,
            })

    def follow_ups(self, cid: int, s: _Sim) -> None:
        """First at the meeting after planning, then every third month (Bilaga 1, step 7)."""
        rng, cal, today = self.rng, self.cal, self.today
        due = s.first_follow_up
        limit = s.closed_on or today
        open_added = False
        last_due: dt.date | None = None
        while due is not None and due <= limit:
            done = cal.next_held(due)
            if s.state == CaseState.CLOSED:
                if done is None or done > limit:
                    done = limit
            elif done is not None and (done > today or rng.random() < 0.12):
                done = None  # open, and overdue
            meeting = self.meeting_id.get(done) if done in cal.index else None
            self.add(FollowUp, {
                "id": self._next("follow_up"), "case_id": cid, "due_on": due, "done_on": done,
                "meeting_id": meeting,
                "progress_note": rng.choice(names.PROGRESS_NOTES) if done else "",
            })
            if done is not None:
                self.follow_ups_done.setdefault(done, []).append(cid)
            else:
                open_added = True
            last_due = due
            due = cal.months_later(due, 3)
        if s.state != CaseState.CLOSED and not open_added:
            # A case being worked with always has its next follow-up planned, as the process
            # schedules it (cases.followups); that one may lie ahead of today.
            if due is None:
                due = self._planned_due(last_due, s.plan_made_on or s.planning_meeting_on)
            self.add(FollowUp, {
                "id": self._next("follow_up"), "case_id": cid, "due_on": due, "done_on": None,
                "meeting_id": None, "progress_note": "",
            })

    def _planned_due(self, last_due: dt.date | None, base: dt.date | None) -> dt.date:
        """The next follow-up beyond the meetings held: the next planned meeting after the
        planning meeting (else a month later), or three months after the last one."""
        assert base is not None
        if last_due is None:
            ahead = [d for i, d in enumerate(self.cal.dates)
                     if d > base and i not in self.cal.cancelled]
            return ahead[0] if ahead else base + relativedelta(months=1)
        target = last_due + relativedelta(months=3)
        ahead = [d for i, d in enumerate(self.cal.dates)
                 if d >= target and i not in self.cal.cancelled]
        return ahead[0] if ahead else target
