"""Crash reports: an unexpected error is a bug, so its traceback is kept in a file."""

from __future__ import annotations

import platform
import sys
import time
import traceback
from pathlib import Path

import desktop
from desktop.services.locations import log_dir


def write_report(exc: BaseException, directory: Path | None = None) -> Path:
    """Write the traceback and versions to a new file and return its path."""
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{time.strftime('%Y%m%d-%H%M%S')}.txt"
    lines = [
        f"ShopDesk {desktop.__version__} on Python {sys.version.split()[0]} "
        f"({platform.platform()})",
        "",
        *traceback.format_exception(exc),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
