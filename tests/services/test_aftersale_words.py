"""After-sales types and statuses are written in the shop's words, once, in its language: the
daily report's after-sales sheet and ``shopdesk aftersales`` never show a platform's English
words in a Chinese shop, nor internal codes (``refund_only``, ``to_review``)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from openpyxl import load_workbook

from desktop import cli
from desktop.domain.aftersales import AfterSale, Kind, Stage
from desktop.services import aftersales, demo, report, shop, shop_scores
from desktop.services.aftersale_words import KINDS, STAGES
from desktop.store.db import open_store
from tests.conftest import FakeClock

HOUR = 3_600_000
CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")  # refund_only, price_protection, to_review…


@pytest.fixture(scope="module")
def shop_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("words") / "w.sqlite"
    store = open_store(path, clock=FakeClock())
    demo.build_demo(store, days=2, seed=3, messages=300)
    now = store.clock()
    for channel, request_id, kind, words in (
            ("tiktok", "46-1", Kind.EXCHANGE, "Replacement request pending"),
            ("tiktok", "46-2", Kind.REFUND_ONLY, "Return or refund request pending"),
            ("douyin", "7-1", Kind.PRICE_PROTECTION, "待商家处理")):
        mine = AfterSale(channel=channel, request_id=request_id, order_id=f"9{request_id}",
                         kind=kind, stage=Stage.TO_REVIEW, platform_status=words,
                         amount="12.00", currency="USD" if channel == "tiktok" else "CNY",
                         reason="尺码不合适", deadline=now + HOUR, created_at=now - HOUR)
        aftersales.save(store, channel, [*aftersales.open_requests(store, channel), mine])
    store.close()
    return path


def _sheet_rows(path, tmp_path, lang):
    store = open_store(path, clock=FakeClock())
    shop.set_value(store, "shop.language", lang)
    day = shop_scores.today(store)
    out = report.write(store, date.fromisoformat(day), tmp_path / f"r-{lang}.xlsx")
    store.close()
    book = load_workbook(out)
    sheet = book["售后" if lang == "zh_CN" else "After-sales"]
    rows = list(sheet.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[0] in ("情况", "State"))
    return rows[head], rows[head + 1:]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_report_says_each_requests_type_and_status_once_in_the_shops_language(
        shop_path, tmp_path, lang):
    words = "zh" if lang == "zh_CN" else "en"
    head, rows = _sheet_rows(shop_path, tmp_path, lang)
    assert head[4] == ("状态" if words == "zh" else "Status")  # the shop's, not the platform's
    mine = [r for r in rows if str(r[1]).startswith("9")]
    assert len(mine) == 3
    assert {r[3] for r in mine} == {KINDS[words][Kind.EXCHANGE], KINDS[words][Kind.REFUND_ONLY],
                                    KINDS[words][Kind.PRICE_PROTECTION]}
    assert all(r[4] == STAGES[words][Stage.TO_REVIEW] for r in mine)
    statuses = {r[4] for r in rows}
    assert statuses <= set(STAGES[words].values())
    if words == "zh":
        assert not any(re.search("[A-Za-z]", str(r[4])) for r in rows)


def test_the_command_line_names_types_and_statuses_in_words(shop_path, capsys):
    store = open_store(shop_path, clock=FakeClock())
    shop.set_value(store, "shop.language", "zh_CN")
    store.close()
    assert cli.main(["aftersales", "--db", str(shop_path)]) == 0
    out = capsys.readouterr().out
    lines = {line.split("  order ")[1].split()[0]: line for line in out.splitlines()}
    assert "仅退款 · 待商家处理" in lines["946-2"] and "换货 · 待商家处理" in lines["946-1"]
    assert "价保 · 待商家处理" in lines["97-1"]
    assert not CODE.search(out), out
    assert "pending" not in out and "(待商家处理)" not in out
    store = open_store(shop_path, clock=FakeClock())
    shop.set_value(store, "shop.language", "en")
    store.close()
    assert cli.main(["aftersales", "--db", str(shop_path)]) == 0
    out = capsys.readouterr().out
    assert "Price protection · To review" in out and "Refund only · To review" in out
    assert not CODE.search(out), out
