"""The mouse wheel over Settings scrolls the page: a combo box or spin box the agent never
clicked keeps its value (and nothing is saved); once clicked into, it takes the wheel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services import shop, translation
from desktop.services.session import open_shop
from tests.ui.keyboard import press
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks

DOWN = QPoint(0, -120)  # one notch towards the user: the page goes down, a combo to its next item
UP = QPoint(0, 120)


def _settings(qtbot, window):
    """Settings opened with the mouse, as the agent does."""
    nav = window.nav
    item = nav.item(nav.count() - 1)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(item).center())
    window.context.db.wait_idle()
    return window.settings_page


def _in_view(qtbot, page, widget: QWidget) -> None:
    page.ensureWidgetVisible(widget)
    qtbot.wait(20)
    assert page.verticalScrollBar().value() < page.verticalScrollBar().maximum()


def _mouse_wheel(qtbot, window, widget: QWidget, delta: QPoint) -> None:
    """A notch of the mouse wheel with the pointer over ``widget`` (as the system sends it)."""
    pos = QPointF(widget.mapTo(window, widget.rect().center()))
    QTest.wheelEvent(window.windowHandle(), pos, delta)
    qtbot.wait(20)
    window.context.db.wait_idle()


def _mouse(qtbot, window):
    return lambda widget, delta: _mouse_wheel(qtbot, window, widget, delta)


def _sent_wheel(widget: QWidget, delta: QPoint) -> None:
    """A wheel event sent to ``widget`` itself."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre)), QPoint(), delta,
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _saved(path):
    store = open_shop(path)
    try:
        return translation.load(store).provider, shop.all_settings(store)["targets"]
    finally:
        store.close()


def test_a_stray_wheel_scrolls_the_page_and_changes_no_setting(qtbot, window, demo_path):
    before = _saved(demo_path)
    page = _settings(qtbot, window)
    bar = page.verticalScrollBar()
    provider = page.translation.provider
    spin = page.targets["csat"][0]
    for box, value in ((provider, provider.currentIndex), (spin, spin.value)):
        for wheel in (_mouse(qtbot, window), _sent_wheel):
            _in_view(qtbot, page, box)
            was, at = value(), bar.value()
            wheel(box, DOWN)
            assert value() == was, "the wheel changed a value the agent never touched"
            assert bar.value() > at, "the page did not scroll under the wheel"
            assert not box.hasFocus()
    bar.setValue(0)
    language = page.language
    for wheel in (_mouse(qtbot, window), _sent_wheel):  # English → 中文 would be one up
        wheel(language, UP)
        assert language.currentData() == "en" and window.language == "en"
    assert QSettings().value("language") in (None, "en")
    assert page.translation.provider.currentData() == ""
    assert _saved(demo_path) == before


def test_a_box_clicked_into_takes_the_wheel(qtbot, window):
    page = _settings(qtbot, window)
    provider = page.translation.provider
    _in_view(qtbot, page, provider)
    qtbot.mouseClick(provider, Qt.MouseButton.LeftButton)  # opens the list
    press(qtbot, window, Qt.Key.Key_Escape)  # closed again; the box keeps the focus
    window.activateWindow()  # a desktop gives the window back its activation; offscreen not
    qtbot.waitUntil(provider.hasFocus)
    at = page.verticalScrollBar().value()
    _mouse_wheel(qtbot, window, provider, DOWN)
    assert provider.currentIndex() == 1
    _sent_wheel(provider, DOWN)
    assert provider.currentIndex() == 2
    assert page.verticalScrollBar().value() == at  # the box took it, the page stayed

    spin = page.targets["csat"][0]
    _in_view(qtbot, page, spin)
    was = spin.value()
    qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    assert spin.hasFocus()
    _mouse_wheel(qtbot, window, spin, DOWN)
    assert spin.value() == was - 1
    _sent_wheel(spin, UP)
    assert spin.value() == was
