"""The Ärenden area: the case list, and one case at a time with its steps."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..models import Case
from ..storage.teamfile import TeamFile
from . import case_import
from .case_dialogs import make_raise_dialog
from .case_list import CaseListWidget
from .case_view import CaseView
from .catalogue_dialog import CatalogueDialog


class CasesArea(QWidget):
    """The case register: the list, one case's view, raising and importing cases."""

    #: The coordinator ticked or unticked the box: presentation mode for the whole window.
    presentation_requested = Signal(bool)

    def __init__(self, tf: TeamFile) -> None:
        super().__init__()
        self.tf = tf
        title = QLabel(self.tr("Ärenden"))
        title.setObjectName("area_title")
        self.new_button = QPushButton(self.tr("&Ny aktualisering…"))
        self.new_button.setObjectName("new_case")
        self.new_button.clicked.connect(self.raise_case)
        self.catalogue_button = QPushButton(self.tr("&Utbudskartan…"))
        self.catalogue_button.setObjectName("open_catalogue")
        self.catalogue_button.clicked.connect(self.open_catalogue)
        self.import_button = QPushButton(self.tr("&Importera från Excel…"))
        self.import_button.setObjectName("import_cases")
        self.import_button.clicked.connect(self.import_cases)
        self.template_button = QPushButton(self.tr("Import&mall…"))
        self.template_button.setObjectName("import_template")
        self.template_button.clicked.connect(lambda: case_import.write_template(self, self.tf))
        self.mask = QCheckBox(self.tr("Dölj namn (visningsläge)"))
        self.mask.setObjectName("mask_names")
        self.mask.toggled.connect(self.set_mask_names)
        self.mask.toggled.connect(self.presentation_requested)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.mask)
        # The buttons on a row of their own, so a large font never widens the window.
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.template_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.catalogue_button)
        actions.addWidget(self.new_button)

        self.list = CaseListWidget(tf)
        self.list.open_case.connect(self.open_case)
        self.view = CaseView(tf)
        self.view.back.connect(self.show_list)
        self.view.changed.connect(lambda _id: self.list.refresh())
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)

    def open_case(self, case_id: int) -> None:
        self.view.show_case(case_id)
        self.stack.setCurrentWidget(self.view)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list)
        if self.view.case_id is not None:
            self.list.select_case(self.view.case_id)

    def set_mask_names(self, mask: bool) -> None:
        """Presentation mode here; the window calls it for every area, the box asks the window."""
        if self.mask.isChecked() != mask:
            blocker = QSignalBlocker(self.mask)
            self.mask.setChecked(mask)
            blocker.unblock()
        self.list.set_mask_names(mask)
        self.view.set_mask_names(mask)

    def raise_dialog(self) -> QDialog:
        return make_raise_dialog(self, self.tf)

    def raise_case(self) -> int | None:
        dlg = self.raise_dialog()
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        case = dlg.result_value  # type: ignore[attr-defined]
        assert isinstance(case, Case)
        self.list.refresh()
        self.open_case(case.id)
        return case.id

    def import_cases(self) -> bool:
        if case_import.run_import(self, self.tf):
            self.list.refresh()
            return True
        return False

    def open_catalogue(self) -> None:
        CatalogueDialog(self, self.tf).exec()
