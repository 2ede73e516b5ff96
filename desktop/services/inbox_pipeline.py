"""The import pipeline: batch after batch received with the writing on a second thread,
while the next batch is read and worked out (an import, the demo shop)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager

from desktop.domain.model import Record
from desktop.services.inbox import Prepared, Receiver, ReceiveResult, StaleBatch
from desktop.store.db import Store, open_store


class Pipeline:
    """Receive batch after batch with the writing on a second thread: while one batch's
    transaction runs (SQLite, without Python's interpreter lock), the next is read and
    worked out. Any batch that does not fit when its turn comes (another connection wrote,
    its duplicates changed, it needs its own history) is done again the plain way, so the
    result is always what :meth:`Receiver.receive` batch by batch would have stored.

    Use as a context manager; ``receive`` returns the results of the batches finished so
    far, in order (the last one's when the block ends: see ``finish``).
    """

    def __init__(self, store: Store, receiver: Receiver) -> None:
        self.store = store
        self.receiver = receiver
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-writer")
        self._writer_store: Store | None = None
        self._baseline = 0
        self._bulk: AbstractContextManager[None] | None = None
        self._interval = sys.getswitchinterval()
        self._pending: tuple[Future[ReceiveResult], Sequence[Record]] | None = None

    def __enter__(self) -> Pipeline:
        self._thread.submit(self._open).result()
        # The writing thread needs the interpreter lock back after every statement; by
        # default it would wait up to 5 ms for this thread to let go of it. 50 µs: the
        # writing thread's time per 1,200,000 lines fell from 36–40 s to 31–32 s against
        # 200 µs (its CPU time unchanged); this thread is only interrupted while the other
        # runs Python, which is seldom.
        sys.setswitchinterval(0.00005)
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self._pending is not None and exc[0] is not None:
                self._pending[0].exception()  # let it end; the error in hand wins
        finally:
            sys.setswitchinterval(self._interval)
            self._thread.submit(self._close).result()
            self._thread.shutdown()

    def _open(self) -> None:
        self._writer_store = open_store(self.store.path, clock=self.store.clock)
        self._bulk = self._writer_store.bulk()  # it commits, so it checkpoints: seldom
        self._bulk.__enter__()
        self._baseline = self._writer_store.data_version()

    def _close(self) -> None:
        if self._writer_store is not None:
            if self._bulk is not None:
                self._bulk.__exit__(None, None, None)
            self._writer_store.close()

    def receive(self, records: Sequence[Record]) -> list[ReceiveResult]:
        """Take a batch; returns the results of the batches finished meanwhile."""
        done: list[ReceiveResult] = []
        if len(self.receiver.convs) > Receiver.CACHE_LIMIT:
            done += self.finish()
            self.receiver.forget()
        try:
            prepared: Prepared | None = self.receiver.prepare(records)
        except StaleBatch:
            prepared = None
        if self._pending is not None:
            future, previous = self._pending
            self._pending = None
            try:
                done.append(future.result())
            except StaleBatch:
                done.append(self._plainly(previous))
                prepared = None  # worked out on caches that held what was not written
        if prepared is None:
            done.append(self._plainly(records))
            return done
        self.receiver.in_flight = prepared.keys
        assert self._writer_store is not None
        self._pending = (self._thread.submit(self.receiver.commit, prepared,
                                             self._writer_store, self._baseline), records)
        return done

    def finish(self) -> list[ReceiveResult]:
        """Wait for the batch being written; its result (none if there is none)."""
        if self._pending is None:
            return []
        future, records = self._pending
        self._pending = None
        try:
            return [future.result()]
        except StaleBatch:
            return [self._plainly(records)]

    def _plainly(self, records: Sequence[Record]) -> ReceiveResult:
        self.receiver.forget()
        result = self.receiver.receive(records)
        assert self._writer_store is not None
        self._baseline = self._thread.submit(self._writer_store.data_version).result()
        return result
