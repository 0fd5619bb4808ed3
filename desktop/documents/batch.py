"""Many letters at once: each to its own file in worker processes (both cores), and all of them into
one PDF for printing in this process meanwhile. Data in, files out; no database.

Worker processes are spawned (not forked: the program runs Qt and database threads) once, on the
first large batch, and kept for the life of the program; they import only this package.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from desktop.documents.letter import LetterDoc

PARALLEL_FROM = 60  # below this many letters a worker pool costs more than it saves


def render_files(jobs: list[tuple[LetterDoc, str]]) -> list[str]:
    """Render each letter to its file (written atomically); returns the SHA-256 of each PDF."""
    from desktop.documents.letter import render_letter

    out = []
    for doc, path in jobs:
        data = render_letter(doc)
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".part")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        out.append(hashlib.sha256(data).hexdigest())
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
    """Letters being rendered to their files: in worker processes for large batches, each chunk
    sent off as soon as it is added (so the caller can prepare the next letters meanwhile), else
    here when `wait` is called."""

    def __init__(self, jobs: Sequence[tuple[LetterDoc, Path]] = (), parallel: bool | None = None, *,
                 expected: int | None = None) -> None:
        count = expected if expected is not None else len(jobs)
        if parallel is None:
            parallel = count >= PARALLEL_FROM and (os.cpu_count() or 1) > 1
        self.parallel = parallel
        self.size = max(10, min(100, count // 8 or 1))
        self.items: list[tuple[LetterDoc, str]] = []
        self.futures: list = []
        self._pending: list[tuple[LetterDoc, str]] = []
        for doc, path in jobs:
            self.add(doc, path)

    def add(self, doc: LetterDoc, path: Path) -> None:
        item = (doc, str(path))
        self.items.append(item)
        if self.parallel:
            self._pending.append(item)
            if len(self._pending) >= self.size:
                self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        chunk, self._pending = self._pending, []
        try:
            self.futures.append(worker_pool().submit(render_files, chunk))
        except BrokenProcessPool:
            _drop_pool()
            self.parallel, self.futures = False, []

    def wait(self, check: Callable[[], None], progress: Callable[[int], None]) -> list[str]:
        """The SHA-256 of each letter's PDF, in order; `check` may raise Cancelled. If a worker
        died, the letters are rendered here instead."""
        self._flush()
        try:
            return self._wait(check, progress)
        except BrokenProcessPool:
            _drop_pool()
            self.parallel, self.futures = False, []
            return self._wait(check, progress)

    def _wait(self, check: Callable[[], None], progress: Callable[[int], None]) -> list[str]:
        if not self.futures:
            out: list[str] = []
            for i in range(0, len(self.items), 10):
                check()
                out += render_files(self.items[i:i + 10])
                progress(len(out))
            return out
        results: list[str] = []
        try:
            for fut in self.futures:
                check()
                results += fut.result()
                progress(len(results))
        except BrokenProcessPool:
            raise
        except BaseException:
            self.abandon()
            raise
        return results

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


def render_to_files(jobs: Sequence[tuple[LetterDoc, Path]], *, check: Callable[[], None],
                    progress: Callable[[int], None], parallel: bool | None = None) -> list[str]:
    """Render letters to files; in worker processes for large batches. Returns SHA-256s in order."""
    return FileRendering(jobs, parallel).wait(check, progress)


def render_combined(docs: Iterable[LetterDoc], title: str, check: Callable[[], None] | None = None) -> bytes:
    """All the letters in one PDF, each starting on a new page; `check` may raise Cancelled."""
    from desktop.documents.letter import render_letters

    return render_letters(docs, title, progress=(lambda _i: check()) if check else None)
