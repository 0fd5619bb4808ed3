"""Preview a PDF inside Cabang (QtPdf), print it through the system dialog, save it, open its folder.

Other areas use `show_pdf(parent, path_or_bytes, title)`; `PdfViewer` is the embeddable widget
(the template editor's live preview uses it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.icons import icon

ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)


class PdfViewer(QWidget):
    """A PDF view with zoom and page navigation; `set_pdf` takes a path or the bytes."""

    def __init__(self, parent: QWidget | None = None, *, toolbar: bool = True) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Document preview"))
        self._buffer: QBuffer | None = None
        self._data = QByteArray()
        self.path: Path | None = None
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.zoom_out_action = self._action("zoom-out", self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut,
                                            lambda: self.zoom(-1))
        self.zoom_in_action = self._action("zoom-in", self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn,
                                           lambda: self.zoom(+1))
        self.fit_action = self._action("file-text", self.tr("Fit width"), QKeySequence("Ctrl+0"), self.fit_width)
        self.page_box = QSpinBox(self)
        self.page_box.setMinimum(1)
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.valueChanged.connect(self._go_to_page)
        self.page_count = QLabel(self)
        page_label = QLabel(self.tr("&Page"), self)
        page_label.setBuddy(self.page_box)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(page_label)
        self.toolbar.addWidget(self.page_box)
        self.toolbar.addWidget(self.page_count)
        self.toolbar.setVisible(toolbar)
        self.view.pageNavigator().currentPageChanged.connect(self._on_page_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)

    def _action(self, icon_name: str, text: str, shortcut, slot) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    # ---- content ------------------------------------------------------------------------------

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        self.path = None
        self._data = QByteArray()
        self.page_count.clear()

    def set_pdf(self, source: Path | str | bytes) -> bool:
        """Show a PDF; returns False if it cannot be read."""
        self.clear()
        if isinstance(source, bytes | bytearray):
            self.path = None
            self._data = QByteArray(bytes(source))
            self._buffer = QBuffer(self._data, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        else:
            self.path = Path(source)
            self._data = QByteArray(self.path.read_bytes()) if self.path.is_file() else QByteArray()
            self.document.load(str(self.path))
        ok = self.document.status() == QPdfDocument.Status.Ready
        pages = self.document.pageCount()
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(1, pages))
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_count.setText(self.tr("of %n", "", pages))
        return ok

    def pdf_bytes(self) -> bytes:
        return bytes(self._data.data())

    @property
    def pages(self) -> int:
        return self.document.pageCount()

    # ---- zoom and pages -------------------------------------------------------------------------

    def zoom(self, direction: int) -> None:
        current = self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom else 1.0
        steps = [z for z in ZOOM_STEPS if (z > current + 0.01 if direction > 0 else z < current - 0.01)]
        target = (min(steps) if direction > 0 else max(steps)) if steps else current
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(target)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _go_to_page(self, page: int) -> None:
        if 1 <= page <= self.document.pageCount():
            self.view.pageNavigator().jump(page - 1, QPointF(), self.view.pageNavigator().currentZoom())

    def _on_page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)

    # ---- output ---------------------------------------------------------------------------------

    def print_to(self, printer: QPrinter) -> int:
        """Render every page at the printer's resolution onto it; returns the pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            dpi = printer.resolution()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                size_pt = self.document.pagePointSize(page)
                target = QSize(int(size_pt.width() / 72 * dpi), int(size_pt.height() / 72 * dpi))
                image = self.document.render(page, target)
                rect = painter.viewport()
                scaled = image.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(rect.x(), rect.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(rect)
                printed += 1
        finally:
            painter.end()
        return printed


class PdfDialog(QDialog):
    """A document in its own window with Print, Save as PDF and Open folder."""

    def __init__(self, parent: QWidget | None, source: Path | str | bytes, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(860, 980)
        self.viewer = PdfViewer(self)
        self.viewer.set_pdf(source)
        self.title = title
        bar = self.viewer.toolbar
        first = bar.actions()[0] if bar.actions() else None
        self.print_action = QAction(icon("printer"), self.tr("&Print…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_document)
        self.save_action = QAction(icon("download"), self.tr("&Save as PDF…"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_as)
        self.folder_action = QAction(icon("folder-open"), self.tr("Open &folder"), self)
        self.folder_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.folder_action.triggered.connect(self.open_folder)
        self.folder_action.setEnabled(self.viewer.path is not None)
        for action in (self.print_action, self.save_action, self.folder_action):
            bar.insertAction(first, action)
            self.addAction(action)
        bar.insertSeparator(first)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.viewer)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.viewer.print_to(printer)

    def save_as(self, path: str | None = None) -> Path | None:
        if not path:
            suggested = self.viewer.path.name if self.viewer.path else f"{self.title}.pdf".replace("/", "_")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        target = Path(path)
        target.write_bytes(self.viewer.pdf_bytes())
        return target

    def open_folder(self) -> None:
        if self.viewer.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.viewer.path.parent)))


def show_pdf(parent: QWidget | None, pdf_path_or_bytes: Path | str | bytes, title: str) -> PdfDialog:
    """Open a PDF (a file, or the bytes of one) in a preview window; returns the window."""
    dialog = PdfDialog(parent, pdf_path_or_bytes, title)
    dialog.show()
    return dialog
