"""The partner on one screen: agreement state, last and next monev, open follow-ups, events, letters
sent and workers sponsored, with the actions that belong to each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import format_month_id
from desktop.domain.money import Money
from desktop.domain.plkk import PROGRAM_NAMES_ID, AgreementState, ExpiryBand, MonevStatus, SponsorProgram
from desktop.services.plkk_views import PartnerDetail
from desktop.ui.icons import icon
from desktop.ui.plkk.common import (
    BADGE_COLOURS,
    badge_text,
    facility_label,
    fmt_date,
    monev_status_label,
    ownership_label,
    state_label,
    status_label,
)


def _list(parent: QWidget, name: str, rows: int = 4) -> QListWidget:
    w = QListWidget(parent)
    w.setAccessibleName(name)
    w.setMaximumHeight(22 * rows + 8)
    w.setAlternatingRowColors(True)
    w.setWordWrap(True)
    w.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return w


def _item(text: str, data: object) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class PartnerDetailPane(QScrollArea):
    add_agreement = Signal()
    renew_agreement = Signal(object)  # AgreementView
    edit_agreement = Signal(object)
    open_scan = Signal(object)
    renewal_letter = Signal()
    record_monev = Signal()
    edit_monev = Signal(object)  # MonevView
    monev_letter = Signal(object)
    follow_up_done = Signal(object)  # FollowUpView
    add_sponsorship = Signal()
    edit_sponsorship = Signal(object)  # SponsorshipView
    open_letter = Signal(object)  # IssuedLetter
    open_event = Signal(object)  # event id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: PartnerDetail | None = None
        self.setWidgetResizable(True)
        self.setMinimumWidth(380)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # everything wraps instead
        host = QWidget(self)
        self.setWidget(host)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(8, 4, 8, 8)
        self.empty = QLabel(self.tr("Choose a partner in the list to see its agreement, monev, events, letters "
                                    "and sponsored workers here."), host)
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.body = QWidget(host)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body)
        layout.addStretch(1)

        self.title = QLabel(self.body)
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self.body)
        self.subtitle.setWordWrap(True)
        self.contact = QLabel(self.body)
        self.contact.setWordWrap(True)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.title)
        body.addWidget(self.subtitle)
        body.addWidget(self.contact)

        # agreement
        box = QGroupBox(self.tr("Cooperation agreement (PKS)"), self.body)
        v = QVBoxLayout(box)
        top = QHBoxLayout()
        self.badge = QLabel(box)
        self.badge.setObjectName("ExpiryBadge")
        self.agreement_text = QLabel(box)
        self.agreement_text.setWordWrap(True)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.agreement_text, 1)
        v.addLayout(top)
        self.agreements = _list(box, self.tr("Agreements"))
        self.agreements.itemActivated.connect(
            lambda it: it.data(Qt.ItemDataRole.UserRole) is not None
            and self.edit_agreement.emit(it.data(Qt.ItemDataRole.UserRole)))
        v.addWidget(self.agreements)
        row = QHBoxLayout()
        self.renew_button = self._button(box, "refresh-cw", self.tr("Re&new"), row,
                                         lambda: self.renew_agreement.emit(self._current_or_selected()))
        self.scan_button = self._button(box, "file-text", self.tr("Open &scan"), row,
                                        lambda: self.open_scan.emit(self._selected_agreement()))
        self.notice_button = self._button(box, "mail", self.tr("Renewal &notice"), row, self.renewal_letter.emit)
        row.addStretch(1)
        v.addLayout(row)
        body.addWidget(box)

        # monev
        box = QGroupBox(self.tr("Monitoring and evaluation (monev)"), self.body)
        v = QVBoxLayout(box)
        self.monev_text = QLabel(box)
        self.monev_text.setWordWrap(True)
        v.addWidget(self.monev_text)
        self.monevs = _list(box, self.tr("Monev visits"))
        self.monevs.itemActivated.connect(
            lambda it: it.data(Qt.ItemDataRole.UserRole) is not None
            and self.edit_monev.emit(it.data(Qt.ItemDataRole.UserRole)))
        v.addWidget(self.monevs)
        row = QHBoxLayout()
        self._button(box, "list-checks", self.tr("&Record monev"), row, self.record_monev.emit)
        self.monev_letter_button = self._button(box, "mail", self.tr("Hasil &Monev letter"), row,
                                                lambda: self.monev_letter.emit(self._selected_monev()))
        row.addStretch(1)
        v.addLayout(row)
        body.addWidget(box)

        # follow-ups
        box = QGroupBox(self.tr("Open follow-ups"), self.body)
        v = QVBoxLayout(box)
        self.follow_ups = _list(box, self.tr("Open follow-ups"))
        v.addWidget(self.follow_ups)
        row = QHBoxLayout()
        self.done_button = self._button(box, "check", self.tr("Mark &done"), row, self._follow_up_done)
        row.addStretch(1)
        v.addLayout(row)
        body.addWidget(box)

        # events, letters, sponsorships
        box = QGroupBox(self.tr("Events"), self.body)
        v = QVBoxLayout(box)
        self.events = _list(box, self.tr("Events"), 3)
        self.events.itemActivated.connect(lambda it: self.open_event.emit(it.data(Qt.ItemDataRole.UserRole)))
        v.addWidget(self.events)
        body.addWidget(box)
        box = QGroupBox(self.tr("Letters sent"), self.body)
        v = QVBoxLayout(box)
        self.letters = _list(box, self.tr("Letters sent"), 3)
        self.letters.itemActivated.connect(lambda it: self.open_letter.emit(it.data(Qt.ItemDataRole.UserRole)))
        v.addWidget(self.letters)
        body.addWidget(box)
        box = QGroupBox(self.tr("Sponsored workers (Sertakan / CSR)"), self.body)
        v = QVBoxLayout(box)
        self.sponsor_text = QLabel(box)
        self.sponsor_text.setWordWrap(True)
        v.addWidget(self.sponsor_text)
        self.sponsors = _list(box, self.tr("Sponsorships"), 3)
        self.sponsors.itemActivated.connect(
            lambda it: it.data(Qt.ItemDataRole.UserRole) is not None
            and self.edit_sponsorship.emit(it.data(Qt.ItemDataRole.UserRole)))
        v.addWidget(self.sponsors)
        row = QHBoxLayout()
        self._button(box, "hand-coins", self.tr("Add s&ponsorship"), row, self.add_sponsorship.emit)
        row.addStretch(1)
        v.addLayout(row)
        body.addWidget(box)
        self.show_detail(None)

    @staticmethod
    def _button(parent: QWidget, icon_name: str, text: str, row: QHBoxLayout, slot) -> QPushButton:
        b = QPushButton(icon(icon_name), text, parent)
        b.clicked.connect(lambda _c=False: slot())
        row.addWidget(b)
        return b

    # ---- filling ------------------------------------------------------------------------------

    def show_detail(self, detail: PartnerDetail | None) -> None:
        self.detail = detail
        self.empty.setVisible(detail is None)
        self.body.setVisible(detail is not None)
        if detail is None:
            return
        p = detail.partner
        self.title.setText(p.name)
        self.subtitle.setText(" · ".join(x for x in (
            p.kode_faskes, facility_label(p.facility_type), ownership_label(p.ownership), status_label(p.status),
            ", ".join(x for x in (p.district, p.regency) if x)) if x))
        contact = [p.address.replace("\n", ", ")] if p.address else []
        person = " — ".join(x for x in (p.contact_name, p.contact_position) if x)
        contact += [x for x in (person, p.phone, p.email) if x]
        if p.services:
            contact.append(self.tr("Services: %1").replace("%1", ", ".join(p.services)))
        self.contact.setText("\n".join(contact))
        self._fill_agreement(detail)
        self._fill_monev(detail)
        self.follow_ups.clear()
        for f in detail.open_follow_ups:
            due = fmt_date(f.due_on)
            due_text = self.tr("due %1").replace("%1", due)
            text = f"{f.action} — {due_text}"
            if f.overdue:
                text += " ⚠ " + self.tr("overdue")
            self.follow_ups.addItem(_item(text, f))
        if not detail.open_follow_ups:
            self.follow_ups.addItem(_item(self.tr("No open follow-ups."), None))
        self.done_button.setEnabled(bool(detail.open_follow_ups))
        self.events.clear()
        for e in detail.events:
            mark = self.tr("attended") if e.attended else self.tr("invited")
            self.events.addItem(_item(f"{fmt_date(e.held_on)} — {e.topic} ({mark})", e.event_id))
        if not detail.events:
            self.events.addItem(_item(self.tr("Not invited to any event yet."), None))
        self.letters.clear()
        for letter in detail.letters:
            cancelled = self.tr("cancelled")
            status = "" if letter.status == "issued" else f" ({cancelled})"
            self.letters.addItem(_item(f"{letter.number} — {letter.subject} ({fmt_date(letter.issued_on)}){status}",
                                       letter))
        if not detail.letters:
            self.letters.addItem(_item(self.tr("No letters sent yet."), None))
        self._fill_sponsors(detail)

    def _fill_agreement(self, d: PartnerDetail) -> None:
        cover = d.cover
        text = badge_text(cover.band, cover.days_left)
        colours = BADGE_COLOURS.get(ExpiryBand(cover.band))
        if text and colours:
            self.badge.setText(f" {text} ")
            self.badge.setStyleSheet(f"background: {colours[0]}; color: {colours[1]}; border-radius: 8px;"
                                     " padding: 2px 8px; font-weight: 600;")
            self.badge.show()
        else:
            self.badge.hide()
        lines = [state_label(cover.state)]
        a = d.current_agreement
        if a is not None:
            lines.append(self.tr("%1, %2 to %3").replace("%1", a.number).replace("%2", fmt_date(a.start_on))
                         .replace("%3", fmt_date(a.end_on)))
        elif cover.end is not None:
            lines.append(self.tr("Last agreement ended %1.").replace("%1", fmt_date(cover.end)))
        if cover.next_start is not None:
            lines.append(self.tr("Next agreement starts %1.").replace("%1", fmt_date(cover.next_start)))
        self.agreement_text.setText("\n".join(lines))
        self.agreements.clear()
        for ag in d.agreements:
            text = f"{ag.number} — {fmt_date(ag.start_on)} – {fmt_date(ag.end_on)} ({state_label(ag.state)})"
            if ag.renews_number:
                text += " " + self.tr("renews %1").replace("%1", ag.renews_number)
            if ag.has_document:
                text += " 📎"
            self.agreements.addItem(_item(text, ag))
        if not d.agreements:
            self.agreements.addItem(_item(self.tr("No agreement recorded: add one."), None))
        self.renew_button.setEnabled(bool(d.agreements))
        self.scan_button.setEnabled(any(ag.has_document for ag in d.agreements))
        self.notice_button.setEnabled(cover.state == AgreementState.ACTIVE)

    def _fill_monev(self, d: PartnerDetail) -> None:
        lines = []
        if d.last_monev is not None and d.last_monev.total is not None:
            m = d.last_monev
            lines.append(self.tr("Last visit %1 by %2: %3 / 100 (%4).").replace("%1", fmt_date(m.visited_on))
                         .replace("%2", m.officer or "—").replace("%3", m.total.format()).replace("%4", m.total.rating))
        else:
            lines.append(self.tr("No monev visit recorded yet."))
        if d.next_monev_planned:
            lines.append(self.tr("Next visit planned for %1.").replace("%1", fmt_date(d.next_monev)))
        else:
            lines.append(self.tr("Next visit due by %1.").replace("%1", fmt_date(d.next_monev)))
        if d.monev_due_this_year:
            lines.append("⚠ " + self.tr("No monev this year yet."))
        self.monev_text.setText("\n".join(lines))
        self.monevs.clear()
        for m in d.monev_history:
            score = f" — {m.total.format()} ({m.total.rating})" if m.total is not None else ""
            self.monevs.addItem(_item(f"{fmt_date(m.day)} {monev_status_label(m.status)}{score}", m))
        if not d.monev_history:
            self.monevs.addItem(_item(self.tr("No visits yet: record the first one."), None))
        self.monev_letter_button.setEnabled(any(m.status == MonevStatus.DONE for m in d.monev_history))

    def _fill_sponsors(self, d: PartnerDetail) -> None:
        self.sponsors.clear()
        for s in d.sponsorships:
            state = self.tr("running") if s.active else self.tr("ended or not started")
            self.sponsors.addItem(_item(
                f"{PROGRAM_NAMES_ID[SponsorProgram(s.program)]}: "
                + self.tr("%1 workers × %2 months").replace("%1", str(s.workers)).replace("%2", str(s.months))
                + f", {format_month_id(s.start_month.year, s.start_month.month)} – "
                f"{format_month_id(s.last_month.year, s.last_month.month)}, {s.total_cost.format_table()} ({state})",
                s))
        if not d.sponsorships:
            self.sponsors.addItem(_item(self.tr("No workers sponsored yet."), None))
        total = d.sponsorship_total if d.sponsorships else Money.zero()
        self.sponsor_text.setText(self.tr("%1 workers covered this month; %2 committed in total.")
                                  .replace("%1", str(d.workers_sponsored_now)).replace("%2", total.format_table()))

    # ---- selections ---------------------------------------------------------------------------

    def _selected_agreement(self):
        item = self.agreements.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item else None
        if chosen is None and self.detail is not None:
            chosen = next((a for a in self.detail.agreements if a.has_document), None)
        return chosen

    def _current_or_selected(self):
        if self.detail is None:
            return None
        item = self.agreements.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item else None
        # by default the latest agreement: a renewal follows the last one signed
        return chosen or max(self.detail.agreements, key=lambda a: a.end_on, default=None)

    def _selected_monev(self):
        item = self.monevs.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item else None
        if (chosen is None or chosen.status != MonevStatus.DONE) and self.detail is not None:
            chosen = self.detail.last_monev
        return chosen

    def _follow_up_done(self) -> None:
        item = self.follow_ups.currentItem() or (self.follow_ups.item(0) if self.follow_ups.count() else None)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.follow_up_done.emit(item.data(Qt.ItemDataRole.UserRole))
