"""Languages of chat lines: what can be told from the script alone, and what to leave unsaid.

Pure rules (no model): a line in Hangul is Korean, one with kana is Japanese, Thai script is
Thai, Arabic script Arabic, Han characters alone Chinese. Latin-script lines need the
statistical detector (desktop/services/language.py). A line with too few letters (an order
number, "ok", an emoji) says nothing about a language.
"""

from __future__ import annotations

import re

# What ShopDesk recognises: the cross-border shop's languages (ISO 639-1).
LANGUAGES: tuple[str, ...] = ("zh", "en", "es", "th", "vi", "id", "ms", "ja", "ko", "ar",
                              "pt", "fr", "de", "ru", "it", "tr", "nl", "pl", "tl", "hi")

_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")
_NOT_LETTER = re.compile(r"[\d\W_]+", re.UNICODE)
MIN_LATIN_LETTERS = 4
# The detector's probability (normalised over LANGUAGES) below which a line tells nothing:
# short greetings ("hello?", "thanks", "merci") are shared by many languages.
MIN_CONFIDENCE = 0.5


def _count(text: str, lo: int, hi: int) -> int:
    return sum(1 for ch in text if lo <= ord(ch) <= hi)


def letters(text: str) -> str:
    """The letters of a line, without links, addresses, digits, punctuation and emoji."""
    return _NOT_LETTER.sub("", _URL.sub(" ", text))


def by_script(text: str) -> str | None:
    """The language the script alone tells, "" when the line has too few letters to tell
    anything, None when a detector must decide (Latin, Cyrillic, Devanagari ...)."""
    body = letters(text)
    if not body:
        return ""
    if _count(body, 0xAC00, 0xD7A3) + _count(body, 0x1100, 0x11FF):
        return "ko"
    if _count(body, 0x3040, 0x30FF):
        return "ja"
    thai = _count(body, 0x0E00, 0x0E7F)
    arabic = _count(body, 0x0600, 0x06FF)
    han = _count(body, 0x4E00, 0x9FFF) + _count(body, 0x3400, 0x4DBF)
    rest = len(body) - thai - arabic - han
    for code, n in (("th", thai), ("ar", arabic), ("zh", han)):
        if n and n >= rest:
            return code
    if rest < MIN_LATIN_LETTERS:
        return ""
    return None


def reply_language(customer_language: str | None) -> str:
    """Which of the shop's written replies (Chinese, English) a customer gets: Chinese for a
    Chinese-speaking customer (or one whose language is not known yet), English for everyone
    else — a Spanish or Thai buyer of a cross-border shop reads English, not Chinese."""
    code = base(customer_language)
    return "zh" if code in ("", "zh") else "en"


def base(code: str | None) -> str:
    """An ISO 639-1 code from what a platform or provider writes (zh-CN, en_US, pt-BR)."""
    return (code or "").strip().lower().replace("_", "-").split("-")[0]
