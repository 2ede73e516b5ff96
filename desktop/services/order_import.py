"""``shopdesk orders import FILE``: a platform's order export (CSV or XLSX) into the shop.

The file's layout is recognised from its headers (desktop/domain/order_files.py). Good orders
are stored in one transaction; bad rows are reported and their orders left out. Importing the
same file again adds nothing; an order the platform's API said last is not overwritten by an
export (the API is the newer word).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop.domain.order_files import Parsed, parse_rows, recognise
from desktop.domain.orders import Order, OrderError
from desktop.services import channels, orders, sheets, shop
from desktop.services.errors import UserError
from desktop.store import directory
from desktop.store import orders as order_store
from desktop.store.db import Store

KIND_OF_FORMAT = {"tiktok": "tiktok", "douyin": "douyin"}


@dataclass
class ImportResult:
    format: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_newer: int = 0
    bad: list[tuple[int, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"format": self.format, "rows": self.rows, "added": self.added,
                "updated": self.updated, "unchanged": self.unchanged,
                "kept_newer": self.kept_newer,
                "bad": [{"row": n, "reason": why} for n, why in self.bad]}


def _read_csv(path: Path) -> list[list[Any]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):  # 抖店 exports may be GBK
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UserError(f"{path.name} is neither UTF-8 nor GBK text")
    return list(csv.reader(text.splitlines()))


def _read_xlsx(path: Path) -> list[list[Any]]:
    with sheets.first_sheet(path) as rows:  # a damaged file is refused whole, named
        return [list(r) for r in rows]


def _empty(path: Path) -> str:
    return f"{path.name} is empty: an order export starts with its header row"


def read(path: Path | str) -> list[list[Any]]:
    path = Path(path)
    if not path.is_file():
        raise UserError(f"no file {path}")
    if path.stat().st_size == 0:  # not even a workbook's frame
        raise UserError(_empty(path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise UserError(f"{path.name}: order exports are read from .csv or .xlsx files")


def _channel(store: Store, name: str | None, fmt: str, named_in_file: bool) -> str:
    if name:
        if name not in directory.channel_ids(store.conn):
            raise UserError(f"no channel named {name!r}")
        return name
    if named_in_file:
        return ""
    kind = KIND_OF_FORMAT.get(fmt)
    able = [c["name"] for c in channels.listing(store) if c["kind"] == kind]
    if len(able) != 1:
        raise UserError("name the shop's channel these orders belong to with --channel")
    return able[0]


def import_orders(store: Store, path: Path | str, channel: str | None = None) -> ImportResult:
    name_of_file = Path(path).name
    rows = read(path)
    if not any(str(v or "").strip() for row in rows for v in row):
        raise UserError(_empty(Path(path)))
    try:
        layout = recognise(rows[0])
    except OrderError as exc:
        raise UserError(f"{name_of_file}: {exc}") from None
    name = _channel(store, channel, layout.format, "channel" in layout.columns)
    parsed: Parsed = parse_rows(rows[1:], layout, shop.shop_zone(store), name)
    result = ImportResult(layout.format, parsed.rows, bad=list(parsed.bad))
    ids = directory.channel_ids(store.conn)
    for order in parsed.orders:
        if order.channel not in ids:
            result.bad.append((0, f"order {order.order_id}: no channel named "
                                  f"{order.channel!r}"))
    good = [o for o in parsed.orders if o.channel in ids]
    known = order_store.existing(store.conn, [(ids[o.channel], o.order_id) for o in good])
    now = store.clock()
    todo: list[Order] = []
    for order in good:
        old = known.get((ids[order.channel], order.order_id))
        if old is None:
            result.added += 1
        elif old.source == "api":
            result.kept_newer += 1
            continue
        elif _same(old, order):
            result.unchanged += 1
            continue
        else:
            result.updated += 1
        todo.append(replace(order, fetched_at=now))
    if todo:
        orders.save(store, todo)
    result.bad.sort()
    return result


def _same(old: Order, new: Order) -> bool:
    return replace(old, fetched_at=0, customer_id=None) == \
        replace(new, fetched_at=0, customer_id=None)
