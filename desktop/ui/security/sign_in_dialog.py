"""Signing in: user name and password, with the reason when it fails."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.ui.errors import message_for
from desktop.ui.icons import icon
from desktop.ui.security.forms import error_label, password_field, show_problem

LAST_USER_KEY = "security/last_user"


class SignInDialog(QDialog):
    """`exec()` returns Accepted with `self.actor` set once the password is right."""

    def __init__(self, auth, *, username: str = "", hint: str = "", database: str = "",
                 meanwhile: Callable[[], object] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.auth = auth
        self.actor = None
        self._meanwhile = meanwhile  # done once, while the first password is checked
        self.setWindowTitle(self.tr("Sign in to Cabang"))
        self.setWindowIcon(icon("cabang"))
        self.setMinimumWidth(380)
        title = QLabel(self.tr("Sign in"), self)
        title.setObjectName("PageTitle")
        where = QLabel(self.tr("Database: %1").replace("%1", database), self)
        where.setWordWrap(True)
        where.setVisible(bool(database))
        self.username = QLineEdit(username or str(QSettings().value(LAST_USER_KEY, "") or ""), self)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = password_field(self, self.tr("Password"))
        self.error = error_label(self)
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.caps = QLabel(self.tr("Caps Lock may be on."), self)
        self.caps.setObjectName("FieldError")
        self.caps.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        buttons = QDialogButtonBox(self)
        self.sign_in_button = buttons.addButton(self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.clicked.connect(self.try_sign_in)
        quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.caps)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.password.textEdited.connect(self._check_caps)
        (self.password if self.username.text() else self.username).setFocus()

    def _check_caps(self, text: str) -> None:
        # A password typed all in capitals with letters in it is the usual sign of Caps Lock.
        letters = [c for c in text if c.isalpha()]
        self.caps.setVisible(len(letters) >= 3 and all(c.isupper() for c in letters))

    def try_sign_in(self) -> bool:
        name = self.username.text().strip()
        if not name:
            show_problem(self.error, self.tr("Enter your user name."))
            self.username.setFocus()
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            meanwhile, self._meanwhile = self._meanwhile, None
            self.actor = self.auth.sign_in(name, self.password.text(), meanwhile=meanwhile)
        except UserError as exc:
            show_problem(self.error, message_for(exc))
            self.password.clear()
            self.password.setFocus()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        QSettings().setValue(LAST_USER_KEY, self.actor.username)
        self.accept()
        return True
