"""Where ShopDesk keeps its files on this computer (platformdirs conventions)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "ShopDesk"


def data_dir() -> Path:
    override = os.environ.get("SHOPDESK_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "shopdesk.sqlite"


def demo_db_path() -> Path:
    """The demo shop lives apart from the real one, so trying it touches nothing."""
    return data_dir() / "demo" / "demo-shop.sqlite"


def attachments_dir() -> Path:
    """Where channels keep the files customers send (images, documents)."""
    return data_dir() / "attachments"


def log_dir() -> Path:
    override = os.environ.get("SHOPDESK_HOME")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP, appauthor=False))
