"""After-sales requests (returns, refunds, exchanges…) as work with the platform's clock.

A request is known by (channel, request id) and tied to its order. Each has the platform's own
deadline for the shop's next step (never worked out here: it differs by platform and region);
when the shop does not act before it, the platform decides alone. The type and status are kept
as the platform says them and normalised to a few words the shop uses. Money as in
:mod:`desktop.domain.orders` (a decimal string in the currency's unit); times are UTC epoch ms.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

HOUR_MS = 3_600_000
YELLOW_MS = 12 * HOUR_MS  # the countdown turns yellow under 12 h
RED_MS = 2 * HOUR_MS  # and red under 2 h


class Kind(StrEnum):
    RETURN_REFUND = "return_refund"  # 退货退款
    REFUND_ONLY = "refund_only"  # 仅退款
    EXCHANGE = "exchange"  # 换货
    PRICE_PROTECTION = "price_protection"  # 价保
    RESEND = "resend"  # 补寄
    REPAIR = "repair"  # 维修
    OTHER = "other"


class Stage(StrEnum):
    """Whose move it is, in the shop's words."""
    TO_REVIEW = "to_review"  # the shop must agree or refuse
    AWAITING_RETURN = "awaiting_return"  # the buyer is to send the goods back
    TO_RECEIVE = "to_receive"  # the goods are on their way back: the shop checks them
    TO_SHIP = "to_ship"  # the shop sends the exchange / the missing part
    CLOSED = "closed"  # done, refused, cancelled: no more work


OPEN_STAGES = frozenset(Stage) - {Stage.CLOSED}
SHOP_MOVES = frozenset({Stage.TO_REVIEW, Stage.TO_RECEIVE, Stage.TO_SHIP})


class AfterSaleError(ValueError):
    """A platform's answer that does not make an after-sales request."""


@dataclass(frozen=True, slots=True)
class AfterSale:
    channel: str
    request_id: str
    order_id: str
    kind: Kind
    stage: Stage
    platform_status: str  # the platform's own words
    amount: str
    currency: str
    reason: str
    deadline: int | None  # the platform's deadline for the next step, when it gives one
    created_at: int
    buyer_id: str = ""
    customer_id: str | None = None
    handled_at: int | None = None  # when it was first seen out of the shop's hands
    late: bool = False  # it left the shop's hands after the deadline it had then
    fetched_at: int = 0

    @property
    def open(self) -> bool:
        return self.stage in OPEN_STAGES


# 抖店 aftersale_type codes (afterSale/List)
DOUYIN_KINDS = {0: Kind.RETURN_REFUND, 1: Kind.REFUND_ONLY, 2: Kind.REFUND_ONLY,
                3: Kind.EXCHANGE, 4: Kind.OTHER, 6: Kind.PRICE_PROTECTION, 7: Kind.RESEND,
                8: Kind.REPAIR}
# 抖店 aftersale_status (= standard_aftersale_status) codes as the SDK lists them: 6 待商家同意,
# 7 待买家退货, 8 待商家发货, 11 待商家二次同意 (the return has come back), 12 售后成功,
# 13 换货/补寄/维修待买家收货, 14 换货/补寄/维修成功, 27 商家一次拒绝, 28 售后失败,
# 29 商家二次拒绝, 3 换货待买家收货 (docs/douyin.md); aftersale_type 0 退货退款, 1 已发货仅退款,
# 2 未发货仅退款, 3 换货, 6 价保, 7 补寄, 8 维修
DOUYIN_STAGES = {6: Stage.TO_REVIEW, 7: Stage.AWAITING_RETURN, 8: Stage.TO_SHIP,
                 11: Stage.TO_RECEIVE, 13: Stage.CLOSED, 12: Stage.CLOSED, 14: Stage.CLOSED,
                 27: Stage.CLOSED, 28: Stage.CLOSED, 29: Stage.CLOSED, 3: Stage.CLOSED,
                 4: Stage.CLOSED}
DOUYIN_OPEN_CODES = sorted(c for c, s in DOUYIN_STAGES.items() if s in OPEN_STAGES)

# TikTok Shop return_type / return_status (return_refund 202309)
TIKTOK_KINDS = {"REFUND": Kind.REFUND_ONLY, "RETURN_AND_REFUND": Kind.RETURN_REFUND,
                "REPLACEMENT": Kind.EXCHANGE}
TIKTOK_STAGES = {
    "RETURN_OR_REFUND_REQUEST_PENDING": Stage.TO_REVIEW,
    "REPLACEMENT_REQUEST_PENDING": Stage.TO_REVIEW,
    "AWAITING_BUYER_SHIP": Stage.AWAITING_RETURN,
    "AWAITING_BUYER_RESPONSE": Stage.AWAITING_RETURN,
    "BUYER_SHIPPED_ITEM": Stage.TO_RECEIVE,
    "REPLACEMENT_REQUEST_REFUND_SUCCESS": Stage.CLOSED,
    "RETURN_OR_REFUND_REQUEST_REJECT": Stage.CLOSED,
    "RETURN_OR_REFUND_REQUEST_SUCCESS": Stage.CLOSED,
    "RETURN_OR_REFUND_REQUEST_CANCEL": Stage.CLOSED,
    "RETURN_OR_REFUND_REQUEST_COMPLETE": Stage.CLOSED,
    "REPLACEMENT_REQUEST_COMPLETE": Stage.CLOSED,
    "REPLACEMENT_REQUEST_REJECT": Stage.CLOSED,
    "REPLACEMENT_REQUEST_CANCEL": Stage.CLOSED,
    "REJECT_RECEIVE_PACKAGE": Stage.CLOSED,
}
TIKTOK_OPEN_STATUSES = sorted(s for s, v in TIKTOK_STAGES.items() if v in OPEN_STAGES)


def band(deadline: int | None, now: int) -> str:
    """How near the deadline is: ``overdue``, ``red`` (under 2 h), ``yellow`` (under 12 h),
    ``calm``, or ``none`` without a deadline."""
    if deadline is None:
        return "none"
    left = deadline - now
    if left <= 0:
        return "overdue"
    return "red" if left < RED_MS else "yellow" if left < YELLOW_MS else "calm"


def countdown(deadline: int | None, now: int) -> tuple[int, int, int] | None:
    """(days, hours, minutes) left, or None without a deadline (0, 0, 0 once passed)."""
    if deadline is None:
        return None
    minutes = max(deadline - now, 0) // 60_000
    return minutes // 1440, minutes // 60 % 24, minutes % 60


def by_deadline(items: list[AfterSale]) -> list[AfterSale]:
    """Nearest deadline first; those without one last (oldest first among them)."""
    return sorted(items, key=lambda a: (a.deadline is None, a.deadline or 0, a.created_at,
                                        a.request_id))


def settle(new: AfterSale, old: AfterSale | None, now: int) -> AfterSale:
    """The request as said now, with when it left the shop's hands (kept once known) and
    whether that was after the deadline it had then."""
    if old is None or old.handled_at is not None:
        return new if old is None else replace(new, handled_at=old.handled_at, late=old.late)
    if old.stage in SHOP_MOVES and new.stage not in SHOP_MOVES:
        late = old.deadline is not None and now > old.deadline
        return replace(new, handled_at=now, late=late)
    return new


