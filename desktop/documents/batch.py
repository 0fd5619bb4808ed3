"""Many letters at once: each drawn once, in worker processes (both cores) for large batches, and
written to its own file(s); the drawn pages come back so that the caller can write them all into
one PDF for printing without drawing anything again (pdfwrite). Data in, files out; no database.

Worker processes are spawned (not forked: the program runs Qt and database threads) once, on the
first large batch, and kept for the life of the program; they import only this package.
"""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from desktop.documents.letter import LetterDoc
from desktop.documents.pdfwrite import DrawnPages

PARALLEL_FROM = 60  # below this many letters a worker pool costs more than it saves

Job = tuple[LetterDoc, tuple[str, ...]]  # a letter and the files it is written to (the first: its archive)


def _write(path: str, data: bytes) -> None:
    """Written in place, not through a temporary file: a letter's file counts only once its register
    row commits, after every file is complete, and a file that does not match the row's SHA-256 is
    made again from the row (services.letters_register.original_pdf).

    Plain os.open/os.write: Python's open() adds a buffer and its own system calls, a third of the
    cost of writing a letter's file (a thousand of them per batch)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o666)
    except FileNotFoundError:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, flags, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def render_files(jobs: list[Job]) -> list[tuple[DrawnPages, str]]:
    """Draw each letter, write its PDF to each of its files (atomically); returns, per letter, the
    drawn pages and the SHA-256 of its PDF."""
    from desktop.documents.letter import draw_pages, letter_title
    from desktop.documents.pdfwrite import write_pdf

    out = []
    was_enabled = gc.isenabled()
    gc.disable()  # drawing makes many short-lived objects and no garbage cycles: collecting is wasted work
    try:
        for doc, paths in jobs:
            drawn = draw_pages(doc)
            data = write_pdf([drawn], letter_title(doc))
            for path in paths:
                _write(path, data)
            out.append((drawn, hashlib.sha256(data).hexdigest()))
    finally:
        if was_enabled:
            gc.enable()
    return out


_pool: ProcessPoolExecutor | None = None


def _drop_pool() -> None:
    """Forget a pool whose worker died (killed, out of memory); the next batch starts a new one."""
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
    _pool = None


def worker_pool() -> ProcessPoolExecutor:
    """One pool of spawned workers for the life of the program."""
    global _pool
    if _pool is None:
        import multiprocessing

        workers = max(1, min(4, (os.cpu_count() or 2)))
        _pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    return _pool


class FileRendering:
    """Letters being drawn and written to their files: in worker processes for large batches, each
    chunk sent off as soon as it is added (so the caller can prepare the next letters meanwhile),
    else here when `wait` is called."""

    def __init__(self, jobs: Sequence[tuple[LetterDoc, Sequence[Path]]] = (), parallel: bool | None = None, *,
                 expected: int | None = None) -> None:
        count = expected if expected is not None else len(jobs)
        if parallel is None:
            parallel = count >= PARALLEL_FROM and (os.cpu_count() or 1) > 1
        self.parallel = parallel
        self.size = max(10, min(50, count // 8 or 1))
        self.expected = count
        self.items: list[Job] = []
        self.futures: list = []
        self._pending: list[Job] = []
        for doc, paths in jobs:
            self.add(doc, paths)

    def add(self, doc: LetterDoc, paths: Path | Sequence[Path]) -> None:
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        item = (doc, tuple(str(p) for p in paths))
        self.items.append(item)
        if doc.letterhead.logo_png:  # the print PDF is written here: its images must be known here too
            from desktop.documents.letterhead import register_logo

            register_logo(doc.letterhead.logo_png)
        if self.parallel:
            self._pending.append(item)
            if len(self._pending) >= self._chunk_size():
                self._flush()

    def _chunk_size(self) -> int:
        """Small chunks first and last: the workers start as soon as the first letters are ready, and
        finish together instead of one drawing a last large chunk while the other waits."""
        sent = len(self.items) - len(self._pending)
        if len(self.futures) < 2:
            return 10
        return max(10, min(self.size, (self.expected - sent) // 4))

    def _flush(self) -> None:
        if not self._pending:
            return
        chunk, self._pending = self._pending, []
        try:
            self.futures.append(worker_pool().submit(render_files, chunk))
        except BrokenProcessPool:
            _drop_pool()
            self.parallel, self.futures = False, []

    def wait(self, check: Callable[[], None], progress: Callable[[int], None],
             done: Callable[[int, list[tuple[DrawnPages, str]]], None] | None = None) -> list[tuple[DrawnPages, str]]:
        """Per letter, in order: its drawn pages and the SHA-256 of its PDF; `check` may raise
        Cancelled. `done(first, chunk)` gets each chunk as it comes back, in order, so that the
        caller can store those letters while the rest are drawn. If a worker died, the letters not
        yet back are drawn here instead."""
        self._flush()
        results: list[tuple[DrawnPages, str]] = []
        try:
            self._wait(results, check, progress, done)
        except BrokenProcessPool:
            _drop_pool()
            self.parallel, self.futures = False, []
            self._wait(results, check, progress, done)
        return results

    def _wait(self, results: list, check: Callable[[], None], progress: Callable[[int], None], done) -> None:
        def deliver(chunk: list[tuple[DrawnPages, str]]) -> None:
            first = len(results)
            results.extend(chunk)
            progress(len(results))
            if done is not None:
                done(first, chunk)

        if not self.futures:
            for i in range(len(results), len(self.items), 10):
                check()
                deliver(render_files(self.items[i:i + 10]))
            return
        try:
            while self.futures:
                check()
                chunk = self.futures[0].result()
                self.futures.pop(0)
                deliver(chunk)
        except BrokenProcessPool:
            raise
        except BaseException:
            self.abandon()
            raise

    def abandon(self) -> None:
        """Stop what has not started; let running chunks end so that their files can be removed."""
        for fut in self.futures:
            fut.cancel()
        for fut in self.futures:
            if not fut.cancelled():
                try:
                    fut.result()
                except BaseException:  # noqa: S110 - the first error is the one reported
                    pass


def write_combined(drawn: Iterable[DrawnPages], title: str) -> bytes:
    """Letters already drawn, all in one PDF (each starts on a new page)."""
    from desktop.documents.pdfwrite import write_pdf

    return write_pdf(list(drawn), title)
