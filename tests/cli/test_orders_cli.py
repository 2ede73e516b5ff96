"""``shopdesk order show``, ``shopdesk orders`` and ``shopdesk channel add douyin``, run as a
user runs them, against a local 抖店 open platform."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

from tests.channels import douyin_contract
from tests.channels.douyin_contract import APP_KEY, APP_SECRET, SHOP_ID, DouyinOpen
from tests.cli.test_cli import run
from tests.conftest import DATA


@pytest.fixture
def api():
    server = DouyinOpen()
    yield server
    server.close()


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "shop.sqlite")
    assert run("import", str(DATA / "sample.jsonl"), "--db", path).returncode == 0
    return path


def _add_douyin(db, api):
    secrets = json.dumps({"app_secret": APP_SECRET, "access_token": "dy-token-1",
                          "refresh_token": "dy-refresh-1"})
    return run("channel", "add", "douyin", "抖音旗舰店", "--app-key", APP_KEY, "--shop-id",
               SHOP_ID, "--api-base", api.base, "--secrets-stdin", "--db", db, stdin=secrets)


def test_a_douyin_channel_is_added_and_an_order_shown_live_as_json(db, api):
    added = _add_douyin(db, api)
    assert added.returncode == 0, added.stderr
    assert APP_SECRET not in added.stdout
    api.add_order("4781320682406083640")
    api.routes["YT7788"] = [{"content": "【广州】已揽收", "timestamp": 1_759_310_000}]
    shown = run("order", "show", "4781320682406083640", "--channel", "抖音旗舰店", "--refresh",
                "--json", "--db", db)
    assert shown.returncode == 0, shown.stderr
    got = json.loads(shown.stdout)
    assert list(got) == ["order_id", "channel", "status", "platform_status", "created_at",
                         "items", "total", "currency", "tracking", "updated_at"]
    assert (got["status"], got["total"], got["currency"]) == ("in_transit", "59.00", "CNY")
    assert got["items"] == [{"name": "草莓发夹", "sku": "粉色", "quantity": 2, "price": "29.50"}]
    assert got["tracking"][0]["number"] == "YT7788"
    assert got["tracking"][0]["events"] == [{"at": "2025-10-01T17:13:20+08:00",
                                             "text": "【广州】已揽收"}]
    # offline now: the stored order is shown, the failure said in one line
    api.failures.append((502, "<html>Bad Gateway</html>"))
    again = run("order", "show", "4781320682406083640", "--refresh", "--db", db)
    assert again.returncode == 1 and "草莓发夹" in again.stdout
    assert "not its API" in again.stderr and "Traceback" not in again.stderr


def test_a_rate_limit_and_an_ended_authorisation_are_one_line_each_the_order_kept(db, api):
    """抖店's codes 60000 and 40003 isv.access-token-expired (renewal refused with 50001)."""
    assert _add_douyin(db, api).returncode == 0
    api.add_order("4781")
    assert run("order", "show", "4781", "--refresh", "--db", db).returncode == 0
    api.throttle_next = 1
    throttled = run("order", "show", "4781", "--refresh", "--db", db)
    assert throttled.returncode == 1 and "草莓发夹" in throttled.stdout
    assert throttled.stderr.strip() == (
        "shopdesk: the order could not be refreshed (抖店: rate limit reached; try again in a "
        "minute); the stored order is shown")
    api.access_token, api.refresh_fails = "dy-token-9", True
    ended = run("order", "show", "4781", "--refresh", "--db", db)
    assert ended.returncode == 1 and "草莓发夹" in ended.stdout
    assert len(ended.stderr.strip().splitlines()) == 1 and "Traceback" not in ended.stderr
    assert "authorisation has ended" in ended.stderr and "authorise the app again" in ended.stderr


def test_an_unknown_order_exits_non_zero_naming_it(db):
    result = run("order", "show", "123456", "--db", db)
    assert result.returncode != 0 and result.stderr.strip() == "shopdesk: no order 123456"


def test_import_then_a_customers_orders(db, tmp_path):
    path = tmp_path / "orders.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["主订单编号", "选购商品", "商品规格", "商品数量", "商品单价", "订单应付金额",
                    "订单状态", "订单提交时间", "快递公司", "快递单号"])
        w.writerow(["6900001111", "草莓发夹", "粉色", "2", "29.50", "59.00", "已发货",
                    "2025/10/01 20:00:00", "圆通速递", "YT7788"])
        w.writerow(["6900002222", "帆布包", "", "x", "39.00", "39.00", "待发货",
                    "2025/10/01 21:00:00", "", ""])
    first = run("orders", "import", str(path), "--channel", "douyin", "--db", db)
    assert first.returncode == 1  # a row was refused: said, the good one kept
    assert "1 orders added" in first.stdout and "row 3:" in first.stdout
    second = run("orders", "import", str(path), "--channel", "douyin", "--json", "--db", db)
    assert json.loads(second.stdout)["added"] == 0
    mine = run("orders", "--customer", "dy-u-1", "--json", "--db", db)
    assert mine.returncode == 0, mine.stderr
    assert [o["order_id"] for o in json.loads(mine.stdout)] == ["6900001111"]
    listed = run("orders", "--customer", "dy-u-1", "--db", db)
    assert listed.returncode == 0 and "6900001111" in listed.stdout
    assert listed.stdout.strip().splitlines()[-1] == (
        "抖店 cannot list a buyer's orders: these are the orders ShopDesk already knows (from "
        "order cards, service requests and imported order exports).")
    nobody = run("orders", "--customer", "nobody", "--db", db)
    assert nobody.returncode == 1 and "no customer 'nobody'" in nobody.stderr


def test_a_douyin_channel_names_the_bridge_its_chats_come_through(db, api):
    secrets = json.dumps({"app_secret": APP_SECRET, "access_token": "dy-token-1",
                          "refresh_token": "dy-refresh-1"})
    args = ("channel", "add", "douyin", "抖音旗舰店", "--app-key", APP_KEY, "--shop-id", SHOP_ID,
            "--api-base", api.base, "--bridge", "抖音中转", "--secrets-stdin", "--db", db)
    unknown = run(*args, stdin=secrets)
    assert unknown.returncode != 0 and "Traceback" not in unknown.stderr
    assert "no webhook channel named '抖音中转'" in unknown.stderr
    assert run("channel", "add", "webhook", "抖音中转", "--port", "0", "--db", db).returncode == 0
    added = run(*args, "--json", stdin=secrets)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["config"]["bridge"] == "抖音中转"
    # the bridge's orders are looked up through the 抖店 channel now
    api.add_order("4781320682406083640")
    shown = run("order", "show", "4781320682406083640", "--channel", "抖音中转", "--refresh",
                "--json", "--db", db)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["status"] == "in_transit" and api.bad_signatures == 0


HTML_502 = (502, "<html><body><h1>502 Bad Gateway</h1></body></html>")


def test_an_html_error_page_is_one_line_and_the_log_line_goes_to_the_log_file(db, api):
    """The platform's raw answer is for the log file, not for the person at the console:
    `order show --refresh` and `channel poll` print their own message and nothing else."""
    home = Path(os.environ["SHOPDESK_HOME"])  # the command line's, as conftest sets it
    assert _add_douyin(db, api).returncode == 0
    api.failures.append(HTML_502)
    shown = run("order", "show", "4781", "--channel", "抖音旗舰店", "--refresh", "--db", db)
    assert shown.returncode == 1
    assert shown.stderr.strip().splitlines() == [
        "shopdesk: no order 4781 on 抖音旗舰店 (the platform could not be asked: 抖店 answered "
        "something that is not its API (502); try again later)"]
    api.failures += [HTML_502] * 3  # the service requests, the after-sales list, the scores
    polled = run("channel", "poll", "抖音旗舰店", "--db", db)
    assert polled.returncode == 1 and polled.stderr == ""
    assert "not its API" in polled.stdout and "<html>" not in polled.stdout
    logged = (home / "logs" / "shopdesk.log").read_text(encoding="utf-8")
    assert "order.orderDetail: not the API's JSON (502)" in logged
    assert "order.getServiceList: not the API's JSON (502)" in logged


def test_an_ended_authorisation_is_said_once(db, api):
    """The renewal refused with the platform's own 'token expired' (as an access token is):
    one sentence, the platform named once, its words once."""
    assert _add_douyin(db, api).returncode == 0
    api.add_order("4781")
    assert run("order", "show", "4781", "--refresh", "--db", db).returncode == 0
    api.access_token = "dy-token-9"
    api.refuse_next.append(douyin_contract.TOKEN_EXPIRED)  # the order: the token has expired
    api.refuse_next.append(douyin_contract.TOKEN_EXPIRED)  # token.refresh: so has the renewal
    ended = run("order", "show", "4781", "--refresh", "--db", db)
    assert ended.returncode == 1 and "草莓发夹" in ended.stdout
    assert ended.stderr.strip() == (
        "shopdesk: the order could not be refreshed (抖店: the authorisation has ended and "
        "could not be renewed; authorise the app again (access_token已过期)); the stored "
        "order is shown")
    api.refresh_fails = True  # 50001 dop.token-generate-failed
    again = run("order", "show", "4781", "--refresh", "--db", db)
    assert again.stderr.strip() == (
        "shopdesk: the order could not be refreshed (抖店: the authorisation has ended and "
        "could not be renewed; authorise the app again (生成token失败，token已过期)); the "
        "stored order is shown")


@pytest.mark.parametrize("given", ["", "  "])
def test_an_order_show_without_an_id_asks_for_one(db, api, given):
    assert _add_douyin(db, api).returncode == 0
    result = run("order", "show", given, "--refresh", "--db", db)
    assert result.returncode == 1
    assert result.stderr.strip() == "shopdesk: which order? give its id: shopdesk order show " \
                                    "ORDER_ID"
    assert api.calls == []  # the platform is not asked for an order with no id


def test_an_empty_order_export_is_named(db, tmp_path):
    for name, content in (("e.csv", b""), ("blank.csv", b"\r\n\r\n"),
                          ("bom.csv", b"\xef\xbb\xbf"), ("empty.xlsx", b"")):
        path = tmp_path / name
        path.write_bytes(content)
        result = run("orders", "import", str(path), "--channel", "douyin", "--db", db)
        assert result.returncode == 1
        assert result.stderr.strip() == (f"shopdesk: {name} is empty: an order export starts "
                                         "with its header row")
    path = tmp_path / "notes.csv"
    path.write_text("hello,world\n1,2\n", encoding="utf-8")
    unknown = run("orders", "import", str(path), "--channel", "douyin", "--db", db)
    assert unknown.returncode == 1 and unknown.stderr.startswith("shopdesk: notes.csv: ")


def _one_line_refusal(done, says):
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [f"shopdesk: {says}"]


def test_a_douyin_channel_added_first_names_its_bridge_later(db, api):
    """`channel set NAME --bridge WEBHOOK`: the bridge added after the 抖店 channel is named
    without removing the channel; its order cards are looked up through it from then on."""
    assert _add_douyin(db, api).returncode == 0
    assert run("channel", "add", "webhook", "抖音中转", "--port", "0", "--db", db).returncode == 0
    named = run("channel", "set", "抖音旗舰店", "--bridge", "抖音中转", "--db", db)
    assert named.returncode == 0, named.stderr
    assert "抖音中转" in named.stdout
    listed = json.loads(run("channel", "list", "--json", "--db", db).stdout)
    douyin = next(c for c in listed if c["name"] == "抖音旗舰店")
    assert douyin["config"]["bridge"] == "抖音中转"
    assert douyin["config"]["app_key"] == APP_KEY  # the other settings stay
    api.add_order("4781320682406083640")
    shown = run("order", "show", "4781320682406083640", "--channel", "抖音中转", "--refresh",
                "--json", "--db", db)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["status"] == "in_transit" and api.bad_signatures == 0
    cleared = run("channel", "set", "抖音旗舰店", "--no-bridge", "--json", "--db", db)
    assert cleared.returncode == 0, cleared.stderr
    assert "bridge" not in json.loads(cleared.stdout)["config"]
    again = run("order", "show", "4781320682406083640", "--channel", "抖音中转", "--refresh",
                "--db", db)
    assert again.returncode == 1  # the stored order is shown; nothing asks for it anew
    assert "抖音中转 has no order lookup" in again.stderr


def test_naming_a_bridge_later_keeps_the_rules_of_adding_one(db, api):
    assert _add_douyin(db, api).returncode == 0
    assert run("channel", "add", "webhook", "抖音中转", "--port", "0", "--db", db).returncode == 0
    _one_line_refusal(run("channel", "set", "抖音旗舰店", "--bridge", "网站客服", "--db", db),
                      "no webhook channel named '网站客服': add the bridge first "
                      "(shopdesk channel add webhook NAME)")
    _one_line_refusal(run("channel", "set", "抖音中转", "--bridge", "抖音中转", "--db", db),
                      "'抖音中转' is not a 抖店 channel: only a 抖店 channel has a chat bridge")
    _one_line_refusal(run("channel", "set", "抖音旗舰店", "--bridge", "抖音旗舰店", "--db", db),
                      "no webhook channel named '抖音旗舰店': add the bridge first "
                      "(shopdesk channel add webhook NAME)")
    _one_line_refusal(run("channel", "set", "没有这个店", "--bridge", "抖音中转", "--db", db),
                      "no channel named '没有这个店'")
    _one_line_refusal(run("channel", "set", "抖音旗舰店", "--bridge", " ", "--db", db),
                      "which webhook channel? name it: --bridge WEBHOOK (or --no-bridge)")
    assert run("channel", "set", "抖音旗舰店", "--bridge", "抖音中转", "--db", db).returncode == 0
    secrets = json.dumps({"app_secret": APP_SECRET, "access_token": "dy-token-2",
                          "refresh_token": "dy-refresh-2"})
    assert run("channel", "add", "douyin", "抖音二店", "--app-key", APP_KEY, "--shop-id", "2",
               "--api-base", api.base, "--secrets-stdin", "--db", db,
               stdin=secrets).returncode == 0
    _one_line_refusal(run("channel", "set", "抖音二店", "--bridge", "抖音中转", "--db", db),
                      "the orders of '抖音中转' are already looked up through '抖音旗舰店'")
    # named again by the channel that has it: nothing changes, nothing is refused
    assert run("channel", "set", "抖音旗舰店", "--bridge", "抖音中转", "--db", db).returncode == 0
    assert run("channel", "set", "抖音旗舰店", "--no-bridge", "--db", db).returncode == 0
    assert run("channel", "set", "抖音二店", "--bridge", "抖音中转", "--db", db).returncode == 0
    both = run("channel", "set", "抖音二店", "--bridge", "抖音中转", "--no-bridge", "--db", db)
    assert both.returncode == 2 and "not allowed with" in both.stderr
