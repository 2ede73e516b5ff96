"""Recognising a customer's language offline, and following it as they write.

The detector is py3langid (its model ships in the wheel; chosen by the measured comparison in
tests/benchmarks/language_id.py, figures in docs/translation.md), restricted to the shop's
languages (``desktop.domain.language.LANGUAGES``). It is loaded the first time a Latin-script
line needs it, once per process (~100 MB, under a second); scripts that tell the language by
themselves (Chinese, Japanese, Korean, Thai, Arabic) never load it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from functools import lru_cache

from desktop.domain.language import LANGUAGES, MIN_CONFIDENCE, base, by_script
from desktop.store import translations
from desktop.store.db import Store

_lock = threading.Lock()
_classify: Callable[[str], tuple[str, float]] | None = None


def _detector() -> Callable[[str], tuple[str, float]]:
    global _classify
    with _lock:
        if _classify is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            ident.set_languages(list(LANGUAGES))
            _classify = ident.classify
        return _classify


def loaded() -> bool:
    """Whether the statistical model is in memory (tests check it is loaded lazily)."""
    return _classify is not None


@lru_cache(maxsize=4096)
def detect(text: str) -> str:
    """The ISO 639-1 code of a chat line's language, "" when the line cannot tell (too few
    letters, or the detector unsure: "hello?" reads as Italian as much as English, so it
    leaves the customer's language as it was)."""
    told = by_script(text)
    if told is not None:
        return told
    code, confidence = _detector()(text)
    return base(code) if confidence >= MIN_CONFIDENCE else ""


def follow(store: Store, message_ids: Iterable[str]) -> dict[str, str]:
    """After incoming messages are stored: each customer's language becomes the one of their
    latest line that tells one, unless set by hand on their profile. Returns customer id ->
    language for the customers whose language changed."""
    latest: dict[str, tuple[int, str]] = {}
    for customer_id, sent_at, text in translations.incoming_texts(store.conn, list(message_ids)):
        lang = detect(text)
        if lang and (customer_id not in latest or sent_at >= latest[customer_id][0]):
            latest[customer_id] = (sent_at, lang)
    wanted = {cid: lang for cid, (_, lang) in latest.items()}
    if not wanted:
        return {}
    with store.write() as w:
        return translations.follow_languages(w, wanted)


def set_customer_language(store: Store, customer_id: str, language: str) -> None:
    """The profile setting: pin a customer's language ("" lets it follow their messages)."""
    with store.write() as w:
        translations.pin_language(w, customer_id, base(language))
