"""A form dialog for one action: fields, messages next to them, one service call on save.

The service call runs in one transaction; FieldErrors go next to their fields, any other
refusal (a ValueError such as ProcessError or CalendarError) in a line at the bottom — and
nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ..models import Case
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from .common import ERROR_STYLE, FieldMessages, error_text, select_data


@dataclass
class Field:
    """One input of a step dialog."""

    name: str
    label: str
    kind: str = "text"  # text, date, multiline, combo, check
    choices: Sequence[tuple[str, Any]] = ()
    default: Any = None
    placeholder: str = ""


@dataclass
class StepSpec:
    title: str
    intro: str
    fields: list[Field]
    apply: Callable[[Session, Case, dict[str, Any]], object]
    ok_text: str = ""  # empty: "Spara", translated when the dialog is built
    extra: dict[str, Any] = field(default_factory=dict)


def _today() -> str:
    return dt.date.today().isoformat()


class StepDialog(QDialog):
    """A form for one step; saves through the process rules or shows why not."""

    def __init__(self, parent: QWidget | None, tf: TeamFile, case_id: int | None,
                 spec: StepSpec) -> None:
        super().__init__(parent)
        self.tf = tf
        self.case_id = case_id
        self.spec = spec
        self.result_value: object = None
        self.setWindowTitle(spec.title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if spec.intro:
            intro = QLabel(spec.intro)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        self.fields = FieldMessages(form)
        self.inputs: dict[str, QWidget] = {}
        for f in spec.fields:
            w = self._make(f)
            w.setObjectName(f.name)
            self.inputs[f.name] = w
            if f.kind == "check":
                form.addRow("", w)
                w.setAccessibleName(f.label.replace("&", ""))
                self.fields.inputs[f.name] = w
            else:
                self.fields.add_row(f.name, f.label, w)
        layout.addLayout(form)
        self.general_error = QLabel()
        self.general_error.setObjectName("general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setVisible(False)
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            spec.ok_text or self.tr("Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _make(self, f: Field) -> QWidget:
        if f.kind == "combo":
            combo = QComboBox()
            for label, data in f.choices:
                combo.addItem(label, data)
            if f.default is not None:
                select_data(combo, f.default)
            return combo
        if f.kind == "check":
            box = QCheckBox(f.label.replace("&", ""))
            box.setChecked(bool(f.default))
            return box
        if f.kind == "multiline":
            edit = QPlainTextEdit(str(f.default or ""))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(80)
            return edit
        line = QLineEdit(str(f.default or ""))
        date_hint = self.tr("ÅÅÅÅ-MM-DD") if f.kind == "date" else ""
        line.setPlaceholderText(f.placeholder or date_hint)
        return line

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, w in self.inputs.items():
            if isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText()
            elif isinstance(w, QLineEdit):
                out[name] = w.text()
        return out

    def show_error(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def save(self) -> None:
        self.show_error("")
        try:
            with self.tf.session() as s, s.begin():
                case = s.get(Case, self.case_id) if self.case_id is not None else None
                self.result_value = self.spec.apply(s, case, self.values())  # type: ignore[arg-type]
        except FieldErrors as e:
            rest = self.fields.show(e.errors)
            self.show_error("\n".join(rest))
            return
        except ValueError as e:  # the service's refusal: why, in a sentence
            self.fields.clear()
            self.show_error(error_text(e))
            return
        self.accept()


