"""The team service on a real encrypted file: form checks, audit events, and all-or-nothing saves.

Each save runs as the UI runs it (``with tf.session() as s, s.begin():``); what was saved is
always read back in a new session.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from star_desktop.models import AuditAction, AuditEvent, Body, Gender, Member, PartyKind, Team
from star_desktop.storage.teamfile import TeamFile
from star_desktop.team import service
from star_desktop.team.service import MemberForm, TeamForm
from star_desktop.validation import FieldErrors

from .conftest import ACTOR

FILE_NAME = "Bräcke STAR.star"


@pytest.fixture
def tf(team_copy: TeamFile) -> TeamFile:
    """A fresh team file of this test's own (conftest's copy of the module's template)."""
    return team_copy


def party_id(tf: TeamFile, kind: PartyKind = PartyKind.AF) -> int:
    with tf.session() as s:
        return service.party_of_kind(s, kind).id


def form(tf: TeamFile, **changes) -> MemberForm:
    base = MemberForm(
        name="Anna Andersson", party_id=party_id(tf), function="Arbetsförmedlare",
        gender=Gender.WOMAN, email="anna.andersson@arbetsformedlingen.se",
        phone="010-486 00 00", body=Body.TEAM, active_from="2025-01-01", active_to="",
        note="",
    )
    return dataclasses.replace(base, **changes)


def snapshot(tf: TeamFile) -> dict:
    """Everything the team service writes, read in a new session."""
    with tf.session() as s:
        team = service.get_team(s)
        return {
            "team": (team.name, team.municipality, team.federation),
            "members": [
                (m.id, m.name, m.party_id, m.function, m.gender, m.email, m.phone, m.body,
                 m.substitute_for_id, m.active_from, m.active_to, m.note)
                for m in s.scalars(select(Member).order_by(Member.id))
            ],
            "member_rows": s.scalar(select(func.count()).select_from(Member)),
            "audit_rows": s.scalar(select(func.count()).select_from(AuditEvent)),
            "team_rows": s.scalar(select(func.count()).select_from(Team)),
        }


def audit_events(tf: TeamFile, entity: str | None = None) -> list[AuditEvent]:
    with tf.session() as s:
        q = select(AuditEvent).order_by(AuditEvent.id)
        if entity:
            q = q.where(AuditEvent.entity == entity)
        return list(s.scalars(q))


def add(tf: TeamFile, f: MemberForm) -> int:
    with tf.session() as s, s.begin():
        return service.add_member(s, f).id


def failing(tf: TeamFile, action) -> FieldErrors:  # noqa: ANN001 - a callable taking a session
    """Run a save that must fail with FieldErrors and must leave the file unchanged."""
    before = snapshot(tf)
    with pytest.raises(FieldErrors) as ei, tf.session() as s, s.begin():
        action(s)
    assert snapshot(tf) == before
    return ei.value


# --- the team ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("changes", "keys"), [
    ({"name": ""}, {"name"}),
    ({"name": "   "}, {"name"}),
    ({"name": "x" * 201}, {"name"}),
    ({"municipality": "x" * 201}, {"municipality"}),
    ({"name": "", "federation": "y" * 201}, {"name", "federation"}),
])
def test_update_team_refuses_and_saves_nothing(tf, changes, keys):
    f = dataclasses.replace(TeamForm("Nytt namn", "Ragunda", "Jämtlands län"), **changes)
    err = failing(tf, lambda s: service.update_team(s, f))
    assert set(err.errors) == keys
    assert all(err.errors.values())
    with tf.session() as s:
        assert service.get_team(s).name == "Bräcke STAR"


def test_update_team_saves_and_audits_field_names_only(tf):
    before = len(audit_events(tf))
    with tf.session() as s, s.begin():
        service.update_team(s, TeamForm("  Ragunda-Bräcke STAR ", "Ragunda", "Jämtlands län"))
    with tf.session() as s:
        team = service.get_team(s)
        assert (team.name, team.municipality) == ("Ragunda-Bräcke STAR", "Ragunda")
    events = audit_events(tf)
    assert len(events) == before + 1
    ev = events[-1]
    assert (ev.action, ev.entity, ev.actor) == (AuditAction.CHANGED, "team", ACTOR)
    assert "name" in ev.detail and "municipality" in ev.detail
    assert "federation" not in ev.detail  # unchanged
    assert "Ragunda" not in ev.detail

    # saving the same values again changes nothing and logs nothing
    with tf.session() as s, s.begin():
        service.update_team(s, TeamForm("Ragunda-Bräcke STAR", "Ragunda", "Jämtlands län"))
    assert len(audit_events(tf)) == before + 1


# --- adding members ----------------------------------------------------------------------------


def test_add_member_saves_and_audits_without_values(tf):
    member_id = add(tf, form(tf))
    with tf.session() as s:
        m = s.get(Member, member_id)
        assert m.name == "Anna Andersson"
        assert m.email == "anna.andersson@arbetsformedlingen.se"
        assert m.active_from == dt.date(2025, 1, 1) and m.active_to is None
        assert m.gender == Gender.WOMAN and m.body == Body.TEAM
    [ev] = audit_events(tf, "member")
    assert (ev.action, ev.entity_id, ev.actor) == (AuditAction.CREATED, member_id, ACTOR)
    for value in ("Anna", "Andersson", "arbetsformedlingen", "@", "486"):
        assert value not in ev.detail


@pytest.mark.parametrize(("changes", "key"), [
    ({"name": ""}, "name"),
    ({"name": "   "}, "name"),
    ({"name": "x" * 201}, "name"),
    ({"party_id": None}, "party_id"),
    ({"party_id": 9999}, "party_id"),
    ({"gender": None}, "gender"),
    ({"gender": ""}, "gender"),
    ({"gender": "okänt"}, "gender"),
    ({"body": "styrelsen"}, "body"),
    ({"email": "anna@"}, "email"),
    ({"email": "anna.andersson.af.se"}, "email"),
    ({"phone": "ring växeln"}, "phone"),
    ({"active_from": ""}, "active_from"),
    ({"active_from": "2025-2-3"}, "active_from"),
    ({"active_from": "14/3/2025"}, "active_from"),
    ({"active_from": "2025-02-30"}, "active_from"),
    ({"active_to": "2025-13-01"}, "active_to"),
    ({"active_to": "2024-12-31"}, "active_to"),  # ends before it starts
    ({"substitute_for_id": 9999}, "substitute_for_id"),
])
def test_add_member_refuses_each_bad_field(tf, changes, key):
    err = failing(tf, lambda s: service.add_member(s, form(tf, **changes)))
    assert set(err.errors) == {key}
    assert err.errors[key]


def test_add_member_reports_every_problem_at_once(tf):
    bad = form(tf, name="", party_id=None, gender=None, email="x@", active_from="igår")
    err = failing(tf, lambda s: service.add_member(s, bad))
    assert set(err.errors) == {"name", "party_id", "gender", "email", "active_from"}


def test_end_on_the_start_day_is_allowed(tf):
    member_id = add(tf, form(tf, active_from="2025-01-01", active_to="2025-01-01"))
    with tf.session() as s:
        assert s.get(Member, member_id).active_to == dt.date(2025, 1, 1)


# --- substitutes -------------------------------------------------------------------------------


@pytest.fixture
def people(tf) -> dict[str, int]:
    """A team member with a substitute, and a steering-group member."""
    principal = add(tf, form(tf, name="Ordinarie Olsson"))
    substitute = add(tf, form(tf, name="Ersättare Eriksson", substitute_for_id=principal))
    steering = add(tf, form(tf, name="Styr Ström", body=Body.STEERING_GROUP))
    return {"principal": principal, "substitute": substitute, "steering": steering}


def test_substitute_is_saved(tf, people):
    with tf.session() as s:
        sub = s.get(Member, people["substitute"])
        assert sub.substitute_for_id == people["principal"]
        assert sub.substitute_for.name == "Ordinarie Olsson"


def test_substitute_for_self(tf, people):
    pid = people["principal"]
    err = failing(tf, lambda s: service.update_member(
        s, pid, form(tf, name="Ordinarie Olsson", substitute_for_id=pid)))
    assert set(err.errors) == {"substitute_for_id"}
    assert "sig själv" in err.errors["substitute_for_id"]


def test_substitute_for_a_substitute(tf, people):
    err = failing(tf, lambda s: service.add_member(
        s, form(tf, name="Tredje Tärnqvist", substitute_for_id=people["substitute"])))
    assert set(err.errors) == {"substitute_for_id"}
    assert "ordinarie" in err.errors["substitute_for_id"]


def test_substitute_in_another_body(tf, people):
    err = failing(tf, lambda s: service.add_member(s, form(
        tf, name="Fel Organ", body=Body.STEERING_GROUP, substitute_for_id=people["principal"])))
    assert set(err.errors) == {"substitute_for_id"}
    assert "samma organ" in err.errors["substitute_for_id"]
    err = failing(tf, lambda s: service.add_member(s, form(
        tf, name="Fel Organ", body=Body.TEAM, substitute_for_id=people["steering"])))
    assert set(err.errors) == {"substitute_for_id"}


def test_member_with_substitutes_cannot_become_a_substitute(tf, people):
    """Else the existing substitute ends up standing in for a substitute."""
    other = add(tf, form(tf, name="Annan Ordinarie"))
    err = failing(tf, lambda s: service.update_member(s, people["principal"], form(
        tf, name="Ordinarie Olsson", substitute_for_id=other)))
    assert "egna ersättare" in err.errors["substitute_for_id"]


def test_member_with_substitutes_cannot_move_to_another_body(tf, people):
    err = failing(tf, lambda s: service.update_member(s, people["principal"], form(
        tf, name="Ordinarie Olsson", body=Body.STEERING_GROUP)))
    assert set(err.errors) == {"body"}


# --- updating, ending and resuming memberships -------------------------------------------------


def test_update_member_audits_changed_field_names_only(tf, people):
    mid = people["principal"]
    with tf.session() as s, s.begin():
        service.update_member(s, mid, form(tf, name="Ordinarie Olsson",
                                           email="ny.adress@kommunen.se", phone="0693-123 45"))
    with tf.session() as s:
        m = s.get(Member, mid)
        assert (m.email, m.phone) == ("ny.adress@kommunen.se", "0693-123 45")
    ev = audit_events(tf, "member")[-1]
    assert (ev.action, ev.entity_id, ev.actor) == (AuditAction.CHANGED, mid, ACTOR)
    assert "email" in ev.detail and "phone" in ev.detail
    assert "name" not in ev.detail  # unchanged
    for value in ("ny.adress", "kommunen", "@", "0693", "Olsson"):
        assert value not in ev.detail

    # the same form again: nothing changed, nothing logged
    n = len(audit_events(tf))
    with tf.session() as s, s.begin():
        service.update_member(s, mid, form(tf, name="Ordinarie Olsson",
                                           email="ny.adress@kommunen.se", phone="0693-123 45"))
    assert len(audit_events(tf)) == n


def test_failed_update_leaves_the_member_unchanged(tf, people):
    err = failing(tf, lambda s: service.update_member(s, people["principal"], form(
        tf, name="Nytt Namn", email="trasig@", active_from="2025-01-01",
        active_to="2024-01-01")))
    assert set(err.errors) == {"email", "active_to"}
    with tf.session() as s:
        assert s.get(Member, people["principal"]).name == "Ordinarie Olsson"


def test_update_unknown_member(tf):
    with pytest.raises(LookupError), tf.session() as s, s.begin():
        service.update_member(s, 9999, form(tf))


def test_deactivate_and_reactivate(tf, people):
    mid = people["substitute"]
    with tf.session() as s, s.begin():
        service.deactivate_member(s, mid, dt.date(2025, 6, 30))
    with tf.session() as s:
        m = s.get(Member, mid)
        assert m.active_to == dt.date(2025, 6, 30)
        assert m.is_active_on(dt.date(2025, 6, 30)) and not m.is_active_on(dt.date(2025, 7, 1))
        active = service.members(s, include_inactive=False, on=dt.date(2025, 7, 1))
        assert mid not in {x.id for x in active}
        assert mid in {x.id for x in service.members(s)}  # kept for the history
    ev = audit_events(tf, "member")[-1]
    assert (ev.action, ev.entity_id, ev.detail) == (AuditAction.CHANGED, mid,
                                                    "avslutad som ledamot")

    with tf.session() as s, s.begin():
        service.reactivate_member(s, mid)
    with tf.session() as s:
        assert s.get(Member, mid).active_to is None
    ev = audit_events(tf, "member")[-1]
    assert (ev.action, ev.entity_id, ev.detail) == (AuditAction.CHANGED, mid, "aktiv igen")


def test_deactivate_before_start_is_refused_and_saves_nothing(tf, people):
    before = snapshot(tf)
    with pytest.raises(ValueError, match="före startdatum"), tf.session() as s, s.begin():
        service.deactivate_member(s, people["principal"], dt.date(2024, 12, 31))
    assert snapshot(tf) == before


def test_deactivate_or_reactivate_unknown_member(tf):
    with pytest.raises(LookupError), tf.session() as s:
        service.deactivate_member(s, 9999, dt.date(2025, 1, 1))
    with pytest.raises(LookupError), tf.session() as s:
        service.reactivate_member(s, 9999)


def test_members_order_puts_substitutes_after_their_principal(tf, people):
    add(tf, form(tf, name="Bertil Berg"))
    with tf.session() as s:
        names = [m.name for m in service.members(s)]
    assert names == ["Bertil Berg", "Ordinarie Olsson", "Ersättare Eriksson", "Styr Ström"]
