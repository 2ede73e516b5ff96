"""The customer's language, recognised offline from short chat lines and followed as they
write; the labelled chat lines of the benchmark are the yardstick."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from desktop.domain.interchange import parse_record
from desktop.domain.language import by_script
from desktop.services import autoreply, language
from desktop.store import translations
from tests.benchmarks.language_id import LANGS, load_lines

SH = ZoneInfo("Asia/Shanghai")


def test_short_chat_lines_in_every_language_are_recognised():
    rows = load_lines()
    assert {lang for lang, _ in rows} == set(LANGS)
    right = {lang: 0 for lang in LANGS}
    wrong = []
    for lang, text in rows:
        said = language.detect(text)
        right[lang] += said == lang
        if said not in (lang, ""):  # "": unsure, the customer's language stays as it was
            wrong.append((lang, text, said))
    total = sum(right.values()) / len(rows)
    assert total >= 0.94, right
    # a wrong language changes a reply's language: only Malay read as Indonesian (close kin)
    assert len(wrong) <= 5 and {lang for lang, _, _ in wrong} <= {"ms", "id"}, wrong
    assert all(n >= 11 for lang, n in right.items() if lang not in ("ms", "id")), right


def test_lines_that_tell_no_language_leave_it_unsaid():
    for text in ("", "ok", "123456789", "👍👍", "https://shop.example/p/1", "??"):
        assert language.detect(text) == "", text
    assert by_script("好的") == "zh"
    assert by_script("はい") == "ja"


def test_the_model_loads_lazily_once_in_a_fresh_process():
    code = ("from desktop.services import language as l\n"
            "assert l.detect('在吗') == 'zh' and not l.loaded()\n"
            "assert l.detect('hola, tienen talla M?') == 'es' and l.loaded()\n"
            "first = l._classify\n"
            "l.detect('où est ma commande')\n"
            "assert l._classify is first\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def _line(n: int, text: str, minute: int, customer_lang: str = "") -> dict:
    return {"channel": "tiktok", "conversation": "c-1",
            "customer": {"id": "u-1", "name": "Ana", "language": customer_lang},
            "id": f"m-{n}", "direction": "in", "author": "customer", "kind": "text",
            "text": text, "sent_at": datetime(2026, 11, 23, 10, minute, tzinfo=SH).isoformat()}


def _customer_language(store) -> tuple[str, bool]:
    conv = store.conn.execute("SELECT id FROM conversations").fetchone()[0]
    return translations.customer_language(store.conn, conv)


def test_the_customer_language_follows_their_messages_unless_set_on_the_profile(store):
    autoreply.receive(store, [parse_record(_line(1, "hola, ¿cuándo llega mi pedido?", 0), SH)])
    assert _customer_language(store) == ("es", False)
    # a line that tells nothing keeps it; a line in another language moves it
    autoreply.receive(store, [parse_record(_line(2, "12345678", 1), SH)])
    assert _customer_language(store) == ("es", False)
    autoreply.receive(store, [parse_record(_line(3, "obrigado, meu pedido chegou", 2), SH)])
    assert _customer_language(store) == ("pt", False)
    customer = store.conn.execute("SELECT id FROM customers").fetchone()[0]
    language.set_customer_language(store, customer, "es")
    autoreply.receive(store, [parse_record(_line(4, "thank you so much!", 3), SH)])
    assert _customer_language(store) == ("es", True)
    language.set_customer_language(store, customer, "")
    autoreply.receive(store, [parse_record(_line(5, "where is my package", 4), SH)])
    assert _customer_language(store) == ("en", False)


def test_a_language_a_channel_names_does_not_undo_the_profile_or_the_messages(store):
    autoreply.receive(store, [parse_record(_line(1, "hola, ¿cuándo llega mi pedido?", 0,
                                                 customer_lang="zh"), SH)])
    assert _customer_language(store) == ("es", False)
    autoreply.receive(store, [parse_record(_line(2, "gracias", 1, customer_lang="zh"), SH)])
    assert _customer_language(store) == ("es", False)
    customer = store.conn.execute("SELECT id FROM customers").fetchone()[0]
    language.set_customer_language(store, customer, "pt")
    autoreply.receive(store, [parse_record(_line(3, "你好", 2, customer_lang="zh"), SH)])
    assert _customer_language(store) == ("pt", True)


def test_a_short_greeting_the_detector_is_unsure_of_keeps_the_customers_language():
    """"hello?" reads as Italian as much as English: it tells nothing, so an English
    customer is still answered in English."""
    from desktop.services.language import detect

    assert detect("hello?") == ""
    assert detect("merci") == ""
    assert detect("where is my order") == "en"
    assert detect("¿tienen talla M?") == "es"
