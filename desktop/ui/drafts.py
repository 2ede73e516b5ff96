"""Unsent replies, one per conversation, kept in this person's settings so a draft survives
switching conversations and closing the app (a draft is personal: it is not synced)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QSettings


@dataclass(frozen=True, slots=True)
class Draft:
    text: str = ""
    note: bool = False  # written as an internal note

    def __bool__(self) -> bool:
        return bool(self.text.strip())


class Drafts:
    """``get`` / ``put`` by conversation id; an empty draft removes the entry."""

    GROUP = "drafts"

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings

    @property
    def settings(self) -> QSettings:
        # made when first used: tests and the app point QSettings at their folder before that
        if self._settings is None:
            self._settings = QSettings()
        return self._settings

    def get(self, conversation_id: str) -> Draft:
        raw = self.settings.value(f"{self.GROUP}/{conversation_id}")
        try:
            data = json.loads(str(raw)) if raw else {}
            return Draft(str(data.get("text", "")), bool(data.get("note", False)))
        except (ValueError, AttributeError):  # an entry written by hand or damaged
            return Draft()

    def put(self, conversation_id: str, draft: Draft) -> None:
        key = f"{self.GROUP}/{conversation_id}"
        if draft:
            self.settings.setValue(key, json.dumps({"text": draft.text, "note": draft.note},
                                                   ensure_ascii=False))
        else:
            self.settings.remove(key)
        self.settings.sync()
