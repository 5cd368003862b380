"""Rules for the team and its members; the Team area and the demo generator call these.

Forms arrive as text (as typed), are parsed and checked here as a whole, and are saved with
their audit event in the caller's transaction — or not at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..models import AuditAction, Body, Gender, Member, Party, PartyKind, Team
from ..models.enums import QT_TRANSLATE_NOOP, Msg
from ..validation import Collector, message_of, normalise_email, normalise_phone, parse_date

#: The fixed parties of domain.md, in the order they are listed there.
BUILTIN_PARTIES: tuple[PartyKind, ...] = (
    PartyKind.AF,
    PartyKind.FK,
    PartyKind.REGION_PRIMARY_CARE,
    PartyKind.REGION_PSYCHIATRY,
    PartyKind.MUNICIPALITY_SOCIAL,
    PartyKind.MUNICIPALITY_LABOUR,
    PartyKind.MUNICIPALITY_ADULT_EDUCATION,
    PartyKind.MUNICIPALITY_OTHER,
    PartyKind.OTHER,
)

NAME_MAX = 200


def seed_new_team(session: Session, name: str, municipality: str, federation: str) -> Team:
    """The rows every new team file starts with: the team and the fixed parties."""
    team = Team(name=name.strip(), municipality=municipality.strip(), federation=federation.strip())
    session.add(team)
    for order, kind in enumerate(BUILTIN_PARTIES):
        session.add(Party(kind=kind, name=kind.label, builtin=True, sort_order=order))
    session.flush()
    audit.record(session, AuditAction.CREATED, entity="team", entity_id=team.id)
    return team


def get_team(session: Session) -> Team:
    team = session.scalars(select(Team).order_by(Team.id)).first()
    if team is None:
        raise LookupError("the team file has no team row")
    return team


@dataclass
class TeamForm:
    name: str = ""
    municipality: str = ""
    federation: str = ""


def update_team(session: Session, form: TeamForm) -> Team:
    c = Collector()
    name = form.name.strip()
    if not name:
        c.add("name", QT_TRANSLATE_NOOP("Messages", "Ange teamets namn."))
    for f in fields(TeamForm):
        if len(getattr(form, f.name).strip()) > NAME_MAX:
            c.add(f.name, Msg(QT_TRANSLATE_NOOP("Messages", "Högst {n} tecken."), n=NAME_MAX))
    c.raise_if_any()
    team = get_team(session)
    changed = [f.name for f in fields(TeamForm)
               if getattr(team, f.name) != getattr(form, f.name).strip()]
    for f in changed:
        setattr(team, f, getattr(form, f).strip())
    if changed:
        audit.record(session, AuditAction.CHANGED, entity="team", entity_id=team.id,
                     detail="fält: " + ", ".join(changed))
    return team


def parties(session: Session, *, include_inactive: bool = False) -> list[Party]:
    q = select(Party).order_by(Party.sort_order, Party.name)
    if not include_inactive:
        q = q.where(Party.active.is_(True))
    return list(session.scalars(q))


def party_of_kind(session: Session, kind: PartyKind) -> Party:
    p = session.scalars(select(Party).where(Party.kind == kind, Party.builtin.is_(True))).first()
    if p is None:
        raise LookupError(kind)
    return p


# --- members -----------------------------------------------------------------------------------


@dataclass
class MemberForm:
    """A member as typed in the Team area; dates as YYYY-MM-DD text."""

    name: str = ""
    party_id: int | None = None
    function: str = ""
    gender: Gender | str | None = None
    email: str = ""
    phone: str = ""
    body: Body | str = Body.TEAM
    substitute_for_id: int | None = None
    active_from: str | dt.date = ""
    active_to: str | dt.date | None = ""
    note: str = ""


@dataclass
class MemberValues:
    """A checked MemberForm, ready to be written to a Member."""

    name: str
    party_id: int
    function: str
    gender: Gender
    email: str
    phone: str
    body: Body
    substitute_for_id: int | None
    active_from: dt.date
    active_to: dt.date | None
    note: str = field(default="")


def check_member(session: Session, form: MemberForm, member_id: int | None = None) -> MemberValues:
    """Parse and check a member form; raise FieldErrors with every problem at once."""
    c = Collector()
    name = form.name.strip()
    if not name:
        c.add("name", QT_TRANSLATE_NOOP("Messages", "Ange namn."))
    elif len(name) > NAME_MAX:
        c.add("name", Msg(QT_TRANSLATE_NOOP("Messages", "Högst {n} tecken."), n=NAME_MAX))
    party = session.get(Party, form.party_id) if form.party_id is not None else None
    if party is None:
        c.add("party_id", QT_TRANSLATE_NOOP("Messages", "Välj part."))
    gender: Gender | None = None
    try:
        gender = Gender(form.gender) if form.gender else None
    except ValueError:
        gender = None
    if gender is None:
        c.add("gender", QT_TRANSLATE_NOOP("Messages", "Välj kön."))
    try:
        body = Body(form.body)
    except ValueError:
        c.add("body", QT_TRANSLATE_NOOP(
            "Messages",
            "Välj om ledamoten sitter i teamet eller styrgruppen."))
        body = Body.TEAM
    email = phone = ""
    try:
        email = normalise_email(form.email)
    except ValueError as e:
        c.add("email", message_of(e))
    try:
        phone = normalise_phone(form.phone)
    except ValueError as e:
        c.add("phone", message_of(e))
    active_from = active_to = None
    try:
        active_from = parse_date(form.active_from, required=True)
    except ValueError as e:
        c.add("active_from", message_of(e))
    try:
        active_to = parse_date(form.active_to)
    except ValueError as e:
        c.add("active_to", message_of(e))
    if active_from and active_to and active_to < active_from:
        c.add("active_to", QT_TRANSLATE_NOOP(
            "Messages",
            "Slutdatum kan inte ligga före startdatum."))
    if form.substitute_for_id is not None:
        principal = session.get(Member, form.substitute_for_id)
        if principal is None:
            c.add("substitute_for_id", QT_TRANSLATE_NOOP(
                "Messages",
                "Den ordinarie ledamoten finns inte."))
        elif member_id is not None and principal.id == member_id:
            c.add("substitute_for_id", QT_TRANSLATE_NOOP(
                "Messages",
                "En ledamot kan inte vara ersättare för sig själv."))
        elif principal.substitute_for_id is not None:
            c.add("substitute_for_id", QT_TRANSLATE_NOOP(
                "Messages",
                "Välj en ordinarie ledamot, inte en ersättare."))
        elif principal.body != body:
            c.add("substitute_for_id", QT_TRANSLATE_NOOP(
                "Messages",
                "Ersättaren måste sitta i samma organ som den ordinarie."))
    if member_id is not None:
        own_substitutes = list(session.scalars(
            select(Member).where(Member.substitute_for_id == member_id)))
        if own_substitutes and form.substitute_for_id is not None:
            c.add("substitute_for_id",
                  QT_TRANSLATE_NOOP(
                      "Messages",
                      "Ledamoten har egna ersättare och kan inte själv vara ersättare."))
        if any(sub.body != body for sub in own_substitutes):
            c.add("body", QT_TRANSLATE_NOOP(
                "Messages",
                "Ledamotens ersättare sitter i det andra organet; ändra dem först."))
    c.raise_if_any()
    assert party is not None and gender is not None and active_from is not None
    return MemberValues(
        name=name, party_id=party.id, function=form.function.strip(), gender=gender,
        email=email, phone=phone, body=body, substitute_for_id=form.substitute_for_id,
        active_from=active_from, active_to=active_to, note=form.note.strip(),
    )


def add_member(session: Session, form: MemberForm) -> Member:
    values = check_member(session, form)
    member = Member(**vars(values))
    session.add(member)
    session.flush()
    audit.record(session, AuditAction.CREATED, entity="member", entity_id=member.id)
    return member


def update_member(session: Session, member_id: int, form: MemberForm) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise LookupError(f"member {member_id}")
    values = check_member(session, form, member_id)
    changed = [k for k, v in vars(values).items() if getattr(member, k) != v]
    for k in changed:
        setattr(member, k, getattr(values, k))
    if changed:
        audit.record(session, AuditAction.CHANGED, entity="member", entity_id=member.id,
                     detail="fält: " + ", ".join(changed))
    return member


def deactivate_member(session: Session, member_id: int, on: dt.date) -> Member:
    """End a membership on a date; the member stays for the history (attendance, minutes)."""
    member = session.get(Member, member_id)
    if member is None:
        raise LookupError(f"member {member_id}")
    if on < member.active_from:
        raise ValueError(QT_TRANSLATE_NOOP("Messages", "Slutdatum kan inte ligga före startdatum."))
    member.active_to = on
    audit.record(session, AuditAction.CHANGED, entity="member", entity_id=member.id,
                 detail="avslutad som ledamot")
    return member


def reactivate_member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise LookupError(f"member {member_id}")
    member.active_to = None
    audit.record(session, AuditAction.CHANGED, entity="member", entity_id=member.id,
                 detail="aktiv igen")
    return member


def members(session: Session, *, include_inactive: bool = True,
            on: dt.date | None = None) -> list[Member]:
    rows = sorted(session.scalars(select(Member)), key=_member_order)
    if include_inactive:
        return rows
    day = on or dt.date.today()
    return [m for m in rows if m.is_active_on(day)]


def _member_order(m: Member) -> tuple[bool, str, bool, str]:
    """Team before steering group; each substitute right after the member they stand in for."""
    principal = m.substitute_for.name if m.substitute_for is not None else m.name
    return (m.body != Body.TEAM, principal.casefold(), m.substitute_for_id is not None,
            m.name.casefold())
