"""The deviations register on a real encrypted file: form rules, no personal data in the texts,
all-or-nothing saves, audit events, and the period the report asks for.

Each save runs as the UI runs it (``with tf.session() as s, s.begin():``); what was saved is
always read back in a new session.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from star_desktop.cases import process
from star_desktop.cases.raising import ParticipantForm, RaiseForm
from star_desktop.demo import names
from star_desktop.deviations import service
from star_desktop.deviations.service import DeviationForm
from star_desktop.models import (
    AuditAction,
    AuditEvent,
    CaseKind,
    Deviation,
    DeviationCategory,
    DeviationRaisedTo,
    DeviationStatus,
    Gender,
    PartyKind,
)
from star_desktop.storage.teamfile import TeamFile
from star_desktop.team import service as team_service
from star_desktop.validation import FieldErrors

from .conftest import ACTOR

TODAY = dt.date(2025, 6, 16)
PERSONAL = "Beskrivningen får inte innehålla personuppgifter:"


@pytest.fixture
def team_file(team_copy: TeamFile) -> TeamFile:
    """conftest's fresh encrypted file, as a per-test copy opened with the raw key: this module
    has many small tests, and two key derivations each would cost half a minute."""
    return team_copy


def good(**changes: str) -> DeviationForm:
    base = DeviationForm(
        occurred_on="2025-05-13", category=DeviationCategory.TEAM_ATTENDANCE.value,
        description="Försäkringskassan har saknats vid tre teammöten i rad.",
        raised_to=DeviationRaisedTo.LOCAL_STEERING_GROUP.value, raised_on="2025-05-20",
        status=DeviationStatus.OPEN.value)
    return dataclasses.replace(base, **changes)


RESOLVED = dict(status=DeviationStatus.RESOLVED.value, resolution="Ny ersättare utsedd.",
                resolved_on="2025-06-10")


def add(tf: TeamFile, form: DeviationForm, today: dt.date = TODAY) -> int:
    with tf.session() as s, s.begin():
        return service.add_deviation(s, form, today=today).id


def update(tf: TeamFile, deviation_id: int, form: DeviationForm,
           today: dt.date = TODAY) -> None:
    with tf.session() as s, s.begin():
        service.update_deviation(s, deviation_id, form, today=today)


def snapshot(tf: TeamFile) -> dict:
    """Every deviation and the size of the audit log, read in a new session."""
    with tf.session() as s:
        return {
            "deviations": [
                (d.id, d.occurred_on, d.category, d.description, d.raised_to, d.raised_on,
                 d.status, d.resolution, d.resolved_on)
                for d in s.scalars(select(Deviation).order_by(Deviation.id))
            ],
            "audit_rows": s.scalar(select(func.count()).select_from(AuditEvent)),
        }


def refused(tf: TeamFile, form: DeviationForm, deviation_id: int | None = None) -> dict[str, str]:
    """A save that must fail with FieldErrors and leave the file exactly as it was."""
    before = snapshot(tf)
    with pytest.raises(FieldErrors) as ei, tf.session() as s, s.begin():
        if deviation_id is None:
            service.add_deviation(s, form, today=TODAY)
        else:
            service.update_deviation(s, deviation_id, form, today=TODAY)
    assert snapshot(tf) == before
    assert all(ei.value.errors.values())
    return ei.value.errors


def audit_events(tf: TeamFile) -> list[AuditEvent]:
    with tf.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "deviation")
                              .order_by(AuditEvent.id)))


def raise_case(tf: TeamFile, first: str, last: str) -> str:
    """A case with a named participant; returns its case number (e.g. 2025-0001)."""
    with tf.session() as s, s.begin():
        party = team_service.party_of_kind(s, PartyKind.AF).id
        case = process.raise_case(s, RaiseForm(
            kind=CaseKind.JOINT_PLANNING, referring_party_id=party, raised_on="2025-03-03",
            participant=ParticipantForm(first_name=first, last_name=last, gender=Gender.WOMAN,
                                        birth_year=1981)), today=TODAY)
        return case.case_number


# --- adding ------------------------------------------------------------------------------------


def test_add_saves_the_form_and_audits_without_values(team_file):
    deviation_id = add(team_file, good(description="  Försäkringskassan har saknats.  "))
    with team_file.session() as s:
        d = s.get(Deviation, deviation_id)
        assert (d.occurred_on, d.category, d.description, d.raised_to, d.raised_on, d.status,
                d.resolution, d.resolved_on) == (
            dt.date(2025, 5, 13), DeviationCategory.TEAM_ATTENDANCE,
            "Försäkringskassan har saknats.", DeviationRaisedTo.LOCAL_STEERING_GROUP,
            dt.date(2025, 5, 20), DeviationStatus.OPEN, "", None)
    [event] = audit_events(team_file)
    assert (event.action, event.entity, event.entity_id, event.actor) == (
        AuditAction.CREATED, "deviation", deviation_id, ACTOR)
    assert "Försäkringskassan" not in event.detail


def test_the_form_defaults_to_open_and_needs_no_raising(team_file):
    form = DeviationForm(occurred_on="2025-06-16", category="budget",
                         description="Kostnaden för tolk överstiger budgeten för året.")
    assert form.status == "open"
    deviation_id = add(team_file, form)
    with team_file.session() as s:
        d = s.get(Deviation, deviation_id)
        assert (d.status, d.raised_to, d.raised_on) == (DeviationStatus.OPEN, None, None)


def test_a_resolved_deviation_is_saved_with_its_resolution(team_file):
    deviation_id = add(team_file, good(**RESOLVED))
    with team_file.session() as s:
        d = s.get(Deviation, deviation_id)
        assert (d.status, d.resolution, d.resolved_on) == (
            DeviationStatus.RESOLVED, "Ny ersättare utsedd.", dt.date(2025, 6, 10))


def test_an_empty_form_gets_a_message_on_every_required_field(team_file):
    errors = refused(team_file, DeviationForm())
    assert set(errors) == {"occurred_on", "category", "description"}
    assert errors["occurred_on"] == "Ange ett datum (ÅÅÅÅ-MM-DD)."
    assert errors["category"] == "Välj kategori."
    assert errors["description"] == "Beskriv avvikelsen."


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"occurred_on": "13/5 2025"}, "occurred_on", "Skriv datumet som ÅÅÅÅ-MM-DD"),
    ({"occurred_on": "2025-02-30"}, "occurred_on", "2025-02-30 är inget giltigt datum."),
    ({"occurred_on": "2025-06-17", "raised_to": "", "raised_on": ""}, "occurred_on",
     "Datumet kan inte ligga i framtiden."),
    ({"category": "weather"}, "category", "Välj kategori."),
    ({"description": "   "}, "description", "Beskriv avvikelsen."),
    ({"description": "x" * 2001}, "description", "Högst 2000 tecken (nu 2001)."),
    ({"raised_to": "", "raised_on": "2025-05-20"}, "raised_to", "Välj vart avvikelsen lyftes"),
    ({"raised_to": "the_king"}, "raised_to", "Välj lokal styrgrupp eller Länsam."),
    ({"raised_on": ""}, "raised_on", "Ange när avvikelsen lyftes"),
    ({"raised_on": "2025-05-12"}, "raised_on", "Avvikelsen kan inte ha lyfts före den inträffade."),
    ({"raised_on": "2025-06-17"}, "raised_on", "Datumet kan inte ligga i framtiden."),
    ({"raised_on": "20250520"}, "raised_on", "Skriv datumet som ÅÅÅÅ-MM-DD"),
    ({"status": ""}, "status", "Välj status."),
    ({"status": "closed"}, "status", "Välj status."),
    ({**RESOLVED, "resolution": "  "}, "resolution", "Beskriv hur avvikelsen åtgärdades."),
    ({**RESOLVED, "resolution": "y" * 2001}, "resolution", "Högst 2000 tecken"),
    ({**RESOLVED, "resolved_on": ""}, "resolved_on", "Ange när avvikelsen åtgärdades"),
    ({**RESOLVED, "resolved_on": "2025-05-12"}, "resolved_on",
     "Avvikelsen kan inte ha åtgärdats före den inträffade."),
    ({**RESOLVED, "resolved_on": "2025-06-17"}, "resolved_on",
     "Datumet kan inte ligga i framtiden."),
    ({"resolved_on": "2025-06-10"}, "resolved_on",
     "Ett åtgärdsdatum anges bara när status är Åtgärdad."),
    ({"status": "in_progress", "resolved_on": "2025-06-10"}, "resolved_on",
     "Ett åtgärdsdatum anges bara när status är Åtgärdad."),
])
def test_each_rule_refuses_on_its_field_and_saves_nothing(team_file, changes, field, message):
    errors = refused(team_file, good(**changes))
    assert list(errors) == [field]
    assert errors[field].startswith(message)


def test_every_problem_is_reported_at_once(team_file):
    errors = refused(team_file, DeviationForm(
        occurred_on="2025-06-30", category="", description="Se 811218-1234.",
        raised_to="lansam", raised_on="", status="resolved", resolution="", resolved_on=""))
    assert set(errors) == {"occurred_on", "category", "description", "raised_on",
                           "resolution", "resolved_on"}


def test_a_resolution_in_progress_is_allowed_without_a_date(team_file):
    deviation_id = add(team_file, good(status="in_progress",
                                       resolution="Ny ersättare ska utses."))
    with team_file.session() as s:
        d = s.get(Deviation, deviation_id)
        assert (d.status, d.resolution, d.resolved_on) == (
            DeviationStatus.IN_PROGRESS, "Ny ersättare ska utses.", None)


def test_dates_on_the_same_day_and_today_are_allowed(team_file):
    add(team_file, good(occurred_on="2025-06-16", raised_on="2025-06-16",
                        status="resolved", resolution="Löst direkt.",
                        resolved_on="2025-06-16"))


# --- personal data -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Blanketten för 19811218-1234 saknades.",
    "Blanketten för 811218-1234 saknades.",
    "Blanketten för 811218+1234 saknades.",
    "Blanketten för 8112181234 saknades.",
    "Blanketten för 198112181234 saknades.",
    "Blanketten för 811218 1234 saknades.",
    "(19811218-1234)",
])
def test_a_personnummer_like_number_is_refused(team_file, text):
    errors = refused(team_file, good(description=text))
    assert errors["description"].startswith(PERSONAL)
    assert "personnummer" in errors["description"]
    assert "1234" not in errors["description"]  # the message never repeats the number


@pytest.mark.parametrize("text", [
    "Möten 2025-01-14, 2025-02-11 och 2025-03-11 saknade FK.",
    "Tolkkostnaden blev 125 000 kr, 25 000 kr över budget.",
    "Ring växeln 0771-524 524 för frågor.",
    "Tre av 12 möten, 25 %, saknade representant.",
    "Ett 9-siffrigt nummer 123456789 och ett 13-siffrigt 1234567890123.",
])
def test_dates_amounts_and_other_numbers_are_not_taken_for_personnummer(team_file, text):
    add(team_file, good(description=text))


def test_a_case_number_of_the_file_is_refused(team_file):
    number = raise_case(team_file, "Åsa", "Öberg")
    assert number == "2025-0001"
    errors = refused(team_file, good(description=f"Ärende {number} kom utan samtycke."))
    assert errors["description"] == (
        f"{PERSONAL} den innehåller ärendenumret {number}. "
        "Beskriv vad som hände utan att peka ut någon.")


@pytest.mark.parametrize("text", [
    "Ärende 2024-0001 kom utan samtycke.",  # not a case of this file
    "Ärende 2025-00012 kom utan samtycke.",  # a longer number
    "Ärende 12025-0001 kom utan samtycke.",
    "Ärende 2025-0001-2 kom utan samtycke.",
])
def test_other_numbers_are_not_case_numbers(team_file, text):
    raise_case(team_file, "Åsa", "Öberg")
    add(team_file, good(description=text))


@pytest.mark.parametrize("text", [
    "Åsa Öberg saknade samtycke.",
    "ÅSA ÖBERG saknade samtycke.",
    "Samtycket för åsa   öberg saknades.",
    "Samtycket för åsa\nöberg saknades.",
    "Åsa Öbergs samtycke saknades.",
    "Samtycke saknades (Åsa Öberg).",
])
def test_the_full_name_of_a_participant_is_refused_in_any_case(team_file, text):
    raise_case(team_file, "Åsa", "Öberg")
    errors = refused(team_file, good(description=text))
    assert errors["description"].startswith(PERSONAL)
    assert "namnet på en deltagare" in errors["description"]
    assert "Öberg" not in errors["description"]  # the message never repeats the name


@pytest.mark.parametrize("text", [
    "Åsa från FK kunde inte komma.",  # a first name alone
    "Öberg-rapporten är försenad.",
    "Kajsa Öbergsson ledde mötet.",  # another word
    "Tvåsa Öberg",
])
def test_a_first_name_or_a_part_of_a_word_is_not_a_name(team_file, text):
    raise_case(team_file, "Åsa", "Öberg")
    add(team_file, good(description=text))


def test_several_reasons_go_in_one_message(team_file):
    number = raise_case(team_file, "Åsa", "Öberg")
    other = raise_case(team_file, "Bo", "Ek")
    errors = refused(team_file, good(
        description=f"Åsa Öberg (811218-1234), ärendena {number} och {other}."))
    assert errors["description"] == (
        f"{PERSONAL} den innehåller något som liknar ett personnummer (10 eller 12 siffror), "
        f"ärendenumren {number}, {other} och namnet på en deltagare i teamfilen. "
        "Beskriv vad som hände utan att peka ut någon.")


def test_the_resolution_is_checked_for_personal_data_too(team_file):
    raise_case(team_file, "Åsa", "Öberg")
    errors = refused(team_file, good(**{**RESOLVED, "resolution": "Åsa Öberg fick ny tid."}))
    assert list(errors) == ["resolution"]
    assert errors["resolution"].startswith("Åtgärden får inte innehålla personuppgifter:")


def test_the_demo_teams_deviations_pass_the_check(team_file):
    """The demo generator's texts are what a coordinator would write: none is refused."""
    raise_case(team_file, "Åsa", "Öberg")
    with team_file.session() as s:
        for _category, description, resolution in names.DEVIATIONS:
            assert service.personal_data_in(s, description) == []
            assert service.personal_data_in(s, resolution) == []


# --- changing ----------------------------------------------------------------------------------


def test_update_changes_the_fields_and_audits_their_names_only(team_file):
    deviation_id = add(team_file, good())
    update(team_file, deviation_id, good(**RESOLVED))
    with team_file.session() as s:
        d = s.get(Deviation, deviation_id)
        assert (d.status, d.resolution, d.resolved_on) == (
            DeviationStatus.RESOLVED, "Ny ersättare utsedd.", dt.date(2025, 6, 10))
    created, changed = audit_events(team_file)
    assert created.action == AuditAction.CREATED
    assert (changed.action, changed.entity, changed.entity_id, changed.actor) == (
        AuditAction.CHANGED, "deviation", deviation_id, ACTOR)
    assert changed.detail == "fält: status, resolution, resolved_on"
    assert "ersättare" not in changed.detail

    # Saving the same values again changes nothing and logs nothing.
    update(team_file, deviation_id, good(**RESOLVED))
    assert len(audit_events(team_file)) == 2


def test_a_refused_update_leaves_the_stored_deviation_whole(team_file):
    deviation_id = add(team_file, good())
    # A good new description and status, but a resolution date without the status: nothing.
    errors = refused(team_file, good(description="Ny text.", status="in_progress",
                                     resolved_on="2025-06-01"), deviation_id)
    assert list(errors) == ["resolved_on"]
    with team_file.session() as s:
        d = s.get(Deviation, deviation_id)
        assert (d.description, d.status) == (
            "Försäkringskassan har saknats vid tre teammöten i rad.", DeviationStatus.OPEN)


def test_reopening_a_resolved_deviation_needs_the_date_removed(team_file):
    deviation_id = add(team_file, good(**RESOLVED))
    errors = refused(team_file, good(**{**RESOLVED, "status": "in_progress"}), deviation_id)
    assert list(errors) == ["resolved_on"]
    update(team_file, deviation_id, good(**{**RESOLVED, "status": "in_progress",
                                            "resolved_on": ""}))
    with team_file.session() as s:
        d = s.get(Deviation, deviation_id)
        assert (d.status, d.resolved_on, d.resolution) == (
            DeviationStatus.IN_PROGRESS, None, "Ny ersättare utsedd.")


def test_update_of_an_unknown_deviation(team_file):
    with pytest.raises(LookupError), team_file.session() as s, s.begin():
        service.update_deviation(s, 999, good(), today=TODAY)


def test_form_of_gives_back_what_was_saved(team_file):
    form = good(**RESOLVED)
    deviation_id = add(team_file, form)
    with team_file.session() as s:
        assert service.form_of(s.get(Deviation, deviation_id)) == form
    form = good(raised_to="", raised_on="")
    deviation_id = add(team_file, form)
    with team_file.session() as s:
        assert service.form_of(s.get(Deviation, deviation_id)) == form


def test_the_register_has_no_deletion():
    assert not [n for n in dir(service) if n.startswith(("delete", "remove", "erase"))]


# --- reading -----------------------------------------------------------------------------------


def _add_on(tf: TeamFile, occurred: str, resolved: str | None = None,
            status: str | None = None) -> int:
    changes: dict[str, str] = {"occurred_on": occurred, "raised_to": "", "raised_on": ""}
    if resolved:
        changes.update(status="resolved", resolution="Åtgärdat.", resolved_on=resolved)
    elif status:
        changes["status"] = status
    return add(tf, good(**changes), today=dt.date(2026, 12, 31))


def test_list_is_newest_first_and_filters_by_status_and_year(team_file):
    a = _add_on(team_file, "2024-11-05", resolved="2025-01-10")
    b = _add_on(team_file, "2025-02-01")
    c = _add_on(team_file, "2025-02-01", status="in_progress")
    d = _add_on(team_file, "2025-09-30", resolved="2025-10-01")
    with team_file.session() as s:
        def ids(**kw):  # noqa: ANN003, ANN202
            return [x.id for x in service.list_deviations(s, **kw)]

        assert ids() == [d, c, b, a]
        assert ids(status=DeviationStatus.RESOLVED) == [d, a]
        assert ids(status="open") == [b]
        assert ids(year=2025) == [d, c, b]
        assert ids(year=2024) == [a]
        assert ids(year=2023) == []
        assert ids(year=2025, status="resolved") == [d]
        assert service.deviation_years(s) == [2025, 2024]


def test_deviations_in_period_are_those_open_at_some_time_in_it(team_file):
    start, end = dt.date(2025, 5, 1), dt.date(2025, 8, 31)
    before_resolved = _add_on(team_file, "2025-01-10", resolved="2025-04-30")  # out: day before
    resolved_on_start = _add_on(team_file, "2025-01-10", resolved="2025-05-01")  # in
    old_open = _add_on(team_file, "2024-03-01")  # in: still open
    old_ongoing = _add_on(team_file, "2024-06-01", status="in_progress")  # in
    on_end = _add_on(team_file, "2025-08-31")  # in: occurred on the last day
    after = _add_on(team_file, "2025-09-01")  # out: the day after
    inside = _add_on(team_file, "2025-06-01", resolved="2025-06-02")  # in
    spanning = _add_on(team_file, "2025-04-01", resolved="2025-10-01")  # in
    with team_file.session() as s:
        found = [d.id for d in service.deviations_in_period(s, start, end)]
    assert found == [old_open, old_ongoing, resolved_on_start, spanning, inside, on_end]
    assert before_resolved not in found and after not in found
    with team_file.session() as s:
        assert [d.id for d in service.deviations_in_period(
            s, dt.date(2025, 9, 1), dt.date(2025, 9, 1))] == [old_open, old_ongoing, spanning,
                                                              on_end, after]
