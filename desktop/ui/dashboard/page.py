"""The Dasbor: the branch at a glance. The page shows at once with its tiles saying "Computing…";
the figures are computed off the UI thread (desktop.ui.tasks) and fill the tiles when they arrive.
The charts module, and with it QtCharts, is imported only then, so that the first page of the program
does not pay for it at start-up. Each tile opens the list behind it; Ctrl+E exports the one-page PDF
for the monthly report to the regional office."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.coverage_report import short_regency
from desktop.domain.coverage_words import format_percent_sign, group_digits
from desktop.domain.dashboard import DashboardData, ListTile
from desktop.domain.dates import format_date_id
from desktop.services.app import Services
from desktop.services.context import Changes
from desktop.ui.dashboard.tiles import Tile
from desktop.ui.errors import show_error
from desktop.ui.icons import icon
from desktop.ui.pages import Page
from desktop.ui.tasks import run_task


class DashboardPage(Page):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.data: DashboardData | None = None
        self.task = None
        self._stale = False  # something changed while a computation ran: compute once more after it
        self.charts: dict[str, QWidget] = {}
        title = QLabel(self.tr("Dashboard"), self)
        title.setObjectName("PageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.export_action = QAction(icon("file-down"), self.tr("&Export PDF…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda _c=False: self.export_pdf())
        self.refresh_action = QAction(icon("refresh-cw"), self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(lambda _c=False: self.refresh())
        self.addActions([self.export_action, self.refresh_action])
        export = QPushButton(icon("file-down"), self.tr("&Export PDF…"), self)
        export.setToolTip(self.tr("The Dasbor on one page for the monthly report (Ctrl+E)"))
        export.clicked.connect(lambda _c=False: self.export_pdf())
        refresh = QPushButton(icon("refresh-cw"), self.tr("Re&fresh"), self)
        refresh.setToolTip("F5")
        refresh.clicked.connect(lambda _c=False: self.refresh())
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.subtitle, 1)
        head.addWidget(refresh)
        head.addWidget(export)
        self.empty = QLabel(self.tr("Nothing to show yet. Enter the coverage figures of each kabupaten on the Coverage "
                                    "page (Ctrl+5), record partners, cases and claims on their pages — or create a "
                                    "demo office with “cabang demo” to look around."), self)
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.tiles = {
            "coverage": Tile(self.tr("Coverage against target"), self),
            "growth": Tile(self.tr("BPU participants, last 12 months"), self),
            "cases": Tile(self.tr("Compliance cases by state"), self),
            "agreements": Tile(self.tr("PLKK agreements ending within 90 days"), self),
            "proofs": Tile(self.tr("Scholarship proofs due"), self),
            "disbursements": Tile(self.tr("Disbursed this month"), self),
            "commitments": Tile(self.tr("Commitments overdue"), self),
            "sponsored": Tile(self.tr("Vulnerable workers with sponsored contributions"), self),
        }
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setSpacing(12)
        grid.addWidget(self.tiles["coverage"], 0, 0, 1, 2)
        grid.addWidget(self.tiles["growth"], 0, 2, 1, 2)
        grid.addWidget(self.tiles["cases"], 1, 0, 2, 2)
        grid.addWidget(self.tiles["agreements"], 1, 2)
        grid.addWidget(self.tiles["proofs"], 1, 3)
        grid.addWidget(self.tiles["disbursements"], 2, 2)
        grid.addWidget(self.tiles["commitments"], 2, 3)
        grid.addWidget(self.tiles["sponsored"], 3, 0, 1, 2)
        for col in range(4):
            grid.setColumnStretch(col, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        for key, slot in (("coverage", lambda: self.open_area("coverage", lambda p: p.show_tab("figures"))),
                          ("growth", lambda: self.open_area("coverage", lambda p: p.show_tab("figures"))),
                          ("cases", lambda: self.open_area("compliance", _tab("cases_tab"))),
                          ("agreements", lambda: self.open_area("plkk", _expiring_filter)),
                          ("proofs", lambda: self.open_area("benefits", _tab("scholarships"))),
                          ("disbursements", lambda: self.open_area("benefits", _tab("payments"))),
                          ("commitments", lambda: self.open_area("coverage", lambda p: p.show_overdue_commitments())),
                          ("sponsored", lambda: self.open_area("coverage", lambda p: p.show_tab("sponsors")))):
            self.tiles[key].activated.connect(slot)
        self.tiles["agreements"].items.linkActivated.connect(lambda link: self.open_item("plkk", link))
        self.tiles["proofs"].items.linkActivated.connect(lambda link: self.open_item("benefits", link))
        self.tiles["commitments"].items.linkActivated.connect(lambda link: self.open_item("coverage", link))
        for tile in self.tiles.values():
            tile.set(self.tr("Computing…"), muted=True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)
        self.refresh()

    # ---- computing ------------------------------------------------------------------------------

    def refresh(self):
        """Compute off the UI thread (it reads every area); the tiles update when it is done. While a
        computation runs, a refresh (F5) starts no second one: it returns the running task."""
        if self.task is not None and self.task.running:
            return self.task
        self._stale = False
        self.subtitle.setText(self.tr("Computing…") if self.data is None else self.subtitle.text())
        self.task = run_task(self, lambda _c: self.services.dashboard.compute(), on_success=self.show_data,
                             on_error=lambda exc: show_error(self, exc), show_progress=False)
        self.task.done.connect(self._computed)
        return self.task

    def _computed(self) -> None:
        if self._stale:  # the figures may predate a change made while they were computed
            self._debounce.start()

    def show_data(self, data: DashboardData) -> None:
        from desktop.ui.dashboard.charts import cases_chart, coverage_chart, growth_chart

        self.data = data
        cov = data.coverage
        self.subtitle.setText((self.tr("Covered: %1.").replace("%1", cov.phrase) + " " if cov.phrase else "")
                              + self.tr("As of %1.").replace("%1", format_date_id(data.today)))
        self.empty.setVisible(data.is_empty)
        if cov.has_data:
            caption = self.tr("Branch %1 against a target of %2 (data of %3).").replace(
                "%1", format_percent_sign(cov.branch_bp)).replace("%2", format_percent_sign(cov.branch_target_bp)) \
                .replace("%3", cov.latest_month.label() if cov.latest_month else "–")
            caption += " " + " · ".join(f"{short_regency(r.regency)} {format_percent_sign(r.coverage_bp)}"
                                        for r in cov.regions)
            self.tiles["coverage"].set(format_percent_sign(cov.branch_bp), caption)
        else:
            self.tiles["coverage"].set(self.tr("No figures yet"), self.tr("Enter or import each kabupaten's figures on the "
                                                              "Coverage page."), muted=True)
        self._chart("coverage", coverage_chart(cov) if cov.has_data else None)
        g = data.bpu_growth
        if g.has_data:
            growth = "" if g.growth is None else (("+" if g.growth >= 0 else "") + group_digits(g.growth))
            self.tiles["growth"].set(growth or group_digits(next(p.value for p in reversed(g.points) if p.value)),
                                     self.tr("BPU coverage %1; months without data are gaps.")
                                     .replace("%1", format_percent_sign(cov.branch_bpu_bp)))
        else:
            self.tiles["growth"].set(self.tr("No figures yet"), self.tr("The line appears once monthly figures are entered."),
                                     muted=True)
        self._chart("growth", growth_chart(g) if g.has_data else None)
        cases = data.cases
        if cases.available:
            outcomes = [f"{QCoreApplication.translate('Dashboard', o.label)}: "
                        f"{o.value.format_table() if hasattr(o.value, 'format_table') else group_digits(o.value)}"
                        for o in cases.outcomes if o.value]
            self.tiles["cases"].set(group_digits(cases.total), self.tr("%1 past their due date.").replace(
                "%1", str(cases.overdue or 0)) + (" " + "; ".join(outcomes) if outcomes else ""))
            labels = [QCoreApplication.translate(c.context, c.label) for c in cases.by_state]
            self._chart("cases", cases_chart(cases, labels) if cases.total else None)
        else:
            self.tiles["cases"].set(self.tr("No data yet"), self.tr("The compliance area has no figures to show yet."), muted=True)
            self._chart("cases", None)
        self._list("agreements", data.agreements_expiring, self.tr("The PLKK area has no agreements to show yet."),
                   self.tr("No agreement ends within 90 days."))
        self._list("proofs", data.scholarship_proofs_due, self.tr("The benefits area has no scholarships to show yet."),
                   self.tr("No scholarship proof is due."))
        d = data.disbursements
        if d.available:
            self.tiles["disbursements"].set(d.total.format_table(), self.tr("%n payment(s) in %1.", "", d.count)
                                            .replace("%1", data.month.label()))
        else:
            self.tiles["disbursements"].set(self.tr("No data yet"), self.tr("The benefits area has no payments to show yet."),
                                            muted=True)
        self._list("commitments", data.commitments_overdue, "", self.tr("No commitment is overdue."))
        self.tiles["sponsored"].set(group_digits(data.sponsored_workers),
                                    self.tr("Covered this month by APBD, APBDes, CSR, GN Lingkaran, Sertakan, Baznas, banks "
                                      "and PLKK partners."))

    def _list(self, key: str, tile: ListTile, unavailable: str, none: str) -> None:
        if not tile.available:
            self.tiles[key].set(self.tr("No data yet"), unavailable, muted=True)
            return
        items = [f'<a href="{i.record_id}">{_esc(i.title)}</a>'
                 + (f" — {format_date_id(i.when)}" if i.when else "") for i in tile.items]
        more = tile.count - len(tile.items)
        if more > 0:
            items.append(self.tr("and %1 more").replace("%1", str(more)))
        self.tiles[key].set(group_digits(tile.count), none if not tile.count else "", items)

    def _chart(self, key: str, view: QWidget | None) -> None:
        old = self.charts.pop(key, None)
        if old is not None:
            old.setParent(None)
            old.deleteLater()
        if view is not None:
            self.tiles[key].add_widget(view)
            self.charts[key] = view

    # ---- opening what is behind a tile -------------------------------------------------------------

    def open_area(self, key: str, then=None) -> None:
        window = self.window()
        if not hasattr(window, "show_page"):
            return
        page = window.show_page(key)
        if then is not None:
            then(page)

    def open_item(self, key: str, link: str) -> None:
        import uuid

        try:
            record_id = uuid.UUID(link)
        except ValueError:
            return
        self.open_area(key, lambda page: page.open_record(record_id))

    def export_pdf(self, path: Path | None = None) -> None:
        if path is None:
            name = f"dasbor-{self.services.ctx.today():%Y-%m}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the Dasbor"), name, self.tr("PDF (*.pdf)"))
            if not chosen:
                return
            path = Path(chosen)
        data = self.data

        def done(result: Path) -> None:
            self.subtitle.setText(self.tr("Saved: %1").replace("%1", str(result)))

        run_task(self, lambda _c: self.services.dashboard.export_pdf(path, data), on_success=done,
                 on_error=lambda exc: show_error(self, exc), title=self.tr("Writing the Dasbor PDF"), writes=True)

    # ---- Page ---------------------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if not changes.areas:
            return
        if self.task is not None and self.task.running:
            self._stale = True
        else:
            self._debounce.start()

    def on_shown(self) -> None:
        self.tiles["coverage"].setFocus(Qt.FocusReason.OtherFocusReason)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _expiring_filter(page) -> None:
    if hasattr(page, "set_expiry_filter"):
        page.set_expiry_filter("90")


def _tab(name: str):
    """Show the page's tab called `name` (the list behind a tile), when the page has it."""
    def show(page) -> None:
        tab = getattr(page, name, None)
        if tab is not None and hasattr(page, "tabs"):
            page.tabs.setCurrentWidget(tab)

    return show
