"""Changing one's own password, or an administrator setting someone's."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.security_passwords import MIN_LENGTH, password_problem
from desktop.errors import UserError
from desktop.ui.errors import message_for, translate
from desktop.ui.security.forms import error_label, password_field, show_problem


class ChangePasswordDialog(QDialog):
    """Own password (asks the current one), or with `for_user` an administrator's reset."""

    def __init__(self, services, for_user: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.for_user = for_user
        self.changes = None
        self.username = for_user or services.actor.username
        if for_user:
            self.setWindowTitle(self.tr("New password for %1").replace("%1", for_user))
            text = self.tr("Give the person this password; they can change it after signing in. "
                           "It also lifts a lock after wrong passwords.")
        else:
            self.setWindowTitle(self.tr("Change my password"))
            text = self.tr("At least %1 characters; a short sentence is easy to remember and hard to guess.")
        intro = QLabel(text.replace("%1", str(MIN_LENGTH)), self)
        intro.setWordWrap(True)
        self.current = password_field(self, self.tr("Current password"))
        self.new = password_field(self, self.tr("New password"))
        self.repeat = password_field(self, self.tr("Repeat the new password"))
        self.new_error = error_label(self)
        self.repeat_error = error_label(self)
        self.error = error_label(self)
        form = QFormLayout()
        if not for_user:
            form.addRow(self.tr("&Current password"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("&New password"), self.new)
        form.addRow("", self.new_error)
        form.addRow(self.tr("&Repeat"), self.repeat)
        form.addRow("", self.repeat_error)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save password"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for field in (self.current, self.new, self.repeat):
            field.textChanged.connect(self.validate)
        self.validate()

    def validate(self) -> bool:
        problem = password_problem(self.new.text(), self.username) if self.new.text() else None
        show_problem(self.new_error, problem.render(translate) if problem else "")
        mismatch = bool(self.repeat.text()) and self.repeat.text() != self.new.text()
        show_problem(self.repeat_error, self.tr("The two passwords differ.") if mismatch else "")
        ok = (problem is None and bool(self.new.text()) and self.repeat.text() == self.new.text()
              and (bool(self.for_user) or bool(self.current.text())))
        self.save_button.setEnabled(ok)
        return ok

    def save(self) -> bool:
        if not self.validate():
            return False
        try:
            if self.for_user:
                self.changes = self.services.auth.reset_password(self.for_user, self.new.text())
            else:
                self.changes = self.services.auth.change_password(self.current.text(), self.new.text())
        except UserError as exc:
            show_problem(self.error, message_for(exc))
            return False
        self.accept()
        return True
