"""The demo generator: deterministic, covering every state, with dates that agree.

One 400-case team is generated per module and shared by the read-only checks; the tests that
need their own file make small ones.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from star_desktop import cli
from star_desktop.demo import generator
from star_desktop.demo.generator import DEFAULT_CASES, DEMO_PASSPHRASE, generate_demo
from star_desktop.models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Assessment,
    Attendance,
    AttendanceStatus,
    AuditEvent,
    Body,
    Case,
    CaseKind,
    CaseState,
    ClosureReason,
    Decision,
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
from star_desktop.storage.errors import FileExistsTeamError, PassphraseCancelled
from star_desktop.storage.passphrase import weakness
from star_desktop.storage.teamfile import TeamFile, open_team_file
from star_desktop.team.service import BUILTIN_PARTIES
from star_desktop.validation import normalise_personnummer

TODAY = dt.date(2025, 3, 20)
PLANNED_ON = (CaseState.PLANNED, CaseState.ONGOING, CaseState.CLOSED)
HELD = (MeetingState.HELD, MeetingState.MINUTES_APPROVED)


def _open(path: Path, passphrase: str = DEMO_PASSPHRASE) -> TeamFile:
    return open_team_file(path, actor="t", key=None, ask_passphrase=lambda _r: passphrase)


def _once(passphrase: str):  # noqa: ANN202 - an AskPassphrase that gives up after one try
    tries = iter([passphrase])
    return lambda _reason: next(tries, None)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    path = tmp_path_factory.mktemp("demo") / "demo.star"
    generate_demo(path, cases=400, seed=1, today=TODAY)
    tf = _open(path)
    with tf.session() as s:
        yield s
    tf.close()


def _all(s: Session, model: type) -> list:
    return list(s.scalars(select(model).order_by(*model.__table__.primary_key.columns)))


def _held_days(s: Session) -> list[dt.date]:
    return sorted(m.held_on for m in _all(s, Meeting) if m.state in HELD)


# --- determinism -------------------------------------------------------------------------------

_DUMPED = ("member", "meeting_series", "meeting", "agenda_item", "attendance", "decision",
           "action_item", "catalogue_entry", "participant", "participant_identity", "case",
           "intervention", "follow_up", "deviation", "target")


def _dump(path: Path) -> dict[str, list[tuple]]:
    tf = _open(path)
    try:
        with tf.connect() as conn:
            return {t: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}" ORDER BY 1'))]
                    for t in _DUMPED}
    finally:
        tf.close()


def test_same_seed_gives_same_content_and_another_seed_does_not(tmp_path: Path) -> None:
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        generate_demo(tmp_path / f"{name}.star", cases=60, seed=seed, today=TODAY)
    a, b, c = (_dump(tmp_path / f"{n}.star") for n in "abc")
    assert a == b
    assert a["case"] and a["participant_identity"]
    assert a["case"] != c["case"]
    assert a["participant_identity"] != c["participant_identity"]
    # Same content, but each file has its own salt: the bytes differ.
    assert (tmp_path / "a.star").read_bytes() != (tmp_path / "b.star").read_bytes()


# --- coverage ----------------------------------------------------------------------------------


def test_every_state_reason_group_gender_and_party_occurs(big: Session) -> None:
    cases = _all(big, Case)
    assert len(cases) == 400
    assert {c.state for c in cases} == set(CaseState)
    assert {c.kind for c in cases} == set(CaseKind)
    assert {c.closure_reason for c in cases if c.closure_reason} == set(ClosureReason)
    assert {c.income_at_start for c in cases} == set(IncomeSource)
    assert {c.planning_form for c in cases if c.planning_form} == set(PlanningForm)
    assert {i.group for i in _all(big, Intervention)} == set(InterventionGroup)
    assert {p.gender for p in _all(big, Participant)} == set(Gender)
    referring = {c.referring_party.kind for c in cases if c.referring_party.builtin}
    assert referring == set(BUILTIN_PARTIES)


def test_the_default_size_shows_every_state() -> None:
    """The coverage pass makes the 80-case team a useful demo too."""
    builder = generator._Builder(DEFAULT_CASES, 1, TODAY, {k: i for i, k in
                                                            enumerate(PartyKind, start=1)})
    builder.build()
    assert {s.state for s in builder.sims} == set(CaseState)


def test_shares_look_like_a_real_team(big: Session) -> None:
    cases = _all(big, Case)
    states = Counter(c.state for c in cases)
    assert states[CaseState.CLOSED] > 0.3 * len(cases)
    assert states[CaseState.ONGOING] > 0.2 * len(cases)
    others = (CaseState.RAISED, CaseState.RETURNED, CaseState.ACCEPTED, CaseState.WAITING,
              CaseState.PLANNED)
    assert all(states[st] < states[CaseState.ONGOING] for st in others)
    assert Counter(c.income_at_start for c in cases).most_common(1)[0][0] == (
        IncomeSource.SOCIAL_ASSISTANCE)
    reasons = Counter(c.closure_reason for c in cases if c.closure_reason)
    assert 0.08 < reasons[ClosureReason.EARLY_DROPOUT] / sum(reasons.values()) < 0.3
    closed = [c for c in cases if c.state == CaseState.CLOSED]
    for reason, income in ((ClosureReason.WORK, IncomeSource.SALARY),
                           (ClosureReason.STUDIES, IncomeSource.STUDENT_FINANCE)):
        ends = Counter(c.income_at_end for c in closed if c.closure_reason == reason)
        assert ends.most_common(1)[0][0] == income
    assert all(c.income_at_end in (IncomeSource.SICKNESS_COMPENSATION,
                                   IncomeSource.ACTIVITY_COMPENSATION,
                                   IncomeSource.SICKNESS_BENEFIT)
               for c in closed if c.closure_reason == ClosureReason.SICKNESS_COMPENSATION)
    # The carrier sits in the first place with the party paying the support.
    sa = [c for c in cases if c.carrier_party and c.income_at_start
          == IncomeSource.SOCIAL_ASSISTANCE]
    assert sum(c.carrier_party.kind == PartyKind.MUNICIPALITY_SOCIAL for c in sa) > 0.7 * len(sa)
    for c in cases:
        if c.carrier_party and c.carrier_party.kind == PartyKind.FK:
            assert c.planning_form == PlanningForm.RECONCILIATION


def test_consultations(big: Session) -> None:
    cases = _all(big, Case)
    general = [c for c in cases if c.kind == CaseKind.GENERAL_CONSULTATION]
    assert general
    for c in general:
        assert c.participant_id is None
        assert c.subject
        assert not c.consent_form_received and c.consent_signed_on is None
        assert not c.consent_own_words
    consultations = [c for c in cases if c.kind == CaseKind.CONSULTATION]
    assert any(not c.consent_form_received for c in consultations)
    for c in consultations + general:
        assert c.state in (CaseState.RAISED, CaseState.CONSULTED)
        assert (c.consulted_on is not None) == (c.state == CaseState.CONSULTED)
        assert c.assessed_on is None and c.planning_meeting_on is None
        if c.consulted_on:
            assert c.raised_on <= c.consulted_on <= TODAY


# --- dates and states --------------------------------------------------------------------------


def test_case_dates_agree_with_state_and_each_other(big: Session) -> None:
    numbers = set()
    per_year: Counter[int] = Counter()
    for c in _all(big, Case):
        chain = [d for d in (c.raised_on, c.assessed_on, c.queue_started_on,
                             c.planning_meeting_on, c.plan_made_on, c.closed_on) if d]
        assert chain == sorted(chain), c.case_number
        assert chain[-1] <= TODAY
        assert c.consent_signed_on is None or c.consent_signed_on <= c.raised_on
        per_year[c.raised_on.year] += 1
        assert c.case_number == f"{c.raised_on.year}-{per_year[c.raised_on.year]:04d}"
        numbers.add(c.case_number)

        if c.kind == CaseKind.JOINT_PLANNING and c.state != CaseState.RAISED:
            assert c.consent_form_received and c.consent_signed_on and c.consent_own_words
        if c.state == CaseState.RAISED:
            assert c.assessed_on is None and c.consulted_on is None
        if c.state == CaseState.RETURNED:
            assert c.assessment == Assessment.RETURNED and c.return_reason and c.assessed_on
            assert c.planning_meeting_on is None
        if c.state in (CaseState.ACCEPTED, CaseState.WAITING, *PLANNED_ON):
            assert c.assessment == Assessment.ACCEPTED and c.assessed_on
            assert not c.return_reason
        if c.state == CaseState.ACCEPTED:
            assert c.queue_started_on is None and c.planning_meeting_on is None
        if c.state == CaseState.WAITING:
            assert c.queue_started_on is not None and c.planning_meeting_on is None
        if c.state in PLANNED_ON:
            assert c.carrier_party_id and c.carrier_name
            assert c.planning_form and c.planning_meeting_on
        else:
            assert c.carrier_party_id is None and c.planning_form is None
        if c.state == CaseState.CLOSED:
            assert c.closed_on and c.closure_reason and c.income_at_end
        else:
            assert c.closed_on is None and c.closure_reason is None and c.income_at_end is None
    assert len(numbers) == 400


def test_interventions_and_follow_ups_fit_their_case(big: Session) -> None:
    held = _held_days(big)
    meetings = {m.id: m for m in _all(big, Meeting)}
    overdue = 0
    for c in _all(big, Case):
        if c.state in (CaseState.ONGOING, CaseState.CLOSED):
            assert 1 <= len(c.interventions) <= 4
        else:
            assert not c.interventions
        base = c.plan_made_on or c.planning_meeting_on
        end = c.closed_on or TODAY
        for i in c.interventions:
            assert base <= i.started_on <= end
            assert i.ended_on is None or i.started_on <= i.ended_on <= end
            assert i.catalogue_entry is not None
            assert i.provider_party_id == i.catalogue_entry.provider_party_id
            assert i.group == i.catalogue_entry.group
            if c.state == CaseState.CLOSED:
                assert i.ended_on is not None

        if c.state not in PLANNED_ON:
            assert not c.follow_ups
            continue
        assert c.follow_ups
        first = next((d for d in held if d > base), None)
        assert first is None or c.follow_ups[0].due_on == first
        if c.state != CaseState.CLOSED:  # the next follow-up is always planned, as in the process
            assert any(f.done_on is None for f in c.follow_ups)
        for f in c.follow_ups:
            if f.done_on is None:
                assert c.state in (CaseState.PLANNED, CaseState.ONGOING)
                overdue += f.due_on < TODAY
            else:
                assert f.due_on <= f.done_on <= end
                assert f.progress_note
                if f.meeting_id is not None:
                    assert meetings[f.meeting_id].held_on == f.done_on
        for a, b in zip(c.follow_ups, c.follow_ups[1:], strict=False):
            months = (b.due_on.year - a.due_on.year) * 12 + b.due_on.month - a.due_on.month
            assert months == 3
    assert overdue > 0


def test_people(big: Session) -> None:
    cases = _all(big, Case)
    identities = {i.participant_id: i for i in _all(big, ParticipantIdentity)}
    participants = _all(big, Participant)
    assert len(identities) == len(participants)
    by_participant: dict[int, list[Case]] = {}
    for c in cases:
        if c.participant_id is not None:
            by_participant.setdefault(c.participant_id, []).append(c)
    for p in participants:
        ident = identities[p.id]
        assert ident.first_name and ident.last_name
        pnr = ident.personnummer
        assert pnr is not None and re.fullmatch(r"\d{12}", pnr)
        assert normalise_personnummer(pnr, today=TODAY) == pnr
        assert int(pnr[:4]) == p.birth_year
        if p.gender == Gender.MAN:
            assert int(pnr[10]) % 2 == 1
        elif p.gender == Gender.WOMAN:
            assert int(pnr[10]) % 2 == 0
        born = dt.date(int(pnr[:4]), int(pnr[4:6]), int(pnr[6:8]))
        for c in by_participant[p.id]:
            exact = c.raised_on.year - born.year - (
                (c.raised_on.month, c.raised_on.day) < (born.month, born.day))
            assert 16 <= exact <= 64
            assert 16 <= c.raised_on.year - p.birth_year <= 64
    assert len({i.personnummer for i in identities.values()}) == len(identities)
    twice = [cs for cs in by_participant.values() if len(cs) == 2]
    assert 0.04 < len(twice) / len(participants) < 0.2
    assert all(len(cs) <= 2 for cs in by_participant.values())
    for first, second in twice:
        ended = first.closed_on or first.assessed_on or first.consulted_on
        assert first.state in (CaseState.CLOSED, CaseState.RETURNED, CaseState.CONSULTED)
        assert ended is not None and ended < second.raised_on


# --- team, meetings, governance ----------------------------------------------------------------


def test_members(big: Session) -> None:
    members = _all(big, Member)
    by_id = {m.id: m for m in members}
    for body in Body:
        kinds = {m.party.kind for m in members if m.body == body}
        assert kinds == set(BUILTIN_PARTIES), body
    principals = [m for m in members if m.body == Body.TEAM and m.substitute_for_id is None
                  and m.is_active_on(TODAY)]
    subs = {m.substitute_for_id for m in members if m.substitute_for_id and m.is_active_on(TODAY)}
    assert principals and all(p.id in subs for p in principals)
    for m in members:
        assert m.active_from <= TODAY
        assert re.fullmatch(r"[a-z]+\.[a-z]+@example\.se", m.email), m.email
        assert m.function
        if m.substitute_for_id:
            principal = by_id[m.substitute_for_id]
            assert principal.body == m.body and principal.substitute_for_id is None
    ended = [m for m in members if m.active_to is not None]
    assert len(ended) >= 2 and all(m.active_to < TODAY for m in ended)
    functions = {m.function for m in members}
    assert {"Arbetsförmedlare", "Rehabkoordinator primärvård", "Rehabkoordinator psykiatri",
            "Handläggare IFO/ekonomiskt bistånd", "Arbetskonsulent", "Handläggare FK"} <= functions


def test_every_principal_is_in_the_attendance_of_the_meetings_of_their_time(big: Session) -> None:
    """The Arbetsförmedlare who left is in the attendance of the meetings before they left (the
    report's attendance per party once showed AF absent from every meeting of that time)."""
    principals = [m for m in _all(big, Member)
                  if m.body == Body.TEAM and m.substitute_for_id is None]
    recorded = {(a.meeting_id, a.member_id) for a in _all(big, Attendance)}
    held = [m for m in _all(big, Meeting) if m.state in HELD]
    missing = [(p.name, m.held_on) for m in held for p in principals
               if p.is_active_on(m.held_on) and (m.id, p.id) not in recorded]
    assert missing == []
    assert any(p.active_to is not None for p in principals)


def test_meetings_agenda_attendance_and_decisions(big: Session) -> None:
    series = _all(big, MeetingSeries)
    assert len(series) == 1 and series[0].weekday == 1 and series[0].week_of_month == 2
    meetings = _all(big, Meeting)
    assert all(m.series_id == series[0].id for m in meetings)
    past = [m for m in meetings if m.held_on < TODAY]
    assert 23 <= len(past) <= 25
    assert any(m.state == MeetingState.CANCELLED for m in past)
    for m in meetings:
        assert m.held_on.weekday() == 1 and 8 <= m.held_on.day <= 14
        if m.held_on < TODAY:
            assert m.state in (*HELD, MeetingState.CANCELLED)
        else:
            assert m.state in (MeetingState.PLANNED, MeetingState.CALL_SENT,
                               MeetingState.CANCELLED)
        if m.state == MeetingState.MINUTES_APPROVED:
            assert m.held_on < m.minutes_approved_at.date() <= TODAY and m.approved_by
        kinds = [a.kind for a in m.agenda_items]
        if m.state == MeetingState.CANCELLED:
            assert not kinds and not m.attendance
            continue
        assert kinds[0] == AgendaKind.OPENING and kinds[-1] == AgendaKind.CLOSING
        assert kinds.count(AgendaKind.CASE) <= generator.CASE_ITEMS_PER_MEETING
        assert [a.position for a in m.agenda_items] == list(range(1, len(kinds) + 1))
        if m.state in HELD:
            assert m.attendance
        else:
            assert not m.attendance
    members = {m.id: m for m in _all(big, Member)}
    statuses = Counter(a.status for a in _all(big, Attendance))
    assert statuses[AttendanceStatus.PRESENT] > 0.75 * sum(statuses.values())
    assert statuses[AttendanceStatus.ABSENT] and statuses[AttendanceStatus.SUBSTITUTE_PRESENT]
    for a in _all(big, Attendance):
        if a.status == AttendanceStatus.SUBSTITUTE_PRESENT:
            assert members[a.substitute_member_id].substitute_for_id == a.member_id
        else:
            assert a.substitute_member_id is None
    items = {a.id: a for a in _all(big, AgendaItem)}
    decisions = _all(big, Decision)
    assert decisions
    for d in decisions:
        assert items[d.agenda_item_id].case_id == d.case_id
    assert _all(big, ActionItem)


def test_targets_deviations_and_audit(big: Session) -> None:
    targets = _all(big, Target)
    years = {t.year for t in targets}
    assert years == {2023, 2024, 2025}
    assert {t.kind for t in targets} == set(TargetKind)
    share = {t.kind: t.value for t in targets if t.year == 2025}
    assert share[TargetKind.SHARE_WITH_PLAN] == 1.0
    assert share[TargetKind.SOCIAL_ASSISTANCE_CHANGE] == -0.25
    rows = big.execute(text("SELECT category, status, occurred_on FROM deviation")).all()
    assert len({r[0] for r in rows}) >= 4 and len({r[1] for r in rows}) == 3
    demo = [e for e in _all(big, AuditEvent) if e.entity == "demo"]
    assert len(demo) == 1 and demo[0].detail == "demodata 400 ärenden, frö 1"


def test_catalogue_parties_and_team(big: Session) -> None:
    team = big.execute(text("SELECT name, municipality, federation FROM team")).one()
    assert tuple(team) == ("Demoteam STAR", "Bräcke", "Samordningsförbundet i Jämtlands län")
    assert len(_all(big, Party)) == len(BUILTIN_PARTIES)
    groups = Counter(big.execute(text('SELECT "group" FROM catalogue_entry')).scalars())
    assert len(groups) == 4 and sum(groups.values()) >= 20


# --- files -------------------------------------------------------------------------------------


def test_zero_cases(tmp_path: Path) -> None:
    path = tmp_path / "tomt.star"
    generate_demo(path, cases=0, seed=2, today=TODAY)
    tf = _open(path)
    with tf.session() as s:
        assert _all(s, Member) and _all(s, Meeting) and _all(s, Attendance)
        assert not _all(s, Case) and not _all(s, Participant)
    tf.close()


def test_file_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "demo.star"
    generate_demo(path, cases=40, seed=4, today=TODAY)
    tf = _open(path)
    with tf.session() as s:
        last_names = {i.last_name for i in _all(s, ParticipantIdentity)}
    tf.close()
    data = path.read_bytes()
    assert last_names and not data.startswith(b"SQLite format 3")
    for name in last_names:
        encoded = name.encode("utf-8")
        assert len(encoded) >= 5  # long enough that a chance match is out of the question
        assert encoded not in data


def test_existing_file_refused_and_failure_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "demo.star"
    path.write_bytes(b"keep")
    with pytest.raises(FileExistsTeamError):
        generate_demo(path, cases=5, today=TODAY)
    assert path.read_bytes() == b"keep"

    def boom(self: object) -> None:
        raise RuntimeError("halvvägs")

    monkeypatch.setattr(generator._Builder, "targets", boom)
    other = tmp_path / "annan.star"
    with pytest.raises(RuntimeError):
        generate_demo(other, cases=5, today=TODAY)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.star"]


def test_demo_passphrase_is_accepted_by_the_policy() -> None:
    assert weakness(DEMO_PASSPHRASE, avoid=(generator.TEAM_NAME, generator.MUNICIPALITY)) is None


# --- command line ------------------------------------------------------------------------------


@pytest.fixture
def no_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.mark.usefixtures("no_tty")
def test_cli_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.star"
    assert cli.main(["demo", "--out", str(out), "--cases", "30", "--seed", "3"]) == 0
    assert DEMO_PASSPHRASE in capsys.readouterr().out
    tf = _open(out)
    with tf.session() as s:
        assert len(_all(s, Case)) == 30
    tf.close()

    before = out.read_bytes()
    assert cli.main(["demo", "--out", str(out), "--cases", "5"]) != 0
    assert out.read_bytes() == before
    assert cli.main(["demo", "--out", str(out), "--cases", "5", "--force"]) == 0
    tf = _open(out)
    with tf.session() as s:
        assert len(_all(s, Case)) == 5
    tf.close()


@pytest.mark.usefixtures("no_tty")
def test_cli_demo_uses_star_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    own = "blåbär och lingon i skogen 9"
    monkeypatch.setenv("STAR_PASSPHRASE", own)
    out = tmp_path / "egen.star"
    assert cli.main(["demo", "--out", str(out), "--cases", "10"]) == 0
    assert DEMO_PASSPHRASE not in capsys.readouterr().out
    open_team_file(out, actor="t", ask_passphrase=_once(own)).close()
    with pytest.raises(PassphraseCancelled):
        open_team_file(out, actor="t", ask_passphrase=_once(DEMO_PASSPHRASE))
