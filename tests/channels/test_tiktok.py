"""The TikTok Shop connector against a local server that keeps the Partner API's contract."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.channels import dispatcher, registry
from desktop.channels.poll import describe, poll
from desktop.channels.tiktok import sign
from desktop.domain.problems import Code
from desktop.services import actions, channels, outbox
from desktop.store.db import open_store
from tests.channels.tiktok_contract import APP_KEY, APP_SECRET, CIPHER
from tests.channels.tiktok_orders_contract import TikTokOrderShop

ROOT = Path(__file__).resolve().parents[2]
T0 = 1_760_540_400  # 2025-10-15 23:00 Shanghai (closed: the off-hours auto-reply goes out)


@pytest.fixture
def api():
    server = TikTokOrderShop()  # the Partner API with its returns: each poll asks for them
    yield server
    server.close()


@pytest.fixture
def store(tmp_path, api):
    s = open_store(tmp_path / "shop.sqlite")
    channels.add(s, "tiktok", "TikTok美区", {"app_key": APP_KEY, "shop_cipher": CIPHER,
                                            "api_base": api.base, "auth_base": api.base},
                 {"secrets": json.dumps({"app_secret": APP_SECRET, "access_token": "token-1",
                                         "refresh_token": "refresh-1"})})
    yield s
    s.close()


def test_the_signature_is_the_documented_one():
    # secret + path + sorted key/values (no sign, no access_token) + body + secret
    expected = __import__("hmac").new(
        b"s", b"s/p" + b"a1b2" + b'{"x":1}' + b"s", "sha256").hexdigest()
    assert sign("/p", {"b": 2, "a": 1, "sign": "x", "access_token": "t"}, b'{"x":1}', "s") == \
        expected


def test_conversations_and_messages_are_fetched_paged_and_mapped(store, api):
    for n in range(25):  # more conversations than a page, one with more messages than a page
        api.buyer_says(f"c{n}", f"第{n}个问题", T0 + n)
    for k in range(12):
        api.buyer_says("c0", f"追问{k}", T0 + 100 + k)
    api.buyer_says("c1", "", T0 + 200, "ORDER_CARD", {"order_id": "576461234"})
    api.buyer_says("c2", "", T0 + 201, "PRODUCT_CARD", {"product_id": "1729", "title": "连衣裙"})
    api.buyer_says("c3", "", T0 + 202, "IMAGE", {"url": "https://p16.example/i.jpeg"})
    [report] = poll(store, "TikTok美区")
    assert report["error"] == "" and report["fetched"] == 25 + 12 + 3 and report["stored"] == 40
    kinds = dict(store.conn.execute("SELECT kind, count(*) FROM messages WHERE direction = 'in' "
                                    "GROUP BY kind"))
    assert kinds == {"text": 37, "order_card": 1, "product_card": 1, "image": 1}
    assert store.conn.execute("SELECT order_id FROM messages WHERE kind = 'order_card'"
                              ).fetchone() == ("576461234",)
    assert api.bad_signatures == 0
    api.buyer_says("c5", "还在吗", T0 + 300)
    [again] = poll(store, "TikTok美区")
    # the second of the last poll is read again (a message in the same second is not missed);
    # what was stored already is recognised
    assert again["stored"] == 1 and again["fetched"] <= 2


def test_an_expired_token_is_refreshed_and_kept(store, api):
    api.buyer_says("c1", "在吗", T0)
    api.access_token = "token-9"  # the shop's token has expired meanwhile
    api.refresh_token = "refresh-1"
    [report] = poll(store, "TikTok美区")
    assert report["error"] == "" and report["stored"] == 1 and api.refreshes == 1
    saved = json.loads(channels.secret("TikTok美区", "secrets"))
    assert saved["access_token"] == api.access_token and saved["refresh_token"] == \
        api.refresh_token


def test_replies_go_out_and_the_buyers_messages_are_marked_read(store, api):
    api.buyer_says("c1", "什么时候发货", T0)
    poll(store, "TikTok美区")
    conversation_id = store.conn.execute("SELECT id FROM conversations").fetchone()[0]
    actions.reply(store, conversation_id, "亲，今天发出", None)
    report = dispatcher.dispatch(store, registry.connectors(store))
    assert report.sent >= 1 and outbox.pending(store) == []
    sent = [json.loads(body["content"])["content"] for _, body in api.sent]
    assert "亲，今天发出" in sent and api.read


def test_rate_limits_server_errors_and_html_pages_back_off_and_lose_nothing(store, api):
    api.buyer_says("c1", "在吗", T0)
    problems = []  # what the window words: a code and its values, kept with the state
    for failure in ((429, None), (503, "<html>upstream error</html>"),
                    (200, "<html><body>Service busy</body></html>")):
        if failure[1] is None:
            api.rate_limit_next = 1
        else:
            api.failures.append(failure)
        [report] = poll(store, "TikTok美区")
        assert report["error"] and report["stored"] == 0
        problems.append(channels.state(store, "TikTok美区")["problem"])
    assert [(p.code, dict(p.values)) for p in problems] == [
        (Code.PLATFORM_SLOW, {"platform": "TikTok Shop"}),
        (Code.PLATFORM_BUSY, {"platform": "TikTok Shop", "status": 503}),
        (Code.PLATFORM_NOT_API, {"platform": "TikTok Shop", "status": 200})]
    state = channels.state(store, "TikTok美区")
    assert state["failures"] == 3 and state["next_poll_at"] > 0
    [report] = poll(store, "TikTok美区")
    assert report["error"] == "" and report["stored"] == 1
    assert channels.state(store, "TikTok美区")["failures"] == 0
    assert channels.state(store, "TikTok美区")["problem"].code is None


def test_unknown_and_missing_fields_are_taken_or_skipped_with_a_reason(store, api):
    api.buyer_says("c1", "正常的", T0)
    api.messages["c1"].append({"id": "odd", "type": "SOME_NEW_TYPE", "create_time": T0 + 1,
                               "content": "{\"content\": \"x\", \"new_field\": 1}",
                               "sender": {"role": "BUYER"}, "brand_new": True})
    api.messages["c1"].append({"type": "TEXT", "create_time": T0 + 2,
                               "content": "{\"content\": \"没有 id\"}",
                               "sender": {"role": "BUYER"}})
    api.conversations["c1"]["latest_message"] = api.messages["c1"][-1]
    [report] = poll(store, "TikTok美区")
    assert report["error"] == "" and report["stored"] == 2
    assert [why for _, why in report["skipped"]] and "unreadable" in report["skipped"][0][1]


def test_a_wrong_app_secret_is_refused_and_reported(store, api):
    api.buyer_says("c1", "在吗", T0)
    channels.add(store, "tiktok", "错密钥", {"app_key": APP_KEY, "shop_cipher": CIPHER,
                                            "api_base": api.base, "auth_base": api.base},
                 {"secrets": json.dumps({"app_secret": "wrong", "access_token": "token-1",
                                         "refresh_token": "refresh-1"})})
    [report] = poll(store, "错密钥")
    assert "106001" in report["error"] and report["stored"] == 0 and api.bad_signatures
    problem = channels.state(store, "错密钥")["problem"]
    assert problem.code is Code.PLATFORM_SIGNATURE and problem.values["error"] == 106001


def test_agent_settings_say_whether_the_shop_takes_chats(store, api):
    connector = registry.connectors(store)["TikTok美区"]
    assert connector.agent_settings()["can_accept_chat"] is True
    connector.accept_chats(False)
    assert api.can_accept_chat is False and connector.agent_settings() == \
        {"can_accept_chat": False}


def _shopdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)


def test_a_channel_backing_off_says_when_it_is_fetched_next_and_why(store, api):
    """`channel poll` names every channel: one backing off after "too many requests" says
    when it is fetched next and why; --now fetches it regardless."""
    api.buyer_says("c1", "在吗", T0)
    api.rate_limit_next = 1
    [failed] = poll(store, "TikTok美区")
    assert failed["error"] and failed["next_because"] == "backing_off"
    db = str(store.path)
    shown = _shopdesk("channel", "poll", "--db", db)
    assert shown.returncode == 0, shown.stderr
    line = shown.stdout.strip()
    assert line.startswith("TikTok美区: not fetched now; next fetch in ") and "(at " in line
    assert "seconds" in line or "a minute" in line
    assert "waiting longer after a failed fetch (last: TikTok Shop: too many requests" in line
    [report] = json.loads(_shopdesk("channel", "poll", "--db", db, "--json").stdout)
    assert report["polled"] is False and report["next_poll_at"] > store.clock()
    fetched = _shopdesk("channel", "poll", "--now", "--db", db)
    assert fetched.returncode == 0, fetched.stderr
    # "a minute", or a second or two less when the command itself took that long
    assert re.match(r"TikTok美区: fetched 1, stored 1, skipped 0; next fetch in "
                    r"(a minute|5\d seconds) \(at ", fetched.stdout), fetched.stdout
    assert "(every a minute)" not in fetched.stdout and fetched.stdout.rstrip().endswith(
        "(every minute)")


@pytest.mark.parametrize(("seconds", "words"), [
    (1, "a second"), (40, "40 seconds"), (60, "a minute"), (240, "4 minutes"),
    (3600, "an hour"), (5 * 3600, "5 hours")])
def test_waits_are_said_as_people_say_them(seconds, words):
    now = 1_760_540_400_000  # 2025-10-15 23:00 Shanghai
    report = {"channel": "店铺邮箱", "polled": False, "next_because": "every",
              "next_poll_at": now + seconds * 1000, "every_seconds": 60, "failures": 0,
              "last_error": ""}
    line = describe(report, now, ZoneInfo("Asia/Shanghai"))
    assert line.startswith(f"店铺邮箱: not fetched now; next fetch in {words} (at ")
    assert ("tomorrow" in line) == (seconds >= 3600)
