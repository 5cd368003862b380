"""The meeting calendar and date helpers of the demo team.

The team meets on the second Tuesday of every month; ``_Calendar`` holds those dates over the
generated history, which of them were cancelled or held, and answers "which meeting comes next",
which is how every case date is tied to a real meeting. The small helpers keep weekends and
29 February out of the way and make timestamps reproducible (fixed times, never the clock).
"""

from __future__ import annotations

import bisect
import datetime as dt
import random

from .constants import FUTURE_MONTHS, PAST_MONTHS

_UTC = dt.UTC
_DAY = dt.timedelta(days=1)


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
