"""Report periods: every way a period is written, its key and label, the periods before it, and
how much of a year it is."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from star_desktop.reports.periods import (
    HELP,
    Period,
    PeriodError,
    date_range,
    parse_period,
    tertial,
    tertial_of,
    year,
    year_to_date,
)

D = dt.date.fromisoformat


# --- parse_period: every form --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "start", "end", "kind", "t"), [
    ("2025", "2025-01-01", "2025-12-31", "year", None),
    ("2024", "2024-01-01", "2024-12-31", "year", None),
    ("2025-T1", "2025-01-01", "2025-04-30", "tertial", 1),
    ("2025-T2", "2025-05-01", "2025-08-31", "tertial", 2),
    ("2025-T3", "2025-09-01", "2025-12-31", "tertial", 3),
    ("2024-T1", "2024-01-01", "2024-04-30", "tertial", 1),
    ("2025-t2", "2025-05-01", "2025-08-31", "tertial", 2),
    ("  2025-T2  ", "2025-05-01", "2025-08-31", "tertial", 2),
    ("2025-T1-YTD", "2025-01-01", "2025-04-30", "ytd", 1),
    ("2025-T2-YTD", "2025-01-01", "2025-08-31", "ytd", 2),
    ("2025-T3-YTD", "2025-01-01", "2025-12-31", "ytd", 3),
    ("2025-t2-ytd", "2025-01-01", "2025-08-31", "ytd", 2),
    ("2025-01-01..2025-06-30", "2025-01-01", "2025-06-30", "range", None),
    ("2024-11-15..2025-02-14", "2024-11-15", "2025-02-14", "range", None),
    ("2025-03-14..2025-03-14", "2025-03-14", "2025-03-14", "range", None),
    ("2024-02-29..2024-03-01", "2024-02-29", "2024-03-01", "range", None),
])
def test_parse_period_reads_every_form(text, start, end, kind, t):
    p = parse_period(text)
    assert (p.start, p.end, p.kind, p.tertial) == (D(start), D(end), kind, t)


def test_year_to_date_runs_to_today_in_the_current_year():
    p = parse_period("2025-YTD", today=D("2025-06-15"))
    assert (p.start, p.end, p.kind, p.tertial) == (D("2025-01-01"), D("2025-06-15"), "ytd", None)
    assert p.days == 166  # 31 + 28 + 31 + 30 + 31 + 15


def test_year_to_date_of_a_past_year_is_the_whole_year():
    p = parse_period("2024-YTD", today=D("2025-03-01"))
    assert (p.start, p.end, p.kind) == (D("2024-01-01"), D("2024-12-31"), "ytd")


def test_year_to_date_on_new_years_day_is_one_day():
    p = parse_period("2025-YTD", today=D("2025-01-01"))
    assert (p.start, p.end, p.days) == (D("2025-01-01"), D("2025-01-01"), 1)


def test_year_to_date_of_a_future_year_is_refused():
    with pytest.raises(PeriodError, match="Året 2026 har inte börjat än"):
        parse_period("2026-YTD", today=D("2025-12-31"))


def test_year_to_date_through_a_tertial_does_not_depend_on_today():
    assert parse_period("2025-T2-YTD", today=D("2025-05-02")).end == D("2025-08-31")
    assert parse_period("2025-T2-YTD", today=D("2030-01-01")).end == D("2025-08-31")


@pytest.mark.parametrize("text", [
    "", "   ", "25", "20251", "2025-T0", "2025-T4", "2025-T", "T2-2025", "2025T2", "2025-Q2",
    "2025-T2-YTDX", "2025-YTD-T2", "helår 2025", "2025-01-01", "2025-01-01..", "..2025-01-01",
    "2025-1-1..2025-6-30", "2025-01-01 .. 2025-06-30", "2025-01-01–2025-06-30",
])
def test_unknown_forms_are_refused_with_how_to_write_one(text):
    with pytest.raises(PeriodError) as e:
        parse_period(text)
    message = str(e.value)
    assert message.startswith("Okänd period: ")
    assert message.endswith(HELP)
    assert (text.strip() or "(tom)") in message
    # The help names every form.
    for example in ("2025 (helår)", "2025-T2 (tertial)", "2025-T2-YTD", "2025-YTD",
                    "2025-01-01..2025-06-30"):
        assert example in message


def test_none_is_read_as_empty():
    with pytest.raises(PeriodError, match=r"Okänd period: \(tom\)"):
        parse_period(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["2025-02-30..2025-03-01", "2025-02-29..2025-03-01",
                                  "2025-13-01..2025-12-31", "2025-01-01..2025-04-31"])
def test_a_range_with_an_impossible_date_says_which_period(text):
    with pytest.raises(PeriodError) as e:
        parse_period(text)
    assert str(e.value) == f"Ogiltigt datum i perioden {text}. {HELP}"


def test_a_range_that_ends_before_it_starts_is_refused():
    with pytest.raises(PeriodError, match="Periodens slut ligger före dess början"):
        parse_period("2025-06-30..2025-01-01")
    with pytest.raises(PeriodError):
        Period(D("2025-01-02"), D("2025-01-01"))


def test_year_zero_is_refused_as_a_period_error():
    # The four digits match, then datetime.date(0, ...) raised a plain ValueError ("year 0 is
    # out of range") instead of a PeriodError with the Swedish help (fixed).
    wrong = {}
    for text in ("0000", "0000-T2", "0000-T1-YTD"):
        try:
            parse_period(text, today=D("2025-06-01"))
        except PeriodError as e:
            if HELP not in str(e):
                wrong[text] = f"PeriodError without help: {e}"
        except Exception as e:  # noqa: BLE001 - the point is which exception escapes
            wrong[text] = f"{type(e).__name__}: {e}"
        else:
            wrong[text] = "accepted"
    assert wrong == {}


def test_tertial_number_outside_one_to_three_is_refused():
    with pytest.raises(PeriodError, match="Tertialen ska vara 1, 2 eller 3"):
        tertial(2025, 4)
    with pytest.raises(PeriodError):
        year_to_date(2025, through_tertial=0)


# --- keys and labels -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "key", "label"), [
    ("2025", "2025", "Helår 2025"),
    ("2025-T1", "2025-T1", "Tertial 1 2025 (januari–april)"),
    ("2025-T2", "2025-T2", "Tertial 2 2025 (maj–augusti)"),
    ("2025-T3", "2025-T3", "Tertial 3 2025 (september–december)"),
    ("2025-T1-YTD", "2025-T1-YTD", "Året hittills 2025, till och med tertial 1 (januari–april)"),
    ("2025-T2-YTD", "2025-T2-YTD",
     "Året hittills 2025, till och med tertial 2 (januari–augusti)"),
    ("2025-T3-YTD", "2025-T3-YTD",
     "Året hittills 2025, till och med tertial 3 (januari–december)"),
    ("2025-01-01..2025-06-30", "2025-01-01..2025-06-30", "2025-01-01 – 2025-06-30"),
])
def test_keys_and_labels(text, key, label):
    p = parse_period(text)
    assert p.key == key
    assert p.label == label
    assert p.span == f"{p.start.isoformat()} – {p.end.isoformat()}"


def test_year_to_date_today_key_and_label():
    p = parse_period("2025-YTD", today=D("2025-06-15"))
    # "2025-YTD" means another period tomorrow, so the key names the dates it covers
    assert p.key == "2025-01-01..2025-06-15"
    assert p.label == "Året hittills 2025 (till och med 2025-06-15)"


@pytest.mark.parametrize("text", ["2025", "2024-T1", "2025-T2", "2023-T3", "2025-T2-YTD",
                                  "2025-01-01..2025-06-30", "2024-12-15..2025-01-14"])
def test_the_key_reads_back_as_the_same_period(text):
    p = parse_period(text)
    assert parse_period(p.key) == p


def test_the_key_of_an_earlier_year_to_date_names_that_period():
    """The trend of a year-to-date report holds the same part of the earlier years, and the
    data sheet names each trend point by its key (``trend.* / period / <key>``).

    An earlier year-to-date (2024-01-01..2024-06-15) once had the key "2024-YTD", which reads
    back as the whole of 2024 — the federation office would have taken a half year's figures
    for a whole year's. A year to a day now has the range key "2024-01-01..2024-06-15".
    """
    today = D("2025-06-15")
    p = parse_period("2025-YTD", today=today)
    wrong = {}
    for q in p.earlier(5)[:-1]:
        back = parse_period(q.key, today=today)
        if (back.start, back.end) != (q.start, q.end):
            wrong[q.key] = f"{q.span} read back as {back.span}"
    assert wrong == {}


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.integers(min_value=0, max_value=800))
def test_any_range_round_trips_through_its_key(start, length):
    p = date_range(start, start + dt.timedelta(days=length))
    assert parse_period(p.key) == p
    assert p.days == length + 1


# --- contains, days ------------------------------------------------------------------------------


def test_both_ends_are_in_the_period():
    p = tertial(2025, 2)
    assert p.contains(D("2025-05-01")) and p.contains(D("2025-08-31"))
    assert not p.contains(D("2025-04-30")) and not p.contains(D("2025-09-01"))
    assert not p.contains(None)
    assert p.days == 31 + 30 + 31 + 31


@pytest.mark.parametrize(("y", "days", "t1_days"), [(2024, 366, 121), (2025, 365, 120),
                                                    (2000, 366, 121), (2100, 365, 120)])
def test_leap_years(y, days, t1_days):
    assert year(y).days == days
    assert tertial(y, 1).days == t1_days  # February is in tertial 1
    assert tertial(y, 2).days == 123 and tertial(y, 3).days == 122
    assert tertial(y, 1).days + tertial(y, 2).days + tertial(y, 3).days == days


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_day_is_in_exactly_one_tertial(day):
    p = tertial_of(day)
    assert p.contains(day)
    others = [tertial(day.year, t) for t in (1, 2, 3) if t != p.tertial]
    assert not any(q.contains(day) for q in others)


# --- previous and earlier ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "previous"), [
    ("2025-T1", "2024-T3"),
    ("2025-T2", "2025-T1"),
    ("2025-T3", "2025-T2"),
    ("2025", "2024"),
    ("2025-T1-YTD", "2024-T1-YTD"),
    ("2025-T2-YTD", "2024-T2-YTD"),
    ("2025-01-01..2025-06-30", "2024-07-04..2024-12-31"),  # 181 days ending the day before
    ("2025-03-01..2025-03-01", "2025-02-28..2025-02-28"),
    ("2024-03-01..2024-03-31", "2024-01-30..2024-02-29"),  # 31 days across a leap day
])
def test_previous_period_of_the_same_kind(text, previous):
    p = parse_period(text)
    q = p.previous()
    assert q == parse_period(previous)
    assert q.kind == p.kind
    if p.kind == "ytd":
        assert q.tertial == p.tertial
    if p.kind == "range":
        assert q.days == p.days and q.end == p.start - dt.timedelta(days=1)


def test_previous_year_to_date_goes_back_one_year_to_the_same_day():
    p = parse_period("2025-YTD", today=D("2025-06-15"))
    q = p.previous()
    assert (q.start, q.end, q.kind, q.tertial) == (D("2024-01-01"), D("2024-06-15"), "ytd", None)
    # From a leap day, the year before ends on February 28.
    leap = parse_period("2024-YTD", today=D("2024-02-29"))
    assert leap.previous().end == D("2023-02-28")


def test_earlier_periods_oldest_first_across_year_boundaries():
    p = parse_period("2025-T2")
    keys = [q.key for q in p.earlier(5)]
    assert keys == ["2023-T3", "2024-T1", "2024-T2", "2024-T3", "2025-T1", "2025-T2"]
    assert p.earlier(0) == [p]
    assert [q.key for q in year(2025).earlier(2)] == ["2023", "2024", "2025"]


@given(st.integers(min_value=2001, max_value=2099), st.sampled_from([1, 2, 3]),
       st.integers(min_value=1, max_value=9))
def test_tertials_before_a_tertial_are_consecutive(y, t, n):
    periods = tertial(y, t).earlier(n)
    assert len(periods) == n + 1 and periods[-1] == tertial(y, t)
    for a, b in zip(periods, periods[1:], strict=False):
        assert a.end + dt.timedelta(days=1) == b.start  # no gaps, no overlaps
        assert a.kind == b.kind == "tertial"


@given(st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.integers(min_value=0, max_value=400), st.integers(min_value=1, max_value=6))
def test_ranges_before_a_range_have_the_same_length(start, length, n):
    p = date_range(start, start + dt.timedelta(days=length))
    periods = p.earlier(n)
    assert all(q.days == p.days and q.kind == "range" for q in periods)
    for a, b in zip(periods, periods[1:], strict=False):
        assert a.end + dt.timedelta(days=1) == b.start


# --- year_fraction -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "fraction"), [
    ("2025", 1.0),
    ("2024", 1.0),  # a leap year is still one year
    ("2025-T1", 4 / 12),
    ("2024-T1", 4 / 12),  # 121 days, still four months
    ("2025-T2", 4 / 12),
    ("2025-T3", 4 / 12),
    ("2025-T1-YTD", 4 / 12),
    ("2025-T2-YTD", 8 / 12),
    ("2025-T3-YTD", 1.0),
    ("2025-01-01..2025-06-30", 6 / 12),
    ("2024-11-01..2025-02-28", 4 / 12),  # whole months across a year boundary
    ("2025-02-01..2025-02-28", 1 / 12),
    ("2024-02-01..2024-02-29", 1 / 12),
    ("2025-03-15..2025-04-14", 31 / 365.25),  # not whole months: by days
    ("2025-01-01..2025-01-30", 30 / 365.25),
])
def test_year_fraction(text, fraction):
    assert parse_period(text).year_fraction() == pytest.approx(fraction, abs=1e-12)


def test_year_fraction_of_year_to_today_counts_days():
    p = parse_period("2025-YTD", today=D("2025-06-15"))
    assert p.year_fraction() == pytest.approx(166 / 365.25)
    assert parse_period("2025-YTD", today=D("2025-06-30")).year_fraction() == pytest.approx(0.5)
