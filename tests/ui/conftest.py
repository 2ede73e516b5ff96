"""GUI tests: the real window on a real demo shop file, offscreen."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def qapp_args():
    return ["shopdesk-tests"]


@pytest.fixture(autouse=True)
def _private_settings(tmp_path, qapp):
    """Window geometry and language go to a temporary place, not the user's settings."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("ShopDeskTests")
    QCoreApplication.setApplicationName("ShopDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
    from desktop.ui import i18n

    i18n.install("en")  # a test that switched to Chinese leaves the next one in English


@pytest.fixture
def demo_path(tmp_path_factory):
    from desktop.app import ensure_demo

    return ensure_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite", messages=600)


def _opened(qtbot, demo_path, language: str):
    from desktop.app import build_window

    win, _welcome = build_window(demo_path, language)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    win.start()
    win.context.db.wait_idle()
    yield win
    win.context.db.shutdown()


@pytest.fixture
def window(qtbot, demo_path):
    yield from _opened(qtbot, demo_path, "en")


@pytest.fixture
def zh_window(qtbot, demo_path):
    """The window in Chinese (a test file may have its own, at another size)."""
    yield from _opened(qtbot, demo_path, "zh_CN")
