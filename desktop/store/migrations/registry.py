"""The registry every migration module adds its functions to, in import order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class _Registry:
    """The migrations in order, handed to sqlite-utils' ``Migrations`` only when a database
    needs upgrading: importing sqlite-utils takes ~0.1 s and imports numpy, and an up-to-date
    shop (every start but the first after an update) never needs it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.functions: list[tuple[Callable[[Any], None], dict[str, Any]]] = []
        self._applier: Any = None

    def __call__(self, **options: Any) -> Callable[[Callable[[Any], None]],
                                                    Callable[[Any], None]]:
        """``@MIGRATIONS()``, with sqlite-utils' options (``name``, ``transactional``)."""
        def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
            self.functions.append((fn, options))
            return fn
        return register

    def applier(self) -> Any:
        """sqlite-utils' ``Migrations`` holding every migration registered."""
        if self._applier is None:
            from sqlite_utils.migrations import Migrations

            applier = Migrations(self.name)
            for fn, options in self.functions:
                applier(**options)(fn)
            self._applier = applier
        return self._applier


MIGRATIONS = _Registry("shopdesk")
NO_WAIT = 9007199254740991  # sorts conversations nobody waits in after the waiting ones
