"""The heirs of a death claim: recorded with NIK, relationship, bank account and phone; the program
proposes who is entitled under the legal order and the clerk confirms."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import benefits as dom
from desktop.domain.identifiers import parse_nik
from desktop.errors import QT_TRANSLATE_NOOP, UserError
from desktop.services.app import Services
from desktop.services.benefits_views import HeirInput, HeirView
from desktop.ui.benefits.common import (
    CheckedField,
    apply_changes,
    date_field,
    date_text,
    field_error,
    make_action,
    message,
    relationship_label,
    show_problem,
    tr_params,
)


class HeirsDialog(QDialog):
    COLUMNS = (QT_TRANSLATE_NOOP("HeirsDialog", "Confirmed"), QT_TRANSLATE_NOOP("HeirsDialog", "Name"),
               QT_TRANSLATE_NOOP("HeirsDialog", "Relationship"), QT_TRANSLATE_NOOP("HeirsDialog", "Order"),
               QT_TRANSLATE_NOOP("HeirsDialog", "NIK"), QT_TRANSLATE_NOOP("HeirsDialog", "Bank account"),
               QT_TRANSLATE_NOOP("HeirsDialog", "Phone"), QT_TRANSLATE_NOOP("HeirsDialog", "Entitled"))

    def __init__(self, services: Services, claim_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.claim_id = claim_id
        self.heirs: list[HeirView] = []
        self.editing: HeirView | None = None
        self.setWindowTitle(self.tr("Heirs"))
        self.resize(980, 600)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setAccessibleName(self.tr("Heirs of the claim"))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        for col, w in enumerate((80, 180, 120, 50, 150, 190, 120)):
            self.table.setColumnWidth(col, w)
        self.table.itemSelectionChanged.connect(self._selected)
        self.proposal = QLabel(self)
        self.proposal.setWordWrap(True)
        self.empty = QLabel(self.tr("No heir yet. Fill in the form below and press Add (Ctrl+N)."), self)
        self.empty.setObjectName("EmptyState")
        self.confirm_button = QPushButton(self.tr("&Confirm the checked heirs"), self)
        self.confirm_button.clicked.connect(self.confirm)
        self.form_error = field_error(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.proposal)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self._form())
        layout.addWidget(self.form_error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def _form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Heir"), self)
        form = QFormLayout()
        self.nik = CheckedField(lambda t: parse_nik(t, today=self.services.ctx.today()), placeholder="3302015508880002",
                                accessible=self.tr("NIK of the heir"), parent=box)
        self.name = QLineEdit(box)
        self.name.setAccessibleName(self.tr("Heir name"))
        self.relationship = QComboBox(box)
        self.relationship.setAccessibleName(self.tr("Relationship to the participant"))
        for rel in dom.Relationship:
            self.relationship.addItem(relationship_label(rel.value), rel.value)
        self.birth = date_field(self.tr("Birth date of the heir"), optional=True, parent=box)
        self.address = QLineEdit(box)
        self.address.setAccessibleName(self.tr("Address"))
        self.phone = QLineEdit(box)
        self.phone.setAccessibleName(self.tr("Phone"))
        self.bank = QLineEdit(box)
        self.bank.setAccessibleName(self.tr("Bank"))
        self.account = QLineEdit(box)
        self.account.setAccessibleName(self.tr("Account number"))
        for text, widget in ((self.tr("NI&K"), self.nik), (self.tr("&Name"), self.name),
                             (self.tr("&Relationship"), self.relationship), (self.tr("&Birth date"), self.birth),
                             (self.tr("Addr&ess"), self.address), (self.tr("&Phone"), self.phone),
                             (self.tr("Ban&k"), self.bank), (self.tr("Acco&unt number"), self.account)):
            label = QLabel(text, box)
            label.setBuddy(widget.edit if isinstance(widget, CheckedField) else widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        self.add_action = make_action(self, "plus", self.tr("&Add"), "Ctrl+N", self.add)
        self.save_action = make_action(self, "save", self.tr("&Save changes"), "Ctrl+S", self.save)
        self.remove_action = make_action(self, "trash-2", self.tr("Re&move"), "Ctrl+Del", self.remove)
        self.clear_action = make_action(self, "x", self.tr("&New heir form"), "Ctrl+Shift+N", self.clear)
        for action in (self.add_action, self.save_action, self.remove_action, self.clear_action):
            button = QPushButton(action.icon(), action.text(), box)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer = QVBoxLayout(box)
        outer.addLayout(form)
        outer.addLayout(buttons)
        return box

    # ---- data ------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.heirs = list(self.services.benefits.heirs(self.claim_id))
        proposal = self.services.benefits.propose_heirs(self.claim_id)
        text = tr_params(proposal.text_en, proposal.params)
        self.proposal.setText(self.tr("Legal order: %1 Tick those to pay and confirm.").replace("%1", text))
        self.empty.setVisible(not self.heirs)
        self.table.setRowCount(len(self.heirs))
        for i, h in enumerate(self.heirs):
            check = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if h.entitled:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            check.setFlags(flags)
            check.setCheckState(Qt.CheckState.Checked if h.confirmed else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, h)
            self.table.setItem(i, 0, check)
            account = f"{h.bank_name} {h.account_number}".strip()
            values = (h.name, relationship_label(h.relationship), str(h.rank), h.nik, account, h.phone,
                      self.tr("yes") if h.entitled else self.tr("no"))
            for col, text in enumerate(values, start=1):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(i, col, item)
        self.confirm_button.setEnabled(any(h.entitled for h in self.heirs))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        h: HeirView = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        self.editing = h
        self.nik.set_text(h.nik)
        self.name.setText(h.name)
        self.relationship.setCurrentIndex(max(0, self.relationship.findData(h.relationship)))
        self.birth.set_text(date_text(h.birth_date))
        self.address.setText(h.address)
        self.phone.setText(h.phone)
        self.bank.setText(h.bank_name)
        self.account.setText(h.account_number)

    def _input(self) -> HeirInput:
        return HeirInput(nik=self.nik.edit.text().strip(), name=self.name.text(),
                         relationship=self.relationship.currentData(), birth_date=self.birth.value(),
                         address=self.address.text(), phone=self.phone.text(), bank_name=self.bank.text(),
                         account_number=self.account.text())

    def _run(self, fn) -> bool:
        try:
            result = fn()
        except UserError as exc:
            show_problem(self.form_error, message(exc))
            return False
        show_problem(self.form_error, "")
        changes = result[1] if isinstance(result, tuple) else result
        apply_changes(self, changes)
        self.reload()
        return True

    def add(self) -> None:
        if self._run(lambda: self.services.benefits.add_heir(self.claim_id, self._input())):
            self.clear()

    def save(self) -> None:
        if self.editing is None:
            show_problem(self.form_error, self.tr("Choose the heir to change in the list, or press Add."))
            return
        h = self.editing
        self._run(lambda: self.services.benefits.update_heir(h.id, h.version, self._input()))

    def remove(self) -> None:
        if self.editing is None:
            return
        h = self.editing
        if self._run(lambda: self.services.benefits.remove_heir(h.id, h.version)):
            self.clear()

    def clear(self) -> None:
        self.editing = None
        self.table.clearSelection()
        for w in (self.name, self.address, self.phone, self.bank, self.account):
            w.clear()
        self.nik.set_text("")
        self.birth.set_text("")
        self.nik.edit.setFocus()

    def confirm(self) -> None:
        ids = [self.table.item(i, 0).data(Qt.ItemDataRole.UserRole).id for i in range(self.table.rowCount())
               if self.table.item(i, 0).checkState() == Qt.CheckState.Checked]
        self._run(lambda: self.services.benefits.confirm_heirs(self.claim_id, ids))
