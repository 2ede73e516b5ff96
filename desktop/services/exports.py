"""Spreadsheets and text an agent takes out of ShopDesk: a list of conversations, a transcript."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.services import queues, sheets, shop, threads
from desktop.services.errors import UserError
from desktop.store import conversations
from desktop.store.db import Store

CONVERSATION_COLUMNS = {
    "en": ["Customer", "Channel", "Agent", "Opened", "First response", "Closed", "Resolved",
           "Rating", "Tags", "Messages", "Status"],
    "zh": ["客户", "渠道", "客服", "开始时间", "首次响应", "结束时间", "已解决", "评分", "标签",
           "消息数", "状态"],
}


TRANSCRIPT_COLUMNS = {
    "en": ["Time", "From", "Direction", "Kind", "Text", "Order", "Delivery"],
    "zh": ["时间", "发送人", "方向", "类型", "内容", "订单号", "发送状态"],
}


def _time(ms: int | None, zone: Any) -> datetime | None:
    if ms is None:
        return None
    return datetime.fromtimestamp(ms / 1000, zone).replace(tzinfo=None)


def display_width(value: Any) -> int:
    """Roughly how many character cells a value takes (Chinese characters take two)."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 19
    text = str(value).split("\n")[0][:80]
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


DIRECTIONS = {"zh": {"in": "客户", "out": "回复", "note": "内部备注"},
              "en": {"in": "customer", "out": "reply", "note": "internal note"}}
KINDS = {"zh": {"text": "文字", "image": "图片", "emoji": "表情", "link": "链接",
                "product_card": "商品卡片", "order_card": "订单卡片", "system": "系统",
                "service_request": "服务请求"},
         "en": {"text": "text", "image": "image", "emoji": "emoji", "link": "link",
                "product_card": "product card", "order_card": "order card", "system": "system",
                "service_request": "service request"}}
STATUSES = {"zh": {"open": "进行中", "pending": "待客户回复", "snoozed": "已暂缓",
                   "closed": "已结束"},
            "en": {"open": "open", "pending": "pending", "snoozed": "snoozed",
                   "closed": "closed"}}
DELIVERY = {"zh": {"queued": "待发送", "sent": "已发送", "failed": "发送失败"},
            "en": {"queued": "queued", "sent": "sent", "failed": "failed"}}


def _save_book(rows: list[list[Any]], header: list[str], path: Path, title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = sheets.title(title, "Sheet")
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1677FF")
        cell.alignment = Alignment(horizontal="left", vertical="center")
    for row in rows:
        sheet.append(sheets.cells(sheet, row))
    sheet.freeze_panes = "A2"
    for column in sheet.columns:
        width = max(display_width(c.value) for c in column[:200])
        sheet.column_dimensions[column[0].column_letter].width = min(60, max(8, width + 2))
        for c in column[1:]:
            if isinstance(c.value, datetime):
                c.number_format = "yyyy-mm-dd hh:mm:ss"
    # printed: landscape, every column on one page width
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"
    tmp = path.with_name(path.name + ".part")
    try:
        book.save(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def conversations_xlsx(store: Store, query: queues.ListQuery, path: Path | str,
                       ids: list[str] | None = None, language: str = "zh") -> int:
    """The conversations of a view (or just ``ids``), one row each; returns the row count."""
    zone = shop.shop_zone(store)
    f = queues.list_filter(query)
    if ids is not None:
        f = replace(f, ids=tuple(ids))
    yes, no = ("是", "否") if language == "zh" else ("yes", "no")
    statuses = STATUSES["zh" if language == "zh" else "en"]
    rows = [[r[0], r[1], r[2] or "", _time(r[3], zone), _time(r[4], zone), _time(r[5], zone),
             yes if r[6] else no, r[7], r[11] or "", r[8], statuses.get(r[9], r[9])]
            for r in conversations.export_rows(store.conn, f)]
    _save_book(rows, CONVERSATION_COLUMNS["zh" if language == "zh" else "en"], Path(path),
               "会话" if language == "zh" else "Conversations")
    return len(rows)


def transcript(store: Store, conversation_id: str, path: Path | str,
               language: str = "zh") -> int:
    """A conversation's messages to ``.xlsx`` or ``.txt``; returns the message count."""
    path = Path(path)
    detail = threads.detail(store, conversation_id)
    zone = shop.shop_zone(store)
    names = {"in": detail.customer.name}
    rows = []
    for m in detail.messages:
        who = names.get(m.direction) or ("机器人" if m.author == "bot" and language == "zh"
                                         else m.author)
        lang = "zh" if language == "zh" else "en"
        rows.append([_time(m.sent_at, zone), who, DIRECTIONS[lang][m.direction],
                     KINDS[lang].get(m.kind, m.kind), m.text, m.order_id or "",
                     DELIVERY[lang].get(m.delivery or "", "")])
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        header = TRANSCRIPT_COLUMNS["zh" if language == "zh" else "en"]
        _save_book(rows, header, path, detail.customer.name or "Transcript")
    elif suffix == ".txt":
        lines = [f"{detail.customer.name} · {detail.channel} · {detail.external_id}", ""]
        for r in rows:
            note = f" [{r[2]}]" if r[2] in (DIRECTIONS["zh"]["note"],
                                             DIRECTIONS["en"]["note"]) else ""
            lines.append(f"[{r[0]:%Y-%m-%d %H:%M:%S}] {r[1]}{note}: {r[4] or '[' + r[3] + ']'}")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        raise UserError("save the transcript as .xlsx or .txt")
    return len(rows)
