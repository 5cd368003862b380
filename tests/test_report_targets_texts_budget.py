"""What the coordinator types into the report: the year's targets, the texts per period and the
budget table — checked, saved as a whole or not at all, audited, and read back from a real
encrypted team file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from star_desktop.models import AuditAction, AuditEvent, BudgetLine, ReportText, Target, TargetKind
from star_desktop.reports import budget as bd
from star_desktop.reports import targets as tg
from star_desktop.reports import texts as tx
from star_desktop.reports.budget import BudgetRow, BudgetRowForm
from star_desktop.reports.periods import parse_period, tertial, year
from star_desktop.reports.targets import DEFAULT_TARGETS, TargetForm
from star_desktop.storage.teamfile import TeamFile, open_team_file
from star_desktop.validation import FieldErrors

from .conftest import ACTOR

T1, T2, T3 = tertial(2025, 1), tertial(2025, 2), tertial(2025, 3)
FILE_NAME = "Bräcke STAR.star"


@pytest.fixture
def tf(team_copy: TeamFile) -> TeamFile:
    """A fresh team file of this test's own (conftest's copy of the module's template)."""
    return team_copy


def audit_events(tf: TeamFile, entity: str) -> list[AuditEvent]:
    with tf.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.entity == entity)
                              .order_by(AuditEvent.id)))


def count(tf: TeamFile, model) -> int:  # noqa: ANN001 - any mapped class
    with tf.session() as s:
        return s.scalar(select(func.count()).select_from(model))


GOOD = TargetForm(joint_plannings="120", share_with_plan="90", share_to_work_or_studies="30",
                  share_with_self_support_activity="75", social_assistance_change="-20")
GOOD_VALUES = {TargetKind.JOINT_PLANNINGS: 120.0, TargetKind.SHARE_WITH_PLAN: 0.9,
               TargetKind.SHARE_TO_WORK_OR_STUDIES: 0.3,
               TargetKind.SHARE_WITH_SELF_SUPPORT_ACTIVITY: 0.75,
               TargetKind.SOCIAL_ASSISTANCE_CHANGE: -0.2}


def form_with(**changes: str) -> TargetForm:
    values = vars(GOOD).copy()
    values.update(changes)
    return TargetForm(**values)


# --- targets -------------------------------------------------------------------------------------


def test_defaults_when_no_targets_are_set(tf: TeamFile):
    with tf.session() as s:
        assert tg.values_for(s, 2025) == DEFAULT_TARGETS
        assert not tg.is_set(s, 2025)
    assert DEFAULT_TARGETS == {
        TargetKind.JOINT_PLANNINGS: 160.0, TargetKind.SHARE_WITH_PLAN: 1.0,
        TargetKind.SHARE_TO_WORK_OR_STUDIES: 0.25,
        TargetKind.SHARE_WITH_SELF_SUPPORT_ACTIVITY: 0.8,
        TargetKind.SOCIAL_ASSISTANCE_CHANGE: -0.25}
    assert TargetForm.from_values(DEFAULT_TARGETS) == TargetForm("160", "100", "25", "80", "-25")


def test_parse_targets_reads_what_a_coordinator_types():
    assert tg.parse_targets(GOOD) == GOOD_VALUES
    typed = TargetForm(joint_plannings=" 1 000 ", share_with_plan="100 %",
                       share_to_work_or_studies="12,5", share_with_self_support_activity="0",
                       social_assistance_change="\u221225")  # a typographic minus
    assert tg.parse_targets(typed) == {
        TargetKind.JOINT_PLANNINGS: 1000.0, TargetKind.SHARE_WITH_PLAN: 1.0,
        TargetKind.SHARE_TO_WORK_OR_STUDIES: 0.125,
        TargetKind.SHARE_WITH_SELF_SUPPORT_ACTIVITY: 0.0,
        TargetKind.SOCIAL_ASSISTANCE_CHANGE: -0.25}


COUNT_MSG = "Skriv ett helt antal, 0 eller fler."
SHARE_MSG = "Skriv en andel mellan 0 och 100 procent."
CHANGE_MSG = ("Skriv en förändring mellan −100 och 100 procent (−25 betyder en minskning med en "
              "fjärdedel).")


@pytest.mark.parametrize(("field", "text", "message"), [
    ("joint_plannings", "", "Ange ett mål."),
    ("joint_plannings", "   ", "Ange ett mål."),
    ("joint_plannings", "många", "Skriv ett tal."),
    ("joint_plannings", "-1", COUNT_MSG),
    ("joint_plannings", "12,5", COUNT_MSG),
    ("joint_plannings", "100001", COUNT_MSG),
    ("share_with_plan", "", "Ange ett mål."),
    ("share_with_plan", "101", SHARE_MSG),
    ("share_with_plan", "-1", SHARE_MSG),
    ("share_to_work_or_studies", "25 procent", "Skriv ett tal."),
    ("share_with_self_support_activity", "1000", SHARE_MSG),
    ("social_assistance_change", "-101", CHANGE_MSG),
    ("social_assistance_change", "150", CHANGE_MSG),
    ("social_assistance_change", "minus 25", "Skriv ett tal."),
])
def test_parse_targets_says_what_is_wrong_with_each_field(field, text, message):
    with pytest.raises(FieldErrors) as e:
        tg.parse_targets(form_with(**{field: text}))
    assert e.value.errors == {field: message}


def test_parse_targets_names_every_wrong_field_at_once():
    with pytest.raises(FieldErrors) as e:
        tg.parse_targets(TargetForm("", "x", "200", "-3", "-300"))
    assert e.value.errors == {
        "joint_plannings": "Ange ett mål.", "share_with_plan": "Skriv ett tal.",
        "share_to_work_or_studies": SHARE_MSG, "share_with_self_support_activity": SHARE_MSG,
        "social_assistance_change": CHANGE_MSG}


def test_a_count_that_is_not_a_finite_number_is_a_field_error():
    # "nan" and "inf" pass float(); they once reached int(v) and escaped as a bare ValueError or
    # OverflowError instead of a message for the field.
    raised = {}
    for text in ("nan", "inf", "-inf"):
        try:
            tg.parse_targets(form_with(joint_plannings=text))
        except FieldErrors as e:
            raised[text] = e.errors
        except Exception as e:  # noqa: BLE001 - the point is which exception escapes
            raised[text] = type(e).__name__
    assert raised == {text: {"joint_plannings": "Skriv ett tal."}
                      for text in ("nan", "inf", "-inf")}


def test_set_targets_saves_nothing_when_a_field_is_wrong(tf: TeamFile):
    with tf.session() as s, s.begin(), pytest.raises(FieldErrors) as e:
        tg.set_targets(s, 2025, form_with(share_with_plan="110"))
    assert set(e.value.errors) == {"share_with_plan"}
    assert count(tf, Target) == 0 and audit_events(tf, "target") == []
    # After a good save, a wrong one leaves the saved values as they were.
    with tf.session() as s, s.begin():
        tg.set_targets(s, 2025, GOOD)
    with tf.session() as s, s.begin(), pytest.raises(FieldErrors):
        tg.set_targets(s, 2025, form_with(joint_plannings="5", social_assistance_change="x"))
    with tf.session() as s:
        assert tg.values_for(s, 2025) == GOOD_VALUES
    assert len(audit_events(tf, "target")) == 1


def test_set_targets_round_trips_and_is_audited(tf: TeamFile):
    with tf.session() as s, s.begin():
        assert tg.set_targets(s, 2025, GOOD) == GOOD_VALUES
    with tf.session() as s:
        assert tg.values_for(s, 2025) == GOOD_VALUES
        assert tg.is_set(s, 2025)
        assert TargetForm.from_values(tg.values_for(s, 2025)) == GOOD
        # Other years keep the defaults.
        assert tg.values_for(s, 2024) == DEFAULT_TARGETS == tg.values_for(s, 2026)
        assert not tg.is_set(s, 2026)
    [event] = audit_events(tf, "target")
    assert (event.action, event.entity_id, event.actor) == (AuditAction.CHANGED, 2025, ACTOR)
    assert event.detail == "mål 2025: " + ", ".join(k.value for k in TargetKind)
    # The same targets again change nothing and write no event; one changed target is named.
    with tf.session() as s, s.begin():
        tg.set_targets(s, 2025, GOOD)
    assert len(audit_events(tf, "target")) == 1
    with tf.session() as s, s.begin():
        tg.set_targets(s, 2025, form_with(share_to_work_or_studies="35"))
    events = audit_events(tf, "target")
    assert len(events) == 2 and events[-1].detail == "mål 2025: share_to_work_or_studies"
    with tf.session() as s:
        assert tg.values_for(s, 2025)[TargetKind.SHARE_TO_WORK_OR_STUDIES] == 0.35
    assert count(tf, Target) == 5  # updated in place, one row per kind


def test_set_targets_refuses_an_absurd_year(tf: TeamFile):
    with tf.session() as s, s.begin():
        for y in (1999, 2101):
            with pytest.raises(ValueError):
                tg.set_targets(s, y, GOOD)
    assert count(tf, Target) == 0


@pytest.mark.parametrize(("kind", "value", "text"), [
    (TargetKind.JOINT_PLANNINGS, 160.0, "160"),
    (TargetKind.SHARE_WITH_PLAN, 1.0, "100"),
    (TargetKind.SHARE_TO_WORK_OR_STUDIES, 0.125, "12,5"),
    (TargetKind.SHARE_TO_WORK_OR_STUDIES, 0.07, "7"),
    (TargetKind.SOCIAL_ASSISTANCE_CHANGE, -0.25, "-25"),
    (TargetKind.SOCIAL_ASSISTANCE_CHANGE, 0.0, "0"),
])
def test_format_target_as_typed(kind, value, text):
    assert tg.format_target(kind, value) == text


@given(st.integers(min_value=0, max_value=1000), st.integers(min_value=-1000, max_value=1000))
def test_typed_targets_read_back_as_typed(share_tenths, change_tenths):
    """A share or change with one decimal survives parse → format → parse."""
    share, change = f"{share_tenths / 10:g}".replace(".", ","), \
        f"{change_tenths / 10:g}".replace(".", ",")
    values = tg.parse_targets(form_with(share_with_plan=share, social_assistance_change=change))
    again = tg.parse_targets(TargetForm.from_values(values))
    assert again == values


# --- texts ---------------------------------------------------------------------------------------


def test_the_template_has_a_summary_and_nine_sections_of_four_parts():
    keys = tx.text_keys()
    assert len(keys) == 3 + 9 * 4 == len(tx.KEYS)
    assert keys[:3] == ["summary.participants", "summary.staff", "summary.organisation"]
    assert keys[3:7] == [f"participants.prerequisites.{p}"
                         for p in ("description", "analysis", "reflection", "development")]
    assert tx.label_of("participants.results.analysis") == \
        "3. Deltagare – resultat och effekter – Analys"
    assert tx.label_of("summary.staff") == "Sammanfattning – Personal"
    with pytest.raises(KeyError):
        tx.label_of("participants.results")


def test_texts_are_saved_as_typed_and_per_period(tf: TeamFile):
    typed = {
        "summary.participants": "Första raden.\nAndra raden.\n\n  Ett indrag – och åäö.\n",
        "participants.results.analysis": "Kvinnorna väntade längre.\r\nSe tabell 4.",
    }
    with tf.session() as s, s.begin():
        changed = tx.save_texts(s, T2, typed)
    assert changed == ["summary.participants", "participants.results.analysis"]
    with tf.session() as s:
        assert tx.load_texts(s, T2) == typed  # line breaks, spaces and all
        assert tx.load_texts(s, T1) == {} and tx.load_texts(s, year(2025)) == {}
    # Saving one key leaves the others alone; the same text again is no change.
    with tf.session() as s, s.begin():
        assert tx.save_texts(s, T2, {"summary.participants": typed["summary.participants"]}) \
            == []
        assert tx.save_texts(s, T2, {"summary.staff": "Personalen"}) == ["summary.staff"]
    with tf.session() as s:
        assert tx.load_texts(s, T2) == {**typed, "summary.staff": "Personalen"}


def test_an_empty_text_removes_it(tf: TeamFile):
    with tf.session() as s, s.begin():
        tx.save_texts(s, T2, {"summary.staff": "Text", "summary.organisation": "Mer text"})
    with tf.session() as s, s.begin():
        changed = tx.save_texts(s, T2, {"summary.staff": "  \n\t ",
                                        "staff.methods.reflection": ""})
    assert changed == ["summary.staff"]  # never written: nothing to remove
    with tf.session() as s:
        assert tx.load_texts(s, T2) == {"summary.organisation": "Mer text"}
        assert s.scalar(select(func.count()).select_from(ReportText)) == 1


def test_an_unknown_key_is_refused_and_nothing_is_saved(tf: TeamFile):
    with tf.session() as s, s.begin(), \
            pytest.raises(KeyError, match="participants.results.summary"):
        tx.save_texts(s, T2, {"summary.staff": "Text", "participants.results.summary": "x"})
    assert count(tf, ReportText) == 0 and audit_events(tf, "report_text") == []


def test_a_text_too_long_is_a_field_error_and_nothing_is_saved(tf: TeamFile):
    with tf.session() as s, s.begin(), pytest.raises(FieldErrors) as e:
        tx.save_texts(s, T2, {"summary.staff": "Kort", "summary.organisation": "x" * 50_001})
    assert e.value.errors == {"summary.organisation": "Högst 50 000 tecken."}
    assert count(tf, ReportText) == 0
    with tf.session() as s, s.begin():  # exactly the limit is fine
        assert tx.save_texts(s, T2, {"summary.organisation": "x" * 50_000}) == \
            ["summary.organisation"]


def test_saving_texts_is_audited(tf: TeamFile):
    with tf.session() as s, s.begin():
        tx.save_texts(s, T2, {"summary.staff": "A", "summary.organisation": "B"})
    with tf.session() as s, s.begin():
        tx.save_texts(s, T2, {"summary.staff": "A"})  # unchanged: no event
    with tf.session() as s, s.begin():
        tx.save_texts(s, T2, {"summary.staff": ""})
    events = audit_events(tf, "report_text")
    assert [(e.action, e.detail) for e in events] == [
        (AuditAction.CHANGED, "rapporttexter 2025-T2: 2 ändrade"),
        (AuditAction.CHANGED, "rapporttexter 2025-T2: 1 ändrade"),
    ]
    assert all("A" not in e.detail.split(":")[1] for e in events)  # no text in the log


def test_previous_texts_finds_the_nearest_earlier_period_of_the_same_kind(tf: TeamFile):
    with tf.session() as s, s.begin():
        tx.save_texts(s, tertial(2024, 3), {"summary.staff": "Hösten 2024"})
        tx.save_texts(s, T1, {"summary.staff": "Våren 2025"})
        tx.save_texts(s, year(2023), {"summary.staff": "Året 2023"})
        tx.save_texts(s, parse_period("2025-01-01..2025-03-31"), {"summary.staff": "Kvartal"})
    with tf.session() as s:
        assert tx.previous_texts(s, T2) == (T1, {"summary.staff": "Våren 2025"})
        # Tertial 1 looks back across the year boundary to tertial 3.
        assert tx.previous_texts(s, T1) == (tertial(2024, 3), {"summary.staff": "Hösten 2024"})
        # Tertial 3 skips the empty tertial 2.
        assert tx.previous_texts(s, T3) == (T1, {"summary.staff": "Våren 2025"})
        # A year skips the empty 2024 and finds 2023; the tertials are not years.
        assert tx.previous_texts(s, year(2025)) == (year(2023), {"summary.staff": "Året 2023"})
        # A range finds the range of the same length just before it.
        assert tx.previous_texts(s, parse_period("2025-04-01..2025-06-30")) is None  # 91 days
        assert tx.previous_texts(s, parse_period("2025-04-01..2025-06-29")) == (
            parse_period("2025-01-01..2025-03-31"), {"summary.staff": "Kvartal"})
        # Nothing within six periods back.
        assert tx.previous_texts(s, tertial(2027, 2)) is None
        assert tx.previous_texts(s, tertial(2024, 3)) is None


# --- budget amounts ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("2 220 000", 2_220_000.0),
    ("-2 000", -2_000.0),
    ("\u22122 000", -2_000.0),  # typographic minus, as format_amount writes it
    ("1 234,50", 1_234.5),
    ("0", 0.0),
    ("  17  ", 17.0),
    ("2\u00a0220\u00a0000", 2_220_000.0),  # non-breaking spaces, as spreadsheets copy them
    ("500 kr", 500.0),
    ("0,5", 0.5),
])
def test_parse_amount_reads_swedish_amounts(text, value):
    assert bd.parse_amount(text) == value


@pytest.mark.parametrize("text", ["", "   ", "kr", "tvåtusen", "1.234,50", "1,234.50",
                                  "1,2,3", "nan", "inf", "-inf", "200000000000", "12-"])
def test_parse_amount_refuses_what_is_not_an_amount(text):
    with pytest.raises(ValueError):
        bd.parse_amount(text)


@pytest.mark.parametrize(("value", "text"), [
    (2_220_000, "2 220 000"), (-2_000, "−2 000"), (1_234.5, "1 234,50"), (0, "0"),
    (999.999, "1 000"), (-1_234.56, "−1 234,56"), (None, ""),
])
def test_format_amount(value, text):
    assert bd.format_amount(value) == text


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_a_formatted_amount_reads_back(ore):
    value = ore / 100
    assert bd.parse_amount(bd.format_amount(value)) == pytest.approx(value, abs=0.005)


# --- budget rows ---------------------------------------------------------------------------------


ROWS = [
    BudgetRowForm("Personal", "2 220 000", "700 000", "2 100 000"),
    BudgetRowForm("Lokaler", "120 000", "41 000,50", ""),
    BudgetRowForm("Resor", "-2 000", "0", "-1 500"),
]


def test_parse_budget_and_its_sums():
    rows = bd.parse_budget(ROWS)
    assert rows == [BudgetRow("Personal", 2_220_000.0, 700_000.0, 2_100_000.0),
                    BudgetRow("Lokaler", 120_000.0, 41_000.5, None),
                    BudgetRow("Resor", -2_000.0, 0.0, -1_500.0)]
    assert [r.difference for r in rows] == [1_520_000.0, 78_999.5, -2_000.0]
    table = bd.BudgetTable(rows)
    assert table.budget == 2_338_000.0
    assert table.outcome == 741_000.5
    assert table.difference == 1_596_999.5 == sum(r.difference for r in rows)
    assert table.forecast == 2_098_500.0  # the rows with a forecast
    assert bd.BudgetTable([BudgetRow("A", 1, 1, None)]).forecast is None
    assert bd.BudgetTable([]).budget == 0 and bd.BudgetTable([]).forecast is None


def test_blank_rows_are_ignored_and_messages_keep_the_row_numbers():
    forms = [BudgetRowForm(), ROWS[0], BudgetRowForm("  ", " ", "", "\t"), ROWS[1]]
    assert [r.label for r in bd.parse_budget(forms)] == ["Personal", "Lokaler"]
    with pytest.raises(FieldErrors) as e:
        bd.parse_budget([BudgetRowForm(), BudgetRowForm("", "", "", "5"),
                         BudgetRowForm("Resor", "mycket", "1 000", "x"),
                         BudgetRowForm("L" * 201, "1", "1", "")])
    assert e.value.errors == {
        "row1.label": "Ange vad raden gäller, till exempel Personal.",
        "row1.budget": "Ange ett belopp i kronor (0 går bra).",
        "row1.outcome": "Ange ett belopp i kronor (0 går bra).",
        "row2.budget": "Skriv ett belopp i kronor, till exempel 2 220 000.",
        "row2.forecast": "Skriv ett belopp i kronor, till exempel 2 220 000.",
        "row3.label": "Högst 200 tecken.",
    }


def test_at_most_forty_rows():
    forms = [BudgetRowForm(f"Rad {i}", "1", "1", "") for i in range(41)]
    with pytest.raises(FieldErrors) as e:
        bd.parse_budget(forms)
    assert e.value.errors == {"rows": "Högst 40 rader."}
    assert len(bd.parse_budget(forms[:40])) == 40


def test_save_budget_replaces_all_rows_or_none(tf: TeamFile):
    with tf.session() as s, s.begin():
        saved = bd.save_budget(s, T2, ROWS)
    assert [r.label for r in saved.rows] == ["Personal", "Lokaler", "Resor"]
    with tf.session() as s:
        table = bd.load_budget(s, T2)
        assert table == saved and table.difference == 1_596_999.5
        assert bd.load_budget(s, T1).rows == []
    # Replacing: the new rows in their order, the old ones gone.
    with tf.session() as s, s.begin():
        bd.save_budget(s, T2, [BudgetRowForm("Resor", "5 000", "1 000", ""), ROWS[0]])
    with tf.session() as s:
        assert [(r.label, r.budget) for r in bd.load_budget(s, T2).rows] == [
            ("Resor", 5_000.0), ("Personal", 2_220_000.0)]
    # One wrong row: nothing is replaced.
    with tf.session() as s, s.begin(), pytest.raises(FieldErrors):
        bd.save_budget(s, T2, [ROWS[1], BudgetRowForm("Fel", "x", "1", "")])
    with tf.session() as s:
        assert [r.label for r in bd.load_budget(s, T2).rows] == ["Resor", "Personal"]
        assert s.scalar(select(func.count()).select_from(BudgetLine)) == 2
    # No rows at all empties the table.
    with tf.session() as s, s.begin():
        assert bd.save_budget(s, T2, [BudgetRowForm()]).rows == []
    assert count(tf, BudgetLine) == 0


def test_saving_the_budget_is_audited(tf: TeamFile):
    with tf.session() as s, s.begin():
        bd.save_budget(s, T2, ROWS)
    with tf.session() as s, s.begin():
        bd.save_budget(s, T2, ROWS)  # the same rows: no change, no event
    with tf.session() as s, s.begin():
        bd.save_budget(s, T2, ROWS[:1])
    assert [(e.action, e.detail) for e in audit_events(tf, "budget_line")] == [
        (AuditAction.CHANGED, "budget 2025-T2: 3 rader"),
        (AuditAction.CHANGED, "budget 2025-T2: 1 rader"),
    ]


def test_previous_budget(tf: TeamFile):
    with tf.session() as s, s.begin():
        bd.save_budget(s, tertial(2024, 3), ROWS[:1])
        bd.save_budget(s, T1, ROWS)
    with tf.session() as s:
        period, table = bd.previous_budget(s, T2)
        assert period == T1 and [r.label for r in table.rows] == ["Personal", "Lokaler", "Resor"]
        period, table = bd.previous_budget(s, T1)
        assert period == tertial(2024, 3) and len(table.rows) == 1
        assert bd.previous_budget(s, T3)[0] == T1  # the empty tertial 2 is skipped
        assert bd.previous_budget(s, year(2025)) is None
        assert bd.previous_budget(s, tertial(2024, 3)) is None


def test_texts_and_budget_survive_reopening_the_file(tf: TeamFile, team_template):
    with tf.session() as s, s.begin():
        tx.save_texts(s, T2, {"summary.staff": "Rad 1\nRad 2"})
        bd.save_budget(s, T2, ROWS)
        tg.set_targets(s, 2025, GOOD)
    path = tf.path
    tf.close()
    again = open_team_file(path, actor=ACTOR, key=team_template[1], record_open=False)
    try:
        with again.session() as s:
            assert tx.load_texts(s, T2) == {"summary.staff": "Rad 1\nRad 2"}
            assert bd.load_budget(s, T2).budget == 2_338_000.0
            assert tg.values_for(s, 2025) == GOOD_VALUES
    finally:
        again.close()


def test_periods_with_the_same_dates_share_their_texts(tf: TeamFile):
    """Texts and budget rows are kept by the period's dates, so the year and the year to the end
    of tertial 3 (the same dates) show the same ones."""
    with tf.session() as s, s.begin():
        tx.save_texts(s, year(2025), {"summary.staff": "Helåret"})
    with tf.session() as s:
        assert tx.load_texts(s, parse_period("2025-T3-YTD")) == {"summary.staff": "Helåret"}
        assert tx.load_texts(s, parse_period("2025-01-01..2025-12-31")) == \
            {"summary.staff": "Helåret"}
