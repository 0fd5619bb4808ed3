"""The people who use Cabang: their roles, first passwords, locks and whether the account is on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import ROLE_LABELS, Role, allowed
from desktop.domain.security_passwords import password_problem
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.ui.errors import show_error, translate
from desktop.ui.icons import icon
from desktop.ui.security.forms import error_label, password_field, show_problem
from desktop.ui.tables import ColumnSpec
from desktop.ui.widgets.table_view import DataTable


def _role(value: str) -> str:
    try:
        return QCoreApplication.translate("Role", ROLE_LABELS[Role(value)])
    except ValueError:
        return value


def _state(user) -> str:
    if not user.active:
        return QCoreApplication.translate("UsersTab", "switched off")
    if user.locked():
        return QCoreApplication.translate("UsersTab", "locked until %1").replace(
            "%1", user.locked_until.astimezone().strftime("%H:%M"))
    if not user.has_password:
        return QCoreApplication.translate("UsersTab", "no password yet")
    return QCoreApplication.translate("UsersTab", "can sign in")


COLUMNS = [
    ColumnSpec("username", QT_TRANSLATE_NOOP("Columns", "User name"), 140),
    ColumnSpec("full_name", QT_TRANSLATE_NOOP("Columns", "Full name"), 220),
    ColumnSpec("role", QT_TRANSLATE_NOOP("Columns", "Role"), 150, formatter=_role),
    ColumnSpec("regency", QT_TRANSLATE_NOOP("Columns", "Kabupaten"), 140),
    ColumnSpec("state", QT_TRANSLATE_NOOP("Columns", "Sign-in"), 150, value=_state, sort_key=None),
]


class UsersTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        manage = allowed(services.actor.role, "users.manage")
        self.table = DataTable("admin.users", COLUMNS, parent=self)
        self.reset_button = QPushButton(icon("key-round"), self.tr("Set a new &password…"), self)
        self.unlock_button = QPushButton(icon("lock"), self.tr("U&nlock"), self)
        self.active_button = QPushButton(self.tr("Switch o&ff"), self)
        actions = QHBoxLayout()
        for button in (self.reset_button, self.unlock_button, self.active_button):
            actions.addWidget(button)
        actions.addStretch(1)
        box = QGroupBox(self.tr("New user"), self)
        self.username = QLineEdit(box)
        self.username.setAccessibleName(self.tr("User name"))
        self.full_name = QLineEdit(box)
        self.full_name.setAccessibleName(self.tr("Full name"))
        self.role = QComboBox(box)
        self.role.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role.addItem(_role(role.value), role.value)
        self.password = password_field(box, self.tr("First password"))
        self.password_error = error_label(box)
        self.add_button = QPushButton(self.tr("&Create user"), box)
        self.add_button.clicked.connect(self._create)
        form = QFormLayout(box)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("First password"), self.password)
        form.addRow("", self.password_error)
        form.addRow("", self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(box)
        self.password.textChanged.connect(self._validate)
        self.username.textChanged.connect(self._validate)
        self.reset_button.clicked.connect(self._reset)
        self.unlock_button.clicked.connect(self._unlock)
        self.active_button.clicked.connect(self._toggle_active)
        self.table.selection_changed.connect(self._selected)
        box.setVisible(manage)
        for button in (self.reset_button, self.unlock_button, self.active_button):
            button.setVisible(manage)
        self.reload()
        self._selected(None)

    def reload(self) -> None:
        self.table.set_rows(self.services.users.list())
        self._selected(self.table.selected())

    def _selected(self, user) -> None:
        self.reset_button.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and user.locked_until is not None)
        self.active_button.setEnabled(user is not None and user.username != self.services.actor.username)
        self.active_button.setText(self.tr("Switch o&n") if user is not None and not user.active
                                   else self.tr("Switch o&ff"))

    def _validate(self) -> None:
        text = self.password.text()
        problem = password_problem(text, self.username.text()) if text else None
        show_problem(self.password_error, problem.render(translate) if problem else "")

    def _apply(self, changes) -> None:
        self.reload()
        window = self.window()
        if hasattr(window, "apply_changes"):
            window.apply_changes(changes)

    def _create(self) -> None:
        try:
            _user, changes = self.services.users.create(self.username.text(), self.full_name.text(),
                                                        self.role.currentData(),
                                                        password=self.password.text() or None)
        except Exception as exc:
            show_error(self, exc)
            return
        for field in (self.username, self.full_name, self.password):
            field.clear()
        self._apply(changes)

    def _reset(self) -> None:
        from desktop.ui.security.change_password_dialog import ChangePasswordDialog

        user = self.table.selected()
        if user is None:
            return
        dialog = ChangePasswordDialog(self.services, for_user=user.username, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._apply(dialog.changes)

    def _unlock(self) -> None:
        user = self.table.selected()
        if user is None:
            return
        try:
            changes = self.services.auth.unlock(user.username)
        except Exception as exc:
            show_error(self, exc)
            return
        self._apply(changes)

    def _toggle_active(self) -> None:
        user = self.table.selected()
        if user is None:
            return
        try:
            _view, changes = self.services.users.update(user.id, user.version, active=not user.active)
        except Exception as exc:
            show_error(self, exc)
            return
        self._apply(changes)
