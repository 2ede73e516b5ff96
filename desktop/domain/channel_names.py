"""Channels as people call them, not by their codes (for text outside the window: the command
line; the window translates its own)."""

from __future__ import annotations

NAMES = {"douyin": "Douyin", "tiktok": "TikTok Shop", "email": "E-mail", "webhook": "Webhook"}


def channel_name(code: str) -> str:
    """A channel's name; a channel the shop named itself keeps its name."""
    return NAMES.get(code, code)
