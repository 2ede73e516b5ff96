"""The mouse wheel scrolls the page, not the settings on it: a combo box, spin box or slider
takes the wheel only once the user has clicked into it (or tabbed to it). Installed once for
the whole application, so every page, card and dialog — built now or later — behaves alike."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
NAME = "wheelGuard"


def guarded(obj: QObject) -> bool:
    """A widget whose value the wheel would change (a scroll bar is the scrolling itself)."""
    return isinstance(obj, GUARDED) and not isinstance(obj, QScrollBar)


class WheelGuard(QObject):
    """An application-wide event filter. Two parts: a value widget never takes focus from
    the wheel (Qt gives combo and spin boxes focus on a wheel before anyone sees the event),
    and a wheel over one without focus goes on to the widgets around it, as a wheel over a
    label does — so the page under it scrolls and the value stays."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not guarded(watched):
            return False
        widget = cast(QWidget, watched)
        kind = event.type()
        if kind == QEvent.Type.Polish and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a click or Tab still focuses
        elif kind == QEvent.Type.Wheel and not widget.hasFocus():
            pass_on(widget, cast(QWheelEvent, event))
            event.accept()  # handled: by the page around it, or by no one
            return True
        return False


def pass_on(widget: QWidget, event: QWheelEvent) -> None:
    """Offer the wheel to ``widget``'s ancestors, innermost first, until one takes it — the
    way Qt passes on a wheel its target ignores (done here because Qt passes on only the
    wheels that came from the mouse, not those the app sends)."""
    position = event.position()
    child = widget
    while not child.isWindow() and not child.testAttribute(
            Qt.WidgetAttribute.WA_NoMousePropagation):
        parent = child.parentWidget()
        if parent is None:
            return
        position = QPointF(child.mapToParent(position))
        copy = QWheelEvent(position, event.globalPosition(), event.pixelDelta(),
                           event.angleDelta(), event.buttons(), event.modifiers(),
                           event.phase(), event.inverted(), event.source(), event.device())
        copy.setAccepted(True)  # a handler that does not want it ignores it
        if QApplication.sendEvent(parent, copy) and copy.isAccepted():
            return
        child = parent


def install(app: QApplication) -> None:
    """Once per application (a second window, or a test's next window, finds it there)."""
    if app.findChild(WheelGuard, NAME) is None:
        guard = WheelGuard(app)
        guard.setObjectName(NAME)
        app.installEventFilter(guard)
