"""The kinds of channel ShopDesk knows, and their names as people call them, not their codes.
This list feeds every place a channel is named: the command line (the English names here), the
window (desktop/ui/formatting.channel_name translates them) and the daily report
(resources/report/text.json, ``channel_names`` per language); tests check all three."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """A kind of channel; the value is the code stored with the channel."""

    DOUYIN = "douyin"
    TIKTOK = "tiktok"
    EMAIL = "email"
    WEBHOOK = "webhook"


NAMES: dict[Kind, str] = {Kind.DOUYIN: "Douyin", Kind.TIKTOK: "TikTok Shop",
                          Kind.EMAIL: "E-mail", Kind.WEBHOOK: "Webhook"}


def known_kind(code: str) -> Kind | None:
    """The kind ``code`` names, or ``None`` (a channel the shop named itself, an import)."""
    try:
        return Kind(code)
    except ValueError:
        return None


def channel_name(code: str) -> str:
    """A channel's English name; a channel the shop named itself keeps its name."""
    kind = known_kind(code)
    return code if kind is None else NAMES[kind]
