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
    (folder / PENDING).write_text(str(path), encoding="utf-8")  # the next start says so
    return path


PENDING = "unseen-crash.txt"  # names the report the next start tells of


def unseen_report(directory: Path | None = None) -> Path | None:
    """The crash report of the last run, once (the next start tells the user about it)."""
    marker = (directory or log_dir()) / PENDING
    try:
        path = Path(marker.read_text(encoding="utf-8").strip())
        marker.unlink()
    except OSError:
        return None
    return path if path.is_file() else None


def setup_logging(directory: Path | None = None) -> Path:
    """Log to shopdesk.log in the log folder, rotating at 2 MB, five old files kept."""
    import logging
    from logging.handlers import RotatingFileHandler

    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "shopdesk.log"
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=2 * 1024 * 1024, backupCount=5,
                                      encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: "
                                               "%(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path
