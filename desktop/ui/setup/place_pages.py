"""The wizard's first pages: how this computer works (the mode), and where its data is (a folder
for SQLite, or the office's PostgreSQL server)."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.errors import UserError
from desktop.services import setup
from desktop.services.setup import ConnectionCheck, Mode
from desktop.ui.errors import show_error, translate
from desktop.ui.setup.fields import message_label


class PageId(enum.IntEnum):
    MODE = 0
    FOLDER = 1
    SERVER = 2
    OFFICE = 3
    ADMIN = 4
    SUMMARY = 5


def next_after_check(check: ConnectionCheck | None) -> int:
    """The page after the database was chosen: only what the database still lacks is asked for."""
    if check is None or check.needs_office:
        return PageId.OFFICE
    if check.needs_admin:
        return PageId.ADMIN
    return PageId.SUMMARY


class ModePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Cabang"))
        self.setSubTitle(self.tr("How will this computer work with Cabang? You can open the demo office first "
                                 "to look around."))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        choices = (
            (Mode.SINGLE, self.tr("&Single workstation"),
             self.tr("The data stays on this computer (SQLite). For an office with one workstation.")),
            (Mode.OFFICE, self.tr("&Office workstation on the PostgreSQL server"),
             self.tr("Several workstations share the office database on a server. Set up the first "
                     "workstation, then connect the others to the same database.")),
            (Mode.FIELD, self.tr("&Field laptop"),
             self.tr("A field officer's laptop with its own copy of the data (SQLite), used offline for days. "
                     "Synchronisation with the office is set up later, in Admin.")),
            (Mode.DEMO, self.tr("Open the &demo office"),
             self.tr("A fictional Purwokerto branch office with realistic data, to try everything out. "
                     "Nothing in it is real.")),
        )
        self.buttons: dict[Mode, QRadioButton] = {}
        for i, (mode, title, text) in enumerate(choices):
            button = QRadioButton(title, self)
            button.setAccessibleDescription(text)
            self.group.addButton(button, i)
            self.buttons[mode] = button
            note = QLabel(text, self)
            note.setWordWrap(True)
            note.setIndent(24)
            note.setObjectName("EmptyState")
            layout.addWidget(button)
            layout.addWidget(note)
            layout.addSpacing(6)
        layout.addStretch(1)
        self.buttons[Mode.SINGLE].setChecked(True)

    def mode(self) -> Mode:
        for mode, button in self.buttons.items():
            if button.isChecked():
                return mode
        return Mode.SINGLE

    def set_mode(self, mode: Mode) -> None:
        self.buttons[Mode(mode)].setChecked(True)

    def nextId(self) -> int:  # noqa: N802
        return PageId.SERVER if self.mode() is Mode.OFFICE else PageId.FOLDER


class FolderPage(QWizardPage):
    """Where the SQLite database is kept, with the backups, logs and documents the program writes."""

    def __init__(self, default_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Data folder"))
        self.setSubTitle(self.tr("The database, its backups, the log and the documents Cabang makes are kept "
                                 "in this folder. Uninstalling Cabang never deletes it."))
        self.check: ConnectionCheck | None = None
        self.folder = QLineEdit(default_folder, self)
        self.folder.setAccessibleName(self.tr("Data folder"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.info = message_label(self)
        self.error = message_label(self, error=True)
        label = QLabel(self.tr("&Folder:"), self)
        label.setBuddy(self.folder)
        note = QLabel(self.tr("The suggested folder is in your own profile. Choose another one (for example on "
                              "drive D:) if the office keeps its data there."), self)
        note.setWordWrap(True)
        note.setObjectName("EmptyState")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(self.info)
        layout.addStretch(1)
        self.folder.textChanged.connect(self._describe)

    def initializePage(self) -> None:  # noqa: N802
        self._describe()

    def _demo(self) -> bool:
        return self.wizard().mode() is Mode.DEMO

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def database_path(self) -> str:
        return str(setup.database_in(self.folder.text().strip(), demo=self._demo()))

    def _describe(self) -> None:
        self.error.clear()
        if not self.folder.text().strip():
            self.info.setText(self.tr("Choose a folder."))
            return
        path = setup.database_in(self.folder.text().strip(), demo=self._demo())
        if self._demo():
            text = self.tr("The demo office will be written to %1 (a previous demo there is replaced).")
        elif path.exists():
            text = self.tr("This folder already holds a Cabang database (%1): it will be used, and only what "
                           "it lacks is asked for on the next pages.")
        else:
            text = self.tr("A new database will be created: %1")
        self.info.setText(text.replace("%1", str(path)))

    def validatePage(self) -> bool:  # noqa: N802
        """Refuse a folder that cannot be written, and look into a database that is already there."""
        self.check = None
        try:
            folder = setup.check_folder(self.folder.text())
            path = setup.database_in(folder, demo=self._demo())
            if not self._demo() and path.exists():
                self.check = setup.check_connection(setup.sqlite_url(path))
        except UserError as exc:
            self.error.setText(exc.render(translate))
            return False
        return True

    def nextId(self) -> int:  # noqa: N802
        if self._demo():
            return PageId.SUMMARY
        return next_after_check(self.check)


class ServerPage(QWizardPage):
    """The office's PostgreSQL server, tested before the wizard goes on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Office database server"))
        self.setSubTitle(self.tr("The administrator of the server gives these details. Test the connection "
                                 "before going on."))
        self.check: ConnectionCheck | None = None
        self._tested_url = ""
        self._task = None
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("server name or address, e.g. 192.168.1.10"))
        self.host.setAccessibleName(self.tr("Server"))
        self.port = QLineEdit("5432", self)
        self.port.setValidator(QIntValidator(1, 65535, self))
        self.port.setAccessibleName(self.tr("Port"))
        self.database = QLineEdit("cabang", self)
        self.database.setAccessibleName(self.tr("Database"))
        self.user = QLineEdit("cabang", self)
        self.user.setAccessibleName(self.tr("User name on the server"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password on the server"))
        self.remember = QCheckBox(self.tr("&Remember the password on this computer"), self)
        self.remember.setChecked(True)
        self.remember.setToolTip(self.tr("In PostgreSQL's own password file of your Windows account, never in "
                                          "Cabang's settings. Without it, the next start cannot log in to the server."))
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.result = message_label(self)
        self.result.setAccessibleName(self.tr("Connection test result"))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("Data&base:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addStretch(1)
        for edit in (self.host, self.port, self.database, self.user, self.password):
            edit.textChanged.connect(self._edited)

    def url(self) -> str:
        return setup.postgres_url(self.host.text(), self.port.text(), self.database.text(), self.user.text(),
                                  self.password.text())

    def _edited(self) -> None:
        if self._tested_url:
            self._tested_url = ""
            self.check = None
            self.result.clear()
            self.completeChanged.emit()

    def test_connection(self) -> None:
        from desktop.ui.tasks import run_task

        try:
            url = self.url()
        except UserError as exc:
            self._show_result(exc.render(translate), error=True)
            return
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Connecting to %1…").replace("%1", setup.describe_url(url)), error=False)
        self._task = run_task(self, lambda _control: setup.check_connection(url),
                              on_success=lambda check: self._tested(url, check), on_error=self._failed,
                              show_progress=False)

    def _tested(self, url: str, check: ConnectionCheck) -> None:
        self.test_button.setEnabled(True)
        self.check, self._tested_url = check, url
        server = check.database
        if check.ready:
            text = self.tr("Connected to the database of %1 on %2 (%3 users). This workstation will use it; "
                           "everyone signs in with their own account.").replace("%1", check.office_name)
            text = text.replace("%2", server).replace("%3", str(check.users))
        elif check.empty:
            text = self.tr("Connected to %1. The database is empty: Cabang will create its tables, and the next "
                           "pages set up the office and its administrator.").replace("%1", server)
        else:
            text = self.tr("Connected to %1. The database is not set up completely; the next pages ask for what "
                           "it lacks.").replace("%1", server)
        if check.needs_upgrade:
            text += " " + self.tr("Its tables will be brought up to date (schema %1 to %2).").replace(
                "%1", check.schema or "").replace("%2", check.head)
        self._show_result(text, error=False)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, UserError):
            self._show_result(exc.render(translate), error=True)
        else:
            self._show_result(self.tr("The connection test failed unexpectedly."), error=True)
            show_error(self, exc)

    def _show_result(self, text: str, *, error: bool) -> None:
        self.result.setObjectName("FieldError" if error else "")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.setText(text)
        self.result.setAccessibleDescription(text)

    def isComplete(self) -> bool:  # noqa: N802
        if self.check is None or not self._tested_url:
            return False
        try:
            return self.url() == self._tested_url
        except UserError:
            return False

    def nextId(self) -> int:  # noqa: N802
        return next_after_check(self.check)
