"""The people who use Cabang and their roles."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.domain.roles import ROLE_LABELS, Role
from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.ui.errors import show_error
from desktop.ui.tables import ColumnSpec
from desktop.ui.widgets.table_view import DataTable


def _role(value: str) -> str:
    try:
        return QCoreApplication.translate("Role", ROLE_LABELS[Role(value)])
    except ValueError:
        return value


COLUMNS = [
    ColumnSpec("username", QT_TRANSLATE_NOOP("Columns", "User name"), 140),
    ColumnSpec("full_name", QT_TRANSLATE_NOOP("Columns", "Full name"), 220),
    ColumnSpec("role", QT_TRANSLATE_NOOP("Columns", "Role"), 150, formatter=_role),
    ColumnSpec("regency", QT_TRANSLATE_NOOP("Columns", "Kabupaten"), 140),
    ColumnSpec("active", QT_TRANSLATE_NOOP("Columns", "Active"), 70, formatter=lambda v: "✓" if v else "—"),
]


class UsersTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.table = DataTable("admin.users", COLUMNS, parent=self)
        box = QGroupBox(self.tr("New user"), self)
        self.username = QLineEdit(box)
        self.username.setAccessibleName(self.tr("User name"))
        self.full_name = QLineEdit(box)
        self.full_name.setAccessibleName(self.tr("Full name"))
        self.role = QComboBox(box)
        self.role.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role.addItem(_role(role.value), role.value)
        add = QPushButton(self.tr("&Create user"), box)
        add.clicked.connect(self._create)
        add.setEnabled(services.actor.role == Role.ADMIN.value)
        form = QFormLayout(box)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        self.reload()

    def reload(self) -> None:
        self.table.set_rows(self.services.users.list())

    def _create(self) -> None:
        try:
            _user, changes = self.services.users.create(self.username.text(), self.full_name.text(),
                                                        self.role.currentData())
        except Exception as exc:
            show_error(self, exc)
            return
        self.username.clear()
        self.full_name.clear()
        self.reload()
        window = self.window()
        if hasattr(window, "apply_changes"):
            window.apply_changes(changes)
