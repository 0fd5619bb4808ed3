"""The pages of the side bar, and what a page must offer the main window."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.errors import QT_TRANSLATE_NOOP
from desktop.services.app import Services
from desktop.services.context import Changes


class Page(QWidget):
    """Base of the side-bar pages."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services

    def on_changes(self, changes: Changes) -> None:
        """Refresh what `changes` touched; called for every mutation anywhere in the program."""

    def on_shown(self) -> None:
        """The page became visible."""

    def open_record(self, record_id) -> None:
        """Show the record a search hit or a dashboard tile points to."""


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source, translated in the "Pages" context
    icon: str
    module: str
    cls: str
    shortcut: str
    not_built: str  # what the page will hold, said plainly while it is not built


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", QT_TRANSLATE_NOOP("Pages", "Dashboard"), "layout-dashboard",
             "desktop.ui.dashboard.page", "DashboardPage", "Ctrl+1",
             QT_TRANSLATE_NOOP("Pages", "The branch at a glance: coverage against target, compliance cases, "
                                        "agreements expiring, scholarship proofs due and disbursements.")),
    PageSpec("plkk", QT_TRANSLATE_NOOP("Pages", "PLKK Partners"), "hospital",
             "desktop.ui.plkk.page", "PlkkPage", "Ctrl+2",
             QT_TRANSLATE_NOOP("Pages", "Partner clinics and hospitals, their cooperation agreements (PKS), "
                                        "monitoring visits and socialisation events.")),
    PageSpec("compliance", QT_TRANSLATE_NOOP("Pages", "Compliance"), "briefcase",
             "desktop.ui.compliance.page", "CompliancePage", "Ctrl+3",
             QT_TRANSLATE_NOOP("Pages", "Employers and compliance cases (PDS, PWBD, arrears) from the first "
                                        "visit through written warnings to the Kejaksaan.")),
    PageSpec("benefits", QT_TRANSLATE_NOOP("Pages", "Benefits & Scholarships"), "hand-coins",
             "desktop.ui.benefits.page", "BenefitsPage", "Ctrl+4",
             QT_TRANSLATE_NOOP("Pages", "Death benefits (JKM, JKK) and scholarships: claims, heirs, "
                                        "approvals, disbursements and receipts.")),
    PageSpec("coverage", QT_TRANSLATE_NOOP("Pages", "Coverage"), "users-round",
             "desktop.ui.coverage.page", "CoveragePage", "Ctrl+5",
             QT_TRANSLATE_NOOP("Pages", "Coverage of informal and vulnerable workers per kabupaten, their "
                                        "sponsors and the commitments made at coordination meetings.")),
    PageSpec("letters", QT_TRANSLATE_NOOP("Pages", "Letters"), "mail",
             "desktop.ui.letters.page", "LettersPage", "Ctrl+6",
             QT_TRANSLATE_NOOP("Pages", "The outgoing letter register, letter templates, receipts and "
                                        "their verification.")),
    PageSpec("admin", QT_TRANSLATE_NOOP("Pages", "Admin"), "settings",
             "desktop.ui.admin.page", "AdminPage", "Ctrl+7",
             QT_TRANSLATE_NOOP("Pages", "Office profile, users, settings and backups.")),
)


class NotBuiltPage(Page):
    """Says plainly what the page will hold; shows no made-up data."""

    def __init__(self, services: Services, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        title = QLabel(QCoreApplication.translate("Pages", spec.title), self)
        title.setObjectName("PageTitle")
        body = QLabel(
            QCoreApplication.translate("Pages", "This page is not built yet. It will hold:") + "\n\n"
            + QCoreApplication.translate("Pages", spec.not_built), self)
        body.setObjectName("EmptyState")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(body)
        layout.addStretch(1)


def create_page(spec: PageSpec, services: Services, parent: QWidget | None = None) -> Page:
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name is None or not spec.module.startswith(exc.name):
            raise  # a dependency missing inside a built page is a bug, not "not built"
        return NotBuiltPage(services, spec, parent)
    return getattr(module, spec.cls)(services, parent)
