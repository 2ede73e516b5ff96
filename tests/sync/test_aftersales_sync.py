"""After-sales requests, Feige's figures and the shop's scores travel with team sync: one
desktop polls the channel or imports the export, every teammate sees the same list with its
deadlines, the same figures and the same scores; the later word on a request wins on both, and
the same file imported on two desktops is one set of figures."""

from __future__ import annotations

import json
from datetime import date

from openpyxl import Workbook

from desktop import cli
from desktop.domain.aftersales import AfterSale, Kind, Stage
from desktop.services import aftersales, feige, interchange, shop_scores
from tests.sync.test_convergence import _sync, desktops  # noqa: F401 - the fixture
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture

DAY = "2026-12-04"


def _chat(store, path):
    path.write_text(json.dumps(
        {"channel": "douyin", "conversation": "c1", "customer": {"id": "u1", "name": "王"},
         "id": "m1", "direction": "in", "author": "customer", "kind": "text", "text": "退款",
         "sent_at": "2026-12-04T10:00:00+08:00"}, ensure_ascii=False), encoding="utf-8")
    interchange.import_file(store, path)


def _request(request_id, deadline, stage=Stage.TO_REVIEW):
    return AfterSale(channel="douyin", request_id=request_id, order_id="6900001111",
                     kind=Kind.REFUND_ONLY, stage=stage, platform_status="待商家处理",
                     amount="29.50", currency="CNY", reason="不想要了", deadline=deadline,
                     created_at=1_764_900_000_000, buyer_id="u1")


def _export(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append([f"统计时间：{DAY} ~ {DAY}"])
    for row in [["客服昵称", "人工已接待会话量", "满意率"], *rows]:
        sheet.append(row)
    book.save(path)
    return path


def _cli(capsys, *argv):
    code = cli.main(list(argv))
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def test_after_sales_polled_on_one_desktop_show_on_the_other(desktops, tmp_path,  # noqa: F811
                                                             capsys):
    (a, home_a), (b, home_b) = desktops[0]
    monkeypatch = desktops[1]
    _chat(a, tmp_path / "in.jsonl")
    soon, later = a.clock() + 3 * 3_600_000, a.clock() + 30 * 3_600_000
    aftersales.save(a, "douyin", [_request("AS2", later), _request("AS1", soon)])
    shop_scores.save(a, "douyin", DAY, {"shop_score": 4.8, "product_score": 4.7,
                                        "logistics_score": 4.9, "service_score": 4.6})
    _sync(a, home_a, monkeypatch)
    _sync(b, home_b, monkeypatch)
    listed = _cli(capsys, "aftersales", "--json", "--db", str(tmp_path / "b.sqlite"))
    assert listed == _cli(capsys, "aftersales", "--json", "--db", str(tmp_path / "a.sqlite"))
    assert [(r["id"], r["deadline"], r["customer"]) for r in listed] == [
        ("AS1", listed[0]["deadline"], "王"), ("AS2", listed[1]["deadline"], "王")]
    assert listed[0]["deadline"] < listed[1]["deadline"]
    customer = b.conn.execute("SELECT id FROM customers").fetchone()[0]
    assert [i.request_id for i in aftersales.of_customer(b, customer)] == ["AS1", "AS2"]
    assert shop_scores.latest(b) == shop_scores.latest(a)
    assert shop_scores.latest(b)[0]["service_score"] == 4.6
    # the shop agrees on AS1 in 抖店's backend: the next poll on A sees it handled
    aftersales.save(a, "douyin", [_request("AS2", later),
                                  _request("AS1", soon, Stage.AWAITING_RETURN)])
    aftersales.save(a, "douyin", [_request("AS2", later)])
    _sync(a, home_a, monkeypatch)
    _sync(b, home_b, monkeypatch)
    assert [i.request_id for i in aftersales.open_requests(b)] == ["AS2"]
    handled = {i.request_id: i for i in aftersales.of_customer(b, customer)}
    assert handled["AS1"].stage is Stage.CLOSED
    assert handled["AS1"].handled_at is not None and not handled["AS1"].late
    assert handled == {i.request_id: i for i in aftersales.of_customer(a, customer)}


def test_feige_figures_imported_on_both_desktops_are_one_set(desktops, tmp_path,  # noqa: F811
                                                             capsys):
    (a, home_a), (b, home_b) = desktops[0]
    monkeypatch = desktops[1]
    path = _export(tmp_path / "feige.xlsx", [["小美", 120, "92.5%"], ["阿强", 64, "90%"]])
    feige.import_file(a, path)
    feige.import_file(b, path)  # the teammate imports the same file too
    for _ in range(2):
        _sync(a, home_a, monkeypatch)
        _sync(b, home_b, monkeypatch)

    def figures(name):
        return _cli(capsys, "metrics", "--from", DAY, "--to", DAY, "--json", "--db",
                    str(tmp_path / name))["platform_figures"]

    assert figures("b.sqlite") == figures("a.sqlite") == [
        {"source": "feige", "date": DAY, "agent": "小美", "sessions": 120,
         "satisfaction": 0.925},
        {"source": "feige", "date": DAY, "agent": "阿强", "sessions": 64, "satisfaction": 0.9}]
    # the day imported again on A (阿强 left the team): replaced on B too
    feige.import_file(a, _export(tmp_path / "again.xlsx", [["小美", 130, "95%"]]))
    _sync(a, home_a, monkeypatch)
    _sync(b, home_b, monkeypatch)
    assert figures("b.sqlite") == [
        {"source": "feige", "date": DAY, "agent": "小美", "sessions": 130, "satisfaction": 0.95}]


def test_a_channel_each_desktop_made_itself_carries_one_list(desktops, tmp_path,  # noqa: F811
                                                            capsys):
    (a, home_a), (b, home_b) = desktops[0]
    monkeypatch = desktops[1]
    _chat(a, tmp_path / "a.jsonl")
    _chat(b, tmp_path / "b.jsonl")  # the same shop's channel, made on B under its own id
    soon = a.clock() + 3 * 3_600_000
    aftersales.save(b, "douyin", [_request("AS1", soon)])  # B polled once, before the team
    aftersales.save(a, "douyin", [_request("AS1", soon), _request("AS2", soon + 60_000)])
    for _ in range(2):
        _sync(a, home_a, monkeypatch)
        _sync(b, home_b, monkeypatch)
    listed = _cli(capsys, "aftersales", "--json", "--db", str(tmp_path / "b.sqlite"))
    assert [r["id"] for r in listed] == ["AS1", "AS2"]
    assert listed == _cli(capsys, "aftersales", "--json", "--db", str(tmp_path / "a.sqlite"))
    aftersales.save(a, "douyin", [_request("AS2", soon + 60_000)])  # AS1 handled
    _sync(a, home_a, monkeypatch)
    _sync(b, home_b, monkeypatch)
    assert [i.request_id for i in aftersales.open_requests(b)] == ["AS2"]


def test_a_desktop_that_joined_before_these_travelled_sends_what_it_had(
        desktops, tmp_path):  # noqa: F811
    (a, home_a), (b, home_b) = desktops[0]
    monkeypatch = desktops[1]
    _chat(a, tmp_path / "in.jsonl")
    _sync(a, home_a, monkeypatch)
    # as the version before wrote them: rows no change log names, and no word of having
    # logged these tables when the desktop joined
    channel = a.conn.execute("SELECT id FROM channels").fetchone()[0]
    a.conn.execute("INSERT INTO after_sales (channel_id, request_id, order_id, kind, stage, "
                   "platform_status, amount, currency, deadline, created_at, fetched_at) "
                   "VALUES (?, 'AS1', '6900001111', 'refund_only', 'to_review', '待商家处理', "
                   "'29.50', 'CNY', ?, 1, 1)", (channel, a.clock() + 3_600_000))
    a.conn.execute("INSERT INTO platform_figures (source, day, agent, figures, imported_at) "
                   "VALUES ('feige', ?, '小美', '{\"sessions\": 120}', 1)", (DAY,))
    a.conn.execute("INSERT INTO shop_scores (channel_id, day, scores, fetched_at) VALUES "
                   "(?, ?, '{\"service_score\": 4.6}', 1)", (channel, DAY))
    a.conn.execute("DELETE FROM local_settings WHERE key = 'sync.backfilled'")
    _sync(a, home_a, monkeypatch)
    _sync(b, home_b, monkeypatch)
    assert [i.request_id for i in aftersales.open_requests(b)] == ["AS1"]
    assert [f["agent"] for f in feige.figures(b, *[date.fromisoformat(DAY)] * 2)] == ["小美"]
    assert shop_scores.latest(b)[0]["service_score"] == 4.6
    # once: the next sync sends nothing again
    assert _sync(a, home_a, monkeypatch)["pushed"] == 0
