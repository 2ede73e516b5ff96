"""Inquiries by the customer's language, for the dashboard figures and the daily report.

A customer's language is the one their messages tell (or set on their profile); customers
whose lines never told one are counted under "" (unknown).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from desktop.store import translations
from desktop.store.db import Store

NAMES: dict[str, dict[str, str]] = {
    "zh": {"zh": "中文", "en": "英语", "es": "西班牙语", "th": "泰语", "vi": "越南语",
           "id": "印尼语", "ms": "马来语", "ja": "日语", "ko": "韩语", "ar": "阿拉伯语",
           "pt": "葡萄牙语", "fr": "法语", "de": "德语", "ru": "俄语", "it": "意大利语",
           "tr": "土耳其语", "nl": "荷兰语", "pl": "波兰语", "tl": "菲律宾语", "hi": "印地语",
           "": "未识别"},
    "en": {"zh": "Chinese", "en": "English", "es": "Spanish", "th": "Thai", "vi": "Vietnamese",
           "id": "Indonesian", "ms": "Malay", "ja": "Japanese", "ko": "Korean",
           "ar": "Arabic", "pt": "Portuguese", "fr": "French", "de": "German",
           "ru": "Russian", "it": "Italian", "tr": "Turkish", "nl": "Dutch", "pl": "Polish",
           "tl": "Filipino", "hi": "Hindi", "": "not recognised"},
}
WORDS = {"zh": {"sheet": "语言", "language": "客户语言", "inquiries": "咨询量"},
         "en": {"sheet": "Languages", "language": "Customer language",
                "inquiries": "Inquiries"}}


def by_language(store: Store, conversation_ids: list[str]) -> dict[str, int]:
    """Inquiries (one conversation id each) counted by their customer's language, most
    first."""
    languages = translations.conversation_languages(store.conn, sorted(set(conversation_ids)))
    counts = Counter(languages.get(cid, "") for cid in conversation_ids)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def name(code: str, lang: str) -> str:
    return NAMES["zh" if lang == "zh" else "en"].get(code, code)


def report_sheet(book: Any, lang: str, counts: dict[str, int]) -> None:
    """The report's sheet of inquiries by customer language."""
    w = WORDS["zh" if lang == "zh" else "en"]
    book.sheet(w["sheet"], [w["language"], w["inquiries"]],
               [[name(code, lang), n] for code, n in counts.items()])
