"""The composer's knowledge-base suggestions offer an answer written in the customer's
language before a Chinese one (which would need a machine translation)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from desktop.domain.interchange import parse_record
from desktop.services import autoreply, kb, kb_language

SH = ZoneInfo("Asia/Shanghai")


def _conversation(store, customer: str, text: str) -> str:
    record = parse_record({
        "channel": "tiktok", "conversation": f"c-{customer}",
        "customer": {"id": customer, "name": customer}, "id": f"m-{customer}",
        "direction": "in", "author": "customer", "kind": "text", "text": text,
        "sent_at": datetime(2026, 11, 23, 10, 0, tzinfo=SH).isoformat()}, SH)
    autoreply.receive(store, [record])
    return store.conn.execute("SELECT id FROM conversations WHERE external_id = ?",
                              (f"c-{customer}",)).fetchone()[0]


def test_an_answer_in_the_customers_language_comes_first(store):
    kb.save(store, kb.ArticleInput("发货时间", ["什么时候发货", "多久发货", "when do you ship"],
                                   "48小时内发货", "物流"))
    kb.save(store, kb.ArticleInput("Envíos", ["¿cuándo envían mi pedido?",
                                              "when do you ship"],
                                   "Enviamos en 48 horas.", "物流", language="es"))
    spanish = _conversation(store, "ana", "hola, ¿cuándo envían mi pedido?")
    chinese = _conversation(store, "li", "什么时候发货")
    question = "how long until you ship"  # the Chinese article matches it best
    assert kb.match(store, question)[0]["title"] == "发货时间"
    offered = kb_language.suggestions(store, question, spanish)
    assert offered[0]["title"] == "Envíos" and offered[0]["language"] == "es"
    offered = kb_language.suggestions(store, question, chinese)
    assert offered[0]["title"] == "发货时间"
    assert kb_language.suggestions(store, "好的谢谢", chinese) == []
