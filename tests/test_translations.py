"""The English translation through Qt Linguist, and the language setting.

The committed .ts files must match what lupdate extracts from the code today (a new self.tr()
without a translation fails here), every message must be translated in both languages with the
same placeholders and accelerators, and the compiled English must reach real widgets.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QPushButton

from star_desktop import i18n, preferences
from star_desktop.models.enums import CaseState, Gender, PartyKind
from star_desktop.ui import app as app_module
from star_desktop.ui.common import enum_label
from star_desktop.ui.main_window import MainWindow, area_name


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm compiled from the committed .ts into a temporary folder (no `make setup` needed)."""
    out = tmp_path_factory.mktemp("qm")
    i18n.compile_qm(out)
    return out


@pytest.fixture
def qt_app():  # noqa: ANN201 - the QApplication
    """The app, put back to Swedish afterwards so other tests see the default language."""
    qapp = app_module.make_app(language="sv")
    yield qapp
    assert app_module.install_translations(qapp, "sv") == "sv"


@pytest.fixture
def english(qt_app, compiled: Path):  # noqa: ANN001, ANN201
    assert app_module.install_translations(qt_app, "en", compiled) == "en"
    return qt_app


def test_ts_files_are_up_to_date_with_the_code() -> None:
    for lang, (new, gone) in i18n.stale().items():
        assert not new, f"{lang}: strings in the code missing from the .ts (run "\
                        f"`python -m star_desktop.i18n update` and translate): {sorted(new)}"
        assert not gone, f"{lang}: strings in the .ts no longer in the code: {sorted(gone)}"


def test_both_languages_have_the_same_messages() -> None:
    sv = i18n.read_ts(i18n.ts_path("sv"))
    en = i18n.read_ts(i18n.ts_path("en"))
    assert len(sv) > 700
    assert i18n.keys(sv) == i18n.keys(en)
    assert len(i18n.keys(sv)) == len(sv), "no vanished or obsolete messages are kept"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_message_is_translated_with_matching_placeholders(lang: str) -> None:
    problems = [p for m in i18n.read_ts(i18n.ts_path(lang)) for p in i18n.message_problems(m)]
    assert problems == []


def test_swedish_translations_are_the_source() -> None:
    for m in i18n.read_ts(i18n.ts_path("sv")):
        assert m.translation == m.source, (m.context, m.source)


def test_english_is_really_english() -> None:
    """Guards against copying the Swedish into the English file: few messages may equal it."""
    same = [m.source for m in i18n.read_ts(i18n.ts_path("en")) if m.translation == m.source]
    allowed = {"4R", "Team", "Man", "SIP", "Länsam", "Försäkringskassan", "Arbetsförmedlingen",
               "Status", "Budget", "Text", "Period", "&Period:", "S&tatus:", "&Status:", "–",
               "PDF (*.pdf)", " min", "Version:", "R1 Representation", "{body} {date}",
               "{what}:\n{name}", "R3 Realia", "&Form:", "&Start:", "Organisation"}
    assert set(same) <= allowed


def _message(source: str, translation: str) -> i18n.Message:
    return i18n.Message("Ctx", source, translation, "")


def test_the_checks_catch_broken_translations() -> None:
    assert i18n.message_problems(_message("Spara {name} &nu", "Save {name} &now")) == []
    assert i18n.message_problems(_message("Tid {h}:{m:02d}", "Time {h}:{m:02d}")) == []
    assert "placeholders" in i18n.message_problems(_message("Öppnade {name}", "Opened"))[0]
    assert "placeholders" in i18n.message_problems(_message("%1 fel", "%2 errors"))[0]
    assert "accelerators" in i18n.message_problems(_message("&Spara", "Save"))[0]
    assert "accelerators" in i18n.message_problems(_message("Spara", "&Save &it"))[0]
    assert i18n.message_problems(_message("Salt && peppar", "Salt && pepper")) == []
    assert "HTML" in i18n.message_problems(_message("<b>{app}</b>", "{app}"))[0]
    assert "line breaks" in i18n.message_problems(_message("a\n\nb", "a b"))[0]
    assert "not translated" in i18n.message_problems(_message("Spara", ""))[0]
    unfinished = i18n.Message("Ctx", "Spara", "Save", "unfinished")
    assert "not translated" in i18n.message_problems(unfinished)[0]
    gone = i18n.Message("Ctx", "Spara", "Save", "vanished")
    assert "no longer" in i18n.message_problems(gone)[0]


def test_a_new_string_in_the_code_makes_the_files_stale(tmp_path: Path) -> None:
    """The up-to-date check can fail: a new tr() in a copy of a module is reported as new."""
    src = tmp_path / "pkg"
    src.mkdir()
    (src / "w.py").write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Wrapped', text)\n"
        "class W(QObject):\n"
        "    def f(self):\n"
        "        return self.tr('Hej'), _tr('Med omslag')\n", encoding="utf-8")
    ts_dir = tmp_path / "ts"
    i18n.update(ts_dir, source_root=src)
    found = i18n.keys(i18n.read_ts(i18n.ts_path("en", ts_dir)))
    assert found == {("W", "Hej"), ("Wrapped", "Med omslag")}
    sv = i18n.read_ts(i18n.ts_path("sv", ts_dir))
    assert {(m.source, m.translation, m.kind) for m in sv} == {
        ("Hej", "Hej", ""), ("Med omslag", "Med omslag", "")}
    assert all(m.kind == "unfinished" for m in i18n.read_ts(i18n.ts_path("en", ts_dir)))
    # The wrapper's string points at its real line, not at the generated supplement.
    assert {loc for m in sv for loc in m.locations} == {"../pkg/w.py:6"}


def test_strings_behind_wrappers_and_constant_contexts_are_extracted() -> None:
    found = {(f.context, f.text) for f in i18n.invisible_to_lupdate()}
    assert ("enum", "Kvinna") in found  # QT_TRANSLATE_NOOP(_C, …) in models/enums.py
    assert ("RestoreDialog", "Välj säkerhetskopia") in found  # a module-level _tr wrapper
    assert ("AuditPanel", "Inga händelser") in found  # tr = QCoreApplication.translate
    keys = i18n.keys(i18n.read_ts(i18n.ts_path("en")))
    assert found <= keys
    assert not any(ctx == "" for ctx, _ in keys)


def test_english_reaches_the_widgets(english, qtbot) -> None:  # noqa: ANN001
    w = MainWindow()
    qtbot.addWidget(w)
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus[0] == "&File" and "&Help" in menus
    assert w.start_page.findChild(QPushButton, "start_new").text() == "New team file…"
    assert enum_label(Gender.WOMAN) == "Woman"
    assert enum_label(CaseState.ACCEPTED) == "Accepted"
    assert enum_label(PartyKind.FK) == "Försäkringskassan"
    assert area_name("settings") == "Settings"
    assert QCoreApplication.translate("RestoreDialog", "Återställ") == "Restore"
    # Qt's own strings follow: a standard button of a button box.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_swedish_stays_swedish(qt_app, qtbot) -> None:  # noqa: ANN001
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.menuBar().actions()[0].text() == "&Arkiv"
    assert w.start_page.findChild(QPushButton, "start_new").text() == "Ny teamfil…"
    assert enum_label(Gender.WOMAN) == "Kvinna"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"


def test_a_team_open_in_english(english, qtbot, demo_team) -> None:  # noqa: ANN001
    """Every area of an open demo team: no label or button still shows a translated Swedish."""
    translated = {m.source for m in i18n.read_ts(i18n.ts_path("en")) if m.translation != m.source}
    w = MainWindow()
    qtbot.addWidget(w)
    tf = demo_team(cases=12, seed=4, today=date(2025, 5, 20))
    w.open_team(tf, add_recent=False)
    left = set()
    for key in ("cases", "meetings", "reports", "fourr", "deviations", "team", "settings"):
        w.show_area(key)
        for x in w.findChildren(QLabel) + w.findChildren(QPushButton):
            if x.text() in translated:
                left.add((type(x.parent()).__name__, x.text()))
    assert left == set()
    general = w.findChild(QComboBox, "language")
    assert [general.itemText(i) for i in range(general.count())] == [
        "Svenska", "English", "System language"]
    w.close_file()


def test_missing_qm_falls_back_to_swedish(qt_app, tmp_path: Path, caplog) -> None:  # noqa: ANN001
    with caplog.at_level(logging.WARNING):
        assert app_module.install_translations(qt_app, "en", tmp_path / "none") == "sv"
    assert "star_desktop_en.qm" in caplog.text
    assert app_module.current_language(qt_app) == "sv"
    assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&Arkiv"


@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("sv", "en_US", "sv"), ("en", "sv_SE", "en"), ("system", "sv_SE", "sv"),
    ("system", "sv_FI", "sv"), ("system", "de_DE", "en"), ("system", "en_GB", "en"),
    ("klingon", "en_US", "sv")])
def test_resolve_language(setting: str, system: str, expected: str) -> None:
    assert i18n.resolve_language(setting, system) == expected


def _use_compiled(monkeypatch: pytest.MonkeyPatch, compiled: Path) -> None:
    """make_app reads resources/translations; point it at the compiled folder."""
    real = app_module.resource_path
    monkeypatch.setattr(app_module, "resource_path", lambda rel: (
        compiled / Path(rel).name if rel.startswith("translations/") else real(rel)))


def test_the_saved_setting_is_used_at_start(qt_app, compiled: Path,  # noqa: ANN001
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _use_compiled(monkeypatch, compiled)
    assert preferences.load().language == "sv"
    app_module.make_app()
    assert app_module.current_language(qt_app) == "sv"
    prefs = preferences.load()
    prefs.language = "en"
    preferences.save(prefs)
    app_module.make_app()
    assert app_module.current_language(qt_app) == "en"
    assert QCoreApplication.translate("MainWindow", "&Arkiv") == "&File"


@pytest.mark.parametrize(("system", "expected"), [("de_DE", "en"), ("sv_SE", "sv")])
def test_system_language(qt_app, compiled: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
                         system: str, expected: str) -> None:
    _use_compiled(monkeypatch, compiled)

    class SystemLocale(QLocale):
        @staticmethod
        def system() -> QLocale:  # noqa: D102 - the computer's language, faked
            return QLocale(system)

    monkeypatch.setattr(app_module, "QLocale", SystemLocale)
    prefs = preferences.load()
    prefs.language = "system"
    preferences.save(prefs)
    app_module.make_app()
    assert app_module.current_language(qt_app) == expected


def test_language_chosen_in_settings_is_saved(qt_app, qtbot, team_copy,  # noqa: ANN001
                                              keystore) -> None:
    from star_desktop.ui.settings_area import GeneralSettings

    prefs = preferences.load()
    page = GeneralSettings(team_copy, prefs, keystore)
    qtbot.addWidget(page)
    combo = page.findChild(QComboBox, "language")
    assert combo.currentData() == "sv"
    combo.setCurrentIndex(combo.findData("en"))
    assert preferences.load().language == "en"
    assert "nästa gång programmet startar" in page.language_status.text()
    combo.setCurrentIndex(combo.findData("system"))
    assert preferences.load().language == "system"
    again = GeneralSettings(team_copy, preferences.load(), keystore)
    qtbot.addWidget(again)
    assert again.findChild(QComboBox, "language").currentData() == "system"


def test_an_unknown_language_in_the_file_reads_as_swedish() -> None:
    path = preferences.config_dir() / "preferences.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"language": "fr"}), encoding="utf-8")
    assert preferences.load().language == "sv"


def test_the_case_views_lists_cover_every_text_of_the_timeline_service() -> None:
    """case_texts lists cases.timeline's Swedish texts; a new one there must be listed too."""
    import ast
    import inspect

    from star_desktop.cases import timeline as service
    from star_desktop.ui import case_texts

    tree = ast.parse(inspect.getsource(service))
    titles, steps = set(), set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Event"
                and isinstance(node.args[1], ast.Constant)):
            titles.add(node.args[1].value)
        if isinstance(node, ast.Return) and isinstance(node.value, ast.Constant):
            steps.add(node.value.value)
        if isinstance(node, ast.Return) and isinstance(node.value, ast.JoinedStr):
            steps.add("".join(v.value if isinstance(v, ast.Constant) else "{date}"
                              for v in node.value.values))
    assert titles and steps
    assert titles == set(case_texts.TITLES)
    assert steps == set(case_texts.STEPS) | {m for _p, m in case_texts.DATED_STEPS}
    assert case_texts.step_text("Nästa uppföljning 2025-06-01.") == "Nästa uppföljning 2025-06-01."


def test_dialogs_headers_and_case_view_in_english(english, qtbot, demo_team) -> None:  # noqa: ANN001
    from star_desktop.ui import case_dialogs, case_texts
    from star_desktop.ui.forms import StepDialog
    from star_desktop.ui.meetings_area import MeetingTableModel, weekday_label

    tf = demo_team(cases=6, seed=2, today=date(2025, 5, 20))
    dlg = case_dialogs.make_raise_dialog(None, tf)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "New referral"
    labels = {lab.text() for lab in dlg.findChildren(QLabel)}
    assert {"&First name:", "&Personal identity number:", "Referre&d on:"} <= labels
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Register"
    assert StepDialog(None, tf, None, case_dialogs.request_follow_up_spec()).buttons.button(
        QDialogButtonBox.StandardButton.Ok).text() == "Save"
    assert MeetingTableModel().headerData(1, Qt.Orientation.Horizontal) == "Weekday"
    assert weekday_label(0) == "Monday"
    assert case_texts.step_text("Nästa uppföljning 2025-06-01.") == "Next follow-up 2025-06-01."
    assert case_texts.title_text("I kö") == "In queue"


def _member_dialog_errors(qtbot, tf, active_from: str) -> dict[str, str]:  # noqa: ANN001
    """Save a new member with no party and the given start date; the messages under the fields."""
    from star_desktop.ui.team_area import MemberDialog

    dlg = MemberDialog(None, tf, None, [])
    qtbot.addWidget(dlg)
    dlg.name.setText("Testa Ledamot")
    dlg.active_from.setText(active_from)
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dlg.result(), "nothing is saved while a field is wrong"
    return {lab.objectName(): lab.text() for lab in dlg.findChildren(QLabel)
            if lab.objectName().startswith("error_") and lab.isVisibleTo(dlg)}


def test_service_messages_next_to_fields_in_english(english, qtbot, team_copy) -> None:  # noqa: ANN001
    shown = _member_dialog_errors(qtbot, team_copy, "2025-3-14")
    assert shown == {"error_party_id": "Choose a party.", "error_gender": "Choose a gender.",
                     "error_active_from": "Write the date as YYYY-MM-DD, for example 2025-03-14."}
    # a message built with the typed value is translated too, the value filled in again
    shown = _member_dialog_errors(qtbot, team_copy, "2025-02-30")
    assert shown["error_active_from"] == "2025-02-30 is not a valid date."


def test_service_messages_next_to_fields_in_swedish(qt_app, qtbot, team_copy) -> None:  # noqa: ANN001
    shown = _member_dialog_errors(qtbot, team_copy, "2025-3-14")
    assert shown == {"error_party_id": "Välj part.", "error_gender": "Välj kön.",
                     "error_active_from": "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2025-03-14."}
    shown = _member_dialog_errors(qtbot, team_copy, "2025-02-30")
    assert shown["error_active_from"] == "2025-02-30 är inget giltigt datum."


def test_a_msg_is_its_swedish_text_and_keeps_template_and_values() -> None:
    from star_desktop.models.enums import QT_TRANSLATE_NOOP, Msg
    from star_desktop.validation import parse_date

    m = Msg(QT_TRANSLATE_NOOP("Messages", "Högst {n} tecken (nu {now})."), n=200, now=231)
    assert m == "Högst 200 tecken (nu 231)." and isinstance(m, str)
    assert (m.template, m.params) == ("Högst {n} tecken (nu {now}).", {"n": 200, "now": 231})
    outer = Msg("Okänd period: {period}. {help}", period="x", help=Msg("Skriv {a}.", a=1))
    assert outer == "Okänd period: x. Skriv 1."
    with pytest.raises(ValueError) as e:
        parse_date("2025-02-30")
    assert str(e.value) == "2025-02-30 är inget giltigt datum."
    assert isinstance(e.value.args[0], Msg)


def test_messages_with_values_follow_the_language(qt_app, compiled: Path) -> None:  # noqa: ANN001
    """Swedish without a translator; English with it, nested messages and exceptions too."""
    from star_desktop import team_settings as ts
    from star_desktop.reports.periods import PeriodError, parse_period
    from star_desktop.ui.common import error_text, message_text
    from star_desktop.validation import Collector, FieldErrors

    c = Collector()
    ts.parse_int(c, ts.LOCK_MINUTES, "abc")
    with pytest.raises(FieldErrors) as fe:
        c.raise_if_any()
    lo, hi = ts.LOCK_MINUTES.minimum, ts.LOCK_MINUTES.maximum
    range_msg = fe.value.errors[ts.LOCK_MINUTES.key]
    with pytest.raises(PeriodError) as pe:
        parse_period("2025-T9")
    assert message_text(range_msg) == f"Skriv ett heltal mellan {lo} och {hi}."
    assert error_text(pe.value).startswith("Okänd period: 2025-T9. Skriv perioden som 2025")
    assert app_module.install_translations(qt_app, "en", compiled) == "en"
    try:
        assert message_text(range_msg) == f"Write a whole number between {lo} and {hi}."
        assert error_text(pe.value) == (
            "Unknown period: 2025-T9. Write the period as 2025 (full year), 2025-T2 (tertial), "
            "2025-T2-YTD (the year up to and including tertial 2), 2025-YTD (the year so far) or "
            "2025-01-01..2025-06-30.")
        assert error_text(ValueError("plain text")) == "plain text"
    finally:
        app_module.install_translations(qt_app, "sv")
    assert message_text(range_msg) == f"Skriv ett heltal mellan {lo} och {hi}."
    assert str(pe.value).startswith("Okänd period: 2025-T9.")


def test_a_step_dialogs_refusal_in_english(english, qtbot, demo_team) -> None:  # noqa: ANN001
    """The process's refusal on the step dialog's error line reads in English; nothing is saved."""
    from sqlalchemy import select

    from star_desktop.models import Case, CaseKind
    from star_desktop.ui import case_dialogs
    from star_desktop.ui.forms import StepDialog

    tf = demo_team(cases=6, seed=2, today=date(2025, 5, 20))
    with tf.session() as s:
        case = s.scalars(select(Case).where(Case.kind == CaseKind.JOINT_PLANNING)).first()
        assert case is not None
        case_id, state = case.id, case.state
    dlg = StepDialog(None, tf, case_id, case_dialogs.consultation_spec())
    qtbot.addWidget(dlg)
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.general_error.text() == ("A joint planning case is assessed and closed; it is not "
                                        "consulted on.")
    assert not dlg.result()
    with tf.session() as s:
        assert s.get(Case, case_id).state == state


def test_import_problems_are_listed_in_the_apps_language(qt_app, compiled):  # noqa: ANN001
    """The import dialog's lines: the same text as the service's own in Swedish, English when
    chosen; the column stays the template's Swedish header."""
    from star_desktop.cases.import_reading import ImportProblem
    from star_desktop.ui.case_import import problem_line
    from star_desktop.validation import parse_date

    try:
        parse_date("2025-02-30")
    except ValueError as e:
        from star_desktop.validation import message_of

        reason = message_of(e)
    problem = ImportProblem(7, "Aktualiserad", reason)
    assert problem_line(problem) == str(problem) == "rad 7, kolumn Aktualiserad: " + str(reason)
    assert app_module.install_translations(qt_app, "en", compiled) == "en"
    try:
        assert problem_line(problem) == (
            "row 7, column Aktualiserad: 2025-02-30 is not a valid date.")
        assert problem_line(ImportProblem(0, "", reason)) == "2025-02-30 is not a valid date."
    finally:
        app_module.install_translations(qt_app, "sv")
