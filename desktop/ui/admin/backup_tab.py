"""Backups of the database and its integrity check, off the UI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.services.app import Services
from desktop.ui.tasks import run_task


class BackupTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        intro = QLabel(self.tr("Backups are copies of the whole database, made with SQLite's online backup "
                               "while the program runs: automatically at start, at exit and once a day, kept "
                               "as the newest three, one a day for 7 days, one a week for 4 weeks and one a "
                               "month for 12 months. Backups of an encrypted database are encrypted with the "
                               "same passphrase. To restore one, close Cabang and run: cabang db restore FILE "
                               "(the current state is kept first). For PostgreSQL use pg_dump on the server."), self)
        intro.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.check_button = QPushButton(self.tr("&Check the database"), self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(QLabel(self.tr("Backups in %1").replace("%1", str(services.ctx.paths.backups)), self))
        layout.addWidget(self.list, 1)
        self.backup_button.clicked.connect(self.backup)
        self.check_button.clicked.connect(self.check)
        self.backup_button.setEnabled(services.ctx.db.is_sqlite)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for b in self.services.backup.backups():
            when = b.taken_at.astimezone().strftime("%d/%m/%Y %H:%M")
            self.list.addItem(f"{when}  ·  {b.reason}  ·  {b.size / 1_048_576:.1f} MB  ·  {b.path.name}")

    def backup(self):
        def done(path) -> None:
            self.result.setText(self.tr("Backup saved: %1").replace("%1", str(path)))
            self.reload()

        return run_task(self, lambda control: self.services.backup.backup(), on_success=done,
                        title=self.tr("Backing up the database"))

    def check(self):
        def done(report) -> None:
            if report.ok:
                self.result.setText(self.tr("The database is sound; %n audit event(s) checked, the chain is intact.",
                                            "", report.audit_events))
            else:
                problems = list(report.problems) + list(report.audit_problems)
                if not report.up_to_date:
                    problems.insert(0, self.tr("the schema needs an upgrade"))
                self.result.setText(self.tr("Problems found: %1").replace("%1", "; ".join(problems)))

        return run_task(self, lambda control: self.services.backup.check(), on_success=done,
                        title=self.tr("Checking the database"))
