"""When follow-ups fall due: at the first team meeting after planning, then every third month.

A due date is snapped to the first team meeting on or after it when the calendar has one, since
follow-ups are made in the team; with no meeting planned that far ahead the date itself stands.
"""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import FollowUp, Meeting, MeetingState

INTERVAL = relativedelta(months=3)
#: Without a planned meeting, the first follow-up is this long after the planning meeting.
FIRST_WITHOUT_MEETING = relativedelta(months=1)


def first_meeting_on_or_after(session: Session, day: dt.date) -> dt.date | None:
    return session.scalar(
        select(Meeting.held_on)
        .where(Meeting.held_on >= day, Meeting.state != MeetingState.CANCELLED)
        .order_by(Meeting.held_on)
        .limit(1)
    )


def first_due(session: Session, planning_meeting_on: dt.date) -> dt.date:
    """The first follow-up: the first team meeting after the planning meeting."""
    meeting = first_meeting_on_or_after(session, planning_meeting_on + dt.timedelta(days=1))
    return meeting or planning_meeting_on + FIRST_WITHOUT_MEETING


def next_due(session: Session, previous_due: dt.date) -> dt.date:
    """Three months after the previous follow-up, at the first meeting from then on."""
    target = previous_due + INTERVAL
    return first_meeting_on_or_after(session, target) or target


def is_overdue(follow_up: FollowUp, today: dt.date) -> bool:
    return follow_up.done_on is None and follow_up.due_on < today
