"""An employer's page: who they are, their workers and wages against what was found, their cases,
and the whole timeline of visits, letters, replies and outcomes in date order."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.app import Services
from desktop.services.compliance_views import EmployerView
from desktop.ui.compliance.common import (
    EMPLOYER_STATUS_LABELS,
    SIZE_LABELS,
    SOURCE_LABELS,
    action_label,
    case_type_label,
    fmt_date,
    fmt_int,
    fmt_money,
    label_of,
    open_path,
    queue_label,
    state_label,
)
from desktop.ui.errors import show_error
from desktop.ui.icons import icon

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROLE = Qt.ItemDataRole.UserRole + 2


class EmployerPage(QDialog):
    open_case = Signal(object)  # case id
    new_case = Signal(object)  # employer id

    def __init__(self, services: Services, employer_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.employer_id = services, employer_id
        self.employer: EmployerView | None = None
        self.resize(980, 680)
        self.title = QLabel(self)
        self.title.setObjectName("PageTitle")
        self.facts = QLabel(self)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(icon("pencil"), self.tr("&Edit employer…"), self)
        self.case_button = QPushButton(icon("plus"), self.tr("&New case…"), self)
        close = QPushButton(self.tr("&Close"), self)
        self.tabs = QTabWidget(self)
        self.timeline = QTreeWidget(self)
        self.timeline.setAccessibleName(self.tr("Timeline of the employer"))
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("Case"), self.tr("What"), self.tr("Letter"),
                                       self.tr("Details")])
        for col, width in enumerate((85, 110, 210, 170, 380)):
            self.timeline.setColumnWidth(col, width)
        self.cases = QTreeWidget(self)
        self.cases.setAccessibleName(self.tr("Cases of the employer"))
        self.cases.setRootIsDecorated(False)
        self.cases.setHeaderLabels([self.tr("Case"), self.tr("Type"), self.tr("Stage"), self.tr("Follow-up"),
                                    self.tr("Due"), self.tr("Officer")])
        for col, width in enumerate((110, 220, 150, 130, 90, 90)):
            self.cases.setColumnWidth(col, width)
        self.tabs.addTab(self.timeline, icon("history"), self.tr("&Timeline"))
        self.tabs.addTab(self.cases, icon("briefcase"), self.tr("C&ases"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.case_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        close.clicked.connect(self.accept)
        self.edit_button.clicked.connect(self.edit)
        self.case_button.clicked.connect(lambda: self.new_case.emit(self.employer_id))
        self.timeline.itemDoubleClicked.connect(self._open_timeline_item)
        self.cases.itemDoubleClicked.connect(lambda item, _c: self.open_case.emit(item.data(0, CASE_ROLE)))
        self.reload()

    def reload(self) -> None:
        try:
            e = self.employer = self.services.compliance.employer(self.employer_id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.setWindowTitle(e.name)
        self.title.setText(e.name)
        rows = [
            ("NPP", e.npp or self.tr("none (not registered)")),
            ("NPWP", e.npwp_display + (f" ({self.tr('old')}: {e.npwp15})" if e.npwp15 else "")),
            (self.tr("Status"), label_of(EMPLOYER_STATUS_LABELS, e.status)),
            (self.tr("Address"), ", ".join(p for p in (e.address, e.kecamatan, e.kabupaten) if p)),
            (self.tr("Sector"), f"{e.kbli} {e.sector}".strip()),
            (self.tr("JKK risk class / size"), f"{e.risk_class or '-'} / {label_of(SIZE_LABELS, e.size) or '-'}"),
            (self.tr("Contact"), " · ".join(p for p in (e.contact_name, e.contact_phone, e.contact_email) if p)),
            (self.tr("Workers"), self.tr("%1 registered").replace("%1", fmt_int(e.registered_workforce))
             + (self.tr(", %1 estimated (%2, %3): %4 not registered")
                .replace("%1", fmt_int(e.estimated_workforce)).replace("%2", label_of(SOURCE_LABELS, e.estimate_source))
                .replace("%3", fmt_date(e.estimate_date)).replace("%4", fmt_int(e.workforce_gap))
                if e.estimated_workforce is not None else "")),
            (self.tr("Programmes"), ", ".join(e.programmes) or "-"),
            (self.tr("Monthly wages"), self.tr("%1 reported").replace("%1", fmt_money(e.reported_wages) or "Rp0")
             + (self.tr(", %1 found: %2 not reported").replace("%1", fmt_money(e.evidence_wages))
                .replace("%2", fmt_money(e.wage_gap) or "Rp0") if e.evidence_wages is not None else "")),
        ]
        self.facts.setText("<table>" + "".join(f"<tr><td style='color:gray;padding-right:10px'>{k}</td><td>{v}</td></tr>"
                                              for k, v in rows if v) + "</table>")
        self.timeline.clear()
        for entry in self.services.compliance.employer_timeline(self.employer_id):
            item = QTreeWidgetItem([fmt_date(entry.on_date), entry.case_no, action_label(entry.kind),
                                    entry.letter_number, entry.detail.replace("\n", " · ")])
            item.setToolTip(4, entry.detail)
            item.setData(0, PATH_ROLE, str(entry.evidence_path) if entry.evidence_path else None)
            self.timeline.addTopLevelItem(item)
        self.cases.clear()
        for c in self.services.compliance.employer_cases(self.employer_id):
            item = QTreeWidgetItem([c.case_no, case_type_label(c.case_type), state_label(c.state), queue_label(c.queue),
                                    fmt_date(c.due_date), c.officer])
            item.setData(0, CASE_ROLE, c.id)
            self.cases.addTopLevelItem(item)
        if not self.timeline.topLevelItemCount():
            self.timeline.addTopLevelItem(QTreeWidgetItem(["", "", self.tr("No case yet. Use “New case…” to open one."),
                                                           "", ""]))

    def edit(self) -> None:
        if self.employer is None:
            return
        from desktop.ui.compliance.employer_dialog import EmployerDialog

        dialog = EmployerDialog(self.services, self, self.employer)
        dialog.saved.connect(lambda _e: self.reload())
        self.dialog = dialog
        dialog.open()

    def _open_timeline_item(self, item: QTreeWidgetItem) -> None:
        path = item.data(0, PATH_ROLE)
        if path:
            from pathlib import Path

            open_path(Path(path))
