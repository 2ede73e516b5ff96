"""Opening the shop for an entry point (CLI, window, job) with the real clock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.services import shop
from desktop.store import conversations, directory
from desktop.store import messages as message_store
from desktop.store.db import Store, open_store, schema_version, system_clock
from desktop.store.writer import Changes

Shop = Store  # what services receive: the shop's database on this thread
__all__ = ["Changes", "Shop", "beside", "describe_shop", "open_shop"]


def open_shop(path: Path | str, *, readonly: bool = False, role: str = "window") -> Shop:
    """The shop's database for this thread; ``role="background"`` for a connection beside
    the window's (jobs, channels, lookups): a small page cache."""
    return open_store(path, clock=system_clock, readonly=readonly, role=role)


def beside(store: Shop) -> Shop:
    """Another connection to ``store``'s shop, with its clock, for another thread."""
    return open_store(store.path, clock=store.clock, role="background")


def describe_shop(store: Shop) -> dict[str, Any]:
    """Counts and settings, for ``shopdesk info``."""
    return {
        "database": str(store.path),
        "schema_version": schema_version(store.conn),
        "shop_name": shop.get(store, "shop.name"),
        "timezone": shop.get(store, "shop.timezone"),
        "channels": len(directory.list_channels(store.conn)),
        "agents": len(directory.list_agents(store.conn)),
        "conversations": conversations.count_by_status(store.conn),
        "messages": message_store.count(store.conn),
    }
