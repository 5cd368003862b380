"""The year's result targets: typed and saved here, judged against the outcome beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..models import TargetKind
from ..models.enums import QT_TRANSLATE_NOOP
from ..reports import targets
from ..reports.format import mark, outcome_text, target_text
from ..reports.statistics import ReportStats
from ..storage.teamfile import TeamFile
from ..validation import FieldErrors
from .common import FieldMessages, VerticalScroll, enum_label, save_shortcut

_SUFFIX = {"count": QT_TRANSLATE_NOOP("TargetsEditor", "samplaneringar per år"), "share": "%",
           "change": QT_TRANSLATE_NOOP("TargetsEditor", "% (negativt = minskning)")}
#: reports.format.mark's words, shown in the current language (the report's PDF stays Swedish).
_MARKS = (QT_TRANSLATE_NOOP("TargetsEditor", "✔ Uppnått"),
          QT_TRANSLATE_NOOP("TargetsEditor", "✘ Ej uppnått"),
          QT_TRANSLATE_NOOP("TargetsEditor", "Kan inte bedömas"))


class TargetsEditor(QWidget):
    """The five targets of the agreement for the report's year, and how the period went."""

    saved = Signal()

    def __init__(self, tf: TeamFile) -> None:
        super().__init__()
        self.tf = tf
        self.year: int | None = None
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        self.messages = FieldMessages(form)
        self.inputs: dict[TargetKind, QLineEdit] = {}
        for kind in TargetKind:
            edit = QLineEdit()
            edit.setObjectName(f"target_{kind.value}")
            edit.setMaximumWidth(120)
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit)
            row.addWidget(QLabel(self.tr(_SUFFIX[targets.UNITS[kind]])))
            row.addStretch(1)
            self.messages.add_row(kind.value, enum_label(kind) + ":", holder)
            self.messages.inputs[kind.value] = edit
            edit.setAccessibleName(enum_label(kind))
            self.inputs[kind] = edit
        self.defaults_note = QLabel()
        self.defaults_note.setObjectName("targets_defaults_note")
        self.defaults_note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Spara &målen"))
        self.save_button.setObjectName("save_targets")
        self.save_button.clicked.connect(self.save)
        save_shortcut(self, self.save)
        self.reset_button = QPushButton(self.tr("Fyll i överenskommelsens standardvärden"))
        self.reset_button.setObjectName("default_targets")
        self.reset_button.clicked.connect(self.fill_defaults)
        self.status = QLabel()
        self.status.setObjectName("targets_status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)

        self.outcome = QLabel()
        self.outcome.setObjectName("targets_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        outcome_box = QGroupBox(self.tr("Utfall under perioden"))
        QVBoxLayout(outcome_box).addWidget(self.outcome)

        content = QWidget()  # scrolls when a large font makes the targets taller than the tab
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScroll(content))
        layout = QVBoxLayout(content)
        layout.addWidget(self.box)
        layout.addWidget(self.defaults_note)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(outcome_box)
        layout.addStretch(1)

    def load(self, year: int) -> None:
        self.year = year
        self.box.setTitle(self.tr("Resultatmål för {year}").format(year=year))
        with self.tf.session() as s:
            values = targets.values_for(s, year)
            own = targets.is_set(s, year)
        form = targets.TargetForm.from_values(values)
        for kind, edit in self.inputs.items():
            edit.setText(getattr(form, kind.value))
        self.messages.clear()
        self.status.setText("")
        self.defaults_note.setText(
            "" if own else self.tr("Teamet har inte sparat egna mål för {year}; fälten visar "
                                   "standardvärdena från länsöverenskommelsen i Jämtland 2023 "
                                   "(160 samplaneringar är länets mål – sätt teamets eget antal)."
                                   ).format(year=year))

    def fill_defaults(self) -> None:
        form = targets.TargetForm.from_values(targets.DEFAULT_TARGETS)
        for kind, edit in self.inputs.items():
            edit.setText(getattr(form, kind.value))

    def save(self) -> bool:
        if self.year is None:
            return False
        form = targets.TargetForm(**{k.value: e.text() for k, e in self.inputs.items()})
        try:
            with self.tf.session() as s, s.begin():
                targets.set_targets(s, self.year, form)
        except FieldErrors as e:
            self.messages.show(e.errors)
            self.status.setText(self.tr("Målen sparades inte; rätta det som är markerat."))
            return False
        self.messages.clear()
        self.defaults_note.setText("")
        self.status.setText(self.tr("Målen för {year} är sparade.").format(year=self.year))
        self.saved.emit()
        return True

    def show_outcome(self, stats: ReportStats) -> None:
        rows = []
        for t in stats.targets:
            m = self.tr(mark(t))
            colour = "#1b6e20" if t.met else "#b00020" if t.met is False else "#555555"
            rows.append(f"<tr><td>{enum_label(t.kind)}</td><td>{target_text(t)}</td>"
                        f"<td>{outcome_text(t)}</td><td style='color:{colour};font-weight:600'>"
                        f"{m}</td></tr>")
        heads = (self.tr("Mål"), self.tr("Mål för perioden"), self.tr("Utfall"),
                 self.tr("Bedömning"))
        self.outcome.setText(
            "<table cellpadding='4'><tr>" + "".join(f"<th align='left'>{h}</th>" for h in heads)
            + "</tr>" + "".join(rows) + "</table>")
