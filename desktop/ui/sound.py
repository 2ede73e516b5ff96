"""The new-message sound: a short chime shipped in resources/sounds, played with Qt
Multimedia's QSoundEffect. Where Qt Multimedia cannot load (a Linux machine without its
audio libraries) or the computer has no audio output, the system beep stands in, and the log
says why once."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from desktop.services.resources import resource

LOG = logging.getLogger(__name__)
NEW_MESSAGE = resource("sounds", "new-message.wav")


class NotificationSound(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.effect = None
        self.backend = "beep"
        self._loaded = False

    def load(self) -> None:
        """Qt Multimedia is loaded when the first sound plays, not at start."""
        if self._loaded:
            return
        self._loaded = True
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # e.g. libpulse missing: Qt Multimedia does not load
            LOG.warning("Qt Multimedia is not available (%s); the new-message sound is the "
                        "system beep", exc)
            return
        if not QMediaDevices.audioOutputs():  # no sound device (or no sound server) here
            LOG.info("no audio output; the new-message sound is the system beep")
            return
        self.effect = QSoundEffect(self)
        self.effect.setSource(QUrl.fromLocalFile(str(NEW_MESSAGE)))
        self.effect.setVolume(0.7)
        self.backend = "QSoundEffect"

    def play(self) -> None:
        self.load()
        if self.effect is not None:
            self.effect.play()
        else:
            QApplication.beep()
