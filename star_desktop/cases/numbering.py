"""Case numbers: "<year raised>-<running number>", e.g. 2025-0014, unique within the team.

The number is what printouts and exports show instead of a name, so it never changes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Case


def next_case_number(session: Session, raised_on: dt.date) -> str:
    prefix = f"{raised_on.year}-"
    numbers = session.scalars(select(Case.case_number).where(Case.case_number.like(prefix + "%")))
    highest = 0
    for n in numbers:
        tail = n[len(prefix):]
        if tail.isdigit():
            highest = max(highest, int(tail))
    return f"{prefix}{highest + 1:04d}"
