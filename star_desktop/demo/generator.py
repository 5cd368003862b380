"""A seeded, deterministic generator of a realistic synthetic STAR team.

Demos, screenshots, training and performance tests need a team that looks like a real one —
two years of meetings, cases in every state, dates that agree with each other — without a
single real person in it. Everything is drawn from ``random.Random(seed)``, so the same
(cases, seed, today) always gives the same content, and rows are bulk-inserted with SQLAlchemy
Core in one transaction, so 20,000 cases take seconds rather than minutes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import os
import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import insert, select

from .. import audit
from ..models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Assessment,
    Attendance,
    AttendanceStatus,
    AuditAction,
    Base,
    Body,
    Case,
    CaseKind,
    CaseState,
    CatalogueEntry,
    ClosureReason,
    Decision,
    DecisionKind,
    Deviation,
    DeviationCategory,
    DeviationRaisedTo,
    DeviationStatus,
    FollowUp,
    Gender,
    IncomeSource,
    Intervention,
    InterventionGroup,
    Meeting,
    MeetingSeries,
    MeetingState,
    Member,
    Participant,
    ParticipantIdentity,
    Party,
    PartyKind,
    PlanningForm,
    Target,
    TargetKind,
)
from ..storage.errors import FileExistsTeamError, FileMissingError
from ..storage.teamfile import NewTeam, create_team_file
from . import names

#: The passphrase of demo files. It is printed and documented: demo files hold made-up data only.
DEMO_PASSPHRASE = "demoteam med påhittade data"
DEFAULT_CASES = 80

TEAM_NAME = "Demoteam STAR"
MUNICIPALITY = "Bräcke"
FEDERATION = "Samordningsförbundet i Jämtlands län"
PLACE = "Kommunhuset i Bräcke, sammanträdesrum Revsundet"
LINK = "https://möte.example.se/demoteam-star"

#: Months of meetings before today's month, and planned ones after it.
PAST_MONTHS = 24
FUTURE_MONTHS = 2
#: At most this many case items on one meeting's agenda, however many cases the team has.
CASE_ITEMS_PER_MEETING = 15
#: Below this many cases the generator does not force every state and reason to appear.
COVERAGE_MIN_CASES = 16

_UTC = dt.UTC
_DAY = dt.timedelta(days=1)
_T = TypeVar("_T")

_P = PartyKind
_IS = IncomeSource
_CR = ClosureReason
_G = InterventionGroup

# --- weights -----------------------------------------------------------------------------------

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
#: The case carrier is in the first place at the agency paying the person's support (Bilaga 1).
_PAYING_PARTY = {
    _IS.SOCIAL_ASSISTANCE: _P.MUNICIPALITY_SOCIAL,
    _IS.SICKNESS_BENEFIT: _P.FK,
    _IS.ACTIVITY_COMPENSATION: _P.FK,
    _IS.SICKNESS_COMPENSATION: _P.FK,
    _IS.UNEMPLOYMENT_BENEFIT: _P.AF,
    _IS.ESTABLISHMENT_BENEFIT: _P.AF,
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

#: Utbudskartan: (group, name, provider, description).
CATALOGUE: tuple[tuple[InterventionGroup, str, PartyKind, str], ...] = (
    (_G.WORK, "Arbetsträning", _P.MUNICIPALITY_LABOUR,
     "Arbetsträning i kommunens verksamheter med handledare."),
    (_G.WORK, "Praktik", _P.AF, "Praktik hos arbetsgivare via Arbetsförmedlingen."),
    (_G.WORK, "SIUS – särskilt introduktions- och uppföljningsstöd", _P.AF,
     "Stöd av SIUS-konsulent vid introduktion på en arbetsplats."),
    (_G.WORK, "IPS – individanpassat stöd till arbete", _P.REGION_PSYCHIATRY,
     "Arbetsspecialist för personer med psykisk ohälsa."),
    (_G.WORK, "Rusta och matcha", _P.AF, "Matchning mot arbete hos leverantör."),
    (_G.WORK, "Arbetsförberedande gruppverksamhet", _P.MUNICIPALITY_LABOUR,
     "Gruppverksamhet om rutiner, hälsa och arbetsliv."),
    (_G.COMPETENCE, "Arbetsmarknadsutbildning", _P.AF, "Yrkesinriktad kort utbildning."),
    (_G.COMPETENCE, "Komvux", _P.MUNICIPALITY_ADULT_EDUCATION,
     "Grundläggande och gymnasial vuxenutbildning."),
    (_G.COMPETENCE, "SFI – svenska för invandrare", _P.MUNICIPALITY_ADULT_EDUCATION,
     "Svenska från nybörjarnivå."),
    (_G.COMPETENCE, "Folkhögskola", _P.OTHER, "Allmän kurs med möjlighet till behörighet."),
    (_G.COMPETENCE, "Studie- och yrkesvägledning", _P.MUNICIPALITY_ADULT_EDUCATION,
     "Vägledning inför studie- och yrkesval."),
    (_G.HEALTH, "Medicinsk bedömning", _P.REGION_PRIMARY_CARE,
     "Läkarbedömning av hälsa och funktionsförmåga."),
    (_G.HEALTH, "Psykoterapi", _P.REGION_PSYCHIATRY, "KBT eller annan psykoterapi."),
    (_G.HEALTH, "Fysioterapi", _P.REGION_PRIMARY_CARE, "Träning och behandling."),
    (_G.HEALTH, "Multimodal smärtrehabilitering", _P.REGION_PRIMARY_CARE,
     "Teambaserad rehabilitering vid långvarig smärta."),
    (_G.HEALTH, "Aktivitetsförmågeutredning", _P.FK,
     "Utredning av aktivitetsförmåga på Försäkringskassans uppdrag."),
    (_G.SOCIAL, "Boendestöd", _P.MUNICIPALITY_OTHER, "Stöd i vardagen och i boendet."),
    (_G.SOCIAL, "Budget- och skuldrådgivning", _P.MUNICIPALITY_OTHER,
     "Rådgivning om budget, skulder och skuldsanering."),
    (_G.SOCIAL, "Öppenvård beroende", _P.MUNICIPALITY_SOCIAL,
     "Samtalsstöd och behandling i öppenvård."),
    (_G.SOCIAL, "Personligt ombud", _P.MUNICIPALITY_OTHER,
     "Stöd att samordna kontakter med myndigheter."),
    (_G.SOCIAL, "Träffpunkt och daglig sysselsättning", _P.MUNICIPALITY_OTHER,
     "Meningsfull sysselsättning i lugn miljö."),
)

#: (party, principal's function, substitute's function) of the STAR team.
TEAM_ROSTER: tuple[tuple[PartyKind, str, str], ...] = (
    (_P.MUNICIPALITY_LABOUR, "Samordnare STAR", "Arbetsmarknadskoordinator"),
    (_P.AF, "Arbetsförmedlare", "Arbetsförmedlare"),
    (_P.FK, "Handläggare FK", "Handläggare FK"),
    (_P.REGION_PRIMARY_CARE, "Rehabkoordinator primärvård", "Rehabkoordinator primärvård"),
    (_P.REGION_PSYCHIATRY, "Rehabkoordinator psykiatri", "Kurator psykiatri"),
    (_P.MUNICIPALITY_SOCIAL, "Handläggare IFO/ekonomiskt bistånd",
     "Socialsekreterare ekonomiskt bistånd"),
    (_P.MUNICIPALITY_LABOUR, "Arbetskonsulent", "Arbetskonsulent"),
    (_P.MUNICIPALITY_ADULT_EDUCATION, "Studie- och yrkesvägledare", "Lärare vuxenutbildning"),
    (_P.MUNICIPALITY_OTHER, "Biståndshandläggare socialpsykiatri", "Integrationssamordnare"),
    (_P.OTHER, "Kurator folkhögskola", "Kursansvarig folkhögskola"),
)
#: (party, principal's function, substitute's function or "") of the local steering group.
STEERING_ROSTER: tuple[tuple[PartyKind, str, str], ...] = (
    (_P.AF, "Sektionschef", "Biträdande sektionschef"),
    (_P.FK, "Enhetschef", ""),
    (_P.REGION_PRIMARY_CARE, "Verksamhetschef vårdcentral", "Biträdande verksamhetschef"),
    (_P.REGION_PSYCHIATRY, "Enhetschef vuxenpsykiatri", ""),
    (_P.MUNICIPALITY_SOCIAL, "Enhetschef IFO", "Biträdande enhetschef IFO"),
    (_P.MUNICIPALITY_LABOUR, "Arbetsmarknadschef", ""),
    (_P.MUNICIPALITY_ADULT_EDUCATION, "Rektor vuxenutbildning", ""),
    (_P.MUNICIPALITY_OTHER, "Socialchef", ""),
    (_P.OTHER, "Förbundschef samordningsförbundet", ""),
)


# --- small helpers -----------------------------------------------------------------------------


def _weighted(rng: random.Random, pairs: Sequence[tuple[_T, int]]) -> _T:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _at(day: dt.date, hour: int = 8, minute: int = 0) -> dt.datetime:
    """A fixed, timezone-aware time on a day: timestamps must be reproducible too."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=_UTC)


def _weekday_forward(day: dt.date) -> dt.date:
    wd = day.weekday()
    return day + dt.timedelta(days=7 - wd) if wd >= 5 else day


def _weekday_back(day: dt.date) -> dt.date:
    wd = day.weekday()
    return day - dt.timedelta(days=wd - 4) if wd >= 5 else day


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _luhn_digit(digits: str) -> int:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def _second_tuesday(year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(1 - first.weekday()) % 7 + 7)


class _Calendar:
    """The meeting rule's dates (one a month) and which of them were held before today."""

    def __init__(self, today: dt.date, rng: random.Random) -> None:
        self.today = today
        y, m = today.year, today.month
        months = []
        for offset in range(-PAST_MONTHS, FUTURE_MONTHS + 1):
            idx = y * 12 + (m - 1) + offset
            months.append((idx // 12, idx % 12 + 1))
        self.dates = [_second_tuesday(yy, mm) for yy, mm in months]
        self.index = {d: i for i, d in enumerate(self.dates)}
        # Summer break: July is cancelled; so is one other past meeting (illness, a holiday).
        cancelled = {i for i, d in enumerate(self.dates) if d.month == 7}
        past = [i for i, d in enumerate(self.dates)
                if d < today and i not in cancelled and 0 < i < len(self.dates) - 6]
        if past:
            cancelled.add(rng.choice(past))
        self.cancelled = cancelled
        self.held = [d for i, d in enumerate(self.dates) if d < today and i not in cancelled]

    def next_held(self, day: dt.date) -> dt.date | None:
        """The first held meeting on or after ``day``."""
        i = bisect.bisect_left(self.held, day)
        return self.held[i] if i < len(self.held) else None

    def next_held_after(self, day: dt.date) -> dt.date | None:
        i = bisect.bisect_right(self.held, day)
        return self.held[i] if i < len(self.held) else None

    def next_meeting_after(self, day: dt.date) -> dt.date | None:
        """The next date of the rule that is not cancelled, held or not."""
        for i in range(self.index[day] + 1, len(self.dates)):
            if i not in self.cancelled:
                return self.dates[i]
        return None

    def months_later(self, day: dt.date, months: int) -> dt.date | None:
        """The rule's date ``months`` after the meeting on ``day``."""
        i = self.index[day] + months
        return self.dates[i] if i < len(self.dates) else None


# --- cases -------------------------------------------------------------------------------------


class _Sim:
    """One case's path through the process, before ids and people are attached."""

    __slots__ = (
        "kind", "raised_on", "state", "assessed_on", "returned", "queue_started_on",
        "planning_meeting_on", "plan_made_on", "first_follow_up", "consulted_on", "closed_on",
        "closure_reason", "forced", "order",
    )

    def __init__(self, kind: CaseKind, raised_on: dt.date, order: int) -> None:
        self.kind = kind
        self.raised_on = raised_on
        self.state = CaseState.RAISED
        self.assessed_on: dt.date | None = None
        self.returned = False
        self.queue_started_on: dt.date | None = None
        self.planning_meeting_on: dt.date | None = None
        self.plan_made_on: dt.date | None = None
        self.first_follow_up: dt.date | None = None
        self.consulted_on: dt.date | None = None
        self.closed_on: dt.date | None = None
        self.closure_reason: ClosureReason | None = None
        self.forced = False
        self.order = order

    @property
    def ended_on(self) -> dt.date | None:
        """When the case ended, for a participant raised again later."""
        if self.state == CaseState.CLOSED:
            return self.closed_on
        if self.state == CaseState.RETURNED:
            return self.assessed_on
        if self.state == CaseState.CONSULTED:
            return self.consulted_on
        return None


def _raise_day(rng: random.Random, first: dt.date, today: dt.date) -> dt.date:
    day = first + dt.timedelta(days=rng.randint(0, (today - first).days))
    day = _weekday_back(day)
    return day if day >= first else _weekday_forward(first)


def _simulate(rng: random.Random, cal: _Calendar, kind: CaseKind, raised_on: dt.date,
              order: int) -> _Sim:
    """Walk a case through the process until today; where today falls decides its state."""
    today = cal.today
    s = _Sim(kind, raised_on, order)
    if kind != CaseKind.JOINT_PLANNING:
        met = cal.next_held(raised_on + dt.timedelta(days=3))
        if met is not None:
            s.state, s.consulted_on = CaseState.CONSULTED, met
        return s
    assessed = cal.next_held(raised_on + dt.timedelta(days=5))
    if assessed is not None and rng.random() < 0.15:  # postponed one meeting
        assessed = cal.next_held_after(assessed)
    if assessed is None:
        return s
    s.assessed_on = assessed
    if rng.random() < 0.08:
        s.state, s.returned = CaseState.RETURNED, True
        return s
    queued = rng.random() < 0.4
    if queued:
        s.queue_started_on = assessed
        delay = int(rng.triangular(21, 180, 45))
    else:
        delay = rng.randint(10, 45)
    planning = assessed + dt.timedelta(days=delay)
    if planning.month == 7:  # summer holidays push planning meetings into August
        planning += dt.timedelta(days=rng.randint(14, 35))
    planning = _weekday_forward(planning)
    if planning > today:
        s.state = CaseState.WAITING if queued else CaseState.ACCEPTED
        return s
    s.planning_meeting_on = planning
    if rng.random() < 0.96:
        plan = _weekday_forward(planning + dt.timedelta(days=rng.randint(0, 14)))
        s.plan_made_on = plan if plan <= today else None
    s.first_follow_up = cal.next_held_after(s.plan_made_on or planning)
    if s.first_follow_up is None:
        s.state = CaseState.PLANNED
        return s
    reason = _weighted(rng, _REASON_WEIGHTS)
    if reason == _CR.EARLY_DROPOUT:
        length = rng.randint(20, 150)
    else:
        length = int(rng.triangular(90, 600, 240))
    closed = cal.next_held(max(planning + dt.timedelta(days=length), s.first_follow_up))
    if closed is None:
        s.state = CaseState.ONGOING
    else:
        s.state, s.closed_on, s.closure_reason = CaseState.CLOSED, closed, reason
    return s


#: Every (kind, state) a team of some size should show.
_REQUIRED: tuple[tuple[CaseKind, CaseState], ...] = (
    *((CaseKind.JOINT_PLANNING, st) for st in (
        CaseState.RAISED, CaseState.RETURNED, CaseState.ACCEPTED, CaseState.WAITING,
        CaseState.PLANNED, CaseState.ONGOING, CaseState.CLOSED)),
    (CaseKind.CONSULTATION, CaseState.CONSULTED),
    (CaseKind.CONSULTATION, CaseState.RAISED),
    (CaseKind.GENERAL_CONSULTATION, CaseState.CONSULTED),
)


def _ensure_coverage(rng: random.Random, cal: _Calendar, sims: list[_Sim],
                     first: dt.date) -> None:
    """Redraw a few cases of the commonest kind and state so every required one appears.

    A redraw is a fresh, consistent path (new raise date and durations), kept only when it
    lands in the missing state; a small team may still lack a rare state.
    """
    for kind, state in _REQUIRED:
        groups = Counter((s.kind, s.state) for s in sims)
        if groups[(kind, state)]:
            continue
        (victim_key, count), = groups.most_common(1)
        if count < 2:
            return
        pool = [s for s in sims if (s.kind, s.state) == victim_key and not s.forced]
        if not pool:
            continue
        victim = rng.choice(pool)
        for _ in range(5000):
            trial = _simulate(rng, cal, kind, _raise_day(rng, first, cal.today), victim.order)
            if trial.state == state:
                trial.forced = True
                sims[sims.index(victim)] = trial
                break


def _ensure_reasons(rng: random.Random, sims: list[_Sim]) -> None:
    closed = [s for s in sims if s.state == CaseState.CLOSED]
    if len(closed) < 2 * len(ClosureReason):
        return
    for reason in ClosureReason:
        counts = Counter(s.closure_reason for s in closed)
        if counts[reason]:
            continue
        common = counts.most_common(1)[0][0]
        victim = rng.choice([s for s in closed if s.closure_reason == common])
        victim.closure_reason = reason


def _income_at_end(rng: random.Random, reason: ClosureReason, start: IncomeSource,
                   age: int | None) -> IncomeSource:
    """The income source at closure that the closure reason makes plausible."""
    r = rng.random()
    if reason == _CR.WORK:
        return _IS.SALARY if r < 0.85 else (_IS.UNEMPLOYMENT_BENEFIT if r < 0.93
                                            else _IS.NO_PUBLIC_SUPPORT)
    if reason == _CR.STUDIES:
        return _IS.STUDENT_FINANCE if r < 0.85 else _IS.SOCIAL_ASSISTANCE
    if reason == _CR.SICKNESS_COMPENSATION:
        if age is not None and age < 30:
            return _IS.ACTIVITY_COMPENSATION
        return _IS.SICKNESS_COMPENSATION if r < 0.85 else _IS.SICKNESS_BENEFIT
    if reason == _CR.COORDINATED_REHABILITATION:
        return _weighted(rng, ((_IS.SICKNESS_BENEFIT, 5), (_IS.UNEMPLOYMENT_BENEFIT, 4),
                               (_IS.ACTIVITY_COMPENSATION, 1)))
    if reason == _CR.NOT_WORK_ORIENTED:
        return start if r < 0.7 else _IS.SICKNESS_BENEFIT
    if r < 0.75:
        return start
    return _weighted(rng, ((_IS.SOCIAL_ASSISTANCE, 3), (_IS.UNKNOWN, 2), (_IS.OTHER, 1)))


# --- the generator -----------------------------------------------------------------------------


class _Builder:
    """Builds every row as plain dicts, with ids assigned here, ready for bulk inserts."""

    def __init__(self, cases: int, seed: int, today: dt.date, party_ids: dict[PartyKind, int]):
        self.n_cases = cases
        self.rng = random.Random(seed)
        self.today = today
        self.party = party_ids
        self.cal = _Calendar(today, self.rng)
        self.rows: dict[type[Base], list[dict[str, Any]]] = {}
        self._used_names: set[str] = set()
        self._phones = iter(range(5, 100))
        self._counters: Counter[str] = Counter()

    def add(self, model: type[Base], row: dict[str, Any]) -> None:
        self.rows.setdefault(model, []).append(row)

    def _next(self, what: str) -> int:
        """The next id of a table whose rows are made in more than one place."""
        self._counters[what] += 1
        return self._counters[what]

    def build(self) -> None:
        self.members()
        self.meetings()
        self.catalogue()
        self.cases()
        self.agendas()
        self.deviations()
        self.targets()

    # --- people --------------------------------------------------------------------------------

    def staff_name(self, gender: Gender | None = None) -> tuple[str, Gender]:
        """A new, unique staff name (members and referring officers)."""
        rng = self.rng
        while True:
            g = gender or (Gender.WOMAN if rng.random() < 0.68 else Gender.MAN)
            first = rng.choice(names.WOMEN if g == Gender.WOMAN else names.MEN)
            name = f"{first} {rng.choice(names.LAST)}"
            if name not in self._used_names:
                self._used_names.add(name)
                return name, g

    def members(self) -> None:
        rng, today = self.rng, self.today
        first_meeting = self.cal.dates[0]
        self.team_principals: list[dict[str, Any]] = []
        self.substitute_of: dict[int, dict[str, Any]] = {}
        self.officers: dict[PartyKind, list[str]] = {k: [] for k in PartyKind}
        self._member_id = 0
        ended_principal = today - dt.timedelta(days=300)

        def member(name: str, gender: Gender, kind: PartyKind, function: str, body: Body,
                   active_from: dt.date, substitute_for: int | None = None,
                   active_to: dt.date | None = None, note: str = "") -> dict[str, Any]:
            self._member_id += 1
            phone = next(self._phones, None)
            row = {
                "id": self._member_id, "name": name, "party_id": self.party[kind],
                "function": function, "gender": gender,
                "email": f"{names.email_local(name)}@example.se",
                # PTS keeps 070-174 06 05 … 99 for fiction: these numbers reach nobody.
                "phone": f"070-174 06 {phone:02d}" if phone is not None else "",
                "body": body, "substitute_for_id": substitute_for,
                "active_from": active_from, "active_to": active_to, "note": note,
            }
            self.add(Member, row)
            return row

        def since() -> dt.date:
            return first_meeting - dt.timedelta(days=rng.randint(60, 1500))

        for kind, function, sub_function in TEAM_ROSTER:
            name, gender = self.staff_name()
            if kind == _P.AF:
                # The first Arbetsförmedlare left; the successor took over the next day.
                old_name, old_gender = name, gender
                member(old_name, old_gender, kind, function, Body.TEAM, since(),
                       active_to=ended_principal, note="Har bytt tjänst inom myndigheten.")
                self.officers[kind].append(old_name)
                name, gender = self.staff_name()
                start = ended_principal + _DAY
            else:
                start = since()
            principal = member(name, gender, kind, function, Body.TEAM, start)
            sub_name, sub_gender = self.staff_name()
            sub = member(sub_name, sub_gender, kind, sub_function, Body.TEAM, since(),
                         substitute_for=principal["id"])
            self.team_principals.append(principal)
            self.substitute_of[principal["id"]] = sub
            self.officers[kind] += [name, sub_name]
            if function == "Samordnare STAR":
                self.coordinator = principal

        # A substitute in psychiatry who left and was not replaced (a staffing deviation).
        name, gender = self.staff_name()
        psych = next(p for p in self.team_principals
                     if p["party_id"] == self.party[_P.REGION_PSYCHIATRY])
        member(name, gender, _P.REGION_PSYCHIATRY, "Arbetsterapeut psykiatri", Body.TEAM,
               since(), substitute_for=psych["id"], active_to=today - dt.timedelta(days=480))

        for kind, function, sub_function in STEERING_ROSTER:
            name, gender = self.staff_name(Gender.WOMAN if rng.random() < 0.6 else Gender.MAN)
            head = member(name, gender, kind, function, Body.STEERING_GROUP, since())
            if sub_function:
                sub_name, sub_gender = self.staff_name()
                member(sub_name, sub_gender, kind, sub_function, Body.STEERING_GROUP, since(),
                       substitute_for=head["id"])

        # Officers outside the team who raise and carry cases.
        for kind in PartyKind:
            for _ in range(2):
                self.officers[kind].append(self.staff_name()[0])

    # --- meetings ------------------------------------------------------------------------------

    def meetings(self) -> None:
        rng, cal, today = self.rng, self.cal, self.today
        start, end = dt.time(9, 0), dt.time(12, 0)
        self.add(MeetingSeries, {
            "id": 1, "weekday": 1, "week_of_month": 2, "starts_at": start, "ends_at": end,
            "place": PLACE, "link": LINK, "first_on": cal.dates[0], "last_on": None,
        })
        self.meeting_id = {d: i + 1 for i, d in enumerate(cal.dates)}
        self.future_meetings: list[dt.date] = []
        principals = [p for p in self.team_principals if p is not self.coordinator]
        call_sent_given = False
        for i, day in enumerate(cal.dates):
            mid = i + 1
            state: MeetingState
            call_sent_at = approved_at = None
            approved_by = ""
            if i in cal.cancelled:
                state = MeetingState.CANCELLED
            elif day < today:
                call_sent_at = _at(day - dt.timedelta(days=7), 9)
                approval = day + dt.timedelta(days=rng.randint(4, 14))
                if approval <= today:
                    state, approved_at = MeetingState.MINUTES_APPROVED, _at(approval, 13)
                    approved_by = rng.choice([p for p in principals
                                              if p["active_from"] <= day
                                              and (p["active_to"] is None
                                                   or day <= p["active_to"])])["name"]
                else:
                    state = MeetingState.HELD
                self.attendance(mid, day)
            else:
                self.future_meetings.append(day)
                if not call_sent_given and (day - today).days <= 7:
                    state, call_sent_at = MeetingState.CALL_SENT, _at(
                        day - dt.timedelta(days=7), 9)
                else:
                    state = MeetingState.PLANNED
                call_sent_given = True
            self.add(Meeting, {
                "id": mid, "series_id": 1, "held_on": day, "starts_at": start, "ends_at": end,
                "place": PLACE, "link": LINK, "state": state, "call_sent_at": call_sent_at,
                "minutes_approved_at": approved_at, "approved_by": approved_by,
            })

    def attendance(self, meeting_id: int, day: dt.date) -> None:
        rng = self.rng
        for p in self.team_principals:
            if p["active_from"] > day or (p["active_to"] is not None and day > p["active_to"]):
                continue
            sub = self.substitute_of.get(p["id"])
            r = rng.random()
            status, sub_id = AttendanceStatus.PRESENT, None
            if p is self.coordinator:
                pass
            elif r < 0.13:
                sub_ok = sub is not None and sub["active_from"] <= day and (
                    sub["active_to"] is None or day <= sub["active_to"])
                if sub_ok and rng.random() < 0.55:
                    status, sub_id = AttendanceStatus.SUBSTITUTE_PRESENT, sub["id"]
                else:
                    status = AttendanceStatus.ABSENT
            self.add(Attendance, {"id": self._next("attendance"), "meeting_id": meeting_id,
                                  "member_id": p["id"], "status": status,
                                  "substitute_member_id": sub_id})

    # --- catalogue -----------------------------------------------------------------------------

    def catalogue(self) -> None:
        self.entries_by_group: dict[InterventionGroup, list[tuple[int, str, int]]] = {
            g: [] for g in InterventionGroup}
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

        self.follow_ups_done: dict[dt.date, list[int]] = {}
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
            if s.state in (CaseState.PLANNED, CaseState.ONGOING, CaseState.CLOSED):
                self.interventions(cid, s)
            if s.state in (CaseState.ONGOING, CaseState.CLOSED):
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
            carrier_kind = _PAYING_PARTY.get(income)
            if carrier_kind is None or rng.random() < 0.1:
                carrier_kind = referrer if referrer != _P.OTHER else _P.MUNICIPALITY_LABOUR
            carrier_name = rng.choice(self.officers[carrier_kind])
            health = (referrer in (_P.REGION_PRIMARY_CARE, _P.REGION_PSYCHIATRY)
                      or income in _HEALTH_INCOME or rng.random() < 0.3)
            social = (_P.MUNICIPALITY_SOCIAL in (carrier_kind, referrer)
                      or income == _IS.SOCIAL_ASSISTANCE or rng.random() < 0.2)
            if carrier_kind == _P.FK:
                form = PlanningForm.RECONCILIATION
            elif health and social:
                form = PlanningForm.SIP
            else:
                form = PlanningForm.MULTI_PARTY
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
            due = cal.months_later(due, 3)

    # --- agendas -------------------------------------------------------------------------------

    def agendas(self) -> None:
        """Standard agenda items, case items (capped per meeting), decisions and actions."""
        cal, today = self.cal, self.today
        events: dict[dt.date, list[tuple[int, int, _Sim]]] = {}
        # (priority, case id, sim): assessments, consultations, closures, then follow-ups.
        for cid, s in enumerate(self.sims, start=1):
            if s.assessed_on:
                events.setdefault(s.assessed_on, []).append((0, cid, s))
            if s.consulted_on:
                events.setdefault(s.consulted_on, []).append((1, cid, s))
            if s.closed_on:
                events.setdefault(s.closed_on, []).append((2, cid, s))
        for day, cids in self.follow_ups_done.items():
            for cid in cids:
                s = self.sims[cid - 1]
                if s.closed_on != day:
                    events.setdefault(day, []).append((3, cid, s))
        rows = self.case_rows
        raised_pending = [(1 if s.kind != CaseKind.JOINT_PLANNING else 0, cid, s)
                          for cid, s in enumerate(self.sims, start=1)
                          if s.state == CaseState.RAISED]
        for i, day in enumerate(cal.dates):
            if i in cal.cancelled:
                continue
            mid = self.meeting_id[day]
            held = day < today
            if held:
                case_items = sorted(events.get(day, []), key=lambda e: (e[0], e[1]))
            elif self.future_meetings and day == self.future_meetings[0]:
                case_items = sorted(raised_pending, key=lambda e: (e[0], e[1]))
            else:
                case_items = []
            self.agenda(mid, day, held, case_items[:CASE_ITEMS_PER_MEETING], rows)

    def agenda(self, mid: int, day: dt.date, held: bool,
               case_items: list[tuple[int, int, _Sim]], rows: list[dict[str, Any]]) -> None:
        rng = self.rng
        position = 0

        def item(kind: AgendaKind, title: str = "", minutes: int = 5, notes: str = "",
                 case_id: int | None = None) -> int:
            nonlocal position
            position += 1
            aid = self._next("agenda_item")
            self.add(AgendaItem, {
                "id": aid, "meeting_id": mid, "position": position, "kind": kind,
                "title": title or kind.label, "case_id": case_id, "planned_minutes": minutes,
                "notes": notes, "notes_personal": False,
            })
            return aid

        def cases_of(priorities: tuple[int, ...]) -> None:
            for prio, cid, s in case_items:
                if prio not in priorities:
                    continue
                row = rows[cid - 1]
                aid = item(AgendaKind.CASE, f"Ärende {row['case_number']}",
                           15 if prio == 1 else 10, case_id=cid)
                if held:
                    self.decisions(aid, cid, prio, s, row, day)

        item(AgendaKind.OPENING, minutes=10)
        item(AgendaKind.PREVIOUS_MINUTES)
        item(AgendaKind.NEW_CASES)
        cases_of((0,))
        item(AgendaKind.FOLLOW_UPS)
        cases_of((2, 3))
        item(AgendaKind.CONSULTATIONS)
        cases_of((1,))
        info = item(AgendaKind.PARTY_INFORMATION, minutes=20,
                    notes=rng.choice(names.PARTY_INFORMATION) if held else "")
        item(AgendaKind.DEVIATIONS)
        other = item(AgendaKind.OTHER_BUSINESS, minutes=10)
        nxt = self.cal.next_meeting_after(day)
        item(AgendaKind.NEXT_MEETING,
             notes=f"Nästa möte {nxt.isoformat()} kl. 09.00–12.00." if nxt else "")
        item(AgendaKind.CLOSING)
        if held:
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                self.action(rng.choice((info, other)), day, nxt)

    def decisions(self, aid: int, cid: int, prio: int, s: _Sim, row: dict[str, Any],
                  day: dt.date) -> None:
        def decide(kind: DecisionKind, summary: str) -> None:
            self.add(Decision, {"id": self._next("decision"), "agenda_item_id": aid,
                                "case_id": cid, "kind": kind, "summary": summary,
                                "created_at": _at(day, 10)})

        if prio == 0:
            if s.returned:
                decide(DecisionKind.RETURN, row["return_reason"])
                return
            decide(DecisionKind.ACCEPT, "Antas som STAR-ärende."
                   + (" Placeras i kö till planering." if s.queue_started_on else ""))
            if row["carrier_party_id"] is not None and not s.queue_started_on:
                decide(DecisionKind.CASE_CARRIER, f"Ärendebärare: {row['carrier_name']}.")
                decide(DecisionKind.PLANNING_FORM,
                       f"Planeringsmöte i form av {row['planning_form'].label}.")
        elif prio == 1:
            decide(DecisionKind.CONSULTED, "Teamet har gett råd; samordnaren återkopplar "
                   "till remittenten.")
        elif prio == 2:
            assert s.closure_reason is not None
            decide(DecisionKind.CLOSURE, f"Avslutas: {s.closure_reason.label}.")
        else:
            nxt = self.cal.months_later(day, 3)
            if nxt:
                decide(DecisionKind.NEXT_FOLLOW_UP, f"Nästa uppföljning {nxt.isoformat()}.")

    def action(self, aid: int, day: dt.date, nxt: dt.date | None) -> None:
        rng, today = self.rng, self.today
        active = [p for p in self.team_principals if p["active_from"] <= day
                  and (p["active_to"] is None or day <= p["active_to"])]
        due = nxt if nxt is not None and nxt <= today else None
        done = due if due is not None and rng.random() < 0.8 else None
        self.add(ActionItem, {"id": self._next("action_item"), "agenda_item_id": aid,
                              "who": rng.choice(active)["name"],
                              "what": rng.choice(names.ACTIONS), "due_on": due,
                              "done_on": done})

    # --- governance ----------------------------------------------------------------------------

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


class _People:
    """Participants and their identities; about one in ten comes back with a second case."""

    def __init__(self, builder: _Builder, rng: random.Random) -> None:
        self.b = builder
        self.rng = rng
        self.births: list[dt.date] = []  # index = participant id - 1
        self.genders: list[Gender] = []
        self.first_raised: list[dt.date] = []
        self.case_count: list[int] = []
        self._ended: list[tuple[dt.date, int, int]] = []  # heap of (ended, order, pid)
        self._available: list[int] = []
        self._pnr: set[str] = set()

    def age_at(self, pid: int, day: dt.date) -> int:
        return _age_on(self.births[pid - 1], day)

    def assign(self, s: _Sim) -> int:
        rng = self.rng
        while self._ended and self._ended[0][0] + dt.timedelta(days=30) < s.raised_on:
            self._available.append(heapq.heappop(self._ended)[2])
        pid = None
        if self._available and rng.random() < 0.1:
            j = rng.randrange(len(self._available))
            cand = self._available[j]
            if self.age_at(cand, s.raised_on) <= 63:
                self._available[j] = self._available[-1]
                self._available.pop()
                pid = cand
        if pid is None:
            pid = self.new(s.raised_on)
        self.case_count[pid - 1] += 1
        ended = s.ended_on
        if ended is not None and self.case_count[pid - 1] == 1:
            heapq.heappush(self._ended, (ended, s.order, pid))
        return pid

    def new(self, raised_on: dt.date) -> int:
        rng = self.rng
        gender = _weighted(rng, _GENDER_WEIGHTS)
        age = min(63, int(rng.triangular(16, 64, 30)))
        latest = _years_before(raised_on, age)
        birth = latest - dt.timedelta(days=rng.randint(0, 364))
        self.births.append(birth)
        self.genders.append(gender)
        self.first_raised.append(raised_on)
        self.case_count.append(0)
        return len(self.births)

    def personnummer(self, birth: dt.date, gender: Gender) -> str:
        """12 digits, Luhn-checked; the gender digit is odd for men and even for women."""
        rng = self.rng
        while True:
            serial = rng.randint(0, 99)
            digit = rng.randrange(0, 10, 2)
            if gender == Gender.MAN:
                digit += 1
            elif gender == Gender.OTHER:
                digit = rng.randint(0, 9)
            nine = f"{birth:%y%m%d}{serial:02d}{digit}"
            pnr = f"{birth:%Y%m%d}{serial:02d}{digit}{_luhn_digit(nine)}"
            if pnr not in self._pnr:
                self._pnr.add(pnr)
                return pnr

    def finish(self) -> None:
        rng = self.rng
        if len(self.genders) >= 3 * len(Gender):
            _cover(rng, self.genders, list(Gender), list(range(len(self.genders))))
        for i, (birth, gender) in enumerate(zip(self.births, self.genders, strict=True)):
            pid = i + 1
            self.b.add(Participant, {
                "id": pid, "gender": gender, "birth_year": birth.year,
                "municipality": MUNICIPALITY, "created_at": _at(self.first_raised[i]),
                "identifiers_erased_at": None,
            })
            if gender == Gender.WOMAN:
                first = rng.choice(names.WOMEN)
            elif gender == Gender.MAN:
                first = rng.choice(names.MEN)
            else:
                first = rng.choice(names.WOMEN + names.MEN)
            self.b.add(ParticipantIdentity, {
                "participant_id": pid, "first_name": first, "last_name": rng.choice(names.LAST),
                "personnummer": self.personnummer(birth, gender),
            })


# --- entry point -------------------------------------------------------------------------------

#: Insert order: parents before children (foreign keys are on).
_ORDER = (Member, MeetingSeries, Meeting, CatalogueEntry, Participant, ParticipantIdentity, Case,
          Intervention, FollowUp, AgendaItem, Attendance, Decision, ActionItem, Deviation, Target)


def generate_demo(
    path: Path | str,
    *,
    cases: int = DEFAULT_CASES,
    seed: int = 1,
    passphrase: str = DEMO_PASSPHRASE,
    today: dt.date | None = None,
    actor: str = "Demo",
) -> None:
    """Write an encrypted team file at ``path`` holding a made-up team with ``cases`` cases.

    The same (cases, seed, today) gives the same content. The file is built under a temporary
    name beside ``path`` and moved into place only when complete, so a failure leaves nothing.
    """
    path = Path(path)
    if cases < 0:
        raise ValueError("Antalet ärenden kan inte vara negativt.")
    if path.exists():
        raise FileExistsTeamError(path, f"Det finns redan en fil med namnet {path.name}.")
    if not path.parent.is_dir():
        raise FileMissingError(path, f"Mappen finns inte: {path.parent}")
    today = today or dt.date.today()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.demo")
    tmp.unlink(missing_ok=True)
    tf = create_team_file(tmp, passphrase, NewTeam(TEAM_NAME, MUNICIPALITY, FEDERATION),
                          actor=actor)
    try:
        with tf.session() as s, s.begin():
            party_ids = {kind: pid for kind, pid in s.execute(
                select(Party.kind, Party.id).where(Party.builtin.is_(True)))}
            builder = _Builder(cases, seed, today, party_ids)
            builder.build()
            conn = s.connection()
            for model in _ORDER:
                rows = builder.rows.get(model)
                if rows:
                    conn.execute(insert(model), rows)
            audit.record(s, AuditAction.CREATED, entity="demo",
                         detail=f"demodata {cases} ärenden, frö {seed}")
        tf.close()
        if path.exists():
            raise FileExistsTeamError(path, f"Det finns redan en fil med namnet {path.name}.")
        os.replace(tmp, path)
    except BaseException:
        tf.close()
        tmp.unlink(missing_ok=True)
        raise
