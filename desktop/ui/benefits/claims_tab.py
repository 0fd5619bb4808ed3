"""The Klaim tab: death claims with their status, entitlement and what was paid; new claims, heirs,
children, disbursements and the Pemberitahuan Penetapan Santunan letter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.benefits import Programme
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.ui.benefits.common import (
    apply_changes,
    claim_status,
    enable,
    fmt_date,
    fmt_money,
    inform,
    make_action,
    message,
)
from desktop.ui.errors import show_error
from desktop.ui.tables import RIGHT, ColumnSpec
from desktop.ui.widgets.table_view import DataTable

COLUMNS = [
    ColumnSpec("kpj", QT_TRANSLATE_NOOP("Columns", "KPJ"), 110),
    ColumnSpec("participant", QT_TRANSLATE_NOOP("Columns", "Participant"), 190),
    ColumnSpec("nik", QT_TRANSLATE_NOOP("Columns", "NIK"), 140, sort_key=None),
    ColumnSpec("programme", QT_TRANSLATE_NOOP("Columns", "Programme"), 80),
    ColumnSpec("death_date", QT_TRANSLATE_NOOP("Columns", "Date of death"), 130, formatter=fmt_date),
    ColumnSpec("kabupaten", QT_TRANSLATE_NOOP("Columns", "Kabupaten"), 110),
    ColumnSpec("segment", QT_TRANSLATE_NOOP("Columns", "Segment"), 80),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Status"), 150, formatter=claim_status),
    ColumnSpec("entitlement_total", QT_TRANSLATE_NOOP("Columns", "Entitlement"), 120, RIGHT, fmt_money),
    ColumnSpec("paid_total", QT_TRANSLATE_NOOP("Columns", "Paid"), 120, RIGHT, fmt_money, sort_key=None),
    ColumnSpec("documents", QT_TRANSLATE_NOOP("Columns", "Documents"), 90, sort_key=None,
               value=lambda r: f"{r.documents_received}/{r.documents_required}"),
    ColumnSpec("heirs_confirmed", QT_TRANSLATE_NOOP("Columns", "Heirs confirmed"), 110, RIGHT, sort_key=None),
]


class ClaimsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = make_action(self, "plus", self.tr("&New claim"), "Ctrl+N", self.new_claim)
        self.open_action = make_action(self, "pencil", self.tr("&Open"), "Ctrl+O", self.open_selected)
        self.heirs_action = make_action(self, "users-round", self.tr("&Heirs"), "Ctrl+H", self.heirs)
        self.child_action = make_action(self, "user", self.tr("Add &child"), "Ctrl+Shift+N", self.add_child)
        self.disburse_action = make_action(self, "hand-coins", self.tr("Enter &disbursements"), "Ctrl+D",
                                           self.create_disbursements)
        self.letter_action = make_action(self, "mail", self.tr("Penetapan &letter"), "Ctrl+L", self.letter)
        self.reject_action = make_action(self, "ban", self.tr("Re&ject…"), "Ctrl+Shift+J", self.reject_claim)
        for action in (self.new_action, self.open_action, self.heirs_action, self.child_action,
                       self.disburse_action, self.letter_action, self.reject_action):
            bar.addAction(action)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("Any status"), "")
        for key in ("open", "complete", "paid", "rejected"):
            self.status.addItem(claim_status(key), key)
        self.programme = QComboBox(self)
        self.programme.setAccessibleName(self.tr("Filter by programme"))
        self.programme.addItem(self.tr("JKM and JKK"), "")
        for p in (Programme.JKM, Programme.JKK):
            self.programme.addItem(p.value, p.value)
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Filter by year of death"))
        self.year.addItem(self.tr("Every year"), "")
        for y in range(services.ctx.today().year, 2014, -1):
            self.year.addItem(str(y), y)
        for combo in (self.status, self.programme, self.year):
            combo.currentIndexChanged.connect(self.apply_filters)
        filters = QHBoxLayout()
        for text, combo in ((self.tr("&Status"), self.status), (self.tr("Pro&gramme"), self.programme),
                            (self.tr("&Year"), self.year)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.table = DataTable("benefits/claims", COLUMNS, services.benefits.claims_page,
                               filter_placeholder=self.tr("KPJ, NIK, name, kabupaten or employer…"), parent=self)
        self.table.activated.connect(lambda row: self.open_claim(row.id) if row else None)
        self.table.selection_changed.connect(self._enable)
        self.empty = QLabel(self.tr("No death claim yet. Press New claim (Ctrl+N) to record one."), self)
        self.empty.setObjectName("EmptyState")
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        self.table.reload()
        self.empty.setVisible(self.table.model.total == 0 and not self.table.filter.text())
        self._enable()

    def apply_filters(self) -> None:
        self.table.model.set_filters({"status": self.status.currentData(), "programme": self.programme.currentData(),
                                      "year": self.year.currentData()})
        self._enable()

    def _enable(self, *_args) -> None:
        has = self.table.selected() is not None
        for action in (self.open_action, self.heirs_action, self.child_action, self.disburse_action,
                       self.letter_action, self.reject_action):
            enable(action, has)

    def _selected(self):
        row = self.table.selected()
        if row is None:
            inform(self, self.tr("Claims"), self.tr("Choose a claim in the list first."))
        return row

    def _changed(self, changes) -> None:
        if not apply_changes(self, changes):
            self.reload()

    # ---- actions ----------------------------------------------------------------------------------

    def new_claim(self) -> None:
        from desktop.ui.benefits.claim_dialog import ClaimDialog

        self._show(ClaimDialog(self.services, None, self))

    def _show(self, dialog) -> None:
        """Open a dialog (window-modal); the list is refreshed when it closes."""
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()

    def open_selected(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_claim(row.id)

    def open_claim(self, claim_id) -> None:
        from desktop.ui.benefits.claim_dialog import ClaimDialog

        self._show(ClaimDialog(self.services, claim_id, self))

    def heirs(self) -> None:
        from desktop.ui.benefits.heirs_dialog import HeirsDialog

        row = self._selected()
        if row is not None:
            self._show(HeirsDialog(self.services, row.id, self))

    def add_child(self) -> None:
        from desktop.ui.benefits.child_dialog import ChildDialog

        row = self._selected()
        if row is not None:
            self._show(ChildDialog(self.services, row.id, None, self))

    def create_disbursements(self) -> None:
        row = self._selected()
        if row is None:
            return
        try:
            ids, changes = self.services.benefits.create_disbursements(row.id)
        except UserError as exc:
            inform(self, self.tr("Disbursements"), message(exc), warning=True)
            return
        self._changed(changes)
        inform(self, self.tr("Disbursements"),
                                self.tr("%n disbursement(s) entered as drafts; verify them on the Payments tab.", "",
                                        len(ids)))

    def letter(self) -> None:
        from desktop.ui.letters.pdf_viewer import show_pdf

        row = self._selected()
        if row is None:
            return
        try:
            letter, changes = self.services.benefits.issue_penetapan(row.id)
        except UserError as exc:
            inform(self, self.tr("Letter"), message(exc), warning=True)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self._changed(changes)
        self._viewer = show_pdf(self, letter.pdf_path, self.tr("Letter %1").replace("%1", letter.number))

    def reject_claim(self) -> None:
        row = self._selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reject the claim"), self.tr("Reason for rejecting:"))
        if not ok:
            return
        try:
            changes = self.services.benefits.reject_claim(row.id, row.version, reason)
        except UserError as exc:
            inform(self, self.tr("Reject the claim"), message(exc), warning=True)
            return
        self._changed(changes)

    def select(self, claim_id) -> bool:
        model = self.table.model
        for i in range(model.total):
            r = model.row_object(i)
            if r is not None and r.id == claim_id:
                self.table.view.selectRow(i)
                return True
        return False

