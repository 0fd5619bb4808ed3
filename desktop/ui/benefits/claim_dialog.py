"""A death claim: the participant and the facts of the death, with the entitlement explained line by
line as the clerk types, and (once saved) the checklist of documents with the dates received."""

from __future__ import annotations

import uuid
from html import escape

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
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import benefits as dom
from desktop.domain.identifiers import parse_kpj, parse_nik
from desktop.domain.money import Money
from desktop.errors import UserError
from desktop.services.app import Services
from desktop.services.benefits_views import ClaimDetail, ClaimInput
from desktop.ui.benefits.common import (
    CheckedField,
    apply_changes,
    ay_label,
    component_label,
    date_field,
    date_text,
    field_error,
    fmt_date,
    message,
    money_field,
    money_text,
    relationship_label,
    segment_label,
    show_problem,
    state_label,
    tr_params,
)
from desktop.ui.errors import show_error


class ClaimDialog(QDialog):
    def __init__(self, services: Services, claim_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.claim_id = claim_id
        self.detail: ClaimDetail | None = None
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Death claim") if claim_id is None else self.tr("Death claim — edit"))
        self.resize(1040, 640)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._facts_tab(), self.tr("&Facts and entitlement"))
        self.documents = QTableWidget(0, 4, self)
        self.documents.setHorizontalHeaderLabels([self.tr("Received"), self.tr("Document"), self.tr("Received on"),
                                                  self.tr("Note")])
        self.documents.setAccessibleName(self.tr("Documents of the claim"))
        self.documents.horizontalHeader().setStretchLastSection(True)
        self.documents.verticalHeader().setVisible(False)
        self.documents.setColumnWidth(0, 80)
        self.documents.setColumnWidth(1, 380)
        self.documents.setColumnWidth(2, 140)
        self.documents.itemChanged.connect(self._document_toggled)
        docs = QWidget(self)
        dl = QVBoxLayout(docs)
        self.docs_hint = QLabel(self.tr("Save the claim first; its document checklist then appears here."), docs)
        self.docs_hint.setObjectName("EmptyState")
        self.all_received = QPushButton(self.tr("&All received today"), docs)
        self.all_received.clicked.connect(self._all_received)
        dl.addWidget(self.docs_hint)
        dl.addWidget(self.documents, 1)
        dl.addWidget(self.all_received, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(docs, self.tr("&Documents"))
        self.summary = QTextBrowser(self)
        self.summary.setAccessibleName(self.tr("Heirs, children and payments of the claim"))
        self.tabs.addTab(self.summary, self.tr("&Heirs, children and payments"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form_error = field_error(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        if claim_id is not None:
            self.load(claim_id)
        else:
            self.submitted.set_text(date_text(services.ctx.today()))
            self._update_documents()
        self.update_entitlement()

    # ---- building ------------------------------------------------------------------------------

    def _facts_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout()
        self.kpj = CheckedField(parse_kpj, placeholder="12345678901", accessible=self.tr("KPJ number"), parent=tab)
        self.nik = CheckedField(lambda t: parse_nik(t, today=self.services.ctx.today()),
                                placeholder="3302011204850003", accessible=self.tr("NIK of the participant"), parent=tab)
        self.name = QLineEdit(tab)
        self.name.setAccessibleName(self.tr("Participant name"))
        self.birth = date_field(self.tr("Birth date"), optional=True, parent=tab)
        self.segment = QComboBox(tab)
        self.segment.setAccessibleName(self.tr("Segment"))
        for seg in dom.Segment:
            self.segment.addItem(segment_label(seg.value), seg.value)
        self.employer = QLineEdit(tab)
        self.employer.setAccessibleName(self.tr("Employer or project"))
        self.npp = QLineEdit(tab)
        self.npp.setAccessibleName(self.tr("NPP of the employer"))
        self.membership = date_field(self.tr("Membership start"), optional=True, parent=tab)
        self.months = QSpinBox(tab)
        self.months.setRange(0, 720)
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("Months of contributions"))
        self.wage = money_field(self.tr("Reported monthly wage"), optional=True, parent=tab)
        self.death = date_field(self.tr("Date of death"), parent=tab)
        self.cause = QComboBox(tab)
        self.cause.setAccessibleName(self.tr("Cause of death"))
        self.cause.addItem(self.tr("Not work-related (JKM)"), dom.Cause.JKM.value)
        self.cause.addItem(self.tr("Work accident or occupational disease (JKK)"), dom.Cause.JKK.value)
        self.kabupaten = QComboBox(tab)
        self.kabupaten.setEditable(True)
        self.kabupaten.setAccessibleName(self.tr("Kabupaten"))
        self.kabupaten.addItems(self.services.benefits.kabupaten_choices())
        self.submitted = date_field(self.tr("Claim submitted on"), optional=True, parent=tab)
        self.notes = QLineEdit(tab)
        self.notes.setAccessibleName(self.tr("Notes"))
        rows = [(self.tr("&KPJ"), self.kpj), (self.tr("&NIK"), self.nik), (self.tr("Na&me"), self.name),
                (self.tr("&Birth date"), self.birth), (self.tr("Se&gment"), self.segment),
                (self.tr("&Employer / project"), self.employer), (self.tr("NP&P"), self.npp),
                (self.tr("Membership &start"), self.membership), (self.tr("&Contributions"), self.months),
                (self.tr("Reported &wage"), self.wage), (self.tr("&Date of death"), self.death),
                (self.tr("Ca&use"), self.cause), (self.tr("Ka&bupaten"), self.kabupaten),
                (self.tr("Su&bmitted on"), self.submitted), (self.tr("N&otes"), self.notes)]
        for text, widget in rows:
            label = QLabel(text, tab)
            label.setBuddy(widget.edit if isinstance(widget, CheckedField) else widget)
            form.addRow(label, widget)
        facts = QGroupBox(self.tr("Participant and death"), tab)
        facts.setLayout(form)
        self.entitlement = QTextBrowser(tab)
        self.entitlement.setObjectName("Entitlement")
        self.entitlement.setAccessibleName(self.tr("Entitlement explained"))
        self.entitlement.setMinimumWidth(430)
        right = QGroupBox(self.tr("Entitlement under the rules"), tab)
        rl = QVBoxLayout(right)
        rl.addWidget(self.entitlement)
        layout = QHBoxLayout(tab)
        layout.addWidget(facts, 1)
        layout.addWidget(right, 1)
        for field in (self.death, self.membership, self.wage):
            field.changed.connect(self.update_entitlement)
        self.months.valueChanged.connect(self.update_entitlement)
        self.cause.currentIndexChanged.connect(self.update_entitlement)
        self.segment.currentIndexChanged.connect(self.update_entitlement)
        for w in (self.kpj, self.nik):
            w.changed.connect(lambda: show_problem(self.form_error, ""))
        return tab

    # ---- data ------------------------------------------------------------------------------------

    def fill_member(self, member) -> None:
        """The member's own facts (from a claim, or a row of the participants list) into the form."""
        self.kpj.set_text(member.kpj)
        self.nik.set_text(member.nik)
        self.name.setText(member.name)
        self.birth.set_text(date_text(member.birth_date))
        self.segment.setCurrentIndex(max(0, self.segment.findData(member.segment)))
        self.employer.setText(member.employer_name)
        self.npp.setText(member.employer_npp)
        self.membership.set_text(date_text(member.membership_start))
        self.months.setValue(member.contribution_months)
        self.wage.set_text(money_text(member.reported_wage))

    def load(self, claim_id: uuid.UUID) -> None:
        self.detail = d = self.services.benefits.claim(claim_id)
        f = d.facts
        self.fill_member(f)
        self.death.set_text(date_text(f.death_date))
        self.cause.setCurrentIndex(max(0, self.cause.findData(f.cause)))
        self.kabupaten.setCurrentText(f.kabupaten)
        self.submitted.set_text(date_text(f.submitted_on))
        self.notes.setText(f.notes)
        self._update_documents()
        self._update_summary()

    def facts(self) -> ClaimInput:
        """What is typed, as the service takes it; UserError for a field that is not right."""
        nik_text = self.nik.edit.text().strip()
        return ClaimInput(
            kpj=str(self.kpj.value()), nik=nik_text if "*" in nik_text else parse_nik(
                str(self.nik.edit.text()), today=self.services.ctx.today()).nik,
            name=self.name.text(), segment=self.segment.currentData(), death_date=self.death.value(),
            cause=self.cause.currentData(), contribution_months=self.months.value(),
            reported_wage=self.wage.value() or Money(0), membership_start=self.membership.value(),
            birth_date=self.birth.value(), employer_name=self.employer.text(), employer_npp=self.npp.text(),
            kabupaten=self.kabupaten.currentText(), submitted_on=self.submitted.value(), notes=self.notes.text())

    def update_entitlement(self) -> None:
        """Recompute and explain the entitlement for the facts typed so far."""
        death = self.death.try_value()
        if death is None:
            self.entitlement.setHtml(f"<p>{escape(self.tr('Type the date of death to see the entitlement.'))}</p>")
            return
        try:
            facts = ClaimInput("", "", "", self.segment.currentData(), death, self.cause.currentData(),
                               self.months.value(), self.wage.try_value() or Money(0),
                               self.membership.try_value())
            ent = self.services.benefits.quote(facts)
        except UserError as exc:
            self.entitlement.setHtml(f"<p style='color:#B3261E'>{escape(message(exc))}</p>")
            return
        rows = "".join(
            f"<tr><td align='right' style='padding-right:10px'><b>{ln.amount.format_table()}</b></td>"
            f"<td>{escape(tr_params(ln.text_en, ln.params))}</td></tr>" for ln in ent.lines)
        rule = escape(self.tr("Rule in force on the date of death: %1").replace("%1", ent.rule_short))
        total = escape(self.tr("Total"))
        scholarship = escape(tr_params(ent.scholarship.text_en, ent.scholarship.params))
        self.entitlement.setHtml(
            f"<p>{rule}</p><table>{rows}<tr><td align='right' style='padding-right:10px'>"
            f"<b>{ent.total.format_table()}</b></td><td><b>{total}</b></td></tr></table>"
            f"<p><b>{escape(self.tr('Scholarship'))}:</b> {scholarship}</p>")

    def save(self) -> None:
        try:
            facts = self.facts()
            if self.claim_id is None:
                self.claim_id, changes = self.services.benefits.create_claim(facts)
            else:
                assert self.detail is not None
                changes = self.services.benefits.update_claim(self.claim_id, self.detail.version, facts)
        except UserError as exc:
            show_problem(self.form_error, message(exc))
            return
        except Exception as exc:  # a bug: shown with details
            show_error(self, exc)
            return
        self.saved_id = self.claim_id
        show_problem(self.form_error, "")
        apply_changes(self, changes)
        self.load(self.claim_id)
        self.setWindowTitle(self.tr("Death claim — edit"))
        self.tabs.setCurrentIndex(1)

    def _update_summary(self) -> None:
        d = self.detail
        if d is None:
            return
        def table(headers: list[str], rows: list[list[str]]) -> str:
            if not rows:
                return f"<p>{escape(self.tr('None yet.'))}</p>"
            head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
            body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
            return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"

        heirs = [[h.name, relationship_label(h.relationship), h.nik, f"{h.bank_name} {h.account_number}".strip(),
                  self.tr("confirmed") if h.confirmed else (self.tr("entitled") if h.entitled else "")]
                 for h in d.heirs]
        children = [[c.name, fmt_date(c.birth_date), c.guardian_name, tr_params(c.plan_text_en, c.plan_params),
                     c.paid_total.format_table()] for c in d.children]
        payments = [[component_label(p.component) + (f" {ay_label(p.academic_year)}" if p.academic_year else ""),
                     p.heir_name, p.amount.format_table(), state_label(p.state), p.receipt_number]
                    for p in d.disbursements]
        self.summary.setHtml(
            f"<h3>{escape(self.tr('Heirs'))}</h3>"
            + table([self.tr("Name"), self.tr("Relationship"), self.tr("NIK"), self.tr("Bank account"), ""], heirs)
            + f"<h3>{escape(self.tr('Children with the scholarship'))}</h3>"
            + table([self.tr("Name"), self.tr("Born"), self.tr("Guardian"), self.tr("Plan"), self.tr("Paid")], children)
            + f"<h3>{escape(self.tr('Payments'))}</h3>"
            + table([self.tr("For"), self.tr("Payee"), self.tr("Amount"), self.tr("State"), self.tr("Receipt")],
                    payments)
            + f"<p><b>{escape(self.tr('Paid in total: %1').replace('%1', d.paid_total.format_table()))}</b></p>")

    # ---- documents ---------------------------------------------------------------------------

    def _update_documents(self) -> None:
        docs = self.detail.documents if self.detail else ()
        self.docs_hint.setVisible(self.detail is None)
        self.all_received.setEnabled(self.detail is not None)
        self.documents.blockSignals(True)
        self.documents.setRowCount(len(docs))
        for i, doc in enumerate(docs):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if doc.received_on else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, doc)
            self.documents.setItem(i, 0, check)
            for col, text in ((1, doc.label_id), (2, fmt_date(doc.received_on)), (3, doc.note)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.documents.setItem(i, col, item)
        self.documents.blockSignals(False)

    def _document_toggled(self, item: QTableWidgetItem) -> None:
        doc = item.data(Qt.ItemDataRole.UserRole)
        if doc is None or self.claim_id is None:
            return
        received = item.checkState() == Qt.CheckState.Checked
        try:
            changes = self.services.benefits.set_document(
                doc.id, doc.version, self.services.ctx.today() if received else None, doc.note)
        except UserError as exc:
            show_problem(self.form_error, message(exc))
        else:
            apply_changes(self, changes)
        self.load(self.claim_id)

    def _all_received(self) -> None:
        if self.claim_id is None:
            return
        try:
            changes = self.services.benefits.receive_all_documents(self.claim_id, self.services.ctx.today())
        except UserError as exc:
            show_problem(self.form_error, message(exc))
            return
        apply_changes(self, changes)
        self.load(self.claim_id)

