"""The first run: create the administrator account (when no first-run wizard is installed)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.security_passwords import MIN_LENGTH, password_problem
from desktop.errors import UserError
from desktop.ui.errors import message_for, translate
from desktop.ui.security.forms import error_label, password_field, show_problem


class FirstAdminDialog(QDialog):
    """`exec()` returns Accepted with `self.actor` the new administrator, already signed in."""

    def __init__(self, auth, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.auth = auth
        self.actor = None
        self.setWindowTitle(self.tr("Create the administrator"))
        self.setMinimumWidth(440)
        intro = QLabel(self.tr("This database has no administrator yet. The administrator creates the "
                               "accounts of the other users and looks after settings and backups. "
                               "Choose a password of at least %1 characters, for example a short sentence.")
                       .replace("%1", str(MIN_LENGTH)), self)
        intro.setWordWrap(True)
        self.username = QLineEdit("admin", self)
        self.username.setAccessibleName(self.tr("User name"))
        self.full_name = QLineEdit(self)
        self.full_name.setAccessibleName(self.tr("Full name"))
        self.password = password_field(self, self.tr("Password"))
        self.repeat = password_field(self, self.tr("Repeat the password"))
        self.password_error = error_label(self)
        self.repeat_error = error_label(self)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Full name"), self.full_name)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow("", self.password_error)
        form.addRow(self.tr("&Repeat"), self.repeat)
        form.addRow("", self.repeat_error)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(self.tr("&Create and sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        cancel = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self.create)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for field in (self.username, self.full_name, self.password, self.repeat):
            field.textChanged.connect(self.validate)
        self.full_name.setFocus()
        self.validate()

    def validate(self) -> bool:
        problem = password_problem(self.password.text(), self.username.text()) if self.password.text() else None
        show_problem(self.password_error, problem.render(translate) if problem else "")
        mismatch = bool(self.repeat.text()) and self.repeat.text() != self.password.text()
        show_problem(self.repeat_error, self.tr("The two passwords differ.") if mismatch else "")
        ok = (problem is None and bool(self.password.text()) and self.repeat.text() == self.password.text()
              and bool(self.username.text().strip()) and bool(self.full_name.text().strip()))
        self.create_button.setEnabled(ok)
        return ok

    def create(self) -> bool:
        if not self.validate():
            return False
        try:
            self.actor = self.auth.create_first_admin(self.username.text(), self.full_name.text(),
                                                      self.password.text())
        except UserError as exc:
            show_problem(self.error, message_for(exc))
            return False
        self.accept()
        return True
