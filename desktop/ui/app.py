"""Starting the program: the QApplication, look, language, logging, and the main window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.config import APP_AUTHOR, APP_NAME, Paths
from desktop.domain.security_masking import PersonalDataFilter
from desktop.errors import UserError

log = logging.getLogger("cabang")


def setup_logging(paths: Paths) -> None:
    """A rotating log in the user log directory. Never personal data: log ids, not NIKs or names."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    log_file = paths.logs / "cabang.log"
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        if Path(old.baseFilename) == log_file.resolve():
            break
        root.removeHandler(old)  # the first run chose another data folder: the log goes there now
        old.close()
    else:
        handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    for h in root.handlers:  # NIKs and account numbers never reach a log line (UU 27/2022)
        if not any(isinstance(f, PersonalDataFilter) for f in h.filters):
            h.addFilter(PersonalDataFilter())
    root.setLevel(logging.INFO)


def make_app(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    from PySide6.QtGui import QIcon

    from desktop.config import ICONS_DIR
    from desktop.ui import i18n, theme

    theme.apply(app)
    i18n.install(app, lang)
    app.setWindowIcon(QIcon(str(ICONS_DIR / "cabang.png")))  # the program's icon (installer/make_icon.py)
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


def prepare_main_window() -> None:
    """Import what the main window and its first page are made of. Called while the password is
    checked: argon2 works in C without holding the interpreter, so on the second core this import
    costs the person no time."""
    import desktop.ui.dashboard.page  # noqa: F401
    import desktop.ui.help  # noqa: F401
    import desktop.ui.main_window  # noqa: F401
    import desktop.ui.security.install  # noqa: F401
    import desktop.ui.sync.actions  # noqa: F401
    import desktop.ui.sync.status  # noqa: F401
    import desktop.ui.tasks  # noqa: F401


def run(database: str | None = None, *, username: str | None = None, quit_after_ms: int | None = None,
        sign_in_hint: str = "") -> int:
    """Open the program on the given (or configured) database: the person signs in first (the
    first run creates the administrator). `username` pre-fills the sign-in. Returns the exit code."""
    paths = Paths.default().ensure()
    setup_logging(paths)
    app = make_app()
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, app.quit)  # also ends the sign-in dialog
    from desktop.ui.security.session import sign_in
    from desktop.ui.setup import needs_first_run, startup_probe

    startup_probe.install(app)  # only with CABANG_STARTUP_PROBE=1 (benchmarks/startup.py)
    try:
        if needs_first_run(paths, database):  # the first start of this installation: the set-up wizard
            from desktop.ui.setup.wizard import open_after_first_run

            services = open_after_first_run(paths)
            if services is not None:
                setup_logging(services.ctx.paths)
        else:
            services = sign_in(paths, database, username=username or "", hint=sign_in_hint,
                               meanwhile=prepare_main_window)
    except UserError as exc:
        from desktop.ui.errors import translate

        QMessageBox.critical(None, "Cabang", exc.render(translate))
        print(exc.render(translate), file=sys.stderr)
        return 1
    if services is None:  # quit at the sign-in
        return 0
    install_excepthook()
    from desktop.ui import first_paint
    from desktop.ui.main_window import MainWindow
    from desktop.ui.security.install import SessionGuard, exit_backup

    first_paint.hold()  # the Dasbor's figures and the sync state are read once the window is painted
    window = MainWindow(services)
    guard = SessionGuard(window, services)
    window.show()
    window.activateWindow()  # the sign-in dialog had the keyboard; give it to the main window

    def painted() -> None:
        first_paint.release()
        # A copy of the whole database (hundreds of MB at a big branch) competes with the first paint
        # for the disk and the processor: it starts once the window has been painted.
        guard.automatic_backup("start")

    first_paint.after_first_paint(window, painted)
    try:
        return app.exec()
    finally:
        guard.stop()
        exit_backup(services)
        services.close()
