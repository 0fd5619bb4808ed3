"""Laporan: the coverage report per kabupaten as the branch presents it, as PDF or Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.coverage_report import short_regency
from desktop.services.app import Services
from desktop.ui.coverage.common import button, fmt_pct
from desktop.ui.errors import show_error
from desktop.ui.tasks import run_task


class CoverageReportsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.last_file: Path | None = None
        intro = QLabel(self.tr("The coverage report lists each kabupaten's latest figures, the branch total in the "
                               "words used with the pemda and the press, the workers whose contributions others "
                               "pay, the Perisai agents, and the commitments still open. It is printed in "
                               "Indonesian."), self)
        intro.setWordWrap(True)
        self.headline = QLabel(self)
        self.headline.setObjectName("ReportHeadline")
        self.headline.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.pdf_button = button(self.tr("Save as &PDF…"), "Ctrl+P", self, lambda: self.export(".pdf"))
        self.xlsx_button = button(self.tr("Save as E&xcel…"), "Ctrl+Shift+X", self, lambda: self.export(".xlsx"))
        self.open_button = button(self.tr("&Open the last report"), "Ctrl+O", self, self.open_last)
        self.open_button.setEnabled(False)
        row = QHBoxLayout()
        for b in (self.pdf_button, self.xlsx_button, self.open_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        data = self.services.coverage.report_data()
        self.headline.setText(f"<b>{data.headline}</b><br>{data.bpu_sentence}")
        lines = []
        for r in data.regions:
            if r.month is None:
                lines.append(self.tr("%1: no figures yet.").replace("%1", short_regency(r.regency)))
            else:
                lines.append(self.tr("%1: %2 (target %3), data of %4").replace("%1", short_regency(r.regency))
                             .replace("%2", fmt_pct(r.coverage_bp)).replace("%3", fmt_pct(r.target_bp))
                             .replace("%4", r.month.label()))
        if data.months_differ:
            lines.append(self.tr("The kabupaten's latest months differ; each is counted from its own latest month."))
        self.detail.setText("\n".join(lines))
        has_data = bool(data.total.working_population)
        self.pdf_button.setEnabled(has_data)
        self.xlsx_button.setEnabled(has_data)
        if not has_data:
            self.status.setText(self.tr("Enter or import coverage figures first (tab Coverage per kabupaten)."))

    def export(self, suffix: str, path: Path | None = None) -> None:
        if path is None:
            name = f"laporan-cakupan-{self.services.ctx.today():%Y-%m}{suffix}"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the coverage report"), name,
                                                    self.tr("PDF (*.pdf)") if suffix == ".pdf"
                                                    else self.tr("Excel (*.xlsx)"))
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() != suffix:
                path = path.with_suffix(suffix)

        def done(result: Path) -> None:
            self.last_file = result
            self.open_button.setEnabled(True)
            self.status.setText(self.tr("Saved: %1").replace("%1", str(result)))

        run_task(self, lambda _c: self.services.coverage.export_report(path), on_success=done,
                 on_error=lambda exc: show_error(self, exc), title=self.tr("Writing the report"), writes=True)

    def open_last(self) -> None:
        if self.last_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file)))
