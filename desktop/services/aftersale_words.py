"""After-sales types and statuses in the shop's words, Chinese or English, for what is written
outside the window (the daily report, the command line); the window says the same through its
translations (desktop.ui.aftersales_view). The platform's own status text stays in the data
(``platform_status``), never in place of these words: TikTok Shop says it in English."""

from __future__ import annotations

from desktop.domain.aftersales import Kind, Stage
from desktop.services import shop
from desktop.store.db import Store

KINDS = {
    "zh": {Kind.RETURN_REFUND: "退货退款", Kind.REFUND_ONLY: "仅退款", Kind.EXCHANGE: "换货",
           Kind.PRICE_PROTECTION: "价保", Kind.RESEND: "补寄", Kind.REPAIR: "维修",
           Kind.OTHER: "其他"},
    "en": {Kind.RETURN_REFUND: "Return and refund", Kind.REFUND_ONLY: "Refund only",
           Kind.EXCHANGE: "Exchange", Kind.PRICE_PROTECTION: "Price protection",
           Kind.RESEND: "Resend", Kind.REPAIR: "Repair", Kind.OTHER: "Other"},
}
STAGES = {
    "zh": {Stage.TO_REVIEW: "待商家处理", Stage.AWAITING_RETURN: "待买家退货",
           Stage.TO_RECEIVE: "待商家收货", Stage.TO_SHIP: "待商家发货", Stage.CLOSED: "已关闭"},
    "en": {Stage.TO_REVIEW: "To review", Stage.AWAITING_RETURN: "Buyer to send back",
           Stage.TO_RECEIVE: "Returned goods to check", Stage.TO_SHIP: "To ship",
           Stage.CLOSED: "Closed"},
}


def shop_language(store: Store) -> str:
    """``zh`` or ``en``: the shop's language (setting ``shop.language``)."""
    return "zh" if str(shop.get(store, "shop.language")).startswith("zh") else "en"


def kind_word(kind: Kind, lang: str) -> str:
    return KINDS[lang][kind]


def stage_word(stage: Stage, lang: str) -> str:
    return STAGES[lang][stage]
