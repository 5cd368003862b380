"""A case's timeline and next step, as the case view shows them, for every state of the process.

Cases are taken through the real steps (the scenarios of test_case_process); the timeline is read
in a new session, as the case view reads it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete

from star_desktop.cases import process
from star_desktop.cases.timeline import Event, next_step, timeline
from star_desktop.models import Case, ClosureReason, FollowUp
from star_desktop.storage.teamfile import TeamFile

from .test_case_process import (
    ASSESSED_ON,
    CLOSED_ON,
    CONSENT_ON,
    CONSULTED_ON,
    DAY,
    FOLLOW_UP_NOTE,
    FOLLOWED_ON,
    PLAN_ON,
    PLANNING_ON,
    QUEUED_ON,
    RAISED_ON,
    RETURN_REASON,
    SCENARIOS,
    STARTED_ON,
    TODAY,
    D,
    _accept,
    _carrier,
    _close,
    _follow_up,
    _intervention,
    _plan,
    _planning,
    _queue,
    _request_follow_up,
    make_template,
    on_case,
    open_copy,
    raise_case,
    raise_form,
    reach,
)


@pytest.fixture(scope="module")
def tf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamFile]:
    """One fresh team file for the module; every test takes its own new case through it."""
    made = make_template(tmp_path_factory)
    f = open_copy(made, Path(tmp_path_factory.mktemp("timeline")))
    yield f
    f.close()


def events(tf: TeamFile, case_id: int, today: dt.date = TODAY) -> list[Event]:
    with tf.session() as s:
        return timeline(s.get(Case, case_id), today)


def step_text(tf: TeamFile, case_id: int, today: dt.date = TODAY) -> str:
    with tf.session() as s:
        return next_step(s.get(Case, case_id), today)


RAISED, CONSENT, ACCEPTED = "Aktualiserat", "Samtycke undertecknat", "Antaget som STAR-ärende"
FOLLOW_UP_DUE, FIRST_DUE, SECOND_DUE = "Uppföljning planerad", D("2025-03-10"), D("2025-06-12")
ACCEPTED_STORY = [(CONSENT, CONSENT_ON), (RAISED, RAISED_ON), (ACCEPTED, ASSESSED_ON)]
PLANNED_STORY = [*ACCEPTED_STORY, ("Planeringsmöte", PLANNING_ON)]
WORK_STORY = [*PLANNED_STORY, ("Individuell plan", PLAN_ON), ("Insats påbörjad", STARTED_ON)]
ASSESS = "Bedöm ärendet på nästa teammöte: anta eller återvisa."
NO_CONSENT = "Samtycket saknas: blanketten \"Aktualisering till STAR\" behövs före bedömning."
APPOINT = "Utse ärendebärare och boka planeringsmöte med individen."
HOLD = "Håll planeringsmötet med individen och registrera det."
CONSULT = "Ta upp konsultationen på nästa teammöte."
CONSULTED = "Konsultationen är genomförd."

#: Per scenario: the timeline's (title, date) lines and the next step, on TODAY.
EXPECTED: dict[str, tuple[list[tuple[str, dt.date]], str]] = {
    "samplanering-aktualiserat-utan-samtycke": ([(RAISED, RAISED_ON)], NO_CONSENT),
    "samplanering-aktualiserat": ([(CONSENT, CONSENT_ON), (RAISED, RAISED_ON)], ASSESS),
    "samplanering-återvisat": ([(RAISED, RAISED_ON), ("Återvisat", ASSESSED_ON)],
                               "Ärendet är återvisat till remittenten."),
    "samplanering-antaget": (ACCEPTED_STORY, APPOINT),
    "samplanering-antaget-med-ärendebärare": (ACCEPTED_STORY, HOLD),
    "samplanering-i-kö": ([*ACCEPTED_STORY, ("I kö", QUEUED_ON)], APPOINT),
    "samplanering-i-kö-med-ärendebärare": ([*ACCEPTED_STORY, ("I kö", QUEUED_ON)], HOLD),
    "samplanering-planerat": ([*PLANNED_STORY, (FOLLOW_UP_DUE, FIRST_DUE)],
                              "Registrera den individuella planen."),
    "samplanering-pågående": (
        [*ACCEPTED_STORY, ("I kö", QUEUED_ON), ("Planeringsmöte", PLANNING_ON),
         ("Individuell plan", PLAN_ON), ("Insats påbörjad", STARTED_ON),
         (FOLLOW_UP_DUE, FIRST_DUE)],
        "Uppföljningen 2025-03-10 är försenad: följ upp i teamet."),
    "samplanering-uppföljt": (
        [*WORK_STORY, ("Uppföljning", FOLLOWED_ON), (FOLLOW_UP_DUE, SECOND_DUE)],
        "Uppföljningen 2025-06-12 är försenad: följ upp i teamet."),
    "samplanering-avslutat": (
        [*WORK_STORY, ("Uppföljning", FOLLOWED_ON), ("Insats avslutad", CLOSED_ON),
         ("Avslutat", CLOSED_ON)], "Ärendet är avslutat."),
    "samplanering-avslutat-före-planering": (
        [*ACCEPTED_STORY, ("Avslutat", CLOSED_ON)], "Ärendet är avslutat."),
    "konsultation-aktualiserad": ([(RAISED, RAISED_ON)], CONSULT),
    "konsultation-genomförd": ([(RAISED, RAISED_ON), ("Konsultation genomförd", CONSULTED_ON)],
                               CONSULTED),
    "generell-konsultation-aktualiserad": ([(RAISED, RAISED_ON)], CONSULT),
    "generell-konsultation-genomförd": (
        [(RAISED, RAISED_ON), ("Konsultation genomförd", CONSULTED_ON)], CONSULTED),
}


def test_every_scenario_has_its_timeline() -> None:
    assert set(EXPECTED) == set(SCENARIOS)


@pytest.mark.parametrize("scenario", list(EXPECTED))
def test_timeline_and_next_step(tf: TeamFile, scenario: str) -> None:
    lines, step = EXPECTED[scenario]
    case_id = reach(tf, scenario)
    evs = events(tf, case_id)
    assert [(e.title, e.on) for e in evs] == lines
    assert step_text(tf, case_id) == step
    # What happened comes first, oldest first; then the follow-ups still to come.
    done = [e for e in evs if e.status == "done"]
    assert evs[:len(done)] == done
    assert [e.on for e in done] == sorted(e.on for e in done)
    assert all(e.title == FOLLOW_UP_DUE for e in evs[len(done):])


def test_details(tf: TeamFile) -> None:
    case_id = reach(tf, "samplanering-avslutat")
    detail = {e.title: e.detail for e in events(tf, case_id)}
    assert detail[RAISED] == "Samplanering, av Arbetsförmedlingen"
    assert detail["Planeringsmöte"] == "Flerpartsmöte"
    assert detail["Insats påbörjad"] == "Arbetsinriktade: Arbetsträning"
    assert detail["Insats avslutad"] == "Arbetsträning"
    assert detail["Uppföljning"] == FOLLOW_UP_NOTE
    assert detail["Avslutat"] == ClosureReason.WORK.label
    returned = reach(tf, "samplanering-återvisat")
    assert events(tf, returned)[-1].detail == RETURN_REASON
    general = reach(tf, "generell-konsultation-aktualiserad")
    assert events(tf, general)[0].detail == "Generell konsultation, av Arbetsförmedlingen"


@pytest.mark.parametrize(("today", "status", "step"), [
    (FIRST_DUE - DAY, "due", "Nästa uppföljning 2025-03-10."),
    (FIRST_DUE, "due", "Nästa uppföljning 2025-03-10."),
    (FIRST_DUE + DAY, "overdue", "Uppföljningen 2025-03-10 är försenad: följ upp i teamet."),
])
def test_overdue_follow_up_is_marked(tf: TeamFile, today: dt.date, status: str,
                                     step: str) -> None:
    case_id = reach(tf, "samplanering-pågående")
    last = events(tf, case_id, today)[-1]
    assert (last.title, last.on, last.status) == (FOLLOW_UP_DUE, FIRST_DUE, status)
    assert step_text(tf, case_id, today) == step


def test_overdue_before_interventions(tf: TeamFile) -> None:
    """With the plan made, an overdue follow-up comes before registering interventions."""
    case_id = reach(tf, "samplanering-planerat")
    on_case(tf, case_id, _plan)
    assert step_text(tf, case_id, FIRST_DUE) == "Registrera de parallella insatserna."
    assert step_text(tf, case_id, FIRST_DUE + DAY) == (
        "Uppföljningen 2025-03-10 är försenad: följ upp i teamet.")


def test_without_an_open_follow_up(tf: TeamFile) -> None:
    """The process always schedules the next follow-up; data from elsewhere may lack one."""
    case_id = reach(tf, "samplanering-pågående")
    with tf.session() as s, s.begin():
        s.execute(delete(FollowUp).where(FollowUp.case_id == case_id))
    assert step_text(tf, case_id) == "Planera nästa uppföljning."
    assert events(tf, case_id)[-1].title == "Insats påbörjad"


def test_consent_form_without_date_is_missing_consent(tf: TeamFile) -> None:
    case_id = reach(tf, "samplanering-aktualiserat-utan-samtycke")
    with tf.session() as s, s.begin():
        s.get(Case, case_id).consent_form_received = True
    assert step_text(tf, case_id) == NO_CONSENT


def test_follow_ups_to_come_in_date_order(tf: TeamFile) -> None:
    case_id = reach(tf, "samplanering-planerat")
    for due in (D("2025-05-01"), D("2025-02-20"), D("2025-04-01")):
        on_case(tf, case_id, _request_follow_up, on=due)
    expected = [D("2025-02-20"), FIRST_DUE, D("2025-04-01"), D("2025-05-01")]
    assert [e.on for e in events(tf, case_id) if e.title == FOLLOW_UP_DUE] == expected
    # Also in the session that added them (the case view's, before it reloads).
    with tf.session() as s, s.begin():
        case = s.get(Case, case_id)
        timeline(case, TODAY)
        process.request_follow_up(s, case, due_on=D("2025-02-15"))
        due = [e.on for e in timeline(case, TODAY) if e.title == FOLLOW_UP_DUE]
        assert due == [D("2025-02-15"), *expected]
        assert next_step(case, D("2025-02-14")) == "Registrera den individuella planen."
        _plan(s, case)
        assert next_step(case, D("2025-02-14")) == "Registrera de parallella insatserna."
        assert next_step(case, D("2025-02-16")) == (
            "Uppföljningen 2025-02-15 är försenad: följ upp i teamet.")


def test_same_day_steps_keep_the_process_order(tf: TeamFile) -> None:
    case_id = raise_case(tf, raise_form(tf, consent=True, consent_signed_on=RAISED_ON))
    with tf.session() as s, s.begin():
        case = s.get(Case, case_id)
        _accept(s, case, RAISED_ON)
        _queue(s, case, RAISED_ON)
        _carrier(s, case)
        _planning(s, case, RAISED_ON)
        _plan(s, case, RAISED_ON)
        _intervention(s, case, RAISED_ON)
        _follow_up(s, case, RAISED_ON)
        _close(s, case, RAISED_ON)
    assert [e.title for e in events(tf, case_id)] == [
        RAISED, CONSENT, ACCEPTED, "I kö", "Planeringsmöte", "Individuell plan",
        "Insats påbörjad", "Insats avslutad", "Uppföljning", "Avslutat"]
    assert all(e.on == RAISED_ON and e.status == "done" for e in events(tf, case_id))
