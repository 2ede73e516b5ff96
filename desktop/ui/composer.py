"""The reply box: Ctrl+Enter sends, "/" looks up templates, note mode, attach image."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class Composer(QWidget):
    """Emits ``send(text, note, attachments)``; the page decides what sending means."""

    send = Signal(str, bool, list)
    templateRequested = Signal(str)  # the text after "/": the template search hook

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.attachments: list[dict] = []
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("composerEditor")
        self.editor.installEventFilter(self)
        self.editor.textChanged.connect(self._on_text)
        self.note = QToolButton()
        self.note.setCheckable(True)
        self.note.toggled.connect(self._on_mode)
        self.attach = QToolButton()
        self.attach.clicked.connect(self._choose_image)
        self.attached = QLabel()
        self.attached.setObjectName("hint")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.button = QPushButton()
        self.button.setObjectName("primary")
        self.button.clicked.connect(self._send)
        tools = QHBoxLayout()
        tools.setContentsMargins(8, 4, 8, 0)
        tools.addWidget(self.note)
        tools.addWidget(self.attach)
        tools.addWidget(self.attached)
        tools.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(8, 0, 8, 8)
        bottom.addWidget(self.hint)
        bottom.addStretch(1)
        bottom.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(tools)
        layout.addWidget(self.editor, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr("Internal note"))
        self.note.setToolTip(self.tr("Write a note only your team sees"))
        self.attach.setText(self.tr("Image…"))
        self.attach.setToolTip(self.tr("Attach an image"))
        self.button.setText(self.tr("Send"))
        self.hint.setText(self.tr("Ctrl+Enter to send · / for templates"))
        self._on_mode(self.note.isChecked())

    def _on_mode(self, note: bool) -> None:
        self.editor.setPlaceholderText(
            self.tr("Write an internal note (the customer does not see it)…") if note
            else self.tr("Reply to the customer…"))
        self.button.setText(self.tr("Add note") if note else self.tr("Send"))
        self.setProperty("note", note)
        self.style().unpolish(self.editor)
        self.style().polish(self.editor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.KeyPress:
            key = event if isinstance(event, QKeyEvent) else None
            if key is not None and key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    key.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._send()
                return True
        return super().eventFilter(watched, event)

    def _on_text(self) -> None:
        text = self.editor.toPlainText()
        if text.startswith("/") and "\n" not in text:
            self.templateRequested.emit(text[1:])

    def _choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach an image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"))
        if path:
            name = path.replace("\\", "/").rsplit("/", 1)[-1]
            self.add_attachments([{"name": name, "uri": path}])

    def add_attachments(self, attachments: list[dict]) -> None:
        """Images to send with the reply (the picker, or an article's answer)."""
        self.attachments.extend(attachments)
        self.attached.setText(self.tr("{0} image(s) attached").format(len(self.attachments))
                              if self.attachments else "")

    def _send(self) -> None:
        text = self.editor.toPlainText()
        if not text.strip() and not self.attachments:
            return
        self.send.emit(text, self.note.isChecked(), list(self.attachments))

    def clear(self) -> None:
        self.editor.clear()
        self.attachments.clear()
        self.attached.clear()
