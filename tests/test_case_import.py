"""Import of cases from the Excel template: good sheets, bad sheets, re-import, template, CLI.

Sheets are made from the template file itself, filled by header, so the layout under test is
the documented one.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from star_desktop.cases import process
from star_desktop.cases.import_template import (
    CASES_SHEET,
    COLUMNS,
    INSTRUCTIONS_SHEET,
    LISTS_SHEET,
    write_template,
)
from star_desktop.cases.importer import (
    AUDIT_DETAIL,
    ImportErrors,
    import_cases,
    read_rows,
)
from star_desktop.cli import main
from star_desktop.models import (
    Assessment,
    AuditAction,
    AuditEvent,
    Base,
    Case,
    CaseKind,
    CaseState,
    ClosureReason,
    FollowUp,
    Gender,
    IncomeSource,
    Meeting,
    Participant,
    ParticipantIdentity,
    Party,
    PartyKind,
    PlanningForm,
)
from star_desktop.storage.teamfile import open_team_file

from .conftest import ACTOR, PASSPHRASE

TODAY = dt.date(2025, 6, 30)
ROOT = Path(__file__).resolve().parent.parent
SOCIAL = PartyKind.MUNICIPALITY_SOCIAL.label
AF = PartyKind.AF.label
FK = PartyKind.FK.label


def pnr(birth: str, serial: int) -> str:
    """A personnummer with a correct check digit: birth as YYYYMMDD, serial 0–999."""
    nine = f"{birth[2:]}{serial:03d}"
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return f"{birth}-{serial:03d}{(10 - total % 10) % 10}"


ANNA = pnr("19850312", 238)
BERTIL = pnr("19790521", 111)


def sheet(tmp_path: Path, rows: list[dict[str, Any]], name: str = "ärenden.xlsx") -> Path:
    """The template, filled in by header, one dict per row."""
    template = write_template(tmp_path / "mall.xlsx")
    wb = openpyxl.load_workbook(template)
    ws = wb[CASES_SHEET]
    col = {c.value: c.column for c in ws[1]}
    for r, row in enumerate(rows, start=2):
        for header, value in row.items():
            ws.cell(row=r, column=col[header], value=value)
    out = tmp_path / name
    wb.save(out)
    return out


def person(first: str, last: str, number: str | None = None, *, born: int | None = None,
           gender: str = "Kvinna") -> dict[str, Any]:
    p: dict[str, Any] = {"Förnamn": first, "Efternamn": last, "Kön": gender,
                         "Kommun": "Bräcke"}
    if number:
        p["Personnummer"] = number
    if born:
        p["Födelseår"] = born
    return p


def jp(**extra: Any) -> dict[str, Any]:
    """A joint planning raised by social services with consent."""
    row = {"Typ": "Samplanering", "Aktualiserande part": SOCIAL, "Handläggare": "Karin Lund",
           "Aktualiserad": dt.date(2024, 2, 5), "Samtycke inkommet": "Ja",
           "Samtycke undertecknat": dt.date(2024, 2, 1),
           "Försörjning vid start": IncomeSource.SOCIAL_ASSISTANCE.label,
           "År med offentlig försörjning": 3}
    row.update(extra)
    return row


def accepted(**extra: Any) -> dict[str, Any]:
    return jp(**{"Bedömd": dt.date(2024, 2, 14), "Bedömning": Assessment.ACCEPTED.label,
                 **extra})


def planned(**extra: Any) -> dict[str, Any]:
    return accepted(**{"Ärendebärarens part": SOCIAL, "Ärendebärare": "Per Ek",
                       "Planeringsform": PlanningForm.MULTI_PARTY.label,
                       "Planeringsmöte": dt.date(2024, 3, 20),
                       "Individuell plan": dt.date(2024, 3, 27),
                       "Aktivitet mot egen försörjning": "Ja", **extra})


def good_rows() -> list[dict[str, Any]]:
    """Cases in every state and of every kind; Anna has two cases (one closed, then a new one)."""
    return [
        # 2: raised, no consent yet
        jp(**person("Cecilia", "Ås", pnr("19900101", 45)), **{
            "Ärendenummer": "2025-0101", "Aktualiserad": dt.date(2025, 6, 2),
            "Samtycke inkommet": "Nej", "Samtycke undertecknat": None}),
        # 3: returned
        jp(**person("David", "Ek", pnr("19880808", 12), gender="Man"), **{
            "Bedömd": "2024-02-14", "Bedömning": "återvisat",
            "Skäl till återvisning": "Behöver först utredas"}),
        # 4: accepted (dates as ISO text, labels in other case, English values)
        jp(**person("Eva", "Falk", pnr("19920202", 77)), **{
            "Aktualiserad": "2025-05-05", "Samtycke undertecknat": "2025-05-01",
            "Bedömd": "2025-05-14", "Bedömning": "ANTAGET SOM STAR-ÄRENDE",
            "Försörjning vid start": "sickness_benefit"}),
        # 5: waiting in the queue
        accepted(**person("Fia", "Gran", pnr("19950505", 321)), **{"Kö från": "2024-02-14"}),
        # 6: planned
        planned(**person("Gustav", "Hed", pnr("19800315", 456), gender="Man")),
        # 7: ongoing (a follow-up made)
        planned(**person("Hanna", "Ilves", pnr("19830723", 99)),
                **{"Senaste uppföljning": dt.date(2024, 6, 12)}),
        # 8: Anna's first case, closed with its whole history (queue, plan, follow-up)
        planned(**person("Anna", "Berg", ANNA), **{
            "Ärendenummer": "2024-0007", "Kö från": dt.date(2024, 2, 14),
            "Senaste uppföljning": dt.date(2024, 6, 12), "Avslutad": dt.date(2024, 11, 6),
            "Skäl till avslut": ClosureReason.WORK.label,
            "Försörjning vid avslut": IncomeSource.SALARY.label}),
        # 9: Anna again, raised after the first closed: accepted, one participant
        accepted(**person("Anna", "Berg", ANNA), **{
            "Aktualiserad": dt.date(2025, 1, 13), "Samtycke undertecknat": dt.date(2025, 1, 10),
            "Bedömd": dt.date(2025, 1, 22)}),
        # 10: closed early (accepted, no planning), reason "other" with its note
        accepted(**person("Ivar", "Jansson", born=1990, gender="Man"), **{
            "Avslutad": dt.date(2024, 4, 1), "Skäl till avslut": "Annat",
            "Anteckning vid avslut": "Flyttat", "Försörjning vid avslut": "Okänd"}),
        # 11: consultation held
        {"Typ": "Konsultation", **person("Jonna", "Kask", born=2001),
         "Aktualiserande part": AF, "Aktualiserad": dt.date(2024, 9, 2),
         "Konsulterad": dt.date(2024, 9, 11)},
        # 12: consultation raised
        {"Typ": "konsultation", **person("Karl", "Lind", born=1970, gender="Man"),
         "Aktualiserande part": "fk", "Aktualiserad": dt.date(2025, 6, 20)},
        # 13: general consultation held
        {"Typ": "Generell konsultation", "Fråga": "Samordning vid långvarig sjukskrivning",
         "Aktualiserande part": FK, "Aktualiserad": dt.date(2024, 10, 1),
         "Konsulterad": dt.date(2024, 10, 9)},
        # 14: general consultation raised
        {"Typ": "general_consultation", "Fråga": "Unga utan gymnasieexamen",
         "Aktualiserande part": AF, "Aktualiserad": dt.date(2025, 6, 25)},
    ]


def counts(tf) -> dict[str, int]:
    with tf.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables}


def by_row(tf) -> dict[str, Case]:
    with tf.session() as s:
        cases = s.scalars(select(Case).order_by(Case.id)).all()
        for c in cases:
            _ = c.follow_ups, c.participant and c.participant.identity
        return {c.case_number: c for c in cases}


# --- a good sheet ------------------------------------------------------------------------------


def test_good_sheet_imports_every_state_with_history(team_file, tmp_path):
    path = sheet(tmp_path, good_rows())
    with team_file.session() as s, s.begin():
        result = import_cases(s, path, today=TODAY)
    assert result.imported == 13 and result.already_there == 0
    assert result.participants_created == 10  # 11 rows with a person, Anna twice
    assert result.participants_matched == 0

    with team_file.session() as s:
        cases = s.scalars(select(Case).order_by(Case.id)).all()
        numbers = {c.case_number for c in cases}
        assert {"2025-0101", "2024-0007"} <= numbers
        # generated numbers follow numbering.next_case_number, per year, in raised order
        assert {"2024-0008", "2024-0009", "2024-0014", "2025-0102", "2025-0105"} <= numbers
        assert len(numbers) == 13
        states = {c.state for c in cases}
        assert states == set(CaseState)
        kinds = {c.kind for c in cases}
        assert kinds == set(CaseKind)

        first = s.scalars(select(Case).where(Case.case_number == "2024-0007")).one()
        assert first.state == CaseState.CLOSED
        assert (first.raised_on, first.assessed_on, first.queue_started_on,
                first.planning_meeting_on, first.plan_made_on, first.closed_on) == (
            dt.date(2024, 2, 5), dt.date(2024, 2, 14), dt.date(2024, 2, 14),
            dt.date(2024, 3, 20), dt.date(2024, 3, 27), dt.date(2024, 11, 6))
        assert first.assessment == Assessment.ACCEPTED
        assert first.consent_form_received and first.consent_signed_on == dt.date(2024, 2, 1)
        assert first.closure_reason == ClosureReason.WORK
        assert first.income_at_end == IncomeSource.SALARY
        assert first.self_support_activity is True
        assert first.carrier_party.kind == PartyKind.MUNICIPALITY_SOCIAL
        assert first.carrier_name == "Per Ek"
        assert first.planning_form == PlanningForm.MULTI_PARTY
        assert first.income_at_start == IncomeSource.SOCIAL_ASSISTANCE
        assert first.years_on_support_at_start == 3
        # history: the follow-up made stays, the one not made was dropped at closure
        assert [(f.done_on is not None) for f in first.follow_ups] == [True]
        assert first.follow_ups[0].done_on == dt.date(2024, 6, 12)

        # Anna: one participant, two cases, the second still being worked with
        anna = s.scalars(select(Participant).join(ParticipantIdentity)
                         .where(ParticipantIdentity.personnummer == ANNA.replace("-", ""))).one()
        annas = s.scalars(select(Case).where(Case.participant_id == anna.id)
                          .order_by(Case.raised_on)).all()
        assert [c.state for c in annas] == [CaseState.CLOSED, CaseState.ACCEPTED]
        assert anna.birth_year == 1985 and anna.gender == Gender.WOMAN
        assert anna.municipality == "Bräcke"
        assert anna.identity.first_name == "Anna" and anna.identity.last_name == "Berg"

        def one(state: CaseState, kind: CaseKind = CaseKind.JOINT_PLANNING) -> Case:
            return s.scalars(select(Case).where(Case.state == state, Case.kind == kind)).one()

        assert one(CaseState.RETURNED).return_reason == "Behöver först utredas"
        assert one(CaseState.RETURNED).assessment == Assessment.RETURNED
        assert one(CaseState.WAITING).queue_started_on == dt.date(2024, 2, 14)
        eva = s.scalars(select(Case).where(Case.raised_on == dt.date(2025, 5, 5))).one()
        assert eva.state == CaseState.ACCEPTED
        assert eva.income_at_start == IncomeSource.SICKNESS_BENEFIT
        planned_case = one(CaseState.PLANNED)
        assert [f.done_on for f in planned_case.follow_ups] == [None]  # the first one is due
        assert planned_case.follow_ups[0].due_on == dt.date(2024, 4, 20)  # no meetings: +1 mo
        ongoing = one(CaseState.ONGOING)
        assert [f.done_on for f in ongoing.follow_ups] == [dt.date(2024, 6, 12), None]
        early = s.scalars(select(Case).where(Case.closure_reason == ClosureReason.OTHER)).one()
        assert early.state == CaseState.CLOSED and early.closure_note == "Flyttat"
        assert early.participant.identity.personnummer is None
        assert early.participant.birth_year == 1990
        held = one(CaseState.CONSULTED, CaseKind.GENERAL_CONSULTATION)
        assert held.participant_id is None and held.consulted_on == dt.date(2024, 10, 9)
        assert held.subject == "Samordning vid långvarig sjukskrivning"
        assert one(CaseState.RAISED, CaseKind.CONSULTATION).referring_party.kind == PartyKind.FK

        # one audit event per imported case, without personal values
        events = s.scalars(select(AuditEvent).where(AuditEvent.case_id.is_not(None))).all()
        assert len(events) == 13
        assert {e.case_id for e in events} == {c.id for c in cases}
        assert all(e.action == AuditAction.CREATED and e.detail == AUDIT_DETAIL
                   and e.actor == ACTOR and e.entity == "case" for e in events)
        by_case = {e.case_id: e for e in events}
        assert all(by_case[c.id].participant_id == c.participant_id for c in cases)


def test_a_person_already_in_the_file_keeps_one_record(team_file, tmp_path):
    with team_file.session() as s, s.begin():
        social = s.scalars(select(Party).where(
            Party.kind == PartyKind.MUNICIPALITY_SOCIAL)).first()
        case = process.raise_case(s, process.RaiseForm(
            kind=CaseKind.JOINT_PLANNING, referring_party_id=social.id, raised_on="2025-03-03",
            participant=process.ParticipantForm("Anna", "Berg", ANNA, Gender.WOMAN)),
            today=TODAY)
        pid = case.participant_id
    # Anna's closed case from before (imported) links to her; one that overlaps her open case
    # is refused with the process's own message
    ok = sheet(tmp_path, [good_rows()[6]], "gammal.xlsx")
    with team_file.session() as s, s.begin():
        result = import_cases(s, ok, today=TODAY)
    assert result.participants_matched == 1 and result.participants_created == 0
    with team_file.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 1
        assert s.scalars(select(Case.participant_id)).all() == [pid, pid]

    overlapping = sheet(tmp_path, [jp(**person("Anna", "Berg", ANNA), **{
        "Aktualiserad": dt.date(2025, 1, 7)})], "ny.xlsx")
    with team_file.session() as s, s.begin(), pytest.raises(ImportErrors) as e:
        import_cases(s, overlapping, today=TODAY)
    assert e.value.errors == [(2, "Personnummer", f"Deltagaren har redan ett ärende som inte är "
                                                  f"avslutat ({case.case_number}).")]


def test_two_open_cases_of_one_person_in_the_sheet_are_refused(team_file, tmp_path):
    rows = [accepted(**person("Anna", "Berg", ANNA)),
            jp(**person("Anna", "Berg", ANNA), **{"Aktualiserad": dt.date(2024, 5, 6)})]
    with team_file.session() as s, s.begin(), pytest.raises(ImportErrors) as e:
        import_cases(s, sheet(tmp_path, rows), today=TODAY)
    assert e.value.errors == [(3, "Personnummer", "Deltagaren har redan ett ärende som inte är "
                                                  "avslutat (rad 2).")]


def test_follow_ups_fall_on_the_teams_meetings(team_file, tmp_path):
    """With a meeting calendar, follow-ups are due at meetings, as record_planning_meeting and
    record_follow_up schedule them."""
    with team_file.session() as s, s.begin():
        s.add_all(Meeting(held_on=d, starts_at=dt.time(9), ends_at=dt.time(12))
                  for d in (dt.date(2024, 4, 9), dt.date(2024, 9, 10), dt.date(2024, 10, 8)))
    rows = [planned(**person("Gustav", "Hed", 198003154567, gender="Man")),  # a number cell
            planned(**person("Hanna", "Ilves", pnr("19830723", 99)),
                    **{"Senaste uppföljning": dt.date(2024, 6, 12)})]
    with team_file.session() as s, s.begin():
        import_cases(s, sheet(tmp_path, rows), today=TODAY)
    with team_file.session() as s:
        cases = s.scalars(select(Case).order_by(Case.id)).all()
        assert cases[0].participant.identity.personnummer == "198003154567"
        assert [(f.due_on, f.done_on) for f in cases[0].follow_ups] == [
            (dt.date(2024, 4, 9), None)]
        assert sorted((f.due_on, f.done_on) for f in cases[1].follow_ups) == [
            (dt.date(2024, 4, 9), dt.date(2024, 6, 12)), (dt.date(2024, 10, 8), None)]


# --- a bad sheet -------------------------------------------------------------------------------


def bad_rows() -> list[dict[str, Any]]:
    return [
        jp(**person("A", "A", pnr("19900101", 1)), **{"Aktualiserad": "2024-13-01"}),  # 2
        jp(**person("B", "B", pnr("19900101", 2)), **{"Aktualiserad": "2099-01-05"}),  # 3
        accepted(**person("C", "C", pnr("19900101", 3)),  # 4: assessed before raised
                 **{"Bedömd": dt.date(2024, 1, 10)}),
        accepted(**person("D", "D", pnr("19900101", 4)),  # 5: accepted without consent
                 **{"Samtycke inkommet": "Nej", "Samtycke undertecknat": None}),
        planned(**person("E", "E", pnr("19900101", 5)),  # 6: closed without a reason
                **{"Avslutad": dt.date(2024, 9, 2),
                   "Försörjning vid avslut": IncomeSource.SALARY.label}),
        jp(**person("F", "F", pnr("19900101", 6)),  # 7: unknown party
           **{"Aktualiserande part": "Skatteverket"}),
        jp(**person("G", "G", "19900101-0000")),  # 8: bad personnummer
        jp(**person("H", "H", born=1950)),  # 9: 74 years old
        jp(**person("I", "I", pnr("19900101", 9)), **{"Ärendenummer": "2024-0001"}),  # 10
        jp(**person("J", "J", pnr("19900101", 10)), **{"Ärendenummer": "2024-0001"}),  # 11
        planned(**person("K", "K", pnr("19900101", 11)),  # 12: plan before the meeting
                **{"Individuell plan": dt.date(2024, 3, 1)}),
        {"Typ": "Generell konsultation", **person("L", "L", born=1990),  # 13: a person
         "Fråga": "Något", "Aktualiserande part": AF, "Aktualiserad": dt.date(2024, 3, 1)},
        accepted(**person("M", "M", pnr("19900101", 13)),  # 14: planning without carrier
                 **{"Planeringsform": "SIP", "Planeringsmöte": dt.date(2024, 3, 1)}),
        {"Typ": "Konsultation", **person("N", "N", born=1990), "Aktualiserande part": AF,
         "Aktualiserad": dt.date(2024, 3, 1), "Bedömd": dt.date(2024, 3, 5),
         "Bedömning": "Antaget"},  # 15: a consultation is not assessed
        jp(**person("O", "O", pnr("19900101", 15), gender="Okänt"),  # 16: bad codes
           **{"Samtycke inkommet": "kanske"}),
        {"Typ": "Generell konsultation", "Fråga": "Något", "Aktualiserande part": AF,
         "Aktualiserad": dt.date(2024, 3, 1), "Samtycke inkommet": "Ja",  # 17: consent
         "Samtycke undertecknat": dt.date(2024, 3, 1)},
    ]


def test_bad_sheet_lists_every_problem_and_writes_nothing(team_file, tmp_path):
    path = sheet(tmp_path, [good_rows()[1], *bad_rows()])  # row 2 is good
    before = counts(team_file)
    with team_file.session() as s, s.begin(), pytest.raises(ImportErrors) as e:
        import_cases(s, path, today=TODAY)
    assert counts(team_file) == before
    got = {(row, col): reason for row, col, reason in e.value.errors}
    assert got[(3, "Aktualiserad")] == "2024-13-01 är inget giltigt datum."
    assert got[(4, "Aktualiserad")] == "Datumet kan inte ligga i framtiden."
    assert got[(5, "Bedömd")] == "Datumet kan inte ligga före aktualiseringen (2024-02-05)."
    assert got[(6, "Bedömning")].startswith("Ärendet kan inte antas utan samtycke")
    assert got[(7, "Skäl till avslut")] == "Välj skäl till avslut."
    assert got[(8, "Aktualiserande part")].startswith("Parten finns inte i teamfilen.")
    assert got[(9, "Personnummer")].startswith("Personnumret är inte giltigt")
    assert got[(10, "Födelseår")] == ("STAR är för personer i arbetsför ålder (16–64 år); "
                                       "personen är 74 år.")
    assert got[(12, "Ärendenummer")] == "Ärendenumret finns redan på rad 11."
    assert got[(13, "Individuell plan")] == ("Datumet kan inte ligga före planeringsmötet "
                                            "(2024-03-20).")
    assert got[(14, "Förnamn")].startswith("En generell konsultation gäller ingen enskild")
    assert got[(14, "Födelseår")].startswith("En generell konsultation gäller ingen enskild")
    assert got[(15, "Planeringsmöte")] == ("Utse en ärendebärare innan planeringsmötet "
                                          "registreras.")
    assert got[(16, "Bedömning")] == ("Bara ärenden om samplanering bedöms; en konsultation "
                                     "genomförs.")
    assert got[(17, "Kön")].startswith("Okänt värde. Välj ett av: Kvinna; Man; Annat/ej angivet")
    assert got[(17, "Samtycke inkommet")] == "Skriv Ja eller Nej."
    assert got[(18, "Samtycke inkommet")] == ("En generell konsultation gäller ingen enskild och "
                                             "har inget samtycke.")
    assert {row for row, _c, _r in e.value.errors} == set(range(3, 19)) - {11}
    assert not any(row == 2 for row, _c, _r in e.value.errors)
    # in sheet order, printable as the CLI prints them
    assert e.value.errors == sorted(e.value.errors, key=lambda p: p.row)
    assert str(e.value.errors[0]) == ("rad 3, kolumn Aktualiserad: 2024-13-01 är inget giltigt "
                                      "datum.")


def test_sheet_layout_problems(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Blad1"
    wb.save(tmp_path / "fel.xlsx")
    with pytest.raises(ImportErrors) as e:
        read_rows(tmp_path / "fel.xlsx")
    assert "saknar bladet" in str(e.value.errors[0])

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = CASES_SHEET
    ws.append(["typ", "Aktualiserad", "Födelsedag"])
    wb.save(tmp_path / "rubriker.xlsx")
    with pytest.raises(ImportErrors) as e:
        read_rows(tmp_path / "rubriker.xlsx")
    assert [(p.row, p.column, p.reason) for p in e.value.errors] == [
        (1, "Födelsedag", "Okänd kolumn; använd importmallens rubriker."),
        (1, "Aktualiserande part", "Kolumnen saknas."),
    ]

    (tmp_path / "text.xlsx").write_text("inte en arbetsbok")
    with pytest.raises(ImportErrors) as e:
        read_rows(tmp_path / "text.xlsx")
    assert "kan inte läsas som en Excel-arbetsbok" in str(e.value.errors[0])


def test_read_rows_skips_empty_rows_and_reads_columns_by_header(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = CASES_SHEET
    ws.append(["Aktualiserad", "aktualiserande part", "TYP"])
    ws.append([dt.datetime(2024, 2, 5), AF, "Samplanering"])
    ws.append([None, "  ", None])
    ws.append(["2024-03-01", FK, "Konsultation"])
    wb.save(tmp_path / "ordning.xlsx")
    rows = read_rows(tmp_path / "ordning.xlsx")
    assert [r.row for r in rows] == [2, 4]
    assert rows[0].values["raised_on"] == dt.datetime(2024, 2, 5)
    assert rows[1].values["kind"] == "Konsultation"
    assert rows[1].values["personnummer"] is None


# --- importing again ---------------------------------------------------------------------------


def test_importing_the_same_sheet_twice_creates_no_duplicates(team_file, tmp_path):
    path = sheet(tmp_path, good_rows())
    with team_file.session() as s, s.begin():
        first = import_cases(s, path, today=TODAY)
    after_first = counts(team_file)
    with team_file.session() as s, s.begin():
        again = import_cases(s, path, today=TODAY)
    assert (again.imported, again.already_there) == (0, first.imported)
    assert counts(team_file) == after_first

    # a new row added to the sheet is imported; the rest are still already there
    rows = [*good_rows(), jp(**person("Ny", "Person", pnr("19940404", 404)))]
    with team_file.session() as s, s.begin():
        third = import_cases(s, sheet(tmp_path, rows, "fler.xlsx"), today=TODAY)
    assert (third.imported, third.already_there) == (1, 13)


def test_a_changed_row_is_refused_on_reimport(team_file, tmp_path):
    rows = good_rows()
    with team_file.session() as s, s.begin():
        import_cases(s, sheet(tmp_path, rows), today=TODAY)
    rows[6]["Avslutad"] = dt.date(2024, 12, 4)  # numbered row 8 (2024-0007)
    rows[1]["Skäl till återvisning"] = "Annat skäl"  # row 3, no number: found by its key
    before = counts(team_file)
    with team_file.session() as s, s.begin(), pytest.raises(ImportErrors) as e:
        import_cases(s, sheet(tmp_path, rows, "ändrad.xlsx"), today=TODAY)
    assert counts(team_file) == before
    errors = {(p.row, p.column): p.reason for p in e.value.errors}
    assert errors[(8, "Ärendenummer")] == (
        "Ärendet finns redan i teamfilen (2024-0007) med andra uppgifter: Avslutad. "
        "Rätta raden eller ta bort den.")
    assert errors[(3, "Ärendenummer")].startswith("Ärendet finns redan i teamfilen (2024-0008)")
    assert errors[(3, "Ärendenummer")].endswith("uppgifter: Skäl till återvisning. "
                                                "Rätta raden eller ta bort den.")
    assert len(errors) == 2


# --- the template ------------------------------------------------------------------------------


def test_template_has_sheets_headers_instructions_and_lists(tmp_path):
    path = write_template(tmp_path / "mall.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == [CASES_SHEET, INSTRUCTIONS_SHEET]
    assert wb[LISTS_SHEET].sheet_state == "hidden"
    ws = wb[CASES_SHEET]
    headers = [c.value for c in ws[1]]
    assert headers == [c.header for c in COLUMNS]
    for needed in ("Ärendenummer", "Typ", "Förnamn", "Efternamn", "Personnummer", "Födelseår",
                   "Kön", "Kommun", "Fråga", "Aktualiserande part", "Handläggare",
                   "Aktualiserad", "Samtycke inkommet", "Samtycke undertecknat",
                   "Försörjning vid start", "År med offentlig försörjning", "Bedömd",
                   "Bedömning", "Skäl till återvisning", "Kö från", "Ärendebärarens part",
                   "Ärendebärare", "Planeringsform", "Planeringsmöte", "Individuell plan",
                   "Aktivitet mot egen försörjning", "Konsulterad", "Avslutad",
                   "Skäl till avslut", "Försörjning vid avslut"):
        assert needed in headers

    expected = {
        "Typ": [m.label for m in CaseKind], "Kön": [m.label for m in Gender],
        "Aktualiserande part": [k.label for k in PartyKind],
        "Ärendebärarens part": [k.label for k in PartyKind],
        "Samtycke inkommet": ["Ja", "Nej"], "Aktivitet mot egen försörjning": ["Ja", "Nej"],
        "Försörjning vid start": [m.label for m in IncomeSource],
        "Försörjning vid avslut": [m.label for m in IncomeSource],
        "Bedömning": [m.label for m in Assessment],
        "Planeringsform": [m.label for m in PlanningForm],
        "Skäl till avslut": [m.label for m in ClosureReason],
    }
    letter = {c.value: c.column_letter for c in ws[1]}
    lists = wb[LISTS_SHEET]
    found: dict[str, list[str]] = {}
    for dv in ws.data_validations.dataValidation:
        assert dv.type == "list"
        target = str(dv.sqref)
        header = next(h for h, col in letter.items() if target.startswith(f"{col}2:"))
        assert target.endswith("20001")
        sheet_name, ref = dv.formula1.lstrip("=").split("!")
        assert sheet_name.strip("'") == LISTS_SHEET
        found[header] = [c.value for row in lists[ref.replace("$", "")] for c in row]
    assert found == expected

    info = wb[INSTRUCTIONS_SHEET]
    described = {row[0] for row in info.iter_rows(values_only=True) if row[0]}
    assert {c.header for c in COLUMNS} <= described


def test_template_offers_a_teams_own_parties(tmp_path):
    path = write_template(tmp_path / "mall.xlsx", party_names=["AF", "Egen part"])
    wb = openpyxl.load_workbook(path)
    assert [c.value for c in wb[LISTS_SHEET]["C"]][:3] == ["Aktualiserande part", "AF",
                                                          "Egen part"]


def test_the_documented_layout_names_every_column():
    doc = (ROOT / "docs" / "import-layout.md").read_text(encoding="utf-8")
    for c in COLUMNS:
        assert f"| {c.header} |" in doc, c.header


# --- the command line --------------------------------------------------------------------------


@pytest.fixture
def no_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


def test_cli_import_template(tmp_path, capsys):
    out = tmp_path / "mall.xlsx"
    assert main(["import-template", "--out", str(out)]) == 0
    assert out.is_file() and "Importmallen skriven" in capsys.readouterr().out
    assert main(["import-template", "--out", str(out)]) == 9
    assert main(["import-template", "--out", str(out), "--force"]) == 0


def test_cli_import_cases(team_path, tmp_path, monkeypatch, capsys, no_tty):
    monkeypatch.setenv("STAR_PASSPHRASE", PASSPHRASE)
    good = sheet(tmp_path, good_rows())  # every date long past
    assert main(["import-cases", str(team_path), str(good)]) == 0
    assert capsys.readouterr().out.strip() == "Importerade 13 ärenden (0 fanns redan)"
    assert main(["import-cases", str(team_path), str(good)]) == 0
    assert capsys.readouterr().out.strip() == "Importerade 0 ärenden (13 fanns redan)"

    bad = sheet(tmp_path, bad_rows(), "fel.xlsx")
    assert main(["import-cases", str(team_path), str(bad)]) == 10
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert lines[0] == "rad 2, kolumn Aktualiserad: 2024-13-01 är inget giltigt datum."
    assert "rad 11, kolumn Ärendenummer: Ärendenumret finns redan på rad 10." in lines
    assert lines[-1].startswith("Inget importerades (")
    tf = open_team_file(team_path, actor=ACTOR, ask_passphrase=lambda _r: PASSPHRASE)
    try:
        with tf.session() as s:
            assert s.scalar(select(func.count()).select_from(Case)) == 13
            assert s.scalar(select(func.count()).select_from(FollowUp)) > 0
    finally:
        tf.close()


def test_cli_import_cases_missing_sheet_and_wrong_passphrase(team_path, tmp_path, monkeypatch,
                                                             capsys, no_tty):
    assert main(["import-cases", str(team_path), str(tmp_path / "saknas.xlsx")]) == 3
    monkeypatch.setenv("STAR_PASSPHRASE", "fel lösenfras helt enkelt")
    good = sheet(tmp_path, good_rows()[:1])
    assert main(["import-cases", str(team_path), str(good)]) == 5
    assert "Fel lösenfras" in capsys.readouterr().err
