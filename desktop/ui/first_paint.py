"""Work that waits for the main window's first paint at start-up.

Python runs one thread at a time: a worker computing the Dasbor figures, or reading the sync state
for the status bar, while the main window is being built and painted takes the interpreter from it
and the window appears later. At start-up `hold()` makes such work wait; the program calls
`release()` once the window has been painted, and the held work then starts, in the order it came.
Outside start-up (tests, later refreshes) nothing is held: the work starts at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_held: list[Callable[[], object]] | None = None


def hold() -> None:
    """From now until `release()`, `when_painted` keeps the work it is given."""
    global _held
    if _held is None:
        _held = []


def release() -> None:
    """Start the held work and stop holding."""
    global _held
    held, _held = _held or [], None
    for work in held:
        work()


def holding() -> bool:
    return _held is not None


def when_painted(work: Callable[[], object]) -> None:
    """Run `work` now, or after the first paint when start-up is holding work back."""
    if _held is None:
        work()
    else:
        _held.append(work)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self.window, self.then = window, then
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window() is self.window:
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # after this paint pass
            self.deleteLater()
        return False


def after_first_paint(window: QWidget, then: Callable[[], object]) -> None:
    """Call `then` once `window` has been painted for the first time."""
    _FirstPaint(window, then)
