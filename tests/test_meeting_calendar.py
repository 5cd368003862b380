"""The meeting calendar service: the year's plan from a rule, moving, cancelling, place and link."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from star_desktop.meetings import calendar
from star_desktop.meetings.calendar import CalendarError, RuleForm
from star_desktop.models import AuditEvent, Meeting, MeetingSeries, MeetingState
from star_desktop.storage.teamfile import TeamFile
from star_desktop.validation import FieldErrors

SECOND_TUESDAYS_2026 = [dt.date(2026, m, d) for m, d in (
    (1, 13), (2, 10), (3, 10), (4, 14), (5, 12), (6, 9),
    (7, 14), (8, 11), (9, 8), (10, 13), (11, 10), (12, 8))]


def _rule(**kw) -> RuleForm:
    values = dict(weekday=1, week_of_month=2, starts_at="09.00", ends_at="12:00",
                  place="Kommunhuset, sal 3", link="https://meet.example.se/star", year=2026)
    values.update(kw)
    return RuleForm(**values)


def _plan(tf: TeamFile, **kw) -> list[int]:
    with tf.session() as s, s.begin():
        return [m.id for m in calendar.plan_year(s, _rule(**kw))]


def _events(tf: TeamFile, entity: str = "meeting") -> list[AuditEvent]:
    with tf.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.entity == entity)
                              .order_by(AuditEvent.id)))


def test_second_tuesdays_of_2026(team_file: TeamFile) -> None:
    ids = _plan(team_file)
    assert len(ids) == 12
    with team_file.session() as s:
        meetings = calendar.meetings_in(s, 2026)
        assert [m.held_on for m in meetings] == SECOND_TUESDAYS_2026
        assert all(m.held_on.weekday() == 1 for m in meetings)
        assert {(m.starts_at, m.ends_at) for m in meetings} == {(dt.time(9), dt.time(12))}
        assert {m.state for m in meetings} == {MeetingState.PLANNED}
        assert {m.place for m in meetings} == {"Kommunhuset, sal 3"}
        series = s.scalars(select(MeetingSeries)).one()
        assert {m.series_id for m in meetings} == {series.id}
        assert (series.first_on, series.last_on) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        assert calendar.describe_rule(series) == "andra tisdagen varje månad 09.00–12.00"
        assert calendar.meetings_in(s, 2025) == []
    assert len(_events(team_file)) == 12
    assert len(_events(team_file, "meeting_series")) == 1


def test_last_friday(team_file: TeamFile) -> None:
    _plan(team_file, weekday=4, week_of_month=-1, starts_at="13.15", ends_at="15.30")
    with team_file.session() as s:
        days = [m.held_on for m in calendar.meetings_in(s, 2026)]
        series = s.scalars(select(MeetingSeries)).one()
        assert calendar.describe_rule(series) == "sista fredagen varje månad 13.15–15.30"
    assert len(days) == 12
    assert days[0] == dt.date(2026, 1, 30)
    assert days[4] == dt.date(2026, 5, 29)
    assert days[-1] == dt.date(2026, 12, 25)
    for d in days:
        assert d.weekday() == 4
        assert (d + dt.timedelta(days=7)).month != d.month


def test_planning_twice_makes_no_duplicates(team_file: TeamFile) -> None:
    assert len(_plan(team_file)) == 12
    assert _plan(team_file) == []
    with team_file.session() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == 12
        assert s.scalar(select(func.count()).select_from(MeetingSeries)) == 1
    # A different rule on the same year plans only the days still free.
    third = _plan(team_file, week_of_month=3)
    assert len(third) == 12
    with team_file.session() as s:
        assert len(calendar.meetings_in(s, 2026)) == 24


def test_a_cancelled_day_is_not_planned_again(team_file: TeamFile) -> None:
    ids = _plan(team_file)
    with team_file.session() as s, s.begin():
        calendar.cancel_meeting(s, ids[0])
    assert _plan(team_file) == []


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"weekday": None}, "weekday", "Välj veckodag."),
    ({"weekday": 7}, "weekday", "Välj veckodag."),
    ({"week_of_month": 5}, "week_of_month", None),
    ({"week_of_month": 0}, "week_of_month", None),
    ({"starts_at": "nio"}, "starts_at", "Ange en tid som TT.MM, till exempel 09.00."),
    ({"starts_at": "25.00"}, "starts_at", None),
    ({"ends_at": ""}, "ends_at", None),
    ({"ends_at": "09.00"}, "ends_at", "Mötet måste sluta efter att det börjar."),
    ({"ends_at": "08.30"}, "ends_at", "Mötet måste sluta efter att det börjar."),
    ({"link": "meet.example.se"}, "link", None),
    ({"link": "ftp://example.se/x"}, "link", None),
    ({"place": "x" * 201}, "place", "Högst 200 tecken."),
    ({"year": ""}, "year", None),
    ({"year": "tjugo"}, "year", None),
    ({"year": 1999}, "year", "Ange ett år mellan 2000 och 2100."),
])
def test_bad_rules_are_refused_per_field(team_file: TeamFile, changes, field, message) -> None:
    with pytest.raises(FieldErrors) as e, team_file.session() as s, s.begin():
        calendar.plan_year(s, _rule(**changes))
    assert list(e.value.errors) == [field]
    if message is not None:
        assert e.value.errors[field] == message
    with team_file.session() as s:
        assert s.scalar(select(func.count()).select_from(Meeting)) == 0


def test_every_problem_at_once() -> None:
    with pytest.raises(FieldErrors) as e:
        calendar.check_rule(RuleForm())
    assert set(e.value.errors) == {"weekday", "week_of_month", "starts_at", "ends_at", "year"}


def test_move_meeting(team_file: TeamFile) -> None:
    ids = _plan(team_file)
    with team_file.session() as s, s.begin():
        m = calendar.move_meeting(s, ids[1], "2026-02-12", "10:00", "12.30")
        assert (m.held_on, m.starts_at, m.ends_at) == (
            dt.date(2026, 2, 12), dt.time(10), dt.time(12, 30))
        assert m.series_id is not None  # a moved meeting keeps its rule
    events = _events(team_file)
    assert events[-1].detail == "flyttat; fält: held_on, starts_at, ends_at"
    assert events[-1].entity_id == ids[1]

    # Onto a day that already has a meeting: refused next to the date.
    with pytest.raises(FieldErrors) as e, team_file.session() as s, s.begin():
        calendar.move_meeting(s, ids[1], "2026-03-10", "09.00", "12.00")
    assert e.value.errors == {"held_on": "Det finns redan ett möte 2026-03-10."}
    # Bad input: every field at once.
    with pytest.raises(FieldErrors) as e, team_file.session() as s, s.begin():
        calendar.move_meeting(s, ids[1], "12/2", "10.00", "09.00")
    assert set(e.value.errors) == {"held_on", "ends_at"}
    with team_file.session() as s:
        assert s.get(Meeting, ids[1]).held_on == dt.date(2026, 2, 12)


def test_moving_after_the_call_was_sent_needs_a_new_call(team_file: TeamFile) -> None:
    ids = _plan(team_file)
    with team_file.session() as s, s.begin():
        m = s.get(Meeting, ids[0])
        m.state = MeetingState.CALL_SENT
        m.call_sent_at = dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC)
    with team_file.session() as s, s.begin():
        m = calendar.move_meeting(s, ids[0], "2026-01-15", "09.00", "12.00")
        assert m.state == MeetingState.PLANNED and m.call_sent_at is None
    assert _events(team_file)[-1].detail.endswith("ny kallelse behövs")


@pytest.mark.parametrize(("state", "words"), [
    (MeetingState.HELD, "redan genomfört"),
    (MeetingState.MINUTES_APPROVED, "justerat"),
])
def test_held_and_approved_meetings_are_not_changed(team_file: TeamFile, state, words) -> None:
    ids = _plan(team_file)
    with team_file.session() as s, s.begin():
        s.get(Meeting, ids[0]).state = state
    before = len(_events(team_file))
    for step in (lambda s: calendar.move_meeting(s, ids[0], "2026-01-20", "09.00", "12.00"),
                 lambda s: calendar.cancel_meeting(s, ids[0]),
                 lambda s: calendar.update_place(s, ids[0], "Annat rum", "")):
        with pytest.raises(CalendarError) as e, team_file.session() as s, s.begin():
            step(s)
        assert words in str(e.value)
        assert "2026-01-13" in str(e.value)
    with team_file.session() as s:
        m = s.get(Meeting, ids[0])
        assert (m.held_on, m.state, m.place) == (dt.date(2026, 1, 13), state,
                                                  "Kommunhuset, sal 3")
    assert len(_events(team_file)) == before


def test_cancel_meeting(team_file: TeamFile) -> None:
    ids = _plan(team_file)
    with team_file.session() as s, s.begin():
        assert calendar.cancel_meeting(s, ids[2]).state == MeetingState.CANCELLED
    assert _events(team_file)[-1].detail == "inställt"
    with pytest.raises(CalendarError, match="redan inställt"), team_file.session() as s:
        calendar.cancel_meeting(s, ids[2])
    with pytest.raises(CalendarError, match="inställt och kan inte flyttas"), \
            team_file.session() as s:
        calendar.move_meeting(s, ids[2], "2026-03-12", "09.00", "12.00")
    # The cancelled meeting's day is free for another meeting to move onto.
    with team_file.session() as s, s.begin():
        calendar.move_meeting(s, ids[3], "2026-03-10", "09.00", "12.00")


def test_update_place(team_file: TeamFile) -> None:
    ids = _plan(team_file)
    with team_file.session() as s, s.begin():
        m = calendar.update_place(s, ids[0], "  Biblioteket  ", "")
        assert (m.place, m.link) == ("Biblioteket", "")
    assert _events(team_file)[-1].detail == "fält: place, link"
    before = len(_events(team_file))
    with team_file.session() as s, s.begin():
        calendar.update_place(s, ids[0], "Biblioteket", "")
    assert len(_events(team_file)) == before  # nothing changed, nothing logged
    with pytest.raises(FieldErrors) as e, team_file.session() as s:
        calendar.update_place(s, ids[0], "Biblioteket", "javascript:alert(1)")
    assert list(e.value.errors) == ["link"]
    with team_file.session() as s, s.begin():
        calendar.update_place(s, ids[0], "Biblioteket", "http://teams.example.se/x?y=1")


def test_call_due(team_file: TeamFile) -> None:
    ids = _plan(team_file)
    with team_file.session() as s:
        m = s.get(Meeting, ids[0])  # 2026-01-13
        assert calendar.call_due_on(m) == dt.date(2026, 1, 6)
        assert not calendar.call_is_due(m, dt.date(2026, 1, 5))
        assert calendar.call_is_due(m, dt.date(2026, 1, 6))
        assert calendar.call_is_due(m, dt.date(2026, 1, 13))
        assert not calendar.call_is_due(m, dt.date(2026, 1, 14))  # the meeting has passed
        m.call_sent_at = dt.datetime(2026, 1, 6, 8, tzinfo=dt.UTC)
        m.state = MeetingState.CALL_SENT
        assert not calendar.call_is_due(m, dt.date(2026, 1, 7))


@pytest.mark.parametrize(("text", "expected"), [
    ("09.00", dt.time(9)), ("9.00", dt.time(9)), ("09:30", dt.time(9, 30)),
    (" 23.59 ", dt.time(23, 59)),
])
def test_parse_time(text: str, expected: dt.time) -> None:
    assert calendar.parse_time(text) == expected
    assert calendar.format_time(expected) == f"{expected.hour:02d}.{expected.minute:02d}"
