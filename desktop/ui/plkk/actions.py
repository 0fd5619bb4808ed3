"""What the clerk does to the selected partner: the dialogs behind the page's actions and the
detail pane's buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from desktop.services.plkk_views import PartnerView
from desktop.ui.errors import show_error
from desktop.ui.plkk.agreement_dialog import AgreementDialog
from desktop.ui.plkk.common import apply_changes, open_path
from desktop.ui.plkk.import_dialog import ImportDialog
from desktop.ui.plkk.letter_dialog import LetterDialog, announce_letter
from desktop.ui.plkk.monev_dialog import MonevDialog
from desktop.ui.plkk.partner_dialog import PartnerDialog
from desktop.ui.plkk.sponsorship_dialog import SponsorshipDialog


class PartnerActions(QObject):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.last_dialog = None  # the dialog last opened (tests drive it)

    @property
    def services(self):
        return self.page.services

    def _partner(self) -> PartnerView | None:
        row = self.page.selected_partner()
        if row is None:
            return None
        try:
            return self.services.plkk.partner(row.id)
        except Exception as exc:
            show_error(self.page, exc)
            return None

    def _run(self, dialog) -> bool:
        self.last_dialog = dialog
        if dialog.exec():
            if dialog.changes is not None:
                apply_changes(self.page, dialog.changes)
                if not hasattr(self.page.window(), "apply_changes"):
                    self.page.reload()
            return True
        return False

    def connect_detail(self, pane) -> None:
        pane.add_agreement.connect(self.add_agreement)
        pane.renew_agreement.connect(self.renew_agreement)
        pane.edit_agreement.connect(self.edit_agreement)
        pane.open_scan.connect(self.open_scan)
        pane.renewal_letter.connect(self.renewal_letter)
        pane.record_monev.connect(self.record_monev)
        pane.edit_monev.connect(self.edit_monev)
        pane.monev_letter.connect(self.monev_letter)
        pane.follow_up_done.connect(self.follow_up_done)
        pane.add_sponsorship.connect(self.add_sponsorship)
        pane.edit_sponsorship.connect(self.edit_sponsorship)
        pane.open_letter.connect(lambda letter: letter is not None and open_path(Path(letter.pdf_path)))
        pane.open_event.connect(self.open_event)

    # ---- partner ------------------------------------------------------------------------------

    def new_partner(self) -> None:
        dialog = PartnerDialog(self.services, parent=self.page)
        if self._run(dialog) and dialog.saved is not None:
            self.page.select_partner(dialog.saved.id)

    def edit_partner(self) -> None:
        partner = self._partner()
        if partner is not None:
            self._run(PartnerDialog(self.services, partner, self.page))

    def delete_partner(self) -> None:
        row = self.page.selected_partner()
        if row is None or not self.page.confirm(
                QCoreApplication.translate("PlkkPage", "Delete partner"),
                QCoreApplication.translate("PlkkPage", "Delete %1 from the partner list? Its agreements, visits and "
                                                       "letters stay in the audit trail.").replace("%1", row.name)):
            return
        try:
            apply_changes(self.page, self.services.plkk.delete_partner(row.id, row.version))
        except Exception as exc:
            show_error(self.page, exc)

    def import_partners(self) -> None:
        dialog = ImportDialog(self.services, parent=self.page)
        self.last_dialog = dialog
        dialog.exec()

    # ---- agreements ---------------------------------------------------------------------------

    def add_agreement(self) -> None:
        partner = self._partner()
        if partner is not None:
            self._run(AgreementDialog(self.services, partner, parent=self.page))

    def renew_agreement(self, agreement) -> None:
        partner = self._partner()
        if partner is not None:
            self._run(AgreementDialog(self.services, partner, renews=agreement, parent=self.page))

    def edit_agreement(self, agreement) -> None:
        partner = self._partner()
        if partner is not None and agreement is not None:
            self._run(AgreementDialog(self.services, partner, agreement, parent=self.page))

    def open_scan(self, agreement) -> None:
        if agreement is None:
            return
        try:
            open_path(self.services.plkk.agreement_document(agreement.id))
        except Exception as exc:
            show_error(self.page, exc)

    # ---- monev --------------------------------------------------------------------------------

    def record_monev(self) -> None:
        """Record a visit; a visit already planned for the partner is completed rather than doubled."""
        partner = self._partner()
        if partner is None:
            return
        planned = sorted((m for m in self.services.plkk.monev_history(partner.id) if m.status == "planned"),
                         key=lambda m: m.planned_on)
        self._run(MonevDialog(self.services, partner, planned[0] if planned else None, self.page))

    def edit_monev(self, monev) -> None:
        partner = self._partner()
        if partner is not None and monev is not None:
            self._run(MonevDialog(self.services, partner, monev, self.page))

    def follow_up_done(self, follow_up) -> None:
        try:
            changes = self.services.plkk.set_follow_up_status(follow_up.id, follow_up.version, "done")
        except Exception as exc:
            show_error(self.page, exc)
            return
        apply_changes(self.page, changes)

    # ---- letters ------------------------------------------------------------------------------

    def _letter(self, make_request) -> None:
        try:
            request = make_request()
        except Exception as exc:
            show_error(self.page, exc)
            return
        dialog = LetterDialog(self.services, request, self.page)
        if self._run(dialog) and dialog.issued is not None:
            self.last_announcement = announce_letter(self.page, dialog.issued)

    def renewal_letter(self) -> None:
        row = self.page.selected_partner()
        if row is not None:
            self._letter(lambda: self.services.plkk.renewal_notice_request(row.id))

    def monev_letter(self, monev) -> None:
        if monev is None:
            row = self.page.selected_partner()
            if row is None:
                return
            history = [m for m in self.services.plkk.monev_history(row.id) if m.status == "done"]
            if not history:
                show_error(self.page, _no_monev())
                return
            monev = history[0]
        self._letter(lambda: self.services.plkk.monev_result_request(monev.id))

    # ---- sponsorship, events ------------------------------------------------------------------

    def add_sponsorship(self) -> None:
        partner = self._partner()
        if partner is not None:
            self._run(SponsorshipDialog(self.services, partner, parent=self.page))

    def edit_sponsorship(self, sponsorship) -> None:
        partner = self._partner()
        if partner is not None:
            self._run(SponsorshipDialog(self.services, partner, sponsorship, self.page))

    def open_event(self, event_id) -> None:
        if event_id is None:
            return
        self.page.tabs.setCurrentWidget(self.page.events_tab)
        self.page.events_tab.select(event_id)
        self.page.events_tab.edit_event(event_id)


def _no_monev():
    from desktop.errors import QT_TRANSLATE_NOOP, UserError

    return UserError(QT_TRANSLATE_NOOP("UserError", "The Hasil Monev letter can be made once the visit is done "
                                                    "and scored."))
