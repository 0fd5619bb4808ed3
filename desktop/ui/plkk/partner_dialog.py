"""New or edit a partner: checked as the clerk types (kode faskes format and uniqueness, e-mail,
phone, required fields), each problem shown under its field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.plkk import (
    KNOWN_SERVICES,
    FacilityType,
    Ownership,
    PartnerStatus,
    check_email,
    check_kode_faskes,
    check_phone,
)
from desktop.errors import UserError
from desktop.services.app import Services
from desktop.services.plkk_views import PartnerView
from desktop.ui.errors import message_for, show_error
from desktop.ui.plkk.common import (
    facility_label,
    field_error,
    ownership_label,
    show_field_error,
    stacked,
    status_label,
)


class PartnerDialog(QDialog):
    def __init__(self, services: Services, view: PartnerView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.original = view or PartnerView(id=None, version=0, facility_type=FacilityType.KLINIK.value,
                                            kode_faskes="", name="")
        self.saved: PartnerView | None = None
        self.changes = None
        self.setWindowTitle(self.tr("New partner") if view is None else self.tr("Edit partner"))
        self.setMinimumWidth(760)

        self.kode = QLineEdit(self)
        self.kode.setAccessibleName(self.tr("Kode faskes"))
        self.kode.setPlaceholderText("3302R001")
        self.kode_error = field_error(self)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("e.g. RSUD Banyumas"))
        self.name_error = field_error(self)
        self.facility = QComboBox(self)
        self.facility.setAccessibleName(self.tr("Facility type"))
        for t in FacilityType:
            self.facility.addItem(facility_label(t.value), t.value)
        self.ownership = QComboBox(self)
        self.ownership.setAccessibleName(self.tr("Ownership"))
        for o in Ownership:
            self.ownership.addItem(ownership_label(o.value), o.value)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for s in PartnerStatus:
            self.status.addItem(status_label(s.value), s.value)
        self.regency = QComboBox(self)
        self.regency.setEditable(True)
        self.regency.setAccessibleName(self.tr("Kabupaten/kota"))
        self.regency.addItems(services.plkk.regencies())
        self.regency_error = field_error(self)
        self.district = QLineEdit(self)
        self.district.setAccessibleName(self.tr("Kecamatan"))
        self.address = QPlainTextEdit(self)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setFixedHeight(56)
        self.address.setTabChangesFocus(True)
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(self.tr("Phone"))
        self.phone.setPlaceholderText("(0281) 632708")
        self.phone_error = field_error(self)
        self.email = QLineEdit(self)
        self.email.setAccessibleName(self.tr("E-mail"))
        self.email_error = field_error(self)
        self.contact = QLineEdit(self)
        self.contact.setAccessibleName(self.tr("Contact person"))
        self.position = QLineEdit(self)
        self.position.setAccessibleName(self.tr("Contact person's position"))
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(56)
        self.notes.setTabChangesFocus(True)

        services_box = QGroupBox(self.tr("Services"), self)
        grid = QGridLayout(services_box)
        self.service_checks: dict[str, QCheckBox] = {}
        for i, name in enumerate(KNOWN_SERVICES):
            box = QCheckBox(name, services_box)
            box.setAccessibleName(name)
            self.service_checks[name] = box
            grid.addWidget(box, i // 3, i % 3)
        self.other_services = QLineEdit(services_box)
        self.other_services.setAccessibleName(self.tr("Other services"))
        self.other_services.setPlaceholderText(self.tr("Other services, separated by semicolons"))
        grid.addWidget(self.other_services, (len(KNOWN_SERVICES) + 2) // 3, 0, 1, 3)

        left = QFormLayout()
        left.addRow(self.tr("&Kode faskes"), stacked(self.kode, self.kode_error))
        left.addRow(self.tr("&Name"), stacked(self.name, self.name_error))
        left.addRow(self.tr("&Type"), self.facility)
        left.addRow(self.tr("O&wnership"), self.ownership)
        left.addRow(self.tr("&Status"), self.status)
        left.addRow(self.tr("Kabupaten/&kota"), stacked(self.regency, self.regency_error))
        left.addRow(self.tr("Kecama&tan"), self.district)
        left.addRow(self.tr("&Address"), self.address)
        right = QFormLayout()
        right.addRow(self.tr("&Phone"), stacked(self.phone, self.phone_error))
        right.addRow(self.tr("&E-mail"), stacked(self.email, self.email_error))
        right.addRow(self.tr("&Contact person"), self.contact)
        right.addRow(self.tr("Pos&ition"), self.position)
        right.addRow(self.tr("N&otes"), self.notes)
        columns = QHBoxLayout()
        for i, form in enumerate((left, right)):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            if i:
                columns.addSpacing(12)
            columns.addLayout(column, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(services_box)
        layout.addWidget(self.buttons)

        self._fill(self.original)
        for w in (self.kode, self.name, self.phone, self.email):
            w.textChanged.connect(self.validate)
        self.regency.currentTextChanged.connect(self.validate)
        self.kode.editingFinished.connect(lambda: self.kode.setText(self.kode.text().strip().upper()))
        self.validate()

    def _fill(self, v: PartnerView) -> None:
        self.kode.setText(v.kode_faskes)
        self.name.setText(v.name)
        self.facility.setCurrentIndex(max(0, self.facility.findData(v.facility_type)))
        self.ownership.setCurrentIndex(max(0, self.ownership.findData(v.ownership)))
        self.status.setCurrentIndex(max(0, self.status.findData(v.status)))
        self.regency.setCurrentText(v.regency)
        self.district.setText(v.district)
        self.address.setPlainText(v.address)
        self.phone.setText(v.phone)
        self.email.setText(v.email)
        self.contact.setText(v.contact_name)
        self.position.setText(v.contact_position)
        self.notes.setPlainText(v.notes)
        others = []
        for s in v.services:
            if s in self.service_checks:
                self.service_checks[s].setChecked(True)
            else:
                others.append(s)
        self.other_services.setText("; ".join(others))

    def view(self) -> PartnerView:
        chosen = [name for name, box in self.service_checks.items() if box.isChecked()]
        chosen += [s.strip() for s in self.other_services.text().split(";") if s.strip()]
        return self.original.with_changes(
            kode_faskes=self.kode.text(), name=self.name.text(), facility_type=self.facility.currentData(),
            ownership=self.ownership.currentData(), status=self.status.currentData(),
            regency=self.regency.currentText(), district=self.district.text(), address=self.address.toPlainText(),
            phone=self.phone.text(), email=self.email.text(), contact_name=self.contact.text(),
            contact_position=self.position.text(), services=tuple(chosen), notes=self.notes.toPlainText())

    def validate(self) -> bool:
        ok = True

        def check(widget, label, fn) -> None:
            nonlocal ok
            try:
                fn()
                show_field_error(label, widget, "")
            except UserError as exc:
                ok = False
                show_field_error(label, widget, message_for(exc))

        def kode() -> None:
            value = check_kode_faskes(self.kode.text())
            if self.services.plkk.kode_faskes_taken(value, self.original.id):
                raise UserError(self.tr("Another partner already has this kode faskes."))

        def name() -> None:
            if not self.name.text().strip():
                raise UserError(self.tr("The name is required."))

        def regency() -> None:
            if not self.regency.currentText().strip():
                raise UserError(self.tr("The kabupaten/kota is required."))

        check(self.kode, self.kode_error, kode)
        check(self.name, self.name_error, name)
        check(self.regency, self.regency_error, regency)
        check(self.phone, self.phone_error, lambda: check_phone(self.phone.text()))
        check(self.email, self.email_error, lambda: check_email(self.email.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def save(self) -> None:
        if not self.validate():
            return
        try:
            self.saved, self.changes = self.services.plkk.save_partner(self.view())
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()
