"""Expected storage trouble, told apart from bugs.

A locked, full, read-only or damaged database is something a shop can run into
on an ordinary day; callers show :attr:`StorageError.code` as a friendly
message and lose nothing. Anything else is a bug and is left to propagate.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # classify() only reads the message: the command line need not load sqlite3
    import sqlite3


class StorageProblem(StrEnum):
    LOCKED = "locked"
    FULL = "full"
    READ_ONLY = "read_only"
    CORRUPT = "corrupt"
    NEWER_SCHEMA = "newer_schema"
    UNAVAILABLE = "unavailable"


class StorageError(Exception):
    """The database cannot be used right now; ``code`` says why."""

    def __init__(self, code: StorageProblem, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail


_PATTERNS = (
    ("locked", StorageProblem.LOCKED),
    ("busy", StorageProblem.LOCKED),
    ("disk is full", StorageProblem.FULL),
    ("readonly", StorageProblem.READ_ONLY),
    ("read-only", StorageProblem.READ_ONLY),
    ("not a database", StorageProblem.CORRUPT),
    ("malformed", StorageProblem.CORRUPT),
    ("unable to open", StorageProblem.UNAVAILABLE),
    ("disk i/o error", StorageProblem.UNAVAILABLE),
)


def classify(exc: sqlite3.Error) -> StorageError | None:
    """A :class:`StorageError` for expected trouble, or ``None`` for a bug."""
    text = str(exc).lower()
    for needle, code in _PATTERNS:
        if needle in text:
            return StorageError(code, str(exc))
    return None
