"""The report's figures for a small team built by hand, checked figure by figure.

A real encrypted team file; every case is raised and taken through the real process steps
(``star_desktop/cases/process.py``), members are added through the team service and attendance
through the minutes. Each expected figure is worked out by hand in the comments, from the table of
cases below and the definitions in ``star_desktop/reports/definitions.py``.

The period is tertial 2 2025 (2025-05-01..2025-08-31).

Joint-planning cases that were accepted (gender, birth year, referring party, income at start;
raised → accepted [queue] → planning meeting (form) → plan (agreed self-support activity?) →
closed reason (income at end)):

    C1  W 1990 AF   unemployment  2025-01-15 → 02-04 → 03-10 multi → 03-12 (yes)
                                   → 2025-05-01 work (salary)            closed on the FIRST day
    C2  M 1975 FK   sickness      2025-02-03 → 02-17 [02-18] → 05-20 reconciliation
                                   → 05-27 (yes)                          open
    C3  W 2000 IFO  social asst.  2025-04-22 → 05-01 [05-02] → 06-16 SIP → 06-16 (no)
                                   → 2025-08-31 studies (student finance) accepted on the first
                                                                          day, closed on the LAST
    C4  O 1985 Psy  social asst.  2025-05-05 → 05-12 → 2025-06-02 early drop-out (social asst.)
    C5  M 1996 AF   social asst.  2025-06-02 → 06-09 [06-10]              open, waiting
    C6  W 1965 IFO  social asst.  2024-11-04 → 11-18 → 12-09 multi → 12-11 (yes)
                                   → 2025-07-07 coordinated rehab. (sickness)
    C7  M 1980 Prim sickness      2025-03-03 → 03-17 → 04-14 SIP → 04-22 (no)
                                   → 2025-06-23 own wish (sickness)
    C8  W 1992 FK   activity c.   2025-08-18 → 2025-09-01                 accepted after the end
    C12 = C1's participant raised again:
        W 1990 AF   unemployment  2025-08-04 → 08-11                     open, waiting
    C13 M 1983 AF   social asst.  2024-10-01 → 10-14 → 11-04 multi → 11-05 (no)
                                   → 2025-03-31 work (salary)            (tertial 1 2025)
    C14 W 1978 FK   sickness      2024-02-05 → 02-19 → 03-11 reconciliation → 03-11 (no)
                                   → 2024-06-17 studies (student finance) (tertial 2 2024)
    C15 M 1990 AF   unemployment  2024-09-02 → 09-09 → 2024-09-30 early drop-out (tertial 3 2024)
    C16 W 1995 AME  no support    2025-01-20 → 02-03 → 02-24 multi → 03-03 (yes)    open
    C17 M 1970 IFO  social asst.  2025-04-01 → 04-30 → 2025-08-31 multi (LAST day) → 09-01 (yes)
                                   → 2025-09-01 work (salary)            accepted the day before
                                                                          the first, closed the
                                                                          day after the last

Not participants: C9 M 1988 AF raised 2025-05-14, returned 2025-05-26; C10 a consultation (W 1970,
Psy) raised 2025-06-03, consulted 2025-06-10; C11 a general consultation (AME) raised 2025-07-01,
consulted 2025-08-12; C18 M 1991 FK raised 2025-08-25, not yet assessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from star_desktop.cases import process
from star_desktop.cases.process import ParticipantForm, RaiseForm
from star_desktop.meetings import calendar
from star_desktop.meetings import minutes as mn
from star_desktop.models import (
    AttendanceStatus,
    Body,
    Case,
    CaseKind,
    ClosureReason,
    Gender,
    IncomeSource,
    Meeting,
    PartyKind,
    PlanningForm,
    TargetKind,
)
from star_desktop.reports.definitions import DAYS_PER_MONTH
from star_desktop.reports.periods import parse_period
from star_desktop.reports.statistics import GenderCount, ReportStats, report_statistics
from star_desktop.reports.targets import TargetForm, set_targets
from star_desktop.storage.teamfile import NewTeam, TeamFile, create_team_file
from star_desktop.team import service as team_service
from star_desktop.team.service import MemberForm

from .conftest import ACTOR, PASSPHRASE

D = dt.date.fromisoformat
TODAY = D("2025-10-15")
T2 = parse_period("2025-T2")
W, M, OTH = Gender.WOMAN, Gender.MAN, Gender.OTHER
JP = CaseKind.JOINT_PLANNING
IS = IncomeSource
CR = ClosureReason
PF = PlanningForm


def gc(woman: int = 0, man: int = 0, other: int = 0) -> GenderCount:
    return GenderCount(woman, man, other)


@dataclass
class CaseSpec:
    name: str
    gender: Gender | None
    born: int | None
    party: PartyKind
    income: IncomeSource
    raised: str
    kind: CaseKind = JP
    accepted: str | None = None
    returned: str | None = None
    queue: str | None = None
    planning: str | None = None
    form: PlanningForm | None = None
    plan: str | None = None
    activity: bool = False
    closed: str | None = None
    reason: ClosureReason | None = None
    income_end: IncomeSource | None = None
    consulted: str | None = None
    #: Raise again for the participant of this earlier case.
    again_for: str | None = None


CASES = [
    CaseSpec("C1", W, 1990, PartyKind.AF, IS.UNEMPLOYMENT_BENEFIT, "2025-01-15",
             accepted="2025-02-04", planning="2025-03-10", form=PF.MULTI_PARTY,
             plan="2025-03-12", activity=True, closed="2025-05-01", reason=CR.WORK,
             income_end=IS.SALARY),
    CaseSpec("C2", M, 1975, PartyKind.FK, IS.SICKNESS_BENEFIT, "2025-02-03",
             accepted="2025-02-17", queue="2025-02-18", planning="2025-05-20",
             form=PF.RECONCILIATION, plan="2025-05-27", activity=True),
    CaseSpec("C3", W, 2000, PartyKind.MUNICIPALITY_SOCIAL, IS.SOCIAL_ASSISTANCE, "2025-04-22",
             accepted="2025-05-01", queue="2025-05-02", planning="2025-06-16", form=PF.SIP,
             plan="2025-06-16", activity=False, closed="2025-08-31", reason=CR.STUDIES,
             income_end=IS.STUDENT_FINANCE),
    CaseSpec("C4", OTH, 1985, PartyKind.REGION_PSYCHIATRY, IS.SOCIAL_ASSISTANCE, "2025-05-05",
             accepted="2025-05-12", closed="2025-06-02", reason=CR.EARLY_DROPOUT,
             income_end=IS.SOCIAL_ASSISTANCE),
    CaseSpec("C5", M, 1996, PartyKind.AF, IS.SOCIAL_ASSISTANCE, "2025-06-02",
             accepted="2025-06-09", queue="2025-06-10"),
    CaseSpec("C6", W, 1965, PartyKind.MUNICIPALITY_SOCIAL, IS.SOCIAL_ASSISTANCE, "2024-11-04",
             accepted="2024-11-18", planning="2024-12-09", form=PF.MULTI_PARTY,
             plan="2024-12-11", activity=True, closed="2025-07-07",
             reason=CR.COORDINATED_REHABILITATION, income_end=IS.SICKNESS_BENEFIT),
    CaseSpec("C7", M, 1980, PartyKind.REGION_PRIMARY_CARE, IS.SICKNESS_BENEFIT, "2025-03-03",
             accepted="2025-03-17", planning="2025-04-14", form=PF.SIP, plan="2025-04-22",
             closed="2025-06-23", reason=CR.OWN_WISH, income_end=IS.SICKNESS_BENEFIT),
    CaseSpec("C8", W, 1992, PartyKind.FK, IS.ACTIVITY_COMPENSATION, "2025-08-18",
             accepted="2025-09-01"),
    CaseSpec("C9", M, 1988, PartyKind.AF, IS.UNKNOWN, "2025-05-14", returned="2025-05-26"),
    CaseSpec("C10", W, 1970, PartyKind.REGION_PSYCHIATRY, IS.UNKNOWN, "2025-06-03",
             kind=CaseKind.CONSULTATION, consulted="2025-06-10"),
    CaseSpec("C11", None, None, PartyKind.MUNICIPALITY_LABOUR, IS.UNKNOWN, "2025-07-01",
             kind=CaseKind.GENERAL_CONSULTATION, consulted="2025-08-12"),
    CaseSpec("C12", W, 1990, PartyKind.AF, IS.UNEMPLOYMENT_BENEFIT, "2025-08-04",
             accepted="2025-08-11", again_for="C1"),
    CaseSpec("C13", M, 1983, PartyKind.AF, IS.SOCIAL_ASSISTANCE, "2024-10-01",
             accepted="2024-10-14", planning="2024-11-04", form=PF.MULTI_PARTY,
             plan="2024-11-05", closed="2025-03-31", reason=CR.WORK, income_end=IS.SALARY),
    CaseSpec("C14", W, 1978, PartyKind.FK, IS.SICKNESS_BENEFIT, "2024-02-05",
             accepted="2024-02-19", planning="2024-03-11", form=PF.RECONCILIATION,
             plan="2024-03-11", closed="2024-06-17", reason=CR.STUDIES,
             income_end=IS.STUDENT_FINANCE),
    CaseSpec("C15", M, 1990, PartyKind.AF, IS.UNEMPLOYMENT_BENEFIT, "2024-09-02",
             accepted="2024-09-09", closed="2024-09-30", reason=CR.EARLY_DROPOUT,
             income_end=IS.UNEMPLOYMENT_BENEFIT),
    CaseSpec("C16", W, 1995, PartyKind.MUNICIPALITY_LABOUR, IS.NO_PUBLIC_SUPPORT, "2025-01-20",
             accepted="2025-02-03", planning="2025-02-24", form=PF.MULTI_PARTY,
             plan="2025-03-03", activity=True),
    CaseSpec("C17", M, 1970, PartyKind.MUNICIPALITY_SOCIAL, IS.SOCIAL_ASSISTANCE, "2025-04-01",
             accepted="2025-04-30", planning="2025-08-31", form=PF.MULTI_PARTY,
             plan="2025-09-01", activity=True, closed="2025-09-01", reason=CR.WORK,
             income_end=IS.SALARY),
    CaseSpec("C18", M, 1991, PartyKind.FK, IS.SICKNESS_BENEFIT, "2025-08-25"),
]


def take_through(s, spec: CaseSpec, party: dict[PartyKind, int], cases: dict[str, Case]
                 ) -> Case:
    """Raise the case and take it through the real process steps the spec names."""
    form = RaiseForm(kind=spec.kind, referring_party_id=party[spec.party],
                     referring_officer="Handläggare", raised_on=D(spec.raised),
                     income_at_start=spec.income)
    if spec.kind == CaseKind.GENERAL_CONSULTATION:
        form.subject = "Hur samordnar vi stöd vid långvarig arbetslöshet?"
    else:
        if spec.again_for:
            form.participant_id = cases[spec.again_for].participant_id
        else:
            form.participant = ParticipantForm(first_name="Deltagare", last_name=spec.name,
                                               gender=spec.gender, birth_year=spec.born,
                                               municipality="Bräcke")
        form.consent_form_received = True
        form.consent_signed_on = D(spec.raised)
        form.consent_own_words = "Jag vill hitta ett arbete."
    case = process.raise_case(s, form, today=TODAY)
    if spec.returned:
        process.assess(s, case, on=spec.returned, accepted=False, reason="Inte aktuellt",
                       today=TODAY)
    if spec.accepted:
        process.assess(s, case, on=spec.accepted, accepted=True, today=TODAY)
    if spec.queue:
        process.put_in_queue(s, case, on=spec.queue, today=TODAY)
    if spec.planning:
        process.appoint_carrier(s, case, party_id=party[PartyKind.MUNICIPALITY_SOCIAL],
                                name="Kim Ärendebärare")
        process.record_planning_meeting(s, case, form=spec.form, on=spec.planning,
                                        today=TODAY)
    if spec.plan:
        process.record_plan(s, case, on=spec.plan, self_support_activity=spec.activity,
                            today=TODAY)
    if spec.closed:
        process.close_case(s, case, on=spec.closed, reason=spec.reason,
                           income_at_end=spec.income_end, today=TODAY)
    if spec.consulted:
        process.record_consultation(s, case, on=spec.consulted, today=TODAY)
    return case


def member(s, name: str, party_id: int, *, active_from: str = "2024-01-01",
           active_to: str = "", body: Body = Body.TEAM, substitute_for: int | None = None
           ) -> int:
    return team_service.add_member(s, MemberForm(
        name=name, party_id=party_id, function="Handläggare", gender=Gender.WOMAN, body=body,
        substitute_for_id=substitute_for, active_from=active_from, active_to=active_to)).id


def hold(s, day: str, attendance: list[tuple[int, AttendanceStatus, int | None]], *,
         approve: bool) -> Meeting:
    m = Meeting(held_on=D(day), starts_at=dt.time(9), ends_at=dt.time(12))
    s.add(m)
    s.flush()
    for member_id, status, substitute in attendance:
        mn.record_attendance(s, m, member_id, status, substitute)
    mn.mark_held(s, m)
    if approve:
        mn.approve(s, m, approved_by="Karin Lund")
    return m


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamFile]:
    path = tmp_path_factory.mktemp("report") / "Bräcke STAR.star"
    tf = create_team_file(path, PASSPHRASE, NewTeam("Bräcke STAR", "Bräcke", "Jämtlands län"),
                          actor=ACTOR)
    with tf.session() as s, s.begin():
        party = {p.kind: p.id for p in team_service.parties(s)}
        cases: dict[str, Case] = {}
        for spec in CASES:
            cases[spec.name] = take_through(s, spec, party, cases)

        # Members: AF, FK and IFO (with a substitute of her own party) all through the period;
        # primary care joined on 2025-06-01; an "Annan" member left before the period; a
        # steering-group member of Kommun övrig; no one from psychiatry.
        af = member(s, "Anna Arbetsförmedlare", party[PartyKind.AF])
        fk = member(s, "Fredrik Försäkringskassan", party[PartyKind.FK])
        ifo = member(s, "Ingrid Socialtjänst", party[PartyKind.MUNICIPALITY_SOCIAL])
        ifo_sub = member(s, "Sara Ersättare", party[PartyKind.MUNICIPALITY_SOCIAL],
                         substitute_for=ifo)
        prim = member(s, "Petra Primärvård", party[PartyKind.REGION_PRIMARY_CARE],
                      active_from="2025-06-01")
        member(s, "Olle Annan", party[PartyKind.OTHER], active_to="2025-04-30")
        member(s, "Stina Styrgrupp", party[PartyKind.MUNICIPALITY_OTHER],
               body=Body.STEERING_GROUP)
        P, A, S = (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT,
                   AttendanceStatus.SUBSTITUTE_PRESENT)
        hold(s, "2025-04-08", [(af, P, None), (fk, P, None)], approve=True)  # before
        # 05-13: AF, FK present; IFO absent but her substitute there.
        hold(s, "2025-05-13", [(af, P, None), (fk, P, None), (ifo, S, ifo_sub)], approve=True)
        # 06-10: AF, IFO, primary care present; FK absent. Held, minutes not yet approved.
        hold(s, "2025-06-10", [(af, P, None), (fk, A, None), (ifo, P, None), (prim, P, None)],
             approve=False)
        # 07-08: cancelled, never counted.
        cancelled = Meeting(held_on=D("2025-07-08"), starts_at=dt.time(9), ends_at=dt.time(12))
        s.add(cancelled)
        s.flush()
        calendar.cancel_meeting(s, cancelled.id)
        # 08-12: only primary care; AF, FK, IFO absent (no substitute).
        hold(s, "2025-08-12", [(af, A, None), (fk, A, None), (ifo, A, None), (prim, P, None)],
             approve=True)
        # 08-26: planned, not held; 09-09: held after the period.
        s.add(Meeting(held_on=D("2025-08-26"), starts_at=dt.time(9), ends_at=dt.time(12)))
        hold(s, "2025-09-09", [(af, P, None), (fk, P, None)], approve=False)
    yield tf
    tf.close()


@pytest.fixture(scope="module")
def parties(team: TeamFile) -> dict[PartyKind, int]:
    with team.session() as s:
        return {p.kind: p.id for p in team_service.parties(s)}


@pytest.fixture(scope="module")
def r(team: TeamFile) -> ReportStats:
    with team.session() as s:
        return report_statistics(s, T2)


def test_every_case_reached_its_state_through_the_process(team: TeamFile):
    with team.session() as s:
        states = {c.case_number: c.state.value for c in s.scalars(select(Case))}
        by_kind = {k: s.scalar(select(Case.id).where(Case.kind == k).limit(1)) is not None
                   for k in CaseKind}
    assert len(states) == len(CASES)
    assert sorted(states.values()) == sorted(
        ["closed"] * 9 + ["planned"] * 2 + ["waiting"] + ["accepted"] * 2
        + ["returned", "consulted", "consulted", "raised"])
    assert all(by_kind.values())


# --- participants --------------------------------------------------------------------------------


def test_flow_by_gender(r: ReportStats):
    f = r.flow
    # Active at start (accepted before 05-01, not closed before 05-01): C1 (closed ON 05-01),
    # C6, C16 women; C2, C7, C17 (accepted 04-30) men. Not C3 (accepted ON 05-01), not C13,
    # C14, C15 (closed earlier).
    assert f.active_start == gc(3, 3, 0)
    # New (accepted 05-01..08-31): C3 (ON 05-01), C12 women; C5 man; C4 other. Not C8 (09-01).
    assert f.new == gc(2, 1, 1)
    # Closed in the period: C1 (05-01), C3 (08-31), C6 women; C7 man; C4 other. Not C17 (09-01).
    assert f.closed == gc(3, 1, 1)
    # Active at end: C12, C16 women; C2, C5, C17 men.  3+2-3=2, 3+1-1=3, 0+1-1=0.
    assert f.active_end == gc(2, 3, 0)
    # Worked with = active at start + new; C1's participant counts twice (C1 and C12: once per
    # enrolment).
    assert f.worked_with == gc(5, 4, 1)
    assert f.worked_with.total == 10


def test_age_of_those_active_at_the_end(r: ReportStats):
    a = r.age_at_end
    # 2025 - birth year: C2 50, C5 29 (young: at most 29), C12 35, C16 30 (not young), C17 55.
    assert (a.n, a.age_sum, a.young) == (5, 50 + 29 + 35 + 30 + 55, 1)
    assert a.mean == pytest.approx(199 / 5) == pytest.approx(39.8)
    assert a.young_share == pytest.approx(0.2)


def test_new_and_active_at_end_by_income_source(r: ReportStats):
    def nonzero(b):
        return {row.key: row.count for row in b.rows if row.count.total}

    assert [row.key for row in r.new_by_income.rows] == [m.value for m in IncomeSource]
    # New: C3 W, C5 M, C4 O on social assistance; C12 W unemployment benefit.
    assert nonzero(r.new_by_income) == {
        "social_assistance": gc(1, 1, 1), "unemployment_benefit": gc(1, 0, 0)}
    assert r.new_by_income.total == r.flow.new
    # Active at end: C5, C17 M social assistance; C2 M sickness benefit; C12 W unemployment;
    # C16 W no public support.
    assert nonzero(r.active_end_by_income) == {
        "social_assistance": gc(0, 2, 0), "sickness_benefit": gc(0, 1, 0),
        "unemployment_benefit": gc(1, 0, 0), "no_public_support": gc(1, 0, 0)}
    assert r.active_end_by_income.total == r.flow.active_end


def test_new_and_active_at_end_by_referring_party(r: ReportStats, parties):
    def nonzero(b):
        return {row.key: row.count for row in b.rows if row.count.total}

    # Every party has a row, in the parties' order.
    assert [row.label for row in r.new_by_party.rows] == [k.label for k in PartyKind]
    key = {k: str(v) for k, v in parties.items()}
    # New: C5 M and C12 W from AF; C3 W from IFO; C4 O from psychiatry.
    assert nonzero(r.new_by_party) == {
        key[PartyKind.AF]: gc(1, 1, 0), key[PartyKind.MUNICIPALITY_SOCIAL]: gc(1, 0, 0),
        key[PartyKind.REGION_PSYCHIATRY]: gc(0, 0, 1)}
    # Active at end: C12 W and C5 M from AF; C2 M from FK; C17 M from IFO; C16 W from AME.
    assert nonzero(r.active_end_by_party) == {
        key[PartyKind.AF]: gc(1, 1, 0), key[PartyKind.FK]: gc(0, 1, 0),
        key[PartyKind.MUNICIPALITY_SOCIAL]: gc(0, 1, 0),
        key[PartyKind.MUNICIPALITY_LABOUR]: gc(1, 0, 0)}


# --- results -------------------------------------------------------------------------------------


def test_results_columns_and_goal_share(r: ReportStats):
    res = r.results
    assert res.active_start == gc(3, 3, 0) and res.active_end == gc(2, 3, 0)
    assert res.closed == gc(3, 1, 1)
    assert res.columns == {
        "dropout": gc(0, 0, 1),                # C4
        "work": gc(1, 0, 0),                   # C1
        "studies": gc(1, 0, 0),                # C3
        "rehabilitation": gc(1, 0, 0),         # C6
        "sickness_compensation": gc(0, 0, 0),
        "other": gc(0, 1, 0),                  # C7 (own wish)
    }
    # Goal base: closures without drop-outs: C1, C3, C6, C7; reached: C1, C3, C6.
    assert res.goal_base == gc(3, 1, 0)
    assert res.goal_reached == gc(3, 0, 0)
    assert res.goal_share == pytest.approx(0.75)


def test_throughput_trend_for_this_and_earlier_tertials(r: ReportStats):
    got = [(p.period.key, p.n, p.days_sum, p.closed, p.dropouts, p.goal_reached)
           for p in r.trend]
    assert got == [
        ("2023-T3", 0, 0, 0, 0, 0),
        ("2024-T1", 0, 0, 0, 0, 0),
        ("2024-T2", 1, 133, 1, 0, 1),    # C14: 2024-02-05 → 06-17 (leap year) = 133 days
        ("2024-T3", 0, 0, 1, 1, 0),      # C15 dropped out: not in the throughput
        ("2025-T1", 1, 181, 1, 0, 1),    # C13: 2024-10-01 → 2025-03-31 = 181 days
        # C1 01-15 → 05-01 = 106, C3 04-22 → 08-31 = 131, C6 2024-11-04 → 07-07 = 245,
        # C7 03-03 → 06-23 = 112; C4 (drop-out) left out.
        ("2025-T2", 4, 106 + 131 + 245 + 112, 5, 1, 3),
    ]
    months = [p.mean_months for p in r.trend]
    assert months[0] is None and months[1] is None and months[3] is None
    assert months[2] == pytest.approx(133 / 30.4375)
    assert months[4] == pytest.approx(181 / 30.4375)
    assert months[5] == pytest.approx(594 / 4 / 30.4375) == pytest.approx(4.879, abs=1e-3)
    assert DAYS_PER_MONTH == 30.4375
    assert [p.goal_share for p in r.trend] == [None, None, 1.0, None, 1.0, 0.75]
    assert r.this_period.period == T2
    assert (r.this_period.closed, r.this_period.n) == (r.results.closed.total,
                                                       r.results.goal_base.total)


# --- waiting, planning ---------------------------------------------------------------------------


def test_waiting_time_and_queue_at_end(r: ReportStats):
    w = r.waiting
    # Planning meetings in the period: C3 04-22 → 06-16 = 55 days, C2 02-03 → 05-20 = 106,
    # C17 04-01 → 08-31 (the last day) = 152.
    assert w.days == [55, 106, 152]
    assert w.mean_days == pytest.approx(313 / 3)
    assert w.median_days == 106.0
    # Accepted, not closed, no planning meeting by 08-31: C12 W (accepted 08-11), C5 M (queued).
    # C17's planning meeting on the last day takes him out of the queue.
    assert w.queue_at_end == gc(1, 1, 0)


def test_joint_plannings_and_planning_forms(r: ReportStats):
    # C2 M reconciliation, C3 W SIP, C17 M multi-party (C1, C6, C7, C13, C14, C16 planned
    # before the period).
    assert r.joint_plannings == gc(1, 2, 0)
    assert r.planning_forms == {PF.RECONCILIATION: 1, PF.SIP: 1, PF.MULTI_PARTY: 1}


# --- attendance, intake --------------------------------------------------------------------------


def test_attendance_per_party(r: ReportStats, parties):
    # Held in the period: 05-13, 06-10 (held, not approved), 08-12. Not 04-08 or 09-09
    # (outside), 07-08 (cancelled) or 08-26 (planned).
    assert r.meetings_held == 3
    rows = [(row.party_id, row.meetings_attended, row.meetings_held) for row in r.attendance]
    assert rows == [
        (parties[PartyKind.AF], 2, 3),                   # 05-13, 06-10
        (parties[PartyKind.FK], 1, 3),                   # 05-13
        (parties[PartyKind.REGION_PRIMARY_CARE], 2, 3),  # joined 06-01: 06-10, 08-12
        (parties[PartyKind.MUNICIPALITY_SOCIAL], 2, 3),  # 05-13 by substitute, 06-10
    ]  # no psychiatry member; "Annan" left before; Kommun övrig sits in the steering group
    assert [row.label for row in r.attendance] == [
        "Arbetsförmedlingen", "Försäkringskassan", "Region primärvård",
        "Kommun IFO/ekonomiskt bistånd"]
    assert [row.share for row in r.attendance] == pytest.approx([2 / 3, 1 / 3, 2 / 3, 2 / 3])


def test_intake(r: ReportStats):
    i = r.intake
    # Raised in the period: joint planning C4, C5, C8, C9, C12, C18 (not C3 04-22, C17 04-01);
    # consultation C10; general consultation C11.
    assert i.raised == {CaseKind.JOINT_PLANNING: 6, CaseKind.CONSULTATION: 1,
                        CaseKind.GENERAL_CONSULTATION: 1}
    assert i.raised_total == 8
    # Assessed in the period: accepted C3, C4, C5, C12 (= new); returned C9. C8 on 09-01.
    assert (i.accepted, i.returned) == (4, 1)
    assert i.accepted == r.flow.new.total
    assert i.consulted == {CaseKind.CONSULTATION: 1, CaseKind.GENERAL_CONSULTATION: 1}


# --- targets -------------------------------------------------------------------------------------


def outcomes(r: ReportStats) -> dict[TargetKind, tuple]:
    return {t.kind: (t.target, t.outcome, t.numerator, t.denominator, t.unit, t.met)
            for t in r.targets}


def test_targets_with_the_default_values(r: ReportStats):
    got = outcomes(r)
    assert list(got) == list(TargetKind)
    # 160 a year × 4/12 = 53.3; three planning meetings in the period.
    target, outcome, num, den, unit, met = got[TargetKind.JOINT_PLANNINGS]
    assert target == pytest.approx(160 * 4 / 12)
    assert (outcome, num, den, unit, met) == (3.0, 3, 0, "count", False)
    # Base (closed, no drop-outs): C1, C3, C6, C7 — all four have a plan.
    assert got[TargetKind.SHARE_WITH_PLAN] == (1.0, 1.0, 4, 4, "share", True)
    # C1 work, C3 studies: 2 of 4 ≥ 25 %.
    assert got[TargetKind.SHARE_TO_WORK_OR_STUDIES] == (0.25, 0.5, 2, 4, "share", True)
    # Agreed self-support activity: C1, C6 — 2 of 4 < 80 %.
    assert got[TargetKind.SHARE_WITH_SELF_SUPPORT_ACTIVITY] == (0.8, 0.5, 2, 4, "share", False)
    # Social assistance at start: C3, C6; at closure: none of the base → (0 − 2) / 2 = −100 %.
    assert got[TargetKind.SOCIAL_ASSISTANCE_CHANGE] == (-0.25, -1.0, 0, 2, "change", True)


def test_targets_set_for_the_year(team: TeamFile):
    with team.session() as s:
        s.begin()
        try:
            # Exactly at each outcome: every target is met (9 × 4/12 = 3).
            set_targets(s, 2025, TargetForm("9", "100", "50", "50", "-100"))
            at = outcomes(report_statistics(s, T2))
            # One step stricter: none is met (SA can go no lower than −100 %, so it stays met).
            set_targets(s, 2025, TargetForm("10", "100", "51", "51", "-100"))
            above = outcomes(report_statistics(s, T2))
            # Targets for another year do not apply.
            set_targets(s, 2026, TargetForm("0", "0", "0", "0", "100"))
            still = outcomes(report_statistics(s, T2))
        finally:
            s.rollback()
    assert at[TargetKind.JOINT_PLANNINGS][0] == pytest.approx(3.0)
    assert {k: v[5] for k, v in at.items()} == {k: True for k in TargetKind}
    assert at[TargetKind.SHARE_TO_WORK_OR_STUDIES] == (0.5, 0.5, 2, 4, "share", True)
    assert at[TargetKind.SHARE_WITH_SELF_SUPPORT_ACTIVITY] == (0.5, 0.5, 2, 4, "share", True)
    assert at[TargetKind.SOCIAL_ASSISTANCE_CHANGE] == (-1.0, -1.0, 0, 2, "change", True)
    assert above[TargetKind.JOINT_PLANNINGS][0] == pytest.approx(10 / 3)
    assert {k: v[5] for k, v in above.items()} == {
        TargetKind.JOINT_PLANNINGS: False, TargetKind.SHARE_WITH_PLAN: True,
        TargetKind.SHARE_TO_WORK_OR_STUDIES: False,
        TargetKind.SHARE_WITH_SELF_SUPPORT_ACTIVITY: False,
        TargetKind.SOCIAL_ASSISTANCE_CHANGE: True}
    assert still == above


# --- the boundaries, and the periods around ------------------------------------------------------


def test_tertial_3_takes_over_at_the_boundary(team: TeamFile):
    with team.session() as s:
        t3 = report_statistics(s, parse_period("2025-T3"))
    # Active at start of T3 = active at end of T2 (C12, C16; C2, C5, C17).
    assert t3.flow.active_start == gc(2, 3, 0)
    # New in T3: C8 (accepted 09-01). Closed: C17 on 09-01 (work).
    assert t3.flow.new == gc(1, 0, 0)
    assert t3.flow.closed == gc(0, 1, 0)
    assert t3.results.columns["work"] == gc(0, 1, 0)
    assert t3.flow.active_end == gc(3, 2, 0)
    assert t3.waiting.days == [] and t3.joint_plannings == gc()
    # C17's throughput: 04-01 → 09-01 = 153 days.
    assert (t3.this_period.n, t3.this_period.days_sum) == (1, 153)
    # C5, C12, C8 (accepted 09-01) wait at the end of T3.
    assert t3.waiting.queue_at_end == gc(2, 1, 0)
    assert t3.meetings_held == 1  # 09-09


def test_the_whole_year_and_the_year_to_date(team: TeamFile):
    with team.session() as s:
        y = report_statistics(s, parse_period("2025"))
        ytd = report_statistics(s, parse_period("2025-T2-YTD"))
    # Active on 2025-01-01: C6 W; C13 M (C14, C15 closed in 2024).
    assert y.flow.active_start == gc(1, 1, 0)
    # Accepted in 2025: C1, C3, C8, C12, C16 W; C2, C5, C7, C17 M; C4 O.
    assert y.flow.new == gc(5, 4, 1)
    # Closed in 2025: C1, C3, C6 W; C7, C13, C17 M; C4 O.
    assert y.flow.closed == gc(3, 3, 1)
    assert y.flow.active_end == gc(3, 2, 0)
    # Through T2: the same start; new without C8; closed without C17.
    assert ytd.flow.active_start == gc(1, 1, 0)
    assert ytd.flow.new == gc(4, 4, 1)
    assert ytd.flow.closed == gc(3, 2, 1)
    assert ytd.flow.active_end == gc(2, 3, 0)  # the same day as the end of tertial 2
    assert [p.period.key for p in ytd.trend][-2:] == ["2024-T2-YTD", "2025-T2-YTD"]


# --- a substitute from another party -------------------------------------------------------------


def test_a_substitute_counts_for_the_party_of_the_member_they_stand_in_for(team_file: TeamFile):
    """Definition "narvaro": a party is present when one of its members *or a substitute for
    them* was there. The AF member's substitute works for the municipality's labour-market unit;
    when the substitute stands in, AF's seat is filled.

    _load_meetings once credited the substitute's own party (AME) and not the party of the
    member stood in for, so AF was shown absent and AME present at a meeting it has no seat at.
    """
    with team_file.session() as s, s.begin():
        party = {p.kind: p.id for p in team_service.parties(s)}
        af = member(s, "Anna Arbetsförmedlare", party[PartyKind.AF])
        sub = member(s, "Egon Arbetsmarknadsenheten", party[PartyKind.MUNICIPALITY_LABOUR],
                     substitute_for=af)
        hold(s, "2025-05-13", [(af, AttendanceStatus.SUBSTITUTE_PRESENT, sub)], approve=True)
    with team_file.session() as s:
        r = report_statistics(s, T2)
    attended = {row.party_id: row.meetings_attended for row in r.attendance}
    assert attended.get(party[PartyKind.AF]) == 1
