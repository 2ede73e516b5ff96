"""The first start, remembered window state, and the notification settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.services import shop, team
from desktop.services.session import open_shop
from desktop.ui.welcome import WelcomeDialog


def test_the_welcome_sets_up_the_shop_and_who_works_here(qtbot, tmp_path, monkeypatch):
    from desktop.app import build_window
    from desktop.ui import first_run

    path = tmp_path / "new.sqlite"
    window, welcome = build_window(path, "en")
    qtbot.addWidget(window)
    assert welcome  # nobody has said who works at this desktop yet
    window.start()
    assert "No open conversations" in window.inbox.list.empty.text()

    def answer(dialog: WelcomeDialog) -> int:
        dialog.shop.setText("小雨服饰")
        dialog.me.setEditText("小王")
        dialog.role.setCurrentIndex(0)
        dialog.zone.setCurrentText("Asia/Shanghai")
        dialog.choice = "start"
        return WelcomeDialog.DialogCode.Accepted

    monkeypatch.setattr(WelcomeDialog, "exec", answer)
    assert first_run.run_welcome(window) == "start"
    window.context.db.wait_idle()
    store = open_shop(path, readonly=True)
    me = team.me(store)
    assert me is not None and (me.name, me.role) == ("小王", "owner")
    assert shop.get(store, "shop.name") == "小雨服饰"
    assert not team.needs_welcome(store)
    window.context.db.shutdown()


def test_window_geometry_and_splitters_are_remembered(qtbot, demo_path):
    from desktop.app import build_window

    window, _ = build_window(demo_path, "en")
    qtbot.addWidget(window)
    window.show()
    window.inbox.splitter.setSizes([300, 700, 300])
    sizes = window.inbox.splitter.sizes()
    window.close()
    window.context.db.shutdown()
    settings = QSettings()
    assert settings.value("geometry") is not None
    again, _ = build_window(demo_path, "en")
    qtbot.addWidget(again)
    again.show()
    # the offscreen screen is small, so the window may be fitted to it; the splitter is not
    assert again.restoreGeometry(settings.value("geometry"))
    assert again.inbox.splitter.saveState() == window.inbox.splitter.saveState() or \
        again.inbox.splitter.sizes()[0] == sizes[0]
    again.context.db.shutdown()


def test_the_sound_can_be_switched_off(window):
    window.settings_page.sound.setChecked(False)
    assert QSettings().value("sound", True, bool) is False


def test_a_bug_in_the_window_leaves_a_crash_report(qapp, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import crash_dialog

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        crash_dialog._handle(RuntimeError, exc, exc.__traceback__)
    import os
    logs = list((__import__("pathlib").Path(os.environ["SHOPDESK_HOME"]) / "logs").glob("crash-*"))
    assert logs and "RuntimeError: boom" in logs[0].read_text(encoding="utf-8")
    assert shown and str(logs[0]) in shown[0]


def test_targets_are_edited_in_settings(window, demo_path):
    from desktop.services import metrics
    from desktop.services.session import open_shop

    page = window.settings_page
    green, yellow = page.targets["three_min_rate"]
    green.setValue(95)
    yellow.setValue(85)
    page._save_targets()
    window.context.db.wait_idle()
    band = metrics.targets(open_shop(demo_path, readonly=True))["three_min_rate"]
    assert (band.green, band.yellow) == (0.95, 0.85)
