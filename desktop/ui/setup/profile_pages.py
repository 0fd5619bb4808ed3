"""The office profile and the administrator account, asked for when the database lacks them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget, QWizardPage

from desktop.services import setup
from desktop.services.setup import AdminDraft, OfficeDraft
from desktop.ui.setup.fields import CheckedField
from desktop.ui.setup.place_pages import PageId


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The office"))
        self.setSubTitle(self.tr("The office heads every letter and receipt."))
        note = QLabel(self.tr("Admin → Office profile holds the rest (telephone, logo, more signatories) and "
                              "can change all of this later."), self)
        note.setWordWrap(True)
        note.setObjectName("EmptyState")
        self.name = CheckedField(self.tr("Office name"), self,
                                 placeholder="BPJS Ketenagakerjaan Kantor Cabang Purwokerto")
        self.code = CheckedField(self.tr("Office code"), self, placeholder="PWT")
        self.address = CheckedField(self.tr("Address"), self, placeholder="Jalan Jenderal Sudirman Nomor 477")
        self.city = CheckedField(self.tr("City"), self, placeholder="Purwokerto")
        self.signatory_name = CheckedField(self.tr("Signatory's name"), self)
        self.signatory_position = CheckedField(self.tr("Signatory's position"), self,
                                               placeholder="Kepala Kantor Cabang")
        self.signatory_no = CheckedField(self.tr("Signatory's employee number (NPP)"), self)
        form = QFormLayout()
        for text, field in ((self.tr("Office &name:"), self.name), (self.tr("Office &code:"), self.code),
                            (self.tr("&Address:"), self.address), (self.tr("C&ity:"), self.city),
                            (self.tr("&Signatory:"), self.signatory_name),
                            (self.tr("&Position:"), self.signatory_position),
                            (self.tr("NP&P:"), self.signatory_no)):
            label = QLabel(text, self)
            label.setBuddy(field.edit)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(note)
        layout.addStretch(1)
        for field in self._fields():
            field.edit.textChanged.connect(self._validate)
        self._validate()

    def _fields(self) -> tuple[CheckedField, ...]:
        return (self.name, self.code, self.address, self.city, self.signatory_name, self.signatory_position,
                self.signatory_no)

    def draft(self) -> OfficeDraft:
        return OfficeDraft(self.name.text(), self.code.text(), self.address.text(), self.city.text(),
                           self.signatory_name.text(), self.signatory_position.text(), self.signatory_no.text())

    def _validate(self) -> None:
        problems = setup.office_problems(self.draft())
        self.name.set_problem(problems.get("name"))
        self.code.set_problem(problems.get("code"))
        signatory = problems.get("signatory")
        self.signatory_name.set_problem(signatory if not self.signatory_name.text().strip() else None)
        self.signatory_position.set_problem(signatory if not self.signatory_position.text().strip() else None)
        self._complete = not problems
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self._complete

    def nextId(self) -> int:  # noqa: N802
        check = self.wizard().check()
        if check is not None and not check.needs_admin:
            return PageId.SUMMARY
        return PageId.ADMIN


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(self.tr("The administrator creates the other users and sets their roles."))
        note = QLabel(self.tr("Choose a password of at least ten characters (a short sentence is easy to "
                              "remember) and keep it safe: without it nobody can add users."), self)
        note.setWordWrap(True)
        note.setObjectName("EmptyState")
        self.username = CheckedField(self.tr("User name"), self, text="admin")
        self.full_name = CheckedField(self.tr("Full name"), self)
        self.password = CheckedField(self.tr("Password"), self, password=True)
        self.repeat = CheckedField(self.tr("Password again"), self, password=True)
        form = QFormLayout()
        for text, field in ((self.tr("&User name:"), self.username), (self.tr("&Full name:"), self.full_name),
                            (self.tr("Pass&word:"), self.password), (self.tr("Password &again:"), self.repeat)):
            label = QLabel(text, self)
            label.setBuddy(field.edit)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(note)
        layout.addStretch(1)
        for field in (self.username, self.full_name, self.password, self.repeat):
            field.edit.textChanged.connect(self._validate)
        self._validate()

    def draft(self) -> AdminDraft:
        return AdminDraft(self.username.text(), self.full_name.text(), self.password.text())

    def _validate(self) -> None:
        problems = setup.admin_problems(self.username.text(), self.full_name.text(), self.password.text(),
                                        self.repeat.text())
        for key in ("username", "full_name", "password", "repeat"):
            getattr(self, key).set_problem(problems.get(key))
        self._complete = not problems
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self._complete

    def nextId(self) -> int:  # noqa: N802
        return PageId.SUMMARY
