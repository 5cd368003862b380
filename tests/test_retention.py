"""Retention (gallring): the rule, the preview, the erasure — and every statistic kept.

The key test computes every report and 4R figure of every past period (each tertial, year and
year to a tertial's end, their statistics and their data sheets) on a generated team of 300
cases before and after an erasure, and finds them identical.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Enum, String, func, or_, select
from sqlalchemy.orm import Session

from star_desktop import team_settings as ts
from star_desktop.cases import process
from star_desktop.dataprotection import retention
from star_desktop.demo.generator import DEMO_PASSPHRASE, generate_demo
from star_desktop.fourr.report import build_fourr
from star_desktop.fourr.statistics import fourr_statistics
from star_desktop.meetings import minutes
from star_desktop.models import (
    PERSONAL,
    AgendaItem,
    AuditAction,
    AuditEvent,
    Base,
    Case,
    CaseKind,
    CaseState,
    ClosureReason,
    FollowUp,
    Gender,
    IncomeSource,
    Meeting,
    MeetingState,
    MinutesAddendum,
    Participant,
    ParticipantIdentity,
    PartyKind,
)
from star_desktop.reports import data_sheet
from star_desktop.reports.periods import Period, tertial, year, year_to_date
from star_desktop.reports.report import build_report
from star_desktop.storage.teamfile import TeamFile, open_team_file
from star_desktop.team import service as team_service

from .conftest import ACTOR

GENERATED_ON = dt.date(2025, 6, 15)
#: Long enough after the demo's cases that many are due under the rule below, not all.
LATER = dt.date(2026, 10, 1)
CLOSED_MONTHS, OTHER_MONTHS = 18, 9


# --- a generated team, made once, copied per test -------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    path = tmp_path_factory.mktemp("retention") / "demo.star"
    generate_demo(path, cases=300, seed=17, today=GENERATED_ON)
    tf = open_team_file(path, actor=ACTOR, ask_passphrase=lambda _r: DEMO_PASSPHRASE,
                        record_open=False)
    with tf.session() as s, s.begin():
        ts.save_ints(s, {ts.RETENTION_CLOSED_MONTHS: CLOSED_MONTHS,
                         ts.RETENTION_OTHER_MONTHS: OTHER_MONTHS})
        _add_free_texts(s)
    key = tf._key
    tf.close()
    return path, key


def _copy(made: tuple[Path, bytes], folder: Path) -> TeamFile:
    target = folder / "copy.star"
    shutil.copy2(made[0], target)
    return open_team_file(target, actor=ACTOR, key=made[1], record_open=False)


@pytest.fixture
def team(demo_file: tuple[Path, bytes], tmp_path: Path) -> Iterator[TeamFile]:
    tf = _copy(demo_file, tmp_path)
    yield tf
    tf.close()


def _add_free_texts(s: Session) -> None:
    """What the generator leaves out: addenda, personal agenda notes, closure notes."""
    approved = list(s.scalars(select(Meeting).where(
        Meeting.state == MeetingState.MINUTES_APPROVED).order_by(Meeting.held_on)))
    case_items = list(s.scalars(select(AgendaItem).where(AgendaItem.case_id.is_not(None))
                                .order_by(AgendaItem.id)))
    for i, item in enumerate(case_items):
        item.notes = f"Anteckning {i} om personens mående."
        item.notes_personal = i % 2 == 0
    named = s.scalars(select(ParticipantIdentity).order_by(ParticipantIdentity.participant_id)
                      ).first()
    numbers = list(s.scalars(select(Case.case_number).order_by(Case.id)))
    texts = [f"Rättelse om ärende {n}: fel datum i beslutet." for n in numbers[::7]]
    texts += [f"{named.first_name} {named.last_name} var inte närvarande.",
              "Rättelse: mötet slutade 11.30.", f"Gäller {numbers[0]}0 och inget annat."]
    for i, text in enumerate(texts):
        minutes.add_addendum(s, approved[i % len(approved)], text=text, author=ACTOR)
    for c in s.scalars(select(Case).where(Case.state == CaseState.CLOSED)):
        c.closure_note = f"Slutanteckning för {c.case_number}."


# --- every figure of every period -----------------------------------------------------------------


def all_periods(s: Session) -> list[Period]:
    first = s.scalar(select(func.min(Case.raised_on)))
    last = s.scalar(select(func.max(Case.raised_on)))
    out: list[Period] = []
    for y in range(first.year, last.year + 1):
        out.append(year(y))
        for t in (1, 2, 3):
            out += [tertial(y, t), year_to_date(y, through_tertial=t)]
    return out


def figures(s: Session, periods: list[Period]) -> list[tuple]:
    """Every report and 4R figure of each period: the computed statistics (dataclass
    equality) and the rows of both data sheets, as the exports carry them."""
    out = []
    for p in periods:
        report = build_report(s, p, today=GENERATED_ON)
        fourr = build_fourr(s, p, protect=True, today=GENERATED_ON)
        out.append((p, report.stats, fourr_statistics(s, p), data_sheet.sheet_rows(report),
                    fourr.data_rows()))
    return out


def test_every_report_and_4r_figure_of_every_period_is_the_same_after_erasure(team):
    with team.session() as s:
        periods = all_periods(s)
        before = figures(s, periods)
        pv = retention.preview(s, LATER)
    assert len(periods) >= 21  # three years of tertials, years and years to date
    assert pv.participants >= 40 and pv.general_consultations >= 5
    assert any(i.rule == retention.RULE_CLOSED for i in pv.items)
    assert any(i.rule == retention.RULE_OTHER and i.participant_id for i in pv.items)
    with team.session() as s, s.begin():
        result = retention.erase(s, LATER, pv)
    assert result.erased == pv.items
    with team.session() as s:
        after = figures(s, periods)
        assert s.scalar(select(func.count()).select_from(ParticipantIdentity)) < \
            s.scalar(select(func.count()).select_from(Participant))
    for b, a in zip(before, after, strict=True):
        assert b == a, b[0].key


# --- the preview is exactly what is erased --------------------------------------------------------


def _snapshot(s: Session) -> dict[tuple[str, int], set[tuple[str, object]]]:
    """Every erasable value by its owner (participant or general consultation), labelled by
    hand here — not by retention's own introspection — so the two are checked against each
    other."""
    owner = {cid: (("participant", pid) if pid is not None else ("case", cid))
             for cid, pid in s.execute(select(Case.id, Case.participant_id))}
    out: dict[tuple[str, int], set[tuple[str, object]]] = {}

    def put(key: tuple[str, int], label: str, value: object) -> None:
        if value:
            out.setdefault(key, set()).add((label, value))

    for i in s.scalars(select(ParticipantIdentity)):
        key = ("participant", i.participant_id)
        put(key, "förnamn", i.first_name)
        put(key, "efternamn", i.last_name)
        put(key, "personnummer", i.personnummer)
    for c in s.scalars(select(Case)):
        put(owner[c.id], "individens egna ord", c.consent_own_words)
        put(owner[c.id], "kommentar vid avslut", (c.id, c.closure_note))
        put(owner[c.id], "konsultationens fråga", c.subject)
        if c.return_reason != retention.WITHDRAWN_REASON:
            put(owner[c.id], "skäl vid återvisning", (c.id, c.return_reason or None))
    for f in s.scalars(select(FollowUp)):
        put(owner[f.case_id], "anteckning vid uppföljning", (f.id, f.progress_note or None))
    for a in s.scalars(select(AgendaItem).where(AgendaItem.case_id.is_not(None))):
        put(owner[a.case_id], "anteckningar om ärendet i dagordningen", (a.id, a.notes or None))
    for a in s.scalars(select(MinutesAddendum)):
        put(("addendum", a.id), "tillägg till minnesanteckningar", a.text)
    return {k: {(lab, v) for lab, v in vals if not isinstance(v, tuple) or v[-1]}
            for k, vals in out.items()}


def test_the_preview_lists_exactly_what_erase_removes(team):
    with team.session() as s:
        before = _snapshot(s)
        pv = retention.preview(s, LATER)
        addenda_before = {a.id: a.text for a in s.scalars(select(MinutesAddendum))}
        erased_names = [s.get(Participant, i.participant_id).identity.full_name
                        for i in pv.items if i.participant_id is not None]
        kept_ids = set(s.scalars(select(ParticipantIdentity.participant_id))) - {
            i.participant_id for i in pv.items}
    with team.session() as s, s.begin():
        retention.erase(s, LATER, pv)
    with team.session() as s:
        after = _snapshot(s)
        addenda_after = {a.id: a.text for a in s.scalars(select(MinutesAddendum))}
        # Identities of the due participants are gone, of everyone else kept.
        assert set(s.scalars(select(ParticipantIdentity.participant_id))) == kept_ids
        for i in pv.items:
            if i.participant_id is not None:
                assert s.get(Participant, i.participant_id).identifiers_erased_at is not None
        assert all(s.get(Participant, pid).identifiers_erased_at is None for pid in kept_ids)
        # No table holds an erased name any more, in any text column.
        for name in erased_names[:10]:
            assert _occurrences(s, name) == [], name

    by_key = {i.key: i for i in pv.items}
    for key, values in before.items():
        if key[0] == "addendum":
            continue
        gone = {label for label, _v in values - after.get(key, set())}
        left = after.get(key, set())
        if key in by_key:
            assert not left, (key, left)
            # The addendum naming them is listed on top of their own fields.
            listed = set(by_key[key].fields) - {"tillägg till minnesanteckningar"}
            assert gone == listed, key
        else:
            assert left == values, key
    # Addenda: erased exactly when listed for someone; the rest untouched.
    changed = {aid for aid, text in addenda_before.items() if addenda_after[aid] != text}
    assert changed and all(addenda_after[aid] == "" for aid in changed)
    listing = {i.key for i in pv.items if "tillägg till minnesanteckningar" in i.fields}
    assert len(listing) >= 2
    assert "Rättelse: mötet slutade 11.30." in addenda_after.values()
    assert any(t.startswith("Gäller ") for t in addenda_after.values())
    # Nothing left to erase: the same day's preview is empty.
    with team.session() as s:
        assert retention.preview(s, LATER).items == ()


def _occurrences(s: Session, text: str) -> list[str]:
    hits = []
    for table in Base.metadata.sorted_tables:
        cols = [c for c in table.columns
                if isinstance(c.type, String) and not isinstance(c.type, Enum)]
        if not cols:
            continue
        n = s.scalar(select(func.count()).select_from(table).where(
            or_(*(c.contains(text) for c in cols))))
        if n:
            hits.append(table.name)
    return hits


def test_erase_writes_one_erased_event_per_participant_and_never_touches_the_log(team):
    with team.session() as s:
        pv = retention.preview(s, LATER)
        log_before = [(e.id, e.at, e.action, e.detail) for e in
                      s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
        values = {v for i in pv.items if i.participant_id
                  for v in (s.get(Participant, i.participant_id).identity.first_name,
                            s.get(Participant, i.participant_id).identity.personnummer) if v}
    with team.session() as s, s.begin():
        retention.erase(s, LATER, pv)
    with team.session() as s:
        log = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        assert [(e.id, e.at, e.action, e.detail) for e in log[:len(log_before)]] == log_before
        new = log[len(log_before):]
        assert all(e.action == AuditAction.ERASED and e.actor == ACTOR for e in new)
        people = [e for e in new if e.participant_id is not None]
        assert sorted(e.participant_id for e in people) == sorted(
            i.participant_id for i in pv.items if i.participant_id is not None)
        general = [e for e in new if e.participant_id is None]
        assert sorted(e.case_id for e in general) == sorted(
            i.case_id for i in pv.items if i.participant_id is None)
        for e in people:
            item = next(i for i in pv.items if i.participant_id == e.participant_id)
            assert e.entity == "participant" and e.entity_id == e.participant_id
            assert e.detail.startswith("gallring (")
            assert all(f in e.detail for f in item.fields)
            assert not any(v in e.detail for v in values)


def test_erase_refuses_a_stale_preview_and_erases_nothing(team):
    with team.session() as s:
        pv = retention.preview(s, LATER)
        n_identities = s.scalar(select(func.count()).select_from(ParticipantIdentity))
        back = next(i for i in pv.items if i.participant_id is not None)
    # A listed person is raised again: they have an open case and are no longer due.
    with team.session() as s, s.begin():
        _person_case(s, raised=GENERATED_ON, first="", participant_id=back.participant_id)
    with team.session() as s, s.begin(), pytest.raises(retention.RetentionChanged) as e:
        retention.erase(s, LATER, pv)
    assert "Förhandsgranska igen" in str(e.value)
    with team.session() as s, s.begin():
        again = retention.preview(s, LATER)
        assert back.key not in {i.key for i in again.items} and again.keys() < pv.keys()
        # A changed rule: fewer due again.
        ts.set_value(s, ts.RETENTION_OTHER_MONTHS, 24)
        fresh = retention.preview(s, LATER)
    with team.session() as s, s.begin(), pytest.raises(retention.RetentionChanged):
        retention.erase(s, LATER, again.keys())
    with team.session() as s:
        assert s.scalar(select(func.count()).select_from(ParticipantIdentity)) == n_identities
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == AuditAction.ERASED)) == 0
    # The keys of the fresh preview are accepted.
    with team.session() as s, s.begin():
        result = retention.erase(s, LATER, fresh.keys())
    assert result.erased == fresh.items and 0 < len(fresh.items) < len(again.items)


def test_a_participant_with_an_open_case_is_never_due(team):
    far = dt.date(2040, 1, 1)
    with team.session() as s, s.begin():
        ts.save_ints(s, {ts.RETENTION_CLOSED_MONTHS: 1, ts.RETENTION_OTHER_MONTHS: 1})
        pv = retention.preview(s, far)
        states: dict[int, list[CaseState]] = {}
        for pid, state in s.execute(select(Case.participant_id, Case.state)
                                    .where(Case.participant_id.is_not(None))):
            states.setdefault(pid, []).append(state)
    due = {i.participant_id for i in pv.items if i.participant_id is not None}
    open_people = {pid for pid, ss in states.items() if not set(ss) <= process.END_STATES}
    mixed = {pid for pid in open_people if set(states[pid]) & process.END_STATES}
    assert open_people and mixed  # raised again after an ended case: still open
    assert due == set(states) - open_people
    with team.session() as s:
        open_general = s.scalars(select(Case.id).where(
            Case.participant_id.is_(None), Case.state.not_in(list(process.END_STATES)))).all()
    assert not {i.case_id for i in pv.items} & set(open_general)


# --- the rule, day by day, on hand-made cases ---------------------------------------------------


def _person_case(s: Session, *, raised: dt.date, first: str, participant_id: int | None = None,
                 kind: CaseKind = CaseKind.JOINT_PLANNING) -> Case:
    person = None if participant_id else process.ParticipantForm(
        first_name=first, last_name="Prov", gender=Gender.WOMAN, birth_year=1980)
    return process.raise_case(s, process.RaiseForm(
        kind=kind, participant=person, participant_id=participant_id,
        referring_party_id=team_service.party_of_kind(s, PartyKind.AF).id, raised_on=raised,
        consent_form_received=True, consent_signed_on=raised, consent_own_words="Jag vill jobba",
        income_at_start=IncomeSource.SOCIAL_ASSISTANCE), today=raised)


def test_due_exactly_on_the_day_and_the_latest_case_decides(team_copy):
    tf = team_copy
    with tf.session() as s, s.begin():
        ts.save_ints(s, {ts.RETENTION_CLOSED_MONTHS: 1, ts.RETENTION_OTHER_MONTHS: 2})
        closed = _person_case(s, raised=dt.date(2020, 1, 2), first="Alva")
        process.assess(s, closed, on=dt.date(2020, 1, 10), accepted=True,
                       today=dt.date(2020, 1, 10))
        process.close_case(s, closed, on=dt.date(2020, 1, 31), reason=ClosureReason.WORK,
                           income_at_end=IncomeSource.SALARY, today=dt.date(2020, 1, 31))
        returned = _person_case(s, raised=dt.date(2020, 3, 1), first="Bodil")
        process.assess(s, returned, on=dt.date(2020, 3, 15), accepted=False,
                       reason="Behovet kan mötas i ordinarie verksamhet.",
                       today=dt.date(2020, 3, 15))
        # Bodil is raised again later and that case is consulted: it decides her day.
        again = _person_case(s, raised=dt.date(2020, 4, 1), first="Bodil",
                             participant_id=returned.participant_id,
                             kind=CaseKind.CONSULTATION)
        process.record_consultation(s, again, on=dt.date(2020, 4, 20), today=dt.date(2020, 4, 20))
        general = process.raise_case(s, process.RaiseForm(
            kind=CaseKind.GENERAL_CONSULTATION, subject="Hur når vi unga vuxna?",
            referring_party_id=team_service.party_of_kind(s, PartyKind.FK).id,
            raised_on=dt.date(2020, 2, 3)), today=dt.date(2020, 2, 3))
        process.record_consultation(s, general, on=dt.date(2020, 2, 3), today=dt.date(2020, 2, 3))
        still_raised = process.raise_case(s, process.RaiseForm(
            kind=CaseKind.GENERAL_CONSULTATION, subject="Öppen fråga",
            referring_party_id=team_service.party_of_kind(s, PartyKind.FK).id,
            raised_on=dt.date(2020, 1, 3)), today=dt.date(2020, 1, 3))
        ids = (closed.participant_id, returned.participant_id, general.id, still_raised.id)

    def due(day: dt.date) -> dict[tuple[str, int], retention.RetentionItem]:
        with tf.session() as s:
            return {i.key: i for i in retention.preview(s, day).items}

    alva, bodil, gen, raised_gen = ids
    # January 31 plus one month is February 29 in 2020 (the month's last day).
    assert ("participant", alva) not in due(dt.date(2020, 2, 28))
    item = due(dt.date(2020, 2, 29))[("participant", alva)]
    assert item.rule == retention.RULE_CLOSED and item.due_on == dt.date(2020, 2, 29)
    assert item.fields == ("förnamn", "efternamn", "individens egna ord")
    # Bodil: returned 2020-03-15 (+2 → 05-15) but consulted 2020-04-20 (+2 → 06-20).
    assert ("participant", bodil) not in due(dt.date(2020, 6, 19))
    b = due(dt.date(2020, 6, 20))[("participant", bodil)]
    assert b.rule == retention.RULE_OTHER and b.due_on == dt.date(2020, 6, 20)
    assert b.case_numbers == tuple(sorted(b.case_numbers)) and len(b.case_numbers) == 2
    assert "skäl vid återvisning" in b.fields
    g = due(dt.date(2020, 4, 3))[("case", gen)]
    assert g.fields == ("konsultationens fråga",) and g.participant_id is None
    assert ("case", raised_gen) not in due(dt.date(2030, 1, 1))

    with tf.session() as s, s.begin():
        retention.erase(s, dt.date(2020, 6, 20), due(dt.date(2020, 6, 20)).keys())
    with tf.session() as s:
        assert s.get(Case, gen).subject == ""
        assert s.get(Case, raised_gen).subject == "Öppen fråga"
        assert s.get(Participant, alva).identity is None
        assert all(c.consent_own_words == "" and c.return_reason == "" for c in s.scalars(
            select(Case).where(Case.participant_id == bodil)))
        # The facts stay.
        c = s.scalars(select(Case).where(Case.participant_id == alva)).one()
        assert (c.state, c.closed_on, c.closure_reason, c.income_at_end) == (
            CaseState.CLOSED, dt.date(2020, 1, 31), ClosureReason.WORK, IncomeSource.SALARY)
        p = s.get(Participant, alva)
        assert (p.gender, p.birth_year) == (Gender.WOMAN, 1980)
    with tf.session() as s:
        assert retention.preview(s, dt.date(2030, 1, 1)).items == ()


# --- what is erased is found by introspection -----------------------------------------------------


def test_every_personal_column_is_erased_and_named_in_swedish():
    personal = {(t.name, c.name) for t in Base.metadata.sorted_tables for c in t.columns
                if c.info == PERSONAL}
    assert {("participant_identity", "personnummer"), ("case", "consent_own_words"),
            ("follow_up", "progress_note"), ("minutes_addendum", "text")} <= personal
    covered = {(t.table, t.column) for t in retention.targets()}
    assert personal <= covered
    for t in retention.targets():
        assert (t.table, t.column) in retention.FIELD_LABELS, t
    labels = [t.label for t in retention.targets()]
    assert len(labels) == len(set(labels))


# --- a property: any rule, any day ---------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_figures(demo_file: tuple[Path, bytes]) -> tuple[list[Period], list[tuple]]:
    folder = Path(tempfile.mkdtemp(prefix="retention-figures-"))
    tf = _copy(demo_file, folder)
    try:
        with tf.session() as s:
            periods = all_periods(s)
            return periods, figures(s, periods)
    finally:
        tf.close()
        shutil.rmtree(folder, ignore_errors=True)


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(closed=st.integers(min_value=1, max_value=40), other=st.integers(min_value=1, max_value=40),
       day=st.dates(min_value=dt.date(2023, 6, 1), max_value=dt.date(2029, 1, 1)))
def test_any_rule_on_any_day_keeps_every_figure(demo_file, demo_figures, closed, other, day):
    periods, before = demo_figures
    folder = Path(tempfile.mkdtemp(prefix="retention-prop-"))
    tf = _copy(demo_file, folder)
    try:
        with tf.session() as s, s.begin():
            ts.save_ints(s, {ts.RETENTION_CLOSED_MONTHS: closed,
                             ts.RETENTION_OTHER_MONTHS: other})
            pv = retention.preview(s, day)
            result = retention.erase(s, day, pv)
        assert result.erased == pv.items
        assert all(i.due_on <= day for i in pv.items)
        with tf.session() as s:
            assert figures(s, periods) == before
            assert retention.preview(s, day).items == ()
    finally:
        tf.close()
        shutil.rmtree(folder, ignore_errors=True)
