"""A test that leaves a crash report has hit a bug, whatever else it asserted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def no_crash_report():
    """Import into a test module: each of its tests fails if a crash report was written."""
    logs = Path(os.environ["SHOPDESK_HOME"]) / "logs"
    before = set(logs.glob("crash-*"))
    yield
    assert set(logs.glob("crash-*")) == before, "a crash report was written"
