"""Inquiries counted by the customer's language, in the figures and the daily report."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from desktop.domain.interchange import parse_record
from desktop.services import autoreply, metrics, report, shop

SH = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 11, 23)


def _line(customer: str, text: str, hour: int) -> dict:
    return {"channel": "tiktok", "conversation": f"c-{customer}",
            "customer": {"id": customer, "name": customer}, "id": f"m-{customer}",
            "direction": "in", "author": "customer", "kind": "text", "text": text,
            "sent_at": datetime(2026, 11, 23, hour, 0, tzinfo=SH).isoformat()}


def test_inquiries_are_counted_by_customer_language(store, tmp_path):
    for customer, text, hour in (("ana", "hola, ¿cuándo llega mi pedido?", 10),
                                 ("luis", "¿tienen talla M?", 11),
                                 ("som", "สินค้าจะส่งเมื่อไหร่คะ", 12),
                                 ("li", "什么时候发货？", 13), ("anon", "12345", 14)):
        record = parse_record(_line(customer, text, hour), SH)
        store.clock.now = record.sent.epoch_ms
        autoreply.receive_live(store, [record])
    store.clock.now = int(datetime(2026, 11, 24, 9, 0, tzinfo=SH).timestamp() * 1000)
    f = metrics.compute(store, DAY, DAY)
    assert f["by_language"] == {"es": 2, "": 1, "th": 1, "zh": 1}
    path = report.write(store, DAY, tmp_path / "r.xlsx")
    rows = list(load_workbook(path)["语言"].iter_rows(values_only=True))
    assert rows[0] == ("客户语言", "咨询量")
    assert rows[1:] == [("西班牙语", 2), ("未识别", 1), ("泰语", 1), ("中文", 1)]
    shop.set_value(store, "shop.language", "en")
    rows = list(load_workbook(report.write(store, DAY, tmp_path / "e.xlsx"))["Languages"]
                .iter_rows(values_only=True))
    assert rows[1] == ("Spanish", 2)
