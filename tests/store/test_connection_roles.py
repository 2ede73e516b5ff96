"""Each connection's page cache fits what it is for: the window's two 4 MiB for search and
the inbox; the connections beside them (jobs, channels, warm-up, lookups) a small one, so
the whole app's memory is not a large cache per thread."""

from __future__ import annotations

from desktop.store.db import CACHE_KIB, open_store


def _cache_kib(store) -> int:
    return -store.conn.execute("PRAGMA cache_size").fetchone()[0]


def test_a_background_connection_has_a_small_page_cache(tmp_path) -> None:
    path = tmp_path / "shop.sqlite"
    window = open_store(path)
    background = open_store(path, role="background")
    reader = open_store(path, readonly=True, role="background")
    try:
        assert _cache_kib(window) == CACHE_KIB["window"] == 4 * 1024
        assert _cache_kib(background) == _cache_kib(reader) == CACHE_KIB["background"]
        assert CACHE_KIB["background"] <= 2 * 1024
    finally:
        for store in (window, background, reader):
            store.close()


def test_the_scheduler_and_the_channels_open_background_connections(tmp_path) -> None:
    from desktop.app import beside_window

    store = beside_window(tmp_path / "shop.sqlite")()
    try:
        assert _cache_kib(store) == CACHE_KIB["background"]
    finally:
        store.close()
