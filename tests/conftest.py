"""Shared fixtures. Store and service tests use a real SQLite file in a temp folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.store.db import Store, open_store

DATA = Path(__file__).parent / "data"
# 2025-10-02 12:00:00 UTC: a fixed "now" so every test is exact.
NOW_MS = 1_759_406_400_000


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, now_ms: int = NOW_MS) -> None:
        self.now = now_ms

    def __call__(self) -> int:
        return self.now

    def advance(self, ms: int) -> None:
        self.now += ms


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.sqlite"


@pytest.fixture
def store(db_path: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(db_path, clock=clock)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Never touch the real user data folder."""
    monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path_factory.mktemp("home")))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.gui)
