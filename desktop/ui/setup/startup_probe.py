"""Start-up measurement (benchmarks/startup.py, tests/setup/test_lazy_imports.py).

With CABANG_STARTUP_PROBE=1 the program watches its own start: when the main window's current
page has been painted for the first time it prints one line

    CABANG_STARTUP_PROBE {"painted_at": <epoch seconds>, "cpu": <CPU seconds of the process>,
                          "sign_in_shown_at": ..., "signed_in_at": ..., "cpu_at": {...}, "modules": [...]}

and ends the process at once. The caller took the time before starting the process, so
`painted_at - started` is the time to a usable main window, interpreter start-up included.
`modules` lists the heavy libraries already imported at that moment (they should load on demand).

The sign-in stands between start and main window: with CABANG_STARTUP_PROBE_PASSWORD set, the
probe signs in as the dialog's user name with that password, as a person would (the argon2 check
is part of the measured time). Nothing else changes: the program starts as it always does.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

ENV_PROBE = "CABANG_STARTUP_PROBE"
ENV_PASSWORD = "CABANG_STARTUP_PROBE_PASSWORD"
PREFIX = "CABANG_STARTUP_PROBE "
# Libraries a start must not load: heavy, and needed only by a document, an import, a chart, a PDF
# viewer, a PostgreSQL connection, or (Alembic) a database that needs an upgrade.
HEAVY_MODULES = ("pandas", "numpy", "reportlab", "psycopg", "psycopg_binary", "openpyxl", "python_calamine",
                 "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtCharts", "alembic")


def enabled() -> bool:
    return os.environ.get(ENV_PROBE, "") not in ("", "0")


def heavy_modules_loaded() -> list[str]:
    return [name for name in HEAVY_MODULES if name in sys.modules]


def page_modules_loaded() -> list[str]:
    """The side-bar pages whose module is imported: only the first one should be, at start."""
    from desktop.ui.pages import PAGES

    return [spec.module for spec in PAGES if spec.module in sys.modules]


class StartupProbe(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.first_window_at: float | None = None
        self.sign_in_shown_at: float | None = None
        self.signed_in_at: float | None = None
        self.cpu: dict[str, float] = {}  # CPU seconds of the process at each of those moments
        self._reported = False
        self._password = os.environ.get(ENV_PASSWORD)
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Paint and isinstance(obj, QWidget):
            if self.first_window_at is None:
                self.first_window_at = time.time()
            if not self._reported and self._is_main_page(obj):
                self._reported = True
                QTimer.singleShot(0, self.report)  # after this paint pass has finished
        elif kind == QEvent.Type.Show and self._password is not None and _is_sign_in(obj):
            self.sign_in_shown_at = time.time()
            self.cpu["sign_in_shown"] = time.process_time()
            password, self._password = self._password, None  # one try only
            QTimer.singleShot(0, lambda: self._sign_in(obj, password))
        return False

    @staticmethod
    def _is_main_page(widget: QWidget) -> bool:
        window = widget.window()
        stack = getattr(window, "stack", None)
        if not isinstance(window, QMainWindow) or stack is None:
            return False
        page = stack.currentWidget()
        return page is not None and (widget is page or page.isAncestorOf(widget))

    def _sign_in(self, dialog, password: str) -> None:
        dialog.password.setText(password)
        dialog.try_sign_in()
        self.signed_in_at = time.time()
        self.cpu["signed_in"] = time.process_time()

    def report(self) -> None:
        data = {"painted_at": time.time(), "cpu": time.process_time(), "first_window_at": self.first_window_at,
                "sign_in_shown_at": self.sign_in_shown_at, "signed_in_at": self.signed_in_at, "cpu_at": self.cpu,
                "modules": heavy_modules_loaded(), "page_modules": page_modules_loaded(),
                "frozen": bool(getattr(sys, "frozen", False))}
        sys.stdout.write(PREFIX + json.dumps(data) + "\n")
        sys.stdout.flush()
        os._exit(0)  # the measurement is taken; skip the shutdown work (nothing is left unsaved)


def _is_sign_in(obj: QObject) -> bool:
    return (type(obj).__name__ == "SignInDialog" and hasattr(obj, "password") and hasattr(obj, "try_sign_in"))


def install(app: QApplication) -> StartupProbe | None:
    """Watch the start-up when CABANG_STARTUP_PROBE is set (else do nothing)."""
    return StartupProbe(app) if enabled() else None
