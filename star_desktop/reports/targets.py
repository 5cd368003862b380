"""The agreement's result targets per team and year: set in the app, judged in the report.

Shares are stored as fractions (1.0 = 100 %), the change in social assistance as a negative
fraction (−0.25 = down by a quarter), joint plannings as a yearly count. A year without its own
targets uses the defaults of the 2023 Jämtland county agreement (Resultatmål för uppföljning av
individresultat).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..models import AuditAction, Target, TargetKind
from ..validation import Collector

#: Länsgemensam överenskommelse STAR, Jämtlands län 2023: 160 joint plannings a year, 100 % with
#: an individual plan, at least 25 % on to education or work, 80 % with an agreed activity aiming
#: at long-term self-support, the share on economic assistance down by 25 %.
DEFAULT_TARGETS: dict[TargetKind, float] = {
    TargetKind.JOINT_PLANNINGS: 160.0,
    TargetKind.SHARE_WITH_PLAN: 1.0,
    TargetKind.SHARE_TO_WORK_OR_STUDIES: 0.25,
    TargetKind.SHARE_WITH_SELF_SUPPORT_ACTIVITY: 0.8,
    TargetKind.SOCIAL_ASSISTANCE_CHANGE: -0.25,
}
#: How each target is typed and shown: "count" as a number, the rest in per cent.
UNITS: dict[TargetKind, str] = {
    TargetKind.JOINT_PLANNINGS: "count",
    TargetKind.SHARE_WITH_PLAN: "share",
    TargetKind.SHARE_TO_WORK_OR_STUDIES: "share",
    TargetKind.SHARE_WITH_SELF_SUPPORT_ACTIVITY: "share",
    TargetKind.SOCIAL_ASSISTANCE_CHANGE: "change",
}


def values_for(session: Session, year: int) -> dict[TargetKind, float]:
    """The year's targets, the defaults filling in what the team has not set."""
    values = dict(DEFAULT_TARGETS)
    for t in session.scalars(select(Target).where(Target.year == year)):
        values[t.kind] = t.value
    return values


def is_set(session: Session, year: int) -> bool:
    """Whether the team has saved its own targets for the year (else the defaults apply)."""
    return session.scalar(select(Target.id).where(Target.year == year).limit(1)) is not None


@dataclass
class TargetForm:
    """The targets as typed: joint plannings a count, the others in per cent ("25", "-25")."""

    joint_plannings: str = ""
    share_with_plan: str = ""
    share_to_work_or_studies: str = ""
    share_with_self_support_activity: str = ""
    social_assistance_change: str = ""

    @classmethod
    def from_values(cls, values: dict[TargetKind, float]) -> TargetForm:
        return cls(**{k.value: format_target(k, v) for k, v in values.items()})


def format_target(kind: TargetKind, value: float) -> str:
    """A target as the coordinator types it: "160", "25", "-25" (per cent without the sign)."""
    shown = value if UNITS[kind] == "count" else value * 100
    return f"{shown:g}".replace(".", ",")


def _number(text: str) -> float:
    return float(text.strip().replace(" ", "").replace("\u2212", "-").replace(",", ".")
                 .rstrip("%"))


def parse_targets(form: TargetForm) -> dict[TargetKind, float]:
    """Check the typed targets; FieldErrors names each wrong one (nothing is saved)."""
    c = Collector()
    out: dict[TargetKind, float] = {}
    for kind in TargetKind:
        text = getattr(form, kind.value)
        try:
            v = _number(text)
            if not math.isfinite(v):
                raise ValueError(text)
        except ValueError:
            c.add(kind.value, "Skriv ett tal." if text.strip() else "Ange ett mål.")
            continue
        unit = UNITS[kind]
        if unit == "count":
            if v < 0 or v != int(v) or v > 100_000:
                c.add(kind.value, "Skriv ett helt antal, 0 eller fler.")
                continue
            out[kind] = v
        elif unit == "share":
            if not 0 <= v <= 100:
                c.add(kind.value, "Skriv en andel mellan 0 och 100 procent.")
                continue
            out[kind] = v / 100
        else:
            if not -100 <= v <= 100:
                c.add(kind.value, "Skriv en förändring mellan −100 och 100 procent "
                                  "(−25 betyder en minskning med en fjärdedel).")
                continue
            out[kind] = v / 100
    c.raise_if_any()
    return out


def set_targets(session: Session, year: int, form: TargetForm) -> dict[TargetKind, float]:
    """Save the year's targets as a whole (all or nothing), with an audit event."""
    if not 2000 <= year <= 2100:
        raise ValueError(f"year out of range: {year}")
    values = parse_targets(form)
    existing = {t.kind: t for t in session.scalars(select(Target).where(Target.year == year))}
    changed = []
    for kind, v in values.items():
        row = existing.get(kind)
        if row is None:
            session.add(Target(year=year, kind=kind, value=v))
            changed.append(kind.value)
        elif abs(row.value - v) > 1e-12:
            row.value = v
            changed.append(kind.value)
    if changed:
        session.flush()
        audit.record(session, AuditAction.CHANGED, entity="target", entity_id=year,
                     detail=f"mål {year}: " + ", ".join(changed))
    return values
