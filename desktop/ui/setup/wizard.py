"""The first-run wizard: the mode of this computer, where the data is, the office and its
administrator, or the demo office. Nothing is written before Finish; then one background task
does it all (desktop.services.setup) and the wizard closes with a `FirstRunResult`.

The start-up code calls `run_first_run()` when desktop.ui.setup.needs_first_run(paths) is true.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget, QWizard, QWizardPage

from desktop.config import ICONS_DIR, Paths, sqlite_url
from desktop.errors import Cancelled, UserError
from desktop.services import setup
from desktop.services.setup import ConnectionCheck, Mode, SetupOutcome, SetupRequest
from desktop.ui.errors import show_error, translate
from desktop.ui.setup.fields import message_label
from desktop.ui.setup.place_pages import FolderPage, ModePage, PageId, ServerPage
from desktop.ui.setup.profile_pages import AdminPage, OfficePage

FirstRunResult = SetupOutcome  # mode, database_url, database, office_name, actor (the new admin), counts


class SummaryPage(QWizardPage):
    """What Finish will do, and then its progress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Check the choices below, then press Finish."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.status = message_label(self)
        self.error = message_label(self, error=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        self.error.clear()
        self.status.clear()
        self.summary.setText(self.wizard().summary_html())

    def nextId(self) -> int:  # noqa: N802
        return -1

    def show_progress(self, done: int, total: int, text: str) -> None:
        self.progress.show()
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        if text:
            self.status.setText(QCoreApplication.translate("Setup", text))


class FirstRunWizard(QWizard):
    def __init__(self, paths: Paths | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = (paths or Paths.default()).ensure()
        self.outcome: FirstRunResult | None = None
        self._task = None
        self._closing = False
        self.setWindowTitle(self.tr("Set up Cabang"))
        self.setWindowIcon(QIcon(str(ICONS_DIR / "cabang.png")))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 520)
        for which, text in ((QWizard.WizardButton.BackButton, self.tr("< &Back")),
                            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
                            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(which, text)  # Qt has no Indonesian translation of its own buttons
        self.mode_page = ModePage(self)
        self.folder_page = FolderPage(str(setup.default_data_folder(self.paths)), self)
        self.server_page = ServerPage(self)
        self.office_page = OfficePage(self)
        self.admin_page = AdminPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in ((PageId.MODE, self.mode_page), (PageId.FOLDER, self.folder_page),
                              (PageId.SERVER, self.server_page), (PageId.OFFICE, self.office_page),
                              (PageId.ADMIN, self.admin_page), (PageId.SUMMARY, self.summary_page)):
            self.setPage(page_id, page)
        self.setStartId(PageId.MODE)

    # ---- what the pages collected --------------------------------------------------------------

    def mode(self) -> Mode:
        return self.mode_page.mode()

    def check(self) -> ConnectionCheck | None:
        """The database already there (a folder's file or the server), if any."""
        return self.server_page.check if self.mode() is Mode.OFFICE else self.folder_page.check

    def database_url(self) -> str:
        if self.mode() is Mode.OFFICE:
            return self.server_page.url()
        return sqlite_url(self.folder_page.database_path())

    def request(self) -> SetupRequest:
        check = self.check()
        office = self.office_page.draft() if check is None or check.needs_office else None
        admin = self.admin_page.draft() if check is None or check.needs_admin else None
        folder = None if self.mode() is Mode.OFFICE else self.folder_page.folder.text().strip()
        return SetupRequest(mode=self.mode(), database_url=self.database_url(), office=office, admin=admin,
                            remember_password=self.server_page.remember.isChecked(), data_folder=folder)

    def summary_html(self) -> str:
        mode = self.mode()
        titles = {Mode.SINGLE: self.tr("Single workstation"), Mode.OFFICE: self.tr("Office workstation"),
                  Mode.FIELD: self.tr("Field laptop"), Mode.DEMO: self.tr("Demo office")}
        rows = [(self.tr("Mode"), titles[mode])]
        if mode is Mode.DEMO:
            rows.append((self.tr("Database"), self.folder_page.database_path()))
            rows.append((self.tr("What happens"), self.tr("The demo office is created (this takes a minute) and "
                                                          "opened as its administrator.")))
            password = _demo_password()
            if password:
                rows.append((self.tr("Signing in later"), self.tr("Every demo account (admin, antony, diyah, rina, "
                                                                  "hendra…) has the password %1.").replace("%1", password)))
            return _table(rows)
        request = self.request()
        rows.append((self.tr("Database"), setup.describe_url(request.database_url)))
        check = self.check()
        if check is None or check.empty:
            rows.append((self.tr("What happens"), self.tr("A new database is created.")))
        else:
            rows.append((self.tr("What happens"), self.tr("The existing database is used.")))
        if request.office is not None:
            rows.append((self.tr("Office"), f"{request.office.name} ({request.office.code.upper()})"))
        elif check is not None:
            rows.append((self.tr("Office"), check.office_name))
        if request.admin is not None:
            rows.append((self.tr("Administrator"), f"{request.admin.username} — {request.admin.full_name}"))
        if mode is Mode.FIELD:
            rows.append((self.tr("Synchronisation"), self.tr("Set it up later in Admin, when the laptop is "
                                                             "on the office network.")))
        return _table(rows)

    # ---- Finish ----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def accept(self) -> None:
        if self.outcome is not None:
            super().accept()
            return
        if self.busy:
            return
        from desktop.ui.tasks import run_task

        mode = self.mode()
        try:
            if mode is Mode.DEMO:
                folder = self.folder_page.folder.text()
                work = lambda control: setup.create_demo(self.paths, folder, control)  # noqa: E731
            else:
                request = self.request()
                setup.validate(request)
                work = lambda control: setup.set_up(self.paths, request, control)  # noqa: E731
        except UserError as exc:
            self.summary_page.error.setText(exc.render(translate))
            return
        self.summary_page.error.clear()
        self._set_buttons(False)
        self._task = run_task(self, work, on_success=self._finished, on_error=self._failed, writes=True,
                              show_progress=False)
        self._task.progressed.connect(self.summary_page.show_progress)

    def _finished(self, outcome: FirstRunResult) -> None:
        self.outcome = outcome
        self._set_buttons(True)
        if self._closing:  # cancelled too late: the work is done and kept
            self._closing = False
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_buttons(True)
        self.summary_page.progress.hide()
        self.summary_page.status.clear()
        if isinstance(exc, Cancelled) or self._closing:
            self._closing = False
            super().reject()
            return
        if isinstance(exc, UserError):
            self.summary_page.error.setText(exc.render(translate))
        else:
            self.summary_page.error.setText(self.tr("The set-up failed; nothing was kept. The details are in the log."))
            show_error(self, exc)

    def reject(self) -> None:
        if self.busy:  # stop the work first; what it made is removed, then the wizard closes
            self._closing = True
            self._task.cancel()
            return
        super().reject()

    def _set_buttons(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton):
            self.button(which).setEnabled(enabled)


def _demo_password() -> str:
    try:
        from desktop.services.demo.security import DEMO_PASSWORD
    except ImportError:
        return ""
    return DEMO_PASSWORD


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td style='padding-right:12px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                    for k, v in rows)
    return f"<table>{cells}</table>"


def run_first_run(parent: QWidget | None = None, paths: Paths | None = None) -> FirstRunResult | None:
    """Show the wizard; the result once the computer is set up, None if the person cancelled."""
    import shiboken6

    wizard = FirstRunWizard(paths, parent)
    accepted = wizard.exec() == QDialog.DialogCode.Accepted
    outcome = wizard.outcome if accepted else None
    shiboken6.delete(wizard)  # now: a QWizard left for a deferred delete crashes a later style change
    return outcome


def open_after_first_run(paths: Paths, parent: QWidget | None = None):
    """The first start: the wizard, then the signed-in session on the chosen database (the new
    administrator is signed in already; on an existing office database everyone signs in).
    Returns Services, or None when the person cancelled."""
    from desktop.ui.security.session import open_gate, sign_in

    result = run_first_run(parent, paths)
    if result is None:
        return None
    paths = result.paths or paths  # the chosen data folder holds the backups and documents too
    if result.actor is None:
        return sign_in(paths, result.database_url, parent=parent)
    gate = open_gate(paths, result.database_url, parent)
    if gate is None:
        return None
    return gate.start_session(result.actor)
