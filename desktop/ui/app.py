"""Starting the program: the QApplication, look, language, logging, and the main window."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.config import APP_AUTHOR, APP_NAME, Paths
from desktop.errors import UserError

log = logging.getLogger("cabang")


def setup_logging(paths: Paths) -> None:
    """A rotating log in the user log directory. Never personal data: log ids, not NIKs or names."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(paths.logs / "cabang.log", maxBytes=2_000_000,
                                                   backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)


def make_app(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    from desktop.ui import i18n, theme

    theme.apply(app)
    i18n.install(app, lang)
    return app


def install_excepthook() -> None:
    """Uncaught errors on the UI thread reach the error presenter instead of vanishing."""
    from desktop.ui.errors import show_error

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught", exc_info=(exc_type, exc, tb))
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook


def run(database: str | None = None, *, username: str | None = None, quit_after_ms: int | None = None) -> int:
    """Open the program on the given (or configured) database. Returns the exit code."""
    paths = Paths.default().ensure()
    setup_logging(paths)
    app = make_app()
    from desktop.services.app import StartOptions, start

    try:
        services = start(paths, StartOptions(database=database, username=username))
    except UserError as exc:
        from desktop.ui.errors import translate

        QMessageBox.critical(None, "Cabang", exc.render(translate))
        print(exc.render(translate), file=sys.stderr)
        return 1
    install_excepthook()
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services)
    window.show()
    window.raise_()
    window.activateWindow()  # take the keyboard focus even where no window manager gives it
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, app.quit)
    try:
        return app.exec()
    finally:
        services.close()
