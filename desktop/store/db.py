"""Opening the database: one file, WAL, foreign keys, migrations, one writer path."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.ids import new_id
from desktop.store import changelog, migrations
from desktop.store.errors import StorageError, StorageProblem, classify
from desktop.store.writer import Writer

Clock = Callable[[], int]  # UTC epoch milliseconds


def system_clock() -> int:
    return time.time_ns() // 1_000_000


# Page cache per connection, by what the connection is for (KiB). On a 2-million-message
# shop every cache fills within seconds of the start, and each thread's freed pages stay
# with its allocator arena: the cache is most of what a connection costs. The window's two
# (its reads on the GUI thread, the database thread) serve search and the inbox: 4 MiB (at
# 32 MiB each they held 56 MB more, with search, the inbox's pages and scrolling no faster
# beyond the machine's noise: the file's pages are in the system's cache either way; see
# docs/performance.md). The connections beside them (the scheduler's jobs, the channels'
# rounds and endpoints, the warm-up, lookups and translations) read a few rows or scan
# once: 2 MiB, SQLite's own default.
CACHE_KIB = {"window": 4096, "background": 2048}


def _connect(path: Path, readonly: bool, role: str = "window") -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=True)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=True)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB[role]}")
    conn.execute("PRAGMA temp_store = MEMORY")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn


@dataclass
class Store:
    """A connection to the shop's database for one thread, and how to write to it."""

    conn: sqlite3.Connection
    path: Path
    device_id: str
    clock: Clock
    readonly: bool = False
    _writer: Writer | None = field(default=None, repr=False)

    @contextmanager
    def write(self, writer: Writer | None = None) -> Iterator[Writer]:
        """One transaction; every shared row written in it is stamped by the writer (a new
        one, or ``writer`` holding writes prepared ahead)."""
        if self._writer is not None:  # nested: join the outer transaction
            yield self._writer
            return
        writer = writer or Writer(self.conn, self.device_id, self.clock)
        self._writer = writer
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield writer
            if writer.log or writer.history:  # the team's change log, in the same
                # transaction; the clock is read inside it, as other connections (threads)
                # write with this device too
                changelog.record(self.conn, changelog.clock(self.conn, self.device_id,
                                                            self.clock), writer.entries())
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error) and (err := classify(exc)) is not None:
                raise err from exc
            raise
        finally:
            self._writer = None
        writer.committed = True

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Many large transactions in a row (an import, the demo shop, a sync's pages).

        The WAL is checkpointed (and the database file synced) every ~100 MB
        instead of every 4 MB: every commit is as safe as usual, there are just
        far fewer syncs.
        """
        self.conn.execute("PRAGMA wal_autocheckpoint = 25000")
        try:
            yield
        finally:
            self.conn.execute("PRAGMA wal_autocheckpoint = 1000")
            self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def durable(self) -> None:
        """Every commit on this connection is on disk before it returns (``synchronous =
        FULL``: the WAL is synced at each commit). For what is acknowledged to the outside
        world; the app's other connections and bulk imports keep the faster ``NORMAL``."""
        self.conn.execute("PRAGMA synchronous = FULL")

    def data_version(self) -> int:
        """A number that changes when another connection commits (SQLite's data_version)."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        self.conn.close()


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def open_store(path: Path | str, *, clock: Clock = system_clock, readonly: bool = False,
               migrate: bool = True, role: str = "window") -> Store:
    """Open (and create or upgrade) the shop database at ``path``; ``role`` is a key of
    :data:`CACHE_KIB` (``"background"`` for a connection beside the window's).

    Before an existing database is upgraded it is copied beside itself
    (``name.before-vN.sqlite``) so a failed upgrade can never cost data.
    """
    path = Path(path)
    try:
        if not readonly:
            path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists() and path.stat().st_size > 0
        conn = _connect(path, readonly, role)
        version = schema_version(conn)
    except sqlite3.Error as exc:
        raise (classify(exc) or StorageError(StorageProblem.UNAVAILABLE, str(exc))) from exc
    except OSError as exc:
        raise StorageError(StorageProblem.UNAVAILABLE, str(exc)) from exc
    latest = migrations.latest_version()
    if version > latest:
        conn.close()
        raise StorageError(StorageProblem.NEWER_SCHEMA,
                           f"schema {version} is newer than this ShopDesk ({latest})")
    if migrate and not readonly and version < latest:
        if existed and version > 0:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.copy2(path, path.with_name(f"{path.stem}.before-v{latest}{path.suffix}"))
        try:
            migrations.upgrade(conn)
        except sqlite3.Error as exc:
            raise (classify(exc) or exc) from exc
    store = Store(conn=conn, path=path, device_id="", clock=clock, readonly=readonly)
    store.device_id = _device_id(store) if not readonly else _read_device_id(conn)
    return store


def _read_device_id(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT value FROM local_settings WHERE key = 'device_id'").fetchone()
    return row[0] if row else ""


def _device_id(store: Store) -> str:
    """This desktop's id, made once per database file (it is not shared by sync)."""
    device = _read_device_id(store.conn)
    if not device:
        device = new_id(store.clock())
        store.conn.execute(
            "INSERT OR IGNORE INTO local_settings (key, value) VALUES ('device_id', ?)", (device,))
        device = _read_device_id(store.conn)
    return device
