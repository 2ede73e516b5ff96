"""Without a display (a server, a CI job, an SSH session) the screenshot still renders —
it is offscreen by its nature — and the window says in words that it needs a desktop,
never Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="X11 and its DISPLAY are Linux's")


def _headless(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")}
    return {**env, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "SHOPDESK_HOME": str(tmp_path / "home"), "PYTHONIOENCODING": "utf-8"}


def test_a_screenshot_without_a_display_renders_offscreen(demo_path, tmp_path):
    out = tmp_path / "inbox.png"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(demo_path), "--screenshot", str(out),
         "--page", "inbox", "--size", "1366x768", "--lang", "en"],
        capture_output=True, text=True, encoding="utf-8", env=_headless(tmp_path),
        timeout=120)
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_the_window_without_a_display_says_so_and_stops(tmp_path):
    result = subprocess.run([sys.executable, "-m", "desktop", "--db",
                             str(tmp_path / "shop.sqlite")],
                            capture_output=True, text=True, encoding="utf-8",
                            env=_headless(tmp_path), timeout=120)
    assert result.returncode == 1, result.stderr
    assert "--screenshot" in result.stderr and "DISPLAY" in result.stderr
    assert "platform plugin" not in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "shop.sqlite").exists()  # nothing made for a window never shown
