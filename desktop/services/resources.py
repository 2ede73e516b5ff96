"""Where the app's bundled resources (icons, translations, demo corpora) are."""

from __future__ import annotations

from pathlib import Path

import desktop

_PACKAGE = Path(desktop.__file__).resolve().parent


def resource_dir() -> Path:
    """``desktop/resources`` in an installed build, else the checkout's ``resources/``."""
    bundled = _PACKAGE / "resources"
    return bundled if bundled.is_dir() else _PACKAGE.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
