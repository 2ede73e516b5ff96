"""Every earlier schema version upgrades to the latest without losing data."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.store import migrations
from desktop.store.db import open_store, schema_version
from desktop.store.errors import StorageError, StorageProblem


def _build_at(path, version: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    names = migrations.migration_names()
    stop = names[version] if version < len(names) else None
    assert migrations.upgrade(conn, stop_before=stop) == version
    if version >= 1:  # a shop with some data in it
        conn.execute("INSERT INTO channels VALUES ('ch1', 'tiktok', 'tiktok', '{}', 0, 1, 1, 'd')")
        conn.execute("INSERT INTO customers (seq, id, channel_id, external_id, name, vip, "
                     "language, created_at, updated_at, device) "
                     "VALUES (1, 'cu1', 'ch1', 'u-1', '小雨', 0, 'zh', 1, 1, 'd')")
    conn.close()


@pytest.mark.parametrize("version", range(1, migrations.latest_version()))
def test_upgrade_from_every_earlier_version(tmp_path, version):
    path = tmp_path / "old.sqlite"
    _build_at(path, version)
    store = open_store(path)
    assert schema_version(store.conn) == migrations.latest_version()
    assert store.conn.execute("SELECT name FROM customers").fetchall() == [("小雨",)]
    # the file was copied before it was changed
    assert (tmp_path / f"old.before-v{migrations.latest_version()}.sqlite").exists()


def test_a_new_database_is_at_the_latest_version_with_wal_and_foreign_keys(db_path):
    store = open_store(db_path)
    assert schema_version(store.conn) == migrations.latest_version()
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_newer_schema_is_refused(db_path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(StorageError) as err:
        open_store(db_path)
    assert err.value.code is StorageProblem.NEWER_SCHEMA


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError) as err:
        open_store(path)
    assert err.value.code is StorageProblem.CORRUPT


def test_reopening_keeps_the_device_id(db_path):
    first = open_store(db_path)
    device = first.device_id
    first.close()
    assert open_store(db_path).device_id == device and len(device) == 26
