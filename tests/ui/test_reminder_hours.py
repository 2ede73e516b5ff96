"""Settings › reminders: the hours before an after-sales request's deadline at which the first
and the urgent reminder come (12 h and 2 h by default) are the shop's to change, and the
reminders follow them."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from desktop.services import aftersale_reminders, shop
from desktop.services.session import open_shop

HOUR = 3_600_000


def _type(qtbot, box, text):
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, text)


def _hours(path):
    store = open_shop(path)
    try:
        return (shop.get(store, "reminders.after_sale_warn_h"),
                shop.get(store, "reminders.after_sale_urgent_h"),
                [(data["deadline"] - store.clock(), kind)
                 for _key, kind, _c, data in aftersale_reminders.found(store, store.clock())])
    finally:
        store.close()


def test_settings_change_the_after_sales_reminder_hours_and_the_reminders_follow(
        window, qtbot, demo_path):
    window.show_page("settings")
    card = window.settings_page.reminders
    window.context.db.wait_idle()
    assert (card.warn.value(), card.urgent.value()) == (12, 2)
    _warn, _urgent, before = _hours(demo_path)
    assert any(left > 6 * HOUR for left, _kind in before)  # 10 h left: reminded at 12 h
    _type(qtbot, card.warn, "6")
    _type(qtbot, card.urgent, "1")
    qtbot.mouseClick(card.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.msg.text() == "Saved.", timeout=5000)
    warn, urgent, after = _hours(demo_path)
    assert (warn, urgent) == (6, 1)
    assert after and all(left <= 6 * HOUR for left, _kind in after)
    assert {kind for left, kind in after if left <= HOUR} == {"after_sale_urgent"}
    assert {kind for left, kind in after if left > HOUR} == {"after_sale_due"}
    window.show_page("inbox")
    window.show_page("settings")  # shown again: read back
    window.context.db.wait_idle()
    assert (card.warn.value(), card.urgent.value()) == (6, 1)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_urgent_reminder_before_the_first_is_refused_in_the_shops_language(
        window, qtbot, demo_path, language):
    window.set_language(language)
    window.show_page("settings")
    card = window.settings_page.reminders
    window.context.db.wait_idle()
    if language == "zh_CN":
        assert "售后" in card.title.text() and "小时" in card.warn.suffix()
    _type(qtbot, card.urgent, "20")
    qtbot.mouseClick(card.save, Qt.MouseButton.LeftButton)
    window.context.db.wait_idle()
    assert card.msg.text() and card.msg.text() != card.tr("Saved.")
    if language == "zh_CN":
        assert not any("a" <= ch.lower() <= "z" for ch in card.msg.text())
    assert _hours(demo_path)[:2] == (12, 2)  # nothing saved
