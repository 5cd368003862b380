"""Report periods: tertials, the year, year-to-date and any date range.

A period is two dates, both included. Tertial 1 is January–April, tertial 2 May–August, tertial 3
September–December. A period has a key that the command line, the texts and the data sheet use:

    2025              the whole year 2025
    2025-T2           tertial 2 of 2025 (2025-05-01..2025-08-31)
    2025-T2-YTD       the year to the end of tertial 2 (2025-01-01..2025-08-31)
    2025-YTD          the year to today (to the year's end for a past year); its key is the
                      range it covers, e.g. 2025-01-01..2025-06-15
    2025-01-01..2025-06-30   any range

"Earlier periods" (for the throughput trend) are periods of the same kind before this one: the
tertials before a tertial, the years before a year, and ranges of the same length before a range.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from ..models.enums import QT_TRANSLATE_NOOP, Msg

TERTIAL_MONTHS = {1: (1, 4), 2: (5, 8), 3: (9, 12)}
_MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                "september", "oktober", "november", "december")


class PeriodError(ValueError):
    """A period that cannot be read; the message says how to write one (Swedish)."""


@dataclass(frozen=True, order=True)
class Period:
    start: dt.date
    end: dt.date
    #: "year", "tertial", "ytd" (year to a tertial's end or to a day) or "range".
    kind: str = "range"
    tertial: int | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(QT_TRANSLATE_NOOP(
                "Messages",
                "Periodens slut ligger före dess början."))

    @property
    def key(self) -> str:
        y = self.start.year
        if self.kind == "year":
            return str(y)
        if self.kind == "tertial":
            return f"{y}-T{self.tertial}"
        if self.kind == "ytd" and self.tertial:
            return f"{y}-T{self.tertial}-YTD"
        # A range, and the year to a day: "2025-YTD" would mean another period tomorrow, so the
        # key names the dates (texts, the data sheet and the trend are keyed by it).
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def label(self) -> str:
        """The period in words, for headings: "Tertial 2 2025 (maj–augusti)"."""
        y = self.start.year
        if self.kind == "year":
            return f"Helår {y}"
        if self.kind == "tertial":
            a, b = TERTIAL_MONTHS[self.tertial or 1]
            return f"Tertial {self.tertial} {y} ({_MONTH_NAMES[a - 1]}–{_MONTH_NAMES[b - 1]})"
        if self.kind == "ytd":
            if self.tertial:
                return f"Året hittills {y}, till och med tertial {self.tertial} " \
                       f"(januari–{_MONTH_NAMES[self.end.month - 1]})"
            return f"Året hittills {y} (till och med {self.end.isoformat()})"
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    @property
    def span(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: dt.date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    def year_fraction(self) -> float:
        """How much of a year the period is: whole months count as twelfths, otherwise days.

        Yearly targets of a count (joint plannings) are scaled by this for shorter periods.
        """
        nxt = self.end + dt.timedelta(days=1)
        if self.start.day == 1 and nxt.day == 1:
            months = (nxt.year - self.start.year) * 12 + nxt.month - self.start.month
            return months / 12
        return self.days / 365.25

    def previous(self) -> Period:
        """The period of the same kind just before this one."""
        if self.kind == "year":
            return year(self.start.year - 1)
        if self.kind == "tertial":
            t = self.tertial or 1
            return tertial(self.start.year - 1, 3) if t == 1 else tertial(self.start.year, t - 1)
        if self.kind == "ytd":
            a = self.start - relativedelta(years=1)
            b = self.end - relativedelta(years=1)
            return Period(a, b, "ytd", self.tertial)
        end = self.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=self.days - 1), end, "range")

    def earlier(self, n: int) -> list[Period]:
        """This period and the ``n`` of its kind before it, oldest first."""
        out = [self]
        for _ in range(n):
            out.append(out[-1].previous())
        return out[::-1]


def year(y: int) -> Period:
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")


def tertial(y: int, t: int) -> Period:
    if t not in TERTIAL_MONTHS:
        raise PeriodError(QT_TRANSLATE_NOOP("Messages", "Tertialen ska vara 1, 2 eller 3."))
    a, b = TERTIAL_MONTHS[t]
    return Period(dt.date(y, a, 1), dt.date(y, b, 1) + relativedelta(day=31), "tertial", t)


def year_to_date(y: int, *, through_tertial: int | None = None,
                 today: dt.date | None = None) -> Period:
    """January 1 to a tertial's end, or to today (to December 31 for a past year)."""
    if through_tertial is not None:
        return Period(dt.date(y, 1, 1), tertial(y, through_tertial).end, "ytd", through_tertial)
    today = today or dt.date.today()
    end = dt.date(y, 12, 31) if today.year > y else today
    if end.year < y:
        raise PeriodError(Msg(QT_TRANSLATE_NOOP(
            "Messages",
            "Året {year} har inte börjat än."), year=y))
    return Period(dt.date(y, 1, 1), end, "ytd")


def date_range(start: dt.date, end: dt.date) -> Period:
    return Period(start, end, "range")


def tertial_of(day: dt.date) -> Period:
    for t, (a, b) in TERTIAL_MONTHS.items():
        if a <= day.month <= b:
            return tertial(day.year, t)
    raise AssertionError("unreachable")


_YEAR = re.compile(r"^(\d{4})$")
_TERTIAL = re.compile(r"^(\d{4})-T([123])$", re.IGNORECASE)
_YTD = re.compile(r"^(\d{4})(?:-T([123]))?-YTD$", re.IGNORECASE)
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")

HELP = Msg(QT_TRANSLATE_NOOP(
    "Messages", "Skriv perioden som 2025 (helår), 2025-T2 (tertial), 2025-T2-YTD (året till och "
    "med tertial 2), 2025-YTD (året hittills) eller 2025-01-01..2025-06-30."))


def parse_period(text: str, *, today: dt.date | None = None) -> Period:
    """A period from its key (see the module's docstring); PeriodError says how to write one."""
    s = (text or "").strip()
    try:
        return _parse(s, today)
    except PeriodError:
        raise
    except ValueError:  # a year datetime cannot hold (0000)
        raise PeriodError(Msg(QT_TRANSLATE_NOOP(
            "Messages",
            "Ogiltigt år i perioden {period}. {help}"),
            period=s, help=HELP)) from None


def _parse(s: str, today: dt.date | None) -> Period:
    if m := _YEAR.match(s):
        return year(int(m[1]))
    if m := _TERTIAL.match(s):
        return tertial(int(m[1]), int(m[2]))
    if m := _YTD.match(s):
        return year_to_date(int(m[1]), through_tertial=int(m[2]) if m[2] else None, today=today)
    if m := _RANGE.match(s):
        try:
            a, b = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
        except ValueError:
            raise PeriodError(Msg(QT_TRANSLATE_NOOP(
                "Messages",
                "Ogiltigt datum i perioden {period}. {help}"),
                period=s, help=HELP)) from None
        return date_range(a, b)
    raise PeriodError(Msg(QT_TRANSLATE_NOOP("Messages", "Okänd period: {period}. {help}"),
                          period=s or "(tom)", help=HELP))
