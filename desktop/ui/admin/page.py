"""The Admin page: tabs for the office profile, settings, users and backups."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services.app import Services
from desktop.services.context import Area, Changes
from desktop.ui.admin.audit_tab import AuditTab
from desktop.ui.admin.backup_tab import BackupTab
from desktop.ui.admin.settings_tab import SettingsTab
from desktop.ui.admin.users_tab import UsersTab
from desktop.ui.pages import Page


class AdminPage(Page):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        title = QLabel(self.tr("Admin"), self)
        title.setObjectName("PageTitle")
        self.tabs = QTabWidget(self)
        self.office_tab = _office_tab(services, self)
        self.settings_tab = SettingsTab(services, self)
        self.users_tab = UsersTab(services, self)
        self.backup_tab = BackupTab(services, self)
        self.tabs.addTab(self.office_tab, self.tr("&Office profile"))
        self.tabs.addTab(self.settings_tab, self.tr("&Settings"))
        self.tabs.addTab(self.users_tab, self.tr("&Users"))
        self.tabs.addTab(self.backup_tab, self.tr("&Backups"))
        self.tabs.addTab(AuditTab(services, self), self.tr("&Audit trail"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def on_changes(self, changes: Changes) -> None:
        if Area.SETTINGS in changes:
            self.settings_tab.reload()
        if Area.USERS in changes:
            self.users_tab.reload()
        if Area.OFFICE in changes and hasattr(self.office_tab, "reload"):
            self.office_tab.reload()


def _office_tab(services: Services, parent: QWidget) -> QWidget:
    """The office profile editor belongs to the letters area (it is the letterhead)."""
    try:
        module = importlib.import_module("desktop.ui.letters.office_tab")
    except ModuleNotFoundError as exc:
        if exc.name not in ("desktop.ui.letters", "desktop.ui.letters.office_tab"):
            raise
        label = QLabel(QCoreApplication.translate("AdminPage", "The office profile editor comes with the letters module."), parent)
        label.setObjectName("EmptyState")
        return label
    return module.OfficeTab(services, parent)
