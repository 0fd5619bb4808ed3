"""An employer's data: NPP and NPWP checked as they are typed, where it is, its sector and size,
its workers (registered against estimated, with the estimate's source), programmes and wages."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import compliance as rules
from desktop.domain.identifiers import parse_npp, parse_npwp
from desktop.errors import UserError
from desktop.services.app import Services
from desktop.services.compliance_employers import clean_employer
from desktop.services.compliance_views import EmployerView
from desktop.ui.compliance.common import (
    EMPLOYER_STATUS_LABELS,
    SIZE_LABELS,
    SOURCE_LABELS,
    MoneyField,
    add_row,
    date_edit,
    date_of,
    field_error,
    label_of,
    render_error,
    show_problem,
    write_and_close,
)


class EmployerDialog(QDialog):
    saved = Signal(object)  # EmployerView

    def __init__(self, services: Services, parent: QWidget | None = None, employer: EmployerView | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.employer = employer or EmployerView(id=None, version=0, name="")
        self.setWindowTitle(self.tr("New employer") if employer is None else employer.name)
        self.setMinimumWidth(620)
        e = self.employer
        self.name = self._line(e.name, self.tr("Employer name"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for s in rules.EMPLOYER_STATUSES:
            self.status.addItem(label_of(EMPLOYER_STATUS_LABELS, s), s)
        self.status.setCurrentIndex(self.status.findData(e.status))
        self.npp = self._line(e.npp or "", self.tr("NPP"))
        self.npp_error = field_error(self)
        self.npwp = self._line(e.npwp_display if e.npwp else "", self.tr("NPWP"))
        self.npwp.setPlaceholderText("01.234.567.8-901.000")
        self.npwp_error = field_error(self)
        self.address = self._line(e.address, self.tr("Address"))
        self.kabupaten = QComboBox(self)
        self.kabupaten.setEditable(True)
        self.kabupaten.setAccessibleName(self.tr("Kabupaten"))
        self.kabupaten.addItems(list(rules.KECAMATAN))
        self.kabupaten.setCurrentText(e.kabupaten)
        self.kecamatan = QComboBox(self)
        self.kecamatan.setEditable(True)
        self.kecamatan.setAccessibleName(self.tr("Kecamatan"))
        self.kbli = QComboBox(self)
        self.kbli.setEditable(True)
        self.kbli.setAccessibleName(self.tr("KBLI code"))
        self.kbli.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kbli.setMinimumContentsLength(16)
        self.kbli.addItem("", "")
        for code, desc in rules.KBLI_SECTORS.items():
            self.kbli.addItem(f"{code} {desc}", code)
        self.kbli.setCurrentText(f"{e.kbli} {rules.KBLI_SECTORS.get(e.kbli, '')}".strip() if e.kbli else "")
        self.sector = self._line(e.sector, self.tr("Sector"))
        self.risk = QComboBox(self)
        self.risk.setAccessibleName(self.tr("JKK risk class"))
        self.risk.addItem(self.tr("Not known"), None)
        for r in rules.RISK_CLASSES:
            self.risk.addItem(str(r), r)
        self.risk.setCurrentIndex(max(0, self.risk.findData(e.risk_class)))
        self.size = QComboBox(self)
        self.size.setAccessibleName(self.tr("Size"))
        self.size.addItem(self.tr("Not known"), "")
        for s in rules.SIZES:
            self.size.addItem(label_of(SIZE_LABELS, s), s)
        self.size.setCurrentIndex(max(0, self.size.findData(e.size)))
        self.contact_name = self._line(e.contact_name, self.tr("Contact person"))
        self.contact_phone = self._line(e.contact_phone, self.tr("Phone"))
        self.contact_email = self._line(e.contact_email, self.tr("E-mail"))
        self.registered = self._spin(e.registered_workforce, self.tr("Registered workers"))
        self.estimated_known = QCheckBox(self.tr("known:"), self)
        self.estimated = self._spin(e.estimated_workforce or 0, self.tr("Estimated workers"))
        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Estimate source"))
        for s in rules.ESTIMATE_SOURCES:
            self.source.addItem(label_of(SOURCE_LABELS, s), s)
        self.source.setCurrentIndex(max(0, self.source.findData(e.estimate_source)))
        self.estimate_date = date_edit(self, e.estimate_date or services.compliance.today(), self.tr("Estimate date"))
        self.estimated_known.toggled.connect(self._estimate_enabled)
        self.estimated_known.setChecked(e.estimated_workforce is not None)
        self._estimate_enabled(e.estimated_workforce is not None)
        self.programmes = {p: QCheckBox(p, self) for p in rules.PROGRAMMES}
        for p, cb in self.programmes.items():
            cb.setChecked(p in e.programmes)
        self.reported = MoneyField(self, self.tr("Reported monthly wages"), e.reported_wages)
        self.evidence = MoneyField(self, self.tr("Monthly wages found"), e.evidence_wages)
        self.notes = QPlainTextEdit(e.notes, self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(60)

        form = QFormLayout()
        add_row(form, self.tr("&Name:"), self.name)
        add_row(form, self.tr("S&tatus:"), self.status)
        add_row(form, self.tr("NP&P:"), self._with_error(self.npp, self.npp_error))
        add_row(form, self.tr("NP&WP:"), self._with_error(self.npwp, self.npwp_error))
        add_row(form, self.tr("&Address:"), self.address)
        add_row(form, self.tr("&Kabupaten / kecamatan:"), self._row(self.kabupaten, self.kecamatan))
        add_row(form, self.tr("KB&LI / sector:"), self._row(self.kbli, self.sector))
        add_row(form, self.tr("JKK &risk class / size:"), self._row(self.risk, self.size))
        add_row(form, self.tr("&Contact:"), self._row(self.contact_name, self.contact_phone, self.contact_email))
        add_row(form, self.tr("Registered wor&kers:"), self.registered)
        add_row(form, self.tr("&Estimated workers:"), self._row(self.estimated_known, self.estimated, self.source,
                                                              self.estimate_date))
        add_row(form, self.tr("Pro&grammes:"), self._row(*self.programmes.values()))
        add_row(form, self.tr("Reported &monthly wages:"), self.reported)
        add_row(form, self.tr("Monthly wages &found:"), self.evidence)
        add_row(form, self.tr("N&otes:"), self.notes)
        self.problem = field_error(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.kabupaten.currentTextChanged.connect(self._kecamatan_choices)
        self._kecamatan_choices(e.kabupaten)
        self.kecamatan.setCurrentText(e.kecamatan)
        self.kbli.currentIndexChanged.connect(self._kbli_chosen)
        for w in (self.name, self.npp, self.npwp, self.contact_email):
            w.textChanged.connect(self._validate)
        for w in (self.status, self.risk, self.size, self.source):
            w.currentIndexChanged.connect(self._validate)
        self.kbli.currentTextChanged.connect(self._validate)
        for w in (self.reported, self.evidence):
            w.changed.connect(self._validate)
        self._validate()

    # ---- building -------------------------------------------------------------------------

    def _line(self, text: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(accessible)
        return edit

    def _spin(self, value: int, accessible: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, 1_000_000)
        spin.setValue(value)
        spin.setAccessibleName(accessible)
        return spin

    def _row(self, *widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for w in widgets:
            row.addWidget(w, 0 if isinstance(w, QCheckBox) else 1)
        return row

    def _with_error(self, edit: QLineEdit, error: QLabel) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(edit)
        box.addWidget(error)
        return box

    def _estimate_enabled(self, on: bool) -> None:
        for w in (self.estimated, self.source, self.estimate_date):
            w.setEnabled(on)

    def _kecamatan_choices(self, kabupaten: str) -> None:
        current = self.kecamatan.currentText()
        self.kecamatan.clear()
        self.kecamatan.addItems(list(rules.KECAMATAN.get(kabupaten, ())))
        self.kecamatan.setCurrentText(current)

    def _kbli_chosen(self) -> None:
        code = self.kbli.currentData()
        if code and not self.sector.text().strip():
            self.sector.setText(rules.KBLI_SECTORS.get(code, ""))

    # ---- checking and saving --------------------------------------------------------------------

    def view(self) -> EmployerView:
        kbli = self.kbli.currentText().strip().split(" ")[0] if self.kbli.currentText().strip() else ""
        known = self.estimated_known.isChecked()
        return self.employer.with_changes(
            name=self.name.text(), status=self.status.currentData(), npp=self.npp.text().strip() or None,
            npwp=self.npwp.text().strip(), address=self.address.text(), kabupaten=self.kabupaten.currentText(),
            kecamatan=self.kecamatan.currentText(), kbli=kbli, sector=self.sector.text(),
            risk_class=self.risk.currentData(), size=self.size.currentData(), contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(), contact_email=self.contact_email.text(),
            registered_workforce=self.registered.value(), estimated_workforce=self.estimated.value() if known else None,
            estimate_source=self.source.currentData() if known else "",
            estimate_date=date_of(self.estimate_date) if known else None,
            programmes=tuple(p for p, cb in self.programmes.items() if cb.isChecked()),
            reported_wages=self.reported.value() if self.reported.is_valid() else self.employer.reported_wages,
            evidence_wages=(self.evidence.value() or None) if self.evidence.is_valid() else None,
            notes=self.notes.toPlainText())

    def _check_field(self, edit: QLineEdit, error: QLabel, parse) -> bool:
        text = edit.text().strip()
        try:
            if text:
                parse(text)
            show_problem(error, "")
            ok = True
        except UserError as exc:
            show_problem(error, render_error(exc))
            ok = False
        edit.setProperty("invalid", not ok)
        edit.style().polish(edit)
        return ok

    def _validate(self) -> bool:
        fields_ok = self._check_field(self.npp, self.npp_error, parse_npp) & \
            self._check_field(self.npwp, self.npwp_error, parse_npwp)
        problem = ""
        if not (self.reported.is_valid() and self.evidence.is_valid()):
            problem = self.tr("Correct the amounts first.")
        elif fields_ok:
            try:
                clean_employer(self.view())
            except UserError as exc:
                problem = render_error(exc)
        show_problem(self.problem, problem)
        ok = fields_ok and not problem
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def _save(self) -> None:
        if not self._validate():
            return
        view = self.view()
        self.task = write_and_close(self, lambda _c: self.services.compliance.save_employer(view),
                                    title=self.tr("Saving the employer"), saved=self.saved)

