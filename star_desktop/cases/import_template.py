"""The Excel layout for importing a team's cases, and the template a coordinator fills in.

One row per case on the sheet "Ärenden"; the sheet "Instruktioner" describes every column; the
coded columns offer drop-down lists (the Swedish labels of the enums, and the team's parties)
kept on a hidden sheet "Listor". ``COLUMNS`` is the one description of the layout: the template,
the importer (``importer.py``) and ``docs/import-layout.md`` all follow it.

openpyxl is imported inside the functions that write, so the app's start stays fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..models import (
    Assessment,
    CaseKind,
    ClosureReason,
    Gender,
    IncomeSource,
    PartyKind,
    PlanningForm,
)
from ..models.enums import LabelledEnum

CASES_SHEET = "Ärenden"
INSTRUCTIONS_SHEET = "Instruktioner"
LISTS_SHEET = "Listor"
#: Rows of "Ärenden" that get the drop-down lists and date formats (row 1 is the header).
TEMPLATE_ROWS = 20_000

YES, NO = "Ja", "Nej"


@dataclass(frozen=True)
class Column:
    """One column of the sheet "Ärenden".

    ``key`` is the name the importer uses (the process's field name where there is one);
    ``kind`` says how a cell is read: text, date, int (passed on as typed), yesno, enum, party.
    """

    key: str
    header: str
    kind: str
    required: str
    description: str
    example: str
    enum: type[LabelledEnum] | None = None
    width: int = 16


COLUMNS: tuple[Column, ...] = (
    Column("case_number", "Ärendenummer", "text", "Nej",
           "Ärendets nummer, unikt i teamet (högst 20 tecken). Tomt: ett nummer ÅÅÅÅ-NNNN "
           "skapas från aktualiseringsåret.", "2024-0012"),
    Column("kind", "Typ", "enum", "Alltid",
           "Typ av ärende.", CaseKind.JOINT_PLANNING.label, CaseKind, 22),
    Column("first_name", "Förnamn", "text", "Samplanering och konsultation",
           "Individens förnamn. Tomt för generell konsultation.", "Anna"),
    Column("last_name", "Efternamn", "text", "Samplanering och konsultation",
           "Individens efternamn. Tomt för generell konsultation.", "Berg"),
    Column("personnummer", "Personnummer", "text", "Nej",
           "12 eller 10 siffror, med eller utan bindestreck; kontrollsiffran prövas. Samma "
           "personnummer på flera rader (eller redan i teamfilen) blir en och samma deltagare.",
           "19850312-2384", width=18),
    Column("birth_year", "Födelseår", "int", "När personnummer saknas",
           "Fyra siffror; ska stämma med personnumret om båda anges. Individen ska vara "
           "16–64 år när ärendet aktualiseras.", "1985", width=11),
    Column("gender", "Kön", "enum", "Samplanering och konsultation",
           "Individens kön.", Gender.WOMAN.label, Gender, 16),
    Column("municipality", "Kommun", "text", "Nej",
           "Kommunen där individen bor.", "Bräcke"),
    Column("subject", "Fråga", "text", "Generell konsultation (bara då)",
           "Vad frågan gäller, utan personuppgifter.",
           "Hur samordnas insatser vid långvarig sjukskrivning?", width=30),
    Column("referring_party", "Aktualiserande part", "party", "Alltid",
           "Parten som aktualiserar ärendet (teamets parter).",
           PartyKind.MUNICIPALITY_SOCIAL.label, width=28),
    Column("referring_officer", "Handläggare", "text", "Nej",
           "Den aktualiserande handläggarens namn.", "Karin Lund", width=18),
    Column("raised_on", "Aktualiserad", "date", "Alltid",
           "Datum då ärendet aktualiserades.", "2024-02-05", width=13),
    Column("consent_form_received", "Samtycke inkommet", "yesno", "Före bedömning som antaget",
           "Om blanketten \"Aktualisering till STAR\" har kommit in. Tomt betyder Nej.", YES,
           width=12),
    Column("consent_signed_on", "Samtycke undertecknat", "date", "När samtycket har inkommit",
           "Datum då samtycket skrevs under.", "2024-02-01", width=13),
    Column("income_at_start", "Försörjning vid start", "enum", "Nej (tomt = Okänd)",
           "Individens försörjning när ärendet aktualiserades.",
           IncomeSource.SOCIAL_ASSISTANCE.label, IncomeSource, 24),
    Column("years_on_support_at_start", "År med offentlig försörjning", "int", "Nej",
           "Antal år med offentlig försörjning vid start, heltal 0–50.", "3", width=12),
    Column("assessed_on", "Bedömd", "date", "När teamet har bedömt ärendet",
           "Datum för teamets bedömning (bara samplanering).", "2024-02-14", width=13),
    Column("assessment", "Bedömning", "enum", "När Bedömd är ifyllt",
           "Antaget som STAR-ärende eller återvisat till remittenten. Antaget kräver "
           "samtycke med datum.", Assessment.ACCEPTED.label, Assessment, 22),
    Column("return_reason", "Skäl till återvisning", "text", "När ärendet återvisats",
           "Varför ärendet återvisades (bara då).", "Behöver först utredas inom psykiatrin",
           width=24),
    Column("queue_started_on", "Kö från", "date", "Nej",
           "Datum då ärendet sattes i kö för planering (på eller efter bedömningen).",
           "2024-02-14", width=13),
    Column("carrier_party", "Ärendebärarens part", "party", "När planeringsmötet är hållet",
           "Parten som bär ärendet.", PartyKind.MUNICIPALITY_SOCIAL.label, width=28),
    Column("carrier_name", "Ärendebärare", "text", "När ärendebärarens part är angiven",
           "Ärendebärarens namn.", "Per Ek", width=18),
    Column("planning_form", "Planeringsform", "enum", "När planeringsmötet är hållet",
           "Form för planeringsmötet med individen.", PlanningForm.MULTI_PARTY.label,
           PlanningForm, 16),
    Column("planning_meeting_on", "Planeringsmöte", "date", "Nej",
           "Datum för planeringsmötet med individen (kräver antaget ärende, ärendebärare och "
           "planeringsform).", "2024-03-20", width=13),
    Column("plan_made_on", "Individuell plan", "date", "Nej",
           "Datum då den individuella planen var klar (på eller efter planeringsmötet).",
           "2024-03-27", width=13),
    Column("self_support_activity", "Aktivitet mot egen försörjning", "yesno", "Nej",
           "Om planen har en överenskommen aktivitet mot egen försörjning (kräver individuell "
           "plan). Tomt betyder Nej.", YES, width=12),
    Column("last_follow_up", "Senaste uppföljning", "date", "Nej",
           "Datum för den senaste uppföljningen i teamet efter planeringsmötet. Ifyllt gör "
           "ärendet pågående; nästa uppföljning planeras som i processen (tre månader senare).",
           "2024-06-12", width=13),
    Column("consulted_on", "Konsulterad", "date", "Nej",
           "Datum då konsultationen hölls i teamet (bara konsultationer).", "2024-02-14",
           width=13),
    Column("closed_on", "Avslutad", "date", "Nej",
           "Datum då ärendet avslutades (antagna ärenden; på eller efter alla andra datum).",
           "2024-11-06", width=13),
    Column("closure_reason", "Skäl till avslut", "enum", "När Avslutad är ifyllt",
           "Varför ärendet avslutades.", ClosureReason.WORK.label, ClosureReason, 30),
    Column("closure_note", "Anteckning vid avslut", "text", "När skälet är Annat",
           "Beskrivning av skälet till avslut.", "Flyttat till annan kommun", width=24),
    Column("income_at_end", "Försörjning vid avslut", "enum", "När Avslutad är ifyllt",
           "Individens försörjning när ärendet avslutades (Okänd går bra).",
           IncomeSource.SALARY.label, IncomeSource, 24),
)

COLUMN_BY_KEY: dict[str, Column] = {c.key: c for c in COLUMNS}

#: How the state of a case follows from what is filled in (shown on the instructions sheet).
STATE_RULES: tuple[str, ...] = (
    "Ärendets status räknas fram ur vilka datum som är ifyllda, i processens ordning:",
    "  Aktualiserat: bara Aktualiserad.",
    "  Återvisat: Bedömd med bedömningen Återvisat (och skäl).",
    "  Antaget: Bedömd med bedömningen Antaget (kräver samtycke med datum).",
    "  I kö: dessutom Kö från.",
    "  Planerat: dessutom ärendebärare, planeringsform och Planeringsmöte.",
    "  Pågående: dessutom Senaste uppföljning.",
    "  Avslutat: dessutom Avslutad, Skäl till avslut och Försörjning vid avslut.",
    "  Konsulterat (konsultationer): Konsulterad.",
    "Datumen ska följa processen: aktualiserad ≤ bedömd ≤ kö ≤ planeringsmöte ≤ individuell "
    "plan ≤ avslutad, och inget datum får ligga i framtiden.",
    "Datum skrivs som Excel-datum eller som text ÅÅÅÅ-MM-DD. Kodade värden väljs i listan; "
    "stora och små bokstäver spelar ingen roll.",
    "Importen prövar alla rader först. Finns ett enda fel importeras ingenting, och varje fel "
    "visas med rad, kolumn och orsak.",
    "Samma blad kan importeras igen: rader som redan finns i teamfilen hoppas över.",
)


def yes_no_values() -> list[str]:
    return [YES, NO]


def builtin_party_names() -> list[str]:
    """The names a new team file gives its fixed parties (their Swedish labels)."""
    return [k.label for k in PartyKind]


def allowed_values(column: Column, party_names: Sequence[str]) -> list[str]:
    """The values of a coded column's drop-down list; empty for free columns."""
    if column.kind == "enum" and column.enum is not None:
        return [m.label for m in column.enum]
    if column.kind == "party":
        return list(party_names)
    if column.kind == "yesno":
        return yes_no_values()
    return []


def _allowed_text(column: Column) -> str:
    if column.kind == "enum" and column.enum is not None:
        return "; ".join(m.label for m in column.enum)
    if column.kind == "party":
        return "Teamets parter (listan i mallen)"
    if column.kind == "yesno":
        return f"{YES} / {NO}"
    if column.kind == "date":
        return "Datum (ÅÅÅÅ-MM-DD)"
    if column.kind == "int":
        return "Heltal"
    return "Text"


def write_template(path: Path | str, *, party_names: Sequence[str] | None = None) -> Path:
    """Write the import template (xlsx) at ``path``.

    ``party_names`` are the parties offered in the drop-down lists: a team's own parties when
    the template is made from an open team file, else the fixed parties a new file has.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    parties = list(party_names) if party_names is not None else builtin_party_names()
    wb = Workbook()
    ws = wb.active
    ws.title = CASES_SHEET
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for i, col in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=i, value=col.header)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = col.width
        if col.kind == "date":
            ws.column_dimensions[letter].number_format = "yyyy-mm-dd"
        elif col.kind == "text":
            # Text, so Excel keeps a personnummer's dash and leading zeros as typed.
            ws.column_dimensions[letter].number_format = "@"
    ws.freeze_panes = "C2"
    info = wb.create_sheet(INSTRUCTIONS_SHEET)

    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    list_col = 0
    for i, col in enumerate(COLUMNS, start=1):
        values = allowed_values(col, parties)
        if not values:
            continue
        list_col += 1
        letter = get_column_letter(list_col)
        lists.cell(row=1, column=list_col, value=col.header)
        for r, value in enumerate(values, start=2):
            lists.cell(row=r, column=list_col, value=value)
        dv = DataValidation(
            type="list",
            formula1=f"='{LISTS_SHEET}'!${letter}$2:${letter}${len(values) + 1}",
            allow_blank=True,
            showDropDown=False,  # False means: show the arrow (the attribute is inverted)
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle=col.header,
            error="Välj ett värde ur listan.",
            promptTitle=col.header,
            prompt=col.description[:255],
            showInputMessage=True,
        )
        target = get_column_letter(i)
        dv.add(f"{target}2:{target}{TEMPLATE_ROWS + 1}")
        ws.add_data_validation(dv)

    info.cell(row=1, column=1, value="Importmall för STAR-ärenden").font = Font(bold=True,
                                                                               size=14)
    r = 2
    intro = ("Fyll i bladet \"Ärenden\" med ett ärende per rad, med rubrikerna oförändrade. "
             "Kolumnerna beskrivs nedan.")
    for line in (intro, *STATE_RULES):
        r += 1
        info.cell(row=r, column=1, value=line)
    r += 2
    for i, head in enumerate(("Kolumn", "Krävs", "Tillåtna värden", "Exempel", "Beskrivning"),
                             start=1):
        cell = info.cell(row=r, column=i, value=head)
        cell.font = bold
        cell.fill = fill
    for col in COLUMNS:
        r += 1
        for i, value in enumerate((col.header, col.required, _allowed_text(col), col.example,
                                   col.description), start=1):
            cell = info.cell(row=r, column=i, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDE", (28, 26, 40, 24, 70), strict=True):
        info.column_dimensions[letter].width = width

    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
