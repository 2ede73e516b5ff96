"""The platforms' own order exports: recognised by their headers (Chinese or English), bad
rows reported with their reason, good rows kept, importing again adds nothing."""

from __future__ import annotations

import csv

import pytest
from openpyxl import Workbook

from desktop.domain.orders import Status
from desktop.services import channels, interchange, order_import, orders, sheets
from desktop.services.errors import UserError
from tests.conftest import DATA

TIKTOK = ["Order ID", "Order Status", "Order Substatus", "Cancelation/Return Type",
          "SKU ID", "Seller SKU", "Product Name", "Variation", "Quantity",
          "SKU Unit Original Price", "Order Amount", "Created Time", "Paid Time",
          "Shipped Time", "Tracking ID", "Shipping Provider Name", "Buyer Username",
          "Recipient", "Phone #", "State", "City"]
DOUYIN = ["主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商品单价",
          "订单应付金额", "订单状态", "售后状态", "订单提交时间", "支付完成时间", "发货时间",
          "快递公司", "快递单号", "收件人", "收件人手机号", "省", "市"]


@pytest.fixture
def shop(store):
    interchange.import_file(store, DATA / "sample.jsonl")  # channels tiktok, douyin, email
    return store


def _csv(path, header, rows, encoding="utf-8-sig"):
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_a_tiktok_seller_center_export_in_english(shop, tmp_path):
    path = _csv(tmp_path / "tiktok.csv", TIKTOK, [
        ["\t5790012345", "Shipped", "In transit", "", "1729", "LS-W-M", "Linen Shirt",
         "White, M", "2", "19.90", "39.80", "10/01/2025 9:15:00 AM", "10/01/2025 9:16:00 AM",
         "10/02/2025 8:00:00 AM", "9400111899", "USPS", "albert", "Albert Lee",
         "(+1)2065550123", "Washington", "Seattle"],
        ["\t5790012345", "Shipped", "In transit", "", "1730", "CAP-1", "Cap", "Black", "1",
         "9.90", "39.80", "10/01/2025 9:15:00 AM", "", "", "9400111899", "USPS", "albert",
         "Albert Lee", "(+1)2065550123", "Washington", "Seattle"]])
    result = order_import.import_orders(shop, path, "tiktok")
    assert (result.format, result.rows, result.added, result.bad) == ("tiktok", 2, 1, [])
    got = orders.get(shop, "5790012345")
    assert got.status is Status.IN_TRANSIT and got.platform_status == "Shipped / In transit"
    assert [(i.name, i.quantity, i.price) for i in got.items] == \
        [("Linen Shirt", 2, "19.90"), ("Cap", 1, "9.90")]
    assert (got.total, got.currency, got.tracking[0].carrier) == ("39.80", "USD", "USPS")
    assert got.recipient == "A** 120****0123 Washington Seattle"
    # linked to 小雨 through her order card in the conversation
    assert got.order_id in [o.order_id for o in orders.for_customer(
        shop, shop.conn.execute("SELECT id FROM customers WHERE external_id = 'u-77'"
                                ).fetchone()[0])]


def test_a_douyin_export_in_chinese_gbk_with_bad_rows_reported(shop, tmp_path):
    path = _csv(tmp_path / "抖店订单.csv", DOUYIN, [
        ["6900001111", "69000011111", "草莓发夹", "粉色", "2", "29.50", "59.00", "已发货", "",
         "2025/10/01 20:00:00", "2025/10/01 20:01:00", "2025/10/02 10:00:00", "圆通速递",
         "YT7788", "张小雨", "13812345678", "广东省", "广州市"],
        ["6900002222", "69000022221", "帆布包", "", "1", "abc", "39.00", "待发货", "",
         "2025/10/01 21:00:00", "", "", "", "", "李四", "", "浙江省", "杭州市"],
        ["6900003333", "69000033331", "帆布包", "", "1", "39.00", "39.00", "待审核", "",
         "2025/10/01 21:00:00", "", "", "", "", "李四", "", "浙江省", "杭州市"],
        ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]],
        encoding="gb18030")
    result = order_import.import_orders(shop, path, "douyin")
    assert result.format == "douyin" and result.added == 1
    assert [n for n, _ in result.bad] == [3, 4]
    assert "abc" in result.bad[0][1] and "待审核" in result.bad[1][1]
    got = orders.get(shop, "6900001111")
    assert (got.status, got.total, got.currency) == (Status.IN_TRANSIT, "59.00", "CNY")
    assert got.recipient == "张** 138****5678 广东省 广州市"
    assert orders.find(shop, "6900002222") is None
    again = order_import.import_orders(shop, path, "douyin")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)
    assert shop.conn.execute("SELECT count(*) FROM orders").fetchone() == (1,)


def test_shopdesks_own_columns_in_a_workbook_name_their_channels(shop, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["order_id", "channel", "status", "created_at", "product", "sku", "quantity",
                  "price", "total", "currency", "tracking_no", "carrier"])
    sheet.append(["A1", "douyin", "delivered", "2025-10-01T10:00:00+08:00", "围巾", "灰色",
                  1, 88, 88, "CNY", "SF1", "顺丰速运"])
    sheet.append(["A2", "nowhere", "completed", "2025-10-01T10:00:00+08:00", "围巾", "", 1,
                  88, 88, "CNY", "", ""])
    book.save(tmp_path / "orders.xlsx")
    result = order_import.import_orders(shop, tmp_path / "orders.xlsx")
    assert result.format == "shopdesk" and result.added == 1
    assert "nowhere" in result.bad[0][1]
    assert orders.get(shop, "A1", "douyin").status is Status.DELIVERED


def test_a_workbook_past_the_limits_is_refused_before_reading(shop, tmp_path, monkeypatch):
    book = Workbook()
    book.create_sheet("two")
    book.save(tmp_path / "orders.xlsx")
    monkeypatch.setattr(sheets, "MAX_SHEETS", 1)
    with pytest.raises(sheets.WorkbookTooLarge):
        order_import.import_orders(shop, tmp_path / "orders.xlsx", "douyin")


def test_unknown_columns_and_a_missing_channel_change_nothing(shop, tmp_path):
    path = _csv(tmp_path / "x.csv", ["foo", "bar"], [["1", "2"]])
    with pytest.raises(UserError, match="not an order export"):
        order_import.import_orders(shop, path, "douyin")
    path = _csv(tmp_path / "d.csv", DOUYIN, [])
    with pytest.raises(UserError, match="--channel"):
        order_import.import_orders(shop, path)


def test_an_export_never_overwrites_what_the_platform_said_last(shop, tmp_path):
    channels.add(shop, "douyin", "抖音旗舰店", {"app_key": "k", "shop_id": "1"})
    path = _csv(tmp_path / "d.csv", DOUYIN, [
        ["6900001111", "1", "草莓发夹", "粉色", "2", "29.50", "59.00", "已发货", "",
         "2025/10/01 20:00:00", "", "", "", "", "", "", "", ""]])
    first = order_import.import_orders(shop, path)  # the one connected 抖店 channel
    assert first.added == 1
    stored = orders.get(shop, "6900001111", "抖音旗舰店")
    from dataclasses import replace
    orders.save(shop, [replace(stored, source="api", status=Status.COMPLETED)])
    again = order_import.import_orders(shop, path)
    assert again.kept_newer == 1
    assert orders.get(shop, "6900001111", "抖音旗舰店").status is Status.COMPLETED
