"""Long work off the UI thread: one helper for imports, batch printing, backups and sync.

`run_task(parent, fn, ...)` runs `fn(control)` on a worker thread. `control.progress(done, total,
text)` reports, `control.check()` raises `Cancelled` once the user pressed Cancel. The result or the
error comes back on the UI thread. A progress dialog appears only when the work lasts longer than
about half a second, so quick tasks do not flash a window. Tasks that write to the database go
through one serial queue (`writes=True`), so two of them never fight over the write lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.errors import Cancelled
from desktop.ui.first_paint import when_painted

SHOW_PROGRESS_AFTER_MS = 500

_serial_pool: QThreadPool | None = None
_parallel_pool: QThreadPool | None = None


def _pool(writes: bool) -> QThreadPool:
    global _serial_pool, _parallel_pool
    if writes:
        if _serial_pool is None:
            _serial_pool = QThreadPool()
            _serial_pool.setMaxThreadCount(1)
        return _serial_pool
    if _parallel_pool is None:
        _parallel_pool = QThreadPool()
        _parallel_pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
    return _parallel_pool


class TaskControl:
    """Handed to the work function: report progress, notice cancellation."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)
        self.check()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskControl], Any], signals: _Signals, control: TaskControl) -> None:
        super().__init__()
        self.fn, self.signals, self.control = fn, signals, control
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread: never touch widgets here
        try:
            self.control.check()
            result = self.fn(self.control)
        except BaseException as exc:  # every error is delivered; none is lost in the thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """One running task: its signals arrive on the UI thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    errored = Signal(object)
    done = Signal()

    def __init__(self, parent: QObject | None, fn: Callable[[TaskControl], Any], *, title: str = "",
                 writes: bool = False, show_progress: bool = True) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self.control = TaskControl(self._signals)
        self._fn, self._writes, self._title = fn, writes, title
        self._dialog: QProgressDialog | None = None
        self._last = (0, 0, "")
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self._show_progress = show_progress

    def start(self) -> Task:
        self.running = True
        if self._show_progress:
            self._timer.start(SHOW_PROGRESS_AFTER_MS)
        runnable, pool = _Runnable(self._fn, self._signals, self.control), _pool(self._writes)
        when_painted(lambda: pool.start(runnable))  # at start-up: once the main window is painted
        return self

    def cancel(self) -> None:
        self.control.cancel()

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    @Slot()
    def _show_dialog(self) -> None:
        if not self.running:
            return
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        dialog = QProgressDialog(self._title, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(self._title or self.tr("Working"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog
        self._apply_progress(*self._last)
        dialog.show()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        self._apply_progress(done, total, text)
        self.progressed.emit(done, total, text)

    def _apply_progress(self, done: int, total: int, text: str) -> None:
        dialog = self._dialog
        if dialog is None:
            return
        dialog.setMaximum(max(total, 0))
        # A window-modal QProgressDialog handles pending events inside setValue: the task may finish
        # there and close the dialog, which must then be left alone.
        dialog.setValue(min(done, total) if total else 0)
        if text and self._dialog is dialog:
            dialog.setLabelText(text)

    def _close(self) -> None:
        self.running = False
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    @Slot(object)
    def _on_finished(self, result: Any) -> None:
        self._close()
        self.result = result
        self.succeeded.emit(result)
        self.done.emit()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._close()
        self.error = exc
        self.errored.emit(exc)
        self.done.emit()


def run_task(parent: QObject | None, fn: Callable[[TaskControl], Any], *,
             on_success: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             title: str = "", writes: bool = False, show_progress: bool = True) -> Task:
    """Start `fn` off the UI thread. Errors go to `on_error`, or to the error presenter."""
    task = Task(parent, fn, title=title, writes=writes, show_progress=show_progress)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_error is not None:
        task.errored.connect(on_error)
    else:
        from desktop.ui.errors import show_error

        widget = parent if isinstance(parent, QWidget) else None
        task.errored.connect(lambda exc: show_error(widget, exc))
    return task.start()


def wait_idle(timeout_ms: int = 30_000) -> bool:
    """Wait until every queued task has run (commands and tests)."""
    ok = True
    for pool in (_serial_pool, _parallel_pool):
        if pool is not None:
            ok = pool.waitForDone(timeout_ms) and ok
    return ok
