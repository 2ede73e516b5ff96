"""A drop-down of ticked choices shown by name but kept as codes (image → 图片, off_hours →
非工作时间): what a form offers instead of asking people to type codes."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QSizePolicy, QWidget


class ChoiceButton(QPushButton):
    """Several choices, or none meaning “any”; ``values()`` are the ticked codes in the order
    offered. A code the options do not know (an older rule's, a channel since renamed) is kept
    and shown as it is, so saving a form never drops part of what was there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choice")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._options: list[tuple[str, str]] = []
        self._values: list[str] = []
        self._none_text = ""

    def set_options(self, options: list[tuple[str, str]], none_text: str) -> None:
        """``options`` as (code, name); ``none_text`` is shown when nothing is ticked."""
        self._options = list(options)
        self._none_text = none_text
        self._rebuild()

    def set_values(self, values: tuple[str, ...] | list[str]) -> None:
        self._values = [v for v in dict.fromkeys(values) if v]
        self._rebuild()

    def values(self) -> tuple[str, ...]:
        known = [code for code, _ in self._options if code in self._values]
        return (*known, *(v for v in self._values if v not in known))

    def clear(self) -> None:
        self.set_values(())

    def _rebuild(self) -> None:
        self._menu.clear()
        names = dict(self._options)
        extra = [(v, v) for v in self._values if v not in names]
        for code, name in [*self._options, *extra]:
            action = QAction(name, self._menu)
            action.setCheckable(True)
            action.setChecked(code in self._values)
            action.toggled.connect(lambda on, c=code: self._toggle(c, on))
            self._menu.addAction(action)
        self._show()

    def _show(self) -> None:
        names = dict(self._options)
        shown = [names.get(v, v) for v in self.values()]
        text = self.tr(", ").join(shown) if shown else self._none_text
        # a push button with a menu draws left-aligned text flush to its frame, padding or
        # not: two spaces line it up with the drop-downs beside it
        self.setText("  " + text)
        self.setToolTip(text)

    def summary(self) -> str:
        """What the button says: the ticked names, or that any will do."""
        return self.toolTip()

    def _toggle(self, code: str, on: bool) -> None:
        # the menu is left as it is: its actions are what is being clicked
        if on and code not in self._values:
            self._values.append(code)
        elif not on and code in self._values:
            self._values.remove(code)
        self._show()
