"""A seeded, deterministic generator of a realistic synthetic STAR team.

Demos, screenshots, training and performance tests need a team that looks like a real one —
two years of meetings, cases in every state, dates that agree with each other — without a
single real person in it. Everything is drawn from ``random.Random(seed)``, so the same
(cases, seed, today) always gives the same content, and rows are bulk-inserted with SQLAlchemy
Core in one transaction, so 20,000 cases take seconds rather than minutes.

The work is split by what it does: ``constants.py`` (the team's fixed facts), ``odds.py`` (the
weights of every draw), ``dates.py`` (the meeting calendar), ``simulation.py`` (one case's path
through the process), ``store.py`` (the row store the stages share), and one module per stage
of rows: ``people.py``, ``meetings.py``, ``cases.py`` and ``governance.py``. This module ties
them together and is the public entry point.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy import insert, select

from .. import audit
from ..models import (
    ActionItem,
    AgendaItem,
    Attendance,
    AuditAction,
    Case,
    CatalogueEntry,
    Decision,
    Deviation,
    FollowUp,
    Intervention,
    Meeting,
    MeetingSeries,
    Member,
    Participant,
    ParticipantIdentity,
    Party,
    Target,
)
from ..storage.errors import FileExistsTeamError, FileMissingError
from ..storage.teamfile import NewTeam, create_team_file
from .cases import _CaseRows
from .constants import CASE_ITEMS_PER_MEETING, FEDERATION, MUNICIPALITY, TEAM_NAME
from .governance import _GovernanceRows
from .meetings import _MeetingRows
from .people import _MemberRows

__all__ = [
    "CASE_ITEMS_PER_MEETING",
    "DEFAULT_CASES",
    "DEMO_PASSPHRASE",
    "FEDERATION",
    "MUNICIPALITY",
    "TEAM_NAME",
    "generate_demo",
]

#: The passphrase of demo files. It is printed and documented: demo files hold made-up data only.
DEMO_PASSPHRASE = "demoteam med påhittade data"
DEFAULT_CASES = 80


class _Builder(_MemberRows, _MeetingRows, _CaseRows, _GovernanceRows):
    """All stages together; ``build()`` runs them in the order their rows depend on."""

    def build(self) -> None:
        self.members()
        self.meetings()
        self.catalogue()
        self.cases()
        self.agendas()
        self.deviations()
        self.targets()


# --- entry point -------------------------------------------------------------------------------

#: Insert order: parents before children (foreign keys are on).
_ORDER = (Member, MeetingSeries, Meeting, CatalogueEntry, Participant, ParticipantIdentity, Case,
          Intervention, FollowUp, AgendaItem, Attendance, Decision, ActionItem, Deviation, Target)


def generate_demo(
    path: Path | str,
    *,
    cases: int = DEFAULT_CASES,
    seed: int = 1,
    passphrase: str = DEMO_PASSPHRASE,
    today: dt.date | None = None,
    actor: str = "Demo",
) -> None:
    """Write an encrypted team file at ``path`` holding a made-up team with ``cases`` cases.

    The same (cases, seed, today) gives the same content. The file is built under a temporary
    name beside ``path`` and moved into place only when complete, so a failure leaves nothing.
    """
    path = Path(path)
    if cases < 0:
        raise ValueError("Antalet ärenden kan inte vara negativt.")
    if path.exists():
        raise FileExistsTeamError(path, f"Det finns redan en fil med namnet {path.name}.")
    if not path.parent.is_dir():
        raise FileMissingError(path, f"Mappen finns inte: {path.parent}")
    today = today or dt.date.today()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.demo")
    tmp.unlink(missing_ok=True)
    tf = create_team_file(tmp, passphrase, NewTeam(TEAM_NAME, MUNICIPALITY, FEDERATION),
                          actor=actor)
    try:
        with tf.session() as s, s.begin():
            party_ids = {kind: pid for kind, pid in s.execute(
                select(Party.kind, Party.id).where(Party.builtin.is_(True)))}
            builder = _Builder(cases, seed, today, party_ids)
            builder.build()
            conn = s.connection()
            for model in _ORDER:
                rows = builder.rows.get(model)
                if rows:
                    conn.execute(insert(model), rows)
            audit.record(s, AuditAction.CREATED, entity="demo",
                         detail=f"demodata {cases} ärenden, frö {seed}")
        tf.close()
        if path.exists():
            raise FileExistsTeamError(path, f"Det finns redan en fil med namnet {path.name}.")
        os.replace(tmp, path)
    except BaseException:
        tf.close()
        tmp.unlink(missing_ok=True)
        raise
