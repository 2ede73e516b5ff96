"""The platforms' own order exports read as orders: TikTok Shop Seller Center's and 抖店's
order-management exports (their own column headers, Chinese or English) and ShopDesk's
documented columns. One row per item; the rows of one order are gathered by its id. A row
that cannot be read is reported with its number and why; its order is left out whole (never
half an order), the others are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from typing import Any

from desktop.domain.orders import (
    Order,
    OrderError,
    OrderItem,
    Status,
    Tracking,
    mask_recipient,
    money,
    normalise_status,
)

# field -> the headers that carry it, per format (compared without case and spaces)
FORMATS: dict[str, dict[str, tuple[str, ...]]] = {
    "shopdesk": {
        "order_id": ("order_id",), "channel": ("channel",), "status": ("status",),
        "created_at": ("created_at",), "paid_at": ("paid_at",), "shipped_at": ("shipped_at",),
        "product": ("product",), "sku": ("sku",), "quantity": ("quantity",),
        "price": ("price",), "total": ("total",), "currency": ("currency",),
        "tracking_no": ("tracking_no",), "carrier": ("carrier",), "buyer_id": ("buyer_id",),
        "recipient": ("recipient",), "after_sale": ("after_sale",)},
    "tiktok": {
        "order_id": ("order id",), "status": ("order status",),
        "substatus": ("order substatus",), "created_at": ("created time",),
        "paid_at": ("paid time",), "shipped_at": ("shipped time",),
        "product": ("product name",), "sku": ("variation", "seller sku"),
        "quantity": ("quantity",), "price": ("sku unit original price",),
        "total": ("order amount",), "tracking_no": ("tracking id",),
        "carrier": ("shipping provider name",), "buyer_id": ("buyer user id",),
        "recipient": ("recipient",), "phone": ("phone #",), "state": ("state",),
        "city": ("city",), "after_sale": ("cancelation/return type",)},
    "douyin": {
        "order_id": ("主订单编号", "订单编号", "订单号"), "status": ("订单状态",),
        "created_at": ("订单提交时间", "下单时间", "创建时间"),
        "paid_at": ("支付完成时间", "支付时间"), "shipped_at": ("发货时间",),
        "product": ("选购商品", "商品名称"), "sku": ("商品规格", "商家编码"),
        "quantity": ("商品数量",), "price": ("商品单价",),
        "total": ("订单应付金额", "订单金额", "实付金额"), "tracking_no": ("快递单号", "运单号"),
        "carrier": ("快递公司", "物流公司"), "recipient": ("收件人",),
        "phone": ("收件人手机号", "收件人电话"), "state": ("省",), "city": ("市",),
        "after_sale": ("售后状态",)},
}
REQUIRED = ("order_id", "status", "created_at", "product")
CURRENCY = {"tiktok": "USD", "douyin": "CNY", "shopdesk": "CNY"}
_TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M",
                 "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %H:%M:%S", "%d/%m/%Y %H:%M:%S", "%Y-%m-%d")


def _norm(header: Any) -> str:
    return re.sub(r"\s+", " ", str(header or "")).strip().lower()


@dataclass
class Layout:
    format: str
    columns: dict[str, int]  # field -> column index


def recognise(headers: list[Any]) -> Layout:
    """Which export the headers are, and where each field is; OrderError naming what is
    missing when none fits."""
    names = [_norm(h) for h in headers]
    best: tuple[int, str, dict[str, int]] | None = None
    for name, spec in FORMATS.items():
        columns = {f: names.index(alias) for f, aliases in spec.items()
                   for alias in reversed(aliases) if alias in names}
        score = sum(1 for f in REQUIRED if f in columns)
        if best is None or score > best[0]:
            best = (score, name, columns)
    assert best is not None
    score, name, columns = best
    if score < len(REQUIRED):
        missing = [FORMATS[name][f][0] for f in REQUIRED if f not in columns]
        raise OrderError("the file's columns are not an order export ShopDesk knows "
                         f"(missing: {', '.join(missing)})")
    return Layout(name, columns)


def parse_time(value: Any, zone: tzinfo) -> int:
    """An export's time (in the shop's zone unless it says otherwise) as UTC ms."""
    if isinstance(value, datetime):
        moment = value
    else:
        text = str(value or "").strip()
        if not text:
            raise OrderError("no time")
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            for fmt in _TIME_FORMATS:
                try:
                    moment = datetime.strptime(text, fmt)
                    break
                except ValueError:
                    continue
            else:
                raise OrderError(f"unreadable time {text!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return int(moment.timestamp() * 1000)


@dataclass
class Parsed:
    orders: list[Order] = field(default_factory=list)
    bad: list[tuple[int, str]] = field(default_factory=list)  # (row number, why)
    rows: int = 0


def _cell(row: list[Any], layout: Layout, name: str) -> str:
    index = layout.columns.get(name)
    if index is None or index >= len(row) or row[index] is None:
        return ""
    value = row[index]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip().lstrip("\t'")  # exports prefix long ids to keep them text


def _status(row: list[Any], layout: Layout) -> tuple[Status, str]:
    said = _cell(row, layout, "status")
    sub = _cell(row, layout, "substatus")
    if sub:
        try:
            return normalise_status(sub), f"{said} / {sub}" if said else sub
        except OrderError:
            pass
    return normalise_status(said), said


def _row(row: list[Any], layout: Layout, zone: tzinfo, channel: str) -> Order:
    order_id = _cell(row, layout, "order_id")
    if not order_id:
        raise OrderError("no order id")
    status, platform_status = _status(row, layout)
    quantity = _cell(row, layout, "quantity") or "1"
    if not quantity.isdigit() or int(quantity) < 1:
        raise OrderError(f"quantity {quantity!r} is not a whole number of items")
    item = OrderItem(_cell(row, layout, "product"), int(quantity),
                     money(_cell(row, layout, "price") or "0"), _cell(row, layout, "sku"),
                     after_sale=_cell(row, layout, "after_sale"))
    if not item.name:
        raise OrderError("no product")
    tracking = _cell(row, layout, "tracking_no")
    times = {k: parse_time(_cell(row, layout, k), zone) if _cell(row, layout, k) else None
             for k in ("paid_at", "shipped_at")}
    recipient = _cell(row, layout, "recipient")
    region = " ".join(v for v in (_cell(row, layout, "state"), _cell(row, layout, "city")) if v)
    if layout.format != "shopdesk":
        recipient = mask_recipient(recipient, _cell(row, layout, "phone"), region)
    return Order(
        channel=channel, order_id=order_id, status=status, platform_status=platform_status,
        created_at=parse_time(_cell(row, layout, "created_at"), zone),
        total=money(_cell(row, layout, "total") or "0"),
        currency=_cell(row, layout, "currency") or CURRENCY[layout.format], items=(item,),
        tracking=(Tracking(tracking, _cell(row, layout, "carrier")),) if tracking else (),
        paid_at=times["paid_at"], shipped_at=times["shipped_at"], recipient=recipient,
        buyer_id=_cell(row, layout, "buyer_id"), source="import")


def parse_rows(rows: list[list[Any]], layout: Layout, zone: tzinfo, channel: str,
               first_row: int = 2) -> Parsed:
    """Orders from an export's rows (after the header; ``first_row`` numbers them as the
    spreadsheet does). ``channel`` is used where the file does not name one."""
    out = Parsed()
    gathered: dict[tuple[str, str], Order] = {}
    refused: set[tuple[str, str]] = set()
    for number, row in enumerate(rows, first_row):
        if not any(str(v or "").strip() for v in row):
            continue
        out.rows += 1
        where = _cell(row, layout, "channel") or channel
        key = (where, _cell(row, layout, "order_id"))
        try:
            order = _row(row, layout, zone, where)
        except OrderError as exc:
            out.bad.append((number, str(exc)))
            refused.add(key)
            continue
        earlier = gathered.get(key)
        if earlier is None:
            gathered[key] = order
        else:  # another item of the same order
            tracking = earlier.tracking + tuple(t for t in order.tracking
                                                if t.number not in
                                                {e.number for e in earlier.tracking})
            gathered[key] = replace(earlier, items=earlier.items + order.items,
                                    tracking=tracking)
    out.orders = [o for k, o in gathered.items() if k not in refused]
    return out
