"""Expected trouble in words a shop owner understands.

``describe`` returns a one-line message for errors that are not bugs (bad
input, a locked or full disk, a missing file) and ``None`` for the rest, which
callers treat as bugs (crash report). The UI translates by ``code``.
"""

from __future__ import annotations

import errno

from desktop.store.errors import StorageError, StorageProblem


class UserError(Exception):
    """Input that cannot be used; the message says what to do instead (in English, for the
    command line and the logs). ``code`` and ``values``, when given, let the window say it in
    the user's language (desktop/ui/user_messages.py)."""

    def __init__(self, message: str, code: str | None = None, **values: object) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


_STORAGE = {
    StorageProblem.LOCKED: "the shop database is busy in another program; try again in a moment",
    StorageProblem.FULL: "the disk is full; free some space and try again (nothing was lost)",
    StorageProblem.READ_ONLY: "the shop database cannot be written (read-only file or folder)",
    StorageProblem.CORRUPT: "this file is not a ShopDesk database, or it is damaged",
    StorageProblem.NEWER_SCHEMA: "this database was made by a newer ShopDesk; please update",
    StorageProblem.UNAVAILABLE: "the shop database cannot be opened",
}


def describe(exc: BaseException) -> str | None:
    """A friendly one-line message for expected trouble, else ``None``."""
    from desktop.domain.ics import IcsError
    from desktop.services.interchange import InterchangeFileError
    from desktop.services.sheets import WorkbookTooLarge
    from desktop.services.shop import SettingError

    if isinstance(exc, StorageError):
        detail = f" ({exc.detail})" if exc.detail and exc.code is StorageProblem.UNAVAILABLE else ""
        return _STORAGE[exc.code] + detail
    if isinstance(exc, (UserError, InterchangeFileError, SettingError, WorkbookTooLarge,
                        IcsError)):
        return str(exc)
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return _STORAGE[StorageProblem.FULL]
        name = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror or exc}{name}"
    return None
