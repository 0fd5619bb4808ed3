"""Connection settings for the office's PostgreSQL server: this workstation's database (office mode), or
the server a laptop syncs with directly. Checked as typed; "Test connection" says plainly what is wrong
(server down, wrong password, database not set up); the password is kept, if the user asks, in the
PostgreSQL password file of their own account, never in Cabang's settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.app import Services
from desktop.services.sync_connection import DEFAULT_PORT, ConnectionSettings, validate
from desktop.ui.errors import message_for, show_error
from desktop.ui.tasks import run_task


def _field_error(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("FieldError")
    label.setWordWrap(True)
    label.hide()
    return label


class ConnectionDialog(QDialog):
    """mode "office": this workstation works on the server (from the next start); "hub": a laptop's sync server."""

    def __init__(self, services: Services, mode: str = "office", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.mode = services, mode
        self.saved = False
        self.report = None
        self.setWindowTitle(self.tr("Office database connection") if mode == "office" else self.tr("Office server for sync"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "The office's workstations share one PostgreSQL database on the office server. Ask the administrator "
            "for these details (see the README, \"Office server\").") if mode == "office" else self.tr(
            "When this laptop is on the office network it syncs directly with the office database."), self)
        intro.setWordWrap(True)
        self.host = QLineEdit(self)
        self.host.setAccessibleName(self.tr("Server"))
        self.host.setPlaceholderText(self.tr("e.g. server-kc or 192.168.1.10"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Port"))
        self.database = QLineEdit("cabang", self)
        self.database.setAccessibleName(self.tr("Database"))
        self.user = QLineEdit(self)
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("&Remember the password for my account (PostgreSQL password file)"), self)
        self.remember.setChecked(True)
        self.errors = {name: _field_error(self) for name in ("host", "port", "database", "user")}
        form = QFormLayout()
        for label, widget, key in ((self.tr("&Server:"), self.host, "host"), (self.tr("&Port:"), self.port, "port"),
                                   (self.tr("Data&base:"), self.database, "database"),
                                   (self.tr("&User name:"), self.user, "user")):
            form.addRow(label, widget)
            form.addRow("", self.errors[key])
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("ConnectionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        if mode == "office":
            self.local_button = QPushButton(self.tr("Use this computer's &own database"), self)
            self.local_button.clicked.connect(self.use_local)
            self.buttons.addButton(self.local_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self._load()
        self._touched: set[str] = set()  # a field says what is wrong once the clerk has typed in it
        for key, widget in (("host", self.host), ("database", self.database), ("user", self.user)):
            widget.textEdited.connect(lambda _t, key=key: self._touch(key))
        self.port.valueChanged.connect(lambda _v: self._touch("port"))
        self._validate()

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self._validate()

    def _load(self) -> None:
        current = self.services.sync.connection() if self.mode == "office" else None
        if self.mode == "hub":
            url = self.services.sync.status().hub_url
            if url.startswith("postgresql"):
                from desktop.services.sync_connection import parse

                current = parse(url)
        if current is not None:
            self.host.setText(current.host)
            self.port.setValue(current.port)
            self.database.setText(current.database)
            self.user.setText(current.user)

    def settings(self) -> ConnectionSettings:
        return ConnectionSettings(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                                  self.user.text().strip())

    def _validate(self) -> bool:
        problems = validate(self.settings())
        for key, label in self.errors.items():
            message = problems.get(key) if key in self._touched else None
            label.setText(QCoreApplication.translate("UserError", message) if message else "")
            label.setVisible(bool(message))
        ok = not problems
        self.test_button.setEnabled(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def test(self) -> None:
        self._touched.update(self.errors)
        if not self._validate():
            return
        settings, password = self.settings(), self.password.text() or None
        self.result_label.setText(self.tr("Connecting to %1…").replace("%1", settings.describe()))
        run_task(self, lambda _control: self.services.sync.test_connection(settings, password),
                 on_success=self._tested, on_error=self._failed, title=self.tr("Testing the connection"))

    def _tested(self, report) -> None:
        self.report = report
        text = QCoreApplication.translate("UserError", report.message)
        self.result_label.setText(("✔ " if report.ok else "✖ ") + text)

    def _failed(self, exc: BaseException) -> None:
        self.report = None
        self.result_label.setText("✖ " + message_for(exc))

    def save(self) -> None:
        self._touched.update(self.errors)
        if not self._validate():
            return
        settings, password = self.settings(), self.password.text() or None
        try:
            if self.mode == "office":
                self.services.sync.save_connection(settings, password, remember=self.remember.isChecked())
            else:
                self.services.sync.set_hub_server(settings, password, remember=self.remember.isChecked())
        except Exception as exc:  # a UserError in plain words, anything else with details
            show_error(self, exc)
            return
        self.saved = True
        if self.mode == "office":
            self._tell(self.tr("Saved. Cabang uses the office database from its next start: close and open it again."))
        self.accept()

    def use_local(self) -> None:
        try:
            self.services.sync.use_local_database()
        except Exception as exc:
            show_error(self, exc)
            return
        self.saved = True
        self._tell(self.tr("Cabang uses this computer's own database from its next start."))
        self.accept()

    def _tell(self, text: str) -> None:
        import os

        if os.environ.get("CABANG_NO_DIALOGS") == "1":
            self.result_label.setText(text)
            return
        QMessageBox.information(self, self.windowTitle(), text)
