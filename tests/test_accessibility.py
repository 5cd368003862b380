"""Every input of every area and main dialog has an accessible name or a label buddy, and can
be reached with Tab; buttons without text carry an accessible name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from star_desktop import preferences
from star_desktop.models import Case, Meeting
from star_desktop.storage.keys import KeyStore
from star_desktop.ui.app import make_app
from star_desktop.ui.main_window import AREAS, MainWindow

TODAY = dt.date(2025, 11, 20)

INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
          QSlider, QCheckBox, QRadioButton)
#: Widgets whose children are their own parts (a spin box's line edit, a combo's popup list).
COMPOSITE = (QComboBox, QAbstractSpinBox, QCalendarWidget)


def _would_show(w: QWidget, root: QWidget) -> bool:
    """Visible, or would be once its page of a stack or tab widget is the current one."""
    p: QWidget | None = w
    while p is not None and p is not root.parentWidget():
        parent = p.parentWidget()
        if p.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        if p is root:
            return True
        p = parent
    return True


def _is_part(w: QWidget, root: QWidget) -> bool:
    if isinstance(w, QHeaderView) or w.objectName() == "qt_tableview_cornerbutton":
        return True  # a table's own headers and corner: the table is the input
    p = w.parentWidget()
    while p is not None and p is not root:
        if isinstance(p, COMPOSITE):
            return True
        p = p.parentWidget()
    return False


def _chain(w: QWidget) -> str:
    parts = []
    p: QWidget | None = w
    while p is not None:
        parts.append(f"{type(p).__name__}({p.objectName()!r})")
        p = p.parentWidget()
    return " < ".join(parts)


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs (and text-less buttons) under root with neither an accessible name nor a buddy."""
    buddies = {id(lbl.buddy()) for lbl in root.findChildren(QLabel) if lbl.buddy() is not None}
    out = []
    for w in root.findChildren(QWidget):
        if not _would_show(w, root) or _is_part(w, root):
            continue
        if isinstance(w, QAbstractButton) and not isinstance(w, QTabBar):
            named = bool(w.text().replace("&", "").strip()) or bool(w.accessibleName().strip())
        elif isinstance(w, INPUTS):
            named = bool(w.accessibleName().strip()) or id(w) in buddies
        else:
            continue
        if not named:
            out.append(_chain(w))
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus and w.isEnabled() \
                and not isinstance(w, QTabBar) and type(w).__name__ != "QToolButton":
            out.append("not reachable by Tab: " + _chain(w))
    return out


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt+letters used twice among what shows now in root's window (menus, buttons, labels,
    group boxes, tabs): Qt then only moves the focus between them instead of acting."""
    owners: dict[str, list[str]] = {}

    def add(text: str, what: QWidget, extra: str = "") -> None:
        seq = QKeySequence.mnemonic(text).toString()
        if seq:
            owners.setdefault(seq, []).append(f"{text!r} {type(what).__name__}{extra}")

    window = root.window()
    bar = window.findChild(QMenuBar) if isinstance(window, QMainWindow) else None
    if bar is not None:
        for act in bar.actions():
            add(act.text(), bar)
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w.tabText(i), w, f" tab {i}")
        elif isinstance(w, QAbstractButton):
            add(w.text(), w, f"({w.objectName()!r})")
        elif isinstance(w, QLabel) and w.buddy() is not None and w.buddy().isVisible():
            add(w.text(), w, f" for {w.buddy().objectName()!r}")
        elif isinstance(w, QGroupBox):
            add(w.title(), w)
    return [f"{seq}: {' / '.join(who)}" for seq, who in sorted(owners.items()) if len(who) > 1]


def walk_tabs(root: QWidget, qapp, check=None) -> list[str]:  # noqa: ANN001
    """Check root with every tab of every tab widget in it shown once."""
    check = check or unnamed_inputs
    problems = check(root)
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qapp.processEvents()
            problems += check(root)
    return sorted(set(problems))


@pytest.fixture
def window(qapp, qtbot, demo_team):
    make_app()
    w = MainWindow(preferences.load(), KeyStore())
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    tf = demo_team(cases=40, seed=3, today=TODAY)
    w.open_team(tf, add_recent=False)
    return w


def test_every_area_and_tab_names_its_inputs(window, qapp):
    problems = []
    for key, _name in AREAS:
        window.show_area(key)
        qapp.processEvents()
        area = window.workspace.areas[key]
        problems += [f"{key}: {p}" for p in walk_tabs(area, qapp)]
    cases = window.workspace.areas["cases"]
    with window.team_file.session() as s:
        case_id = s.scalars(select(Case.id).order_by(Case.id)).first()
    cases.open_case(case_id)
    qapp.processEvents()
    problems += [f"case view: {p}" for p in walk_tabs(cases, qapp)]
    problems += [f"window: {p}" for p in unnamed_inputs(window.workspace)
                 if "area_" not in p]
    assert not problems, "Inputs without accessible name or buddy:\n" + "\n".join(problems)


def _dialogs(window) -> list[tuple[str, QWidget]]:  # noqa: ANN001 - the MainWindow
    from star_desktop.ui.agenda_dialog import AgendaDialog
    from star_desktop.ui.call_dialog import CallDialog
    from star_desktop.ui.case_list import ExportPrivacyDialog
    from star_desktop.ui.catalogue_dialog import CatalogueDialog
    from star_desktop.ui.deviations_area import DeviationDialog
    from star_desktop.ui.extract_dialog import ExtractDialog
    from star_desktop.ui.federation_dialog import FederationDialog
    from star_desktop.ui.file_dialogs import NewTeamFileDialog, PassphraseDialog
    from star_desktop.ui.fourr_area import ExportDialog
    from star_desktop.ui.meeting_mode import MeetingMode
    from star_desktop.ui.meetings_area import MoveDialog, PlaceDialog, PlanYearDialog
    from star_desktop.ui.rekey_dialog import ChangePassphraseDialog
    from star_desktop.ui.team_area import EndMembershipDialog, MemberDialog

    tf = window.team_file
    areas = window.workspace.areas
    with tf.session() as s:
        meeting_id = s.scalars(select(Meeting.id).order_by(Meeting.held_on)).first()
        case_id = s.scalars(select(Case.id).order_by(Case.id)).first()
    cases = areas["cases"]
    cases.open_case(case_id)
    meetings = areas["meetings"]
    meetings.year.setValue(TODAY.year)
    row = meetings.model.rows[0]
    team = areas["team"]
    member = team.model.rows[0]
    out: list[tuple[str, QWidget]] = [
        ("raise", cases.raise_dialog()),
        ("member", MemberDialog(team, tf, member, team._principals())),
        ("new member", MemberDialog(team, tf, None, team._principals())),
        ("end membership", EndMembershipDialog(team, member)),
        ("agenda", AgendaDialog(meetings, tf, meeting_id)),
        ("call", CallDialog(meetings, tf, meeting_id)),
        ("plan year", PlanYearDialog(meetings, tf, TODAY.year)),
        ("move", MoveDialog(meetings, tf, row)),
        ("place", PlaceDialog(meetings, tf, row)),
        ("meeting mode", MeetingMode(tf, meeting_id)),
        ("passphrase", PassphraseDialog(window, Path(tf.path), "Fel lösenfras.", True)),
        ("new file", NewTeamFileDialog(window, Path(tf.path).parent, True)),
        ("extract", ExtractDialog(tf, window)),
        ("rekey", ChangePassphraseDialog(tf, window.keystore, window)),
        ("catalogue", CatalogueDialog(cases, tf)),
        ("deviation", DeviationDialog(areas["deviations"], tf, None)),
        ("4R export", ExportDialog(areas["fourr"])),
        ("federation", FederationDialog(window)),
        ("export privacy", ExportPrivacyDialog(window, 3)),
    ]
    for key in ("consent", "assess", "queue", "carrier", "planning", "plan", "intervention",
                "request_follow_up", "consultation", "close", "withdraw_consent"):
        dlg = cases.view.step_dialog(key)
        assert dlg is not None, key
        out.append((f"step {key}", dlg))
    return out


def test_every_main_dialog_names_its_inputs(window, qapp, qtbot):
    problems = []
    for name, dlg in _dialogs(window):
        dlg.show()
        qapp.processEvents()
        problems += [f"{name}: {p}" for p in walk_tabs(dlg, qapp)]
        if name == "meeting mode":  # its item page too, after attendance
            dlg.next()
            qapp.processEvents()
            problems += [f"{name} item: {p}" for p in unnamed_inputs(dlg)]
        dlg.close()
        if isinstance(dlg, QDialog):
            dlg.deleteLater()
    assert not problems, "Inputs without accessible name or buddy:\n" + "\n".join(problems)


def test_no_alt_letter_is_used_twice(window, qapp):
    problems = []
    for key, _name in AREAS:
        window.show_area(key)
        qapp.processEvents()
        problems += [f"{key}: {p}" for p in walk_tabs(window.workspace.areas[key], qapp,
                                                       mnemonic_clashes)]
    cases = window.workspace.areas["cases"]
    with window.team_file.session() as s:
        cases.open_case(s.scalars(select(Case.id).order_by(Case.id)).first())
    window.show_area("cases")
    qapp.processEvents()
    problems += [f"case view: {p}" for p in mnemonic_clashes(cases)]
    for name, dlg in _dialogs(window):
        dlg.show()
        qapp.processEvents()
        problems += [f"{name}: {p}" for p in walk_tabs(dlg, qapp, mnemonic_clashes)]
        if name == "meeting mode":
            dlg.next()
            qapp.processEvents()
            problems += [f"{name} item: {p}" for p in mnemonic_clashes(dlg)]
        dlg.close()
    assert not problems, "Alt+letters used twice:\n" + "\n".join(sorted(set(problems)))


def _ctrl_s(qtbot, field: QWidget, text: str | None = None) -> None:  # noqa: ANN001
    """Focus a field, type over it with the keyboard, and press Ctrl+S."""
    field.window().activateWindow()
    field.setFocus()
    assert QApplication.focusWidget() is field
    if text is not None:
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_s_saves_every_form_with_a_save_button(window, qapp, qtbot):
    from star_desktop import team_settings as ts
    from star_desktop.models import Team
    from star_desktop.ui.backup_panel import BackupPanel
    from star_desktop.ui.retention_panel import RetentionPanel

    tf = window.team_file
    qtbot.waitUntil(window.isActiveWindow)
    window.show_area("team")
    team = window.workspace.areas["team"]
    _ctrl_s(qtbot, team.team_name, "Kortnamn STAR")
    window.show_area("settings")
    settings = window.workspace.areas["settings"]
    retention = settings.findChild(RetentionPanel)
    settings.tabs.setCurrentWidget(retention)
    _ctrl_s(qtbot, retention.other_months, "30")
    backup = settings.findChild(BackupPanel)
    settings.tabs.setCurrentWidget(backup)
    _ctrl_s(qtbot, backup.keep, "7")
    with tf.session() as s:
        assert s.scalars(select(Team)).one().name == "Kortnamn STAR"
        assert ts.get_int(s, ts.RETENTION_OTHER_MONTHS) == 30
        assert ts.get_int(s, ts.BACKUP_KEEP) == 7

    window.show_area("reports")
    reports = window.workspace.areas["reports"]
    reports.tabs.setCurrentWidget(reports.targets)
    _ctrl_s(qtbot, next(iter(reports.targets.inputs.values())))
    assert "sparade" in reports.targets.status.text()
    reports.tabs.setCurrentWidget(reports.budget)
    _ctrl_s(qtbot, reports.budget.table)
    assert reports.budget.status.text() == "Budgeten är sparad."


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits in root, in order, once round."""
    chain: list[QWidget] = []
    w = root.nextInFocusChain()
    while w is not root and len(chain) < 400:
        if (root.isAncestorOf(w) and w.isVisible() and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None):
            chain.append(w)
        w = w.nextInFocusChain()
    return chain


def tab_order_jumps(root: QWidget) -> list[str]:
    """Places where Tab goes back up or leftwards on the same line: not the reading order."""
    chain = tab_chain(root)
    out = []
    for a, b in zip(chain, chain[1:], strict=False):
        ra = QRect(a.mapTo(root, QPoint(0, 0)), a.size())
        rb = QRect(b.mapTo(root, QPoint(0, 0)), b.size())
        same_line = rb.top() < ra.bottom() and ra.top() < rb.bottom()
        next_column = rb.left() >= ra.right()  # up to the top of the next column is fine
        if (same_line and rb.left() < ra.left()) or (
                not same_line and rb.top() < ra.top() and not next_column):
            out.append(f"Tab from {_chain(a)} goes back to {_chain(b)}")
    return out


def test_tab_follows_the_reading_order(window, qapp):
    problems = []
    for key, _name in AREAS:
        window.show_area(key)
        qapp.processEvents()
        problems += [f"{key}: {p}" for p in walk_tabs(window.workspace.areas[key], qapp,
                                                       tab_order_jumps)]
    for name, dlg in _dialogs(window):
        if name == "meeting mode":
            continue  # not a form: its own keys, checked in test_keyboard_meeting
        dlg.show()
        qapp.processEvents()
        problems += [f"{name}: {p}" for p in tab_order_jumps(dlg)]
        dlg.close()
    assert not problems, "Tab order against the reading order:\n" + "\n".join(problems)


def test_the_checker_finds_an_unnamed_field(qapp, qtbot):
    """The check itself: a bare line edit is reported, a labelled one is not."""
    from PySide6.QtWidgets import QFormLayout

    box = QWidget()
    qtbot.addWidget(box)
    form = QFormLayout(box)
    bare = QLineEdit()
    bare.setObjectName("bare")
    form.addRow(bare)
    form.addRow("&Namn:", QLineEdit())
    box.show()
    found = unnamed_inputs(box)
    assert len(found) == 1 and "'bare'" in found[0]


# --- 150 % font
CHECKED_TEXTS = (QLabel, QAbstractButton)
SQUEEZABLE = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def cut_or_squeezed(root: QWidget) -> list[str]:
    """Visible texts that do not fit their widget, and widgets below their minimum size."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or _is_part(w, root) or isinstance(w, QTabBar):
            continue
        if isinstance(w, CHECKED_TEXTS) and w.text().strip() and type(w).__name__ != "QToolButton":
            wraps = isinstance(w, QLabel) and w.wordWrap()
            if not wraps and w.sizeHint().width() > w.width() + 1:
                out.append(f"cut {w.text()!r} ({w.sizeHint().width()} > {w.width()}): "
                           + _chain(w))
        if isinstance(w, SQUEEZABLE) and not _scrolls(w, root):
            box = QRect(w.mapTo(w.window(), QPoint(0, 0)), w.size())
            if not w.window().rect().contains(box):
                out.append(f"outside the window {box.getRect()}: " + _chain(w))
        if isinstance(w, SQUEEZABLE):
            small = w.minimumSizeHint()
            if w.width() + 1 < small.width() or w.height() + 1 < small.height():
                out.append(f"squeezed {w.width()}x{w.height()} < {small.width()}x"
                           f"{small.height()}: " + _chain(w))
    return out


def _scrolls(w: QWidget, root: QWidget) -> bool:
    """Inside a scroll area's viewport: may lie beyond the window, the scroll bar shows it."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractScrollArea):
            return True
        p = p.parentWidget()
    return False


@pytest.fixture
def big_font(qapp):
    """The application font at 150 % for one test; the old one comes back after."""
    from PySide6.QtGui import QFont

    make_app()
    old = QFont(qapp.font())
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 1.5)
    qapp.setFont(big)
    yield big
    qapp.setFont(old)


@pytest.mark.parametrize("key", [k for k, _name in AREAS])
def test_nothing_is_cut_at_150_percent_font(key, big_font, qapp, qtbot, demo_team):
    w = MainWindow(preferences.load(), KeyStore())
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.open_team(demo_team(cases=40, seed=3, today=TODAY), add_recent=False)
    assert w.font().pointSizeF() == big_font.pointSizeF()
    area = w.workspace.areas[key]
    for other in w.workspace.areas.values():  # only this area's needs size the window
        if other is not area:
            w.workspace.stack.removeWidget(other)
    for holder in (w.workspace.stack, w.workspace, w.centralWidget()):
        holder.updateGeometry()  # the window's cached minimum forgets the removed pages
    w.layout().invalidate()
    qapp.processEvents()
    w.resize(1280, 800)
    qapp.processEvents()
    problems = walk_tabs(area, qapp, cut_or_squeezed)
    if key == "cases":  # and one case open
        with w.team_file.session() as s:
            area.open_case(s.scalars(select(Case.id).order_by(Case.id)).first())
        qapp.processEvents()
        problems += cut_or_squeezed(area)
    area.grab().save(f"/tmp/a11y_{key}.png")
    if (w.width(), w.height()) != (1280, 800):
        problems.append(f"the window grew to {w.width()}x{w.height()}")
    assert not problems, f"{key} at 150 % font:\n" + "\n".join(problems)


def test_the_checkers_find_a_clash_and_a_backward_tab(qapp, qtbot):
    """The other checks themselves: two &N in one window, and Tab going back up."""
    from PySide6.QtWidgets import QFormLayout, QPushButton

    box = QWidget()
    qtbot.addWidget(box)
    form = QFormLayout(box)
    first, second = QLineEdit(), QLineEdit()
    form.addRow("&Namn:", first)
    form.addRow("&Nummer:", second)
    form.addRow(QPushButton("&Spara"))
    box.show()
    assert mnemonic_clashes(box) and "Alt+N" in mnemonic_clashes(box)[0]
    assert not tab_order_jumps(box)
    QWidget.setTabOrder(second, first)
    assert tab_order_jumps(box)
