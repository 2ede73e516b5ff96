"""Auto-replies to a customer in a language the shop wrote no reply in: translated through
the shop's account only when switched on (off by default); a simulation says so and calls no
provider."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.interchange import parse_record
from desktop.services import autoreply, simulation, translation
from tests.services.translation_standin import APP_ID, KEY, StandIn

SH = ZoneInfo("Asia/Shanghai")
NIGHT = datetime(2026, 11, 23, 23, 30, tzinfo=SH).isoformat()  # outside working hours


@pytest.fixture
def standin():
    s = StandIn()
    yield s
    s.close()


def _line(text: str, n: int = 1, customer: str = "u-es") -> dict:
    return {"channel": "tiktok", "conversation": f"c-{customer}",
            "customer": {"id": customer, "name": "Ana"}, "id": f"m-{customer}-{n}",
            "direction": "in", "author": "customer", "kind": "text", "text": text,
            "sent_at": NIGHT}


def _feed(store, obj: dict) -> list[dict]:
    record = parse_record(obj, SH)
    store.clock.now = record.sent.epoch_ms
    return autoreply.receive_live(store, [record])


def _set(store, url: str, on: bool) -> None:
    translation.save(store, translation.Settings("baidu", APP_ID, url, autoreply=on), KEY)


def _bot_message(store) -> tuple[str, dict]:
    text, payload = store.conn.execute(
        "SELECT text, payload FROM messages WHERE author = 'bot' ORDER BY seq DESC").fetchone()
    return text, json.loads(payload)["extra"]


def test_off_by_default_the_written_reply_goes_out_as_it_is(store, standin):
    translation.save(store, translation.Settings("baidu", APP_ID, standin.url), KEY)
    assert translation.load(store).autoreply is False
    done = _feed(store, _line("hola, ¿tienen talla M?"))
    reply = next(a for a in done if a["action"] == "reply")
    assert reply["scenario"] == "off_hours" and "translate_to" not in reply
    assert not standin.requests


def test_switched_on_the_reply_goes_out_in_the_customers_language(store, standin):
    _set(store, standin.url, True)
    done = _feed(store, _line("hola, ¿tienen talla M?"))
    reply = next(a for a in done if a["action"] == "reply")
    assert reply["translate_to"] == "es" and reply["provider"] == "baidu"
    # the shop's English reply, translated (a Spanish speaker is sent English, never Chinese)
    assert reply["text"].startswith("[es] Thanks for your message")
    text, extra = _bot_message(store)
    assert text == reply["text"]
    assert extra["original"].startswith("Thanks for your message") and extra["language"] == "es"
    # an English-speaking customer gets the English reply the shop wrote: nothing translated
    asked = len(standin.requests)
    done = _feed(store, _line("hi, is this still available", customer="u-en"))
    reply = next(a for a in done if a["action"] == "reply")
    assert "translate_to" not in reply and reply["text"].startswith("Thanks for your message")
    assert len(standin.requests) == asked


def test_a_provider_fault_still_answers_with_the_written_reply(store, standin):
    _set(store, standin.url, True)
    standin.fail_with = "54004"
    done = _feed(store, _line("hola, ¿tienen talla M?"))
    reply = next(a for a in done if a["action"] == "reply")
    assert reply["text"].startswith("Thanks for your message")  # the English one, as written
    assert "balance" in reply["translation_error"]


def test_the_simulation_says_so_and_calls_no_provider(store, standin):
    _set(store, standin.url, True)
    done = simulation.try_message(store, "สินค้าจะส่งเมื่อไหร่คะ")
    reply = next(a for a in done if a["action"] == "reply")
    assert reply["translate_to"] == "th" and reply["simulated"] is True
    assert not standin.requests
    _set(store, standin.url, False)
    done = simulation.try_message(store, "สินค้าจะส่งเมื่อไหร่คะ")
    assert all("translate_to" not in a for a in done)
