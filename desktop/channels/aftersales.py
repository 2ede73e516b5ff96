"""After-sales requests from the platforms: 抖店 ``afterSale/List`` (nearest
``status_deadline`` first) and TikTok Shop ``POST /return_refund/202309/returns/search`` (the
deadline of ``seller_next_action_response``), read page by page with each poll; a request
that breaks the documented contract, a throttle or an ended authorisation fails the whole
fetch (nothing is stored half). The 抖店 names and status numbers are the SDK's
(docs/douyin.md says where each was read)."""

from __future__ import annotations

from typing import Any

from desktop.channels import orders as lookups
from desktop.channels.base import ChannelError, listed
from desktop.channels.douyin import DouyinShop, reputation
from desktop.channels.tiktok import VERSION, TikTokConnector
from desktop.channels.tiktok_orders import TikTokOrders
from desktop.domain import aftersales as domain
from desktop.domain.aftersales import AfterSale, AfterSaleError, Kind, Stage
from desktop.domain.orders import OrderError, money, money_from_fen
from desktop.domain.problems import Code, Problem
from desktop.services import aftersales, shop_scores
from desktop.services.orders import LookupFailed
from desktop.services.session import Shop

PAGE = 50
PAGES = 20  # 1000 open requests at most in one poll
BACKOFF_MAX_MS = 15 * 60_000


def failed(exc: Exception, platform: str) -> LookupFailed:
    """The fetch failed: with the channel's problem (a request that breaks the contract is
    the platform's broken answer)."""
    problem = exc.problem if isinstance(exc, ChannelError) else \
        Problem(Code.PLATFORM_CONTRACT, {"platform": platform}, str(exc))
    return LookupFailed(str(exc), problem=problem)


def _s_to_ms(value: Any) -> int | None:
    number = int(value or 0)
    if number <= 0:
        return None
    return number if number > 10**11 else number * 1000


class DouyinAfterSales:
    def __init__(self, shop: DouyinShop) -> None:
        self.shop = shop

    def open_after_sales(self) -> list[AfterSale]:
        out: list[AfterSale] = []
        try:
            for page in range(PAGES):
                data = self.shop.call("afterSale.List", {
                    "page": page, "size": PAGE, "order_by": ["status_deadline asc"],
                    "standard_aftersale_status": domain.DOUYIN_OPEN_CODES})
                rows = listed(data, "items", "抖店")
                out += [douyin_request(self.shop.name, r) for r in rows]
                if not data.get("has_more") or len(rows) < PAGE:
                    break
        except (ChannelError, AfterSaleError, OrderError) as exc:
            raise failed(exc, "抖店") from exc
        return out


def douyin_request(channel: str, row: dict[str, Any]) -> AfterSale:
    """One item of ``afterSale/List``; AfterSaleError when it breaks the contract."""
    try:
        info, order, text = row["aftersale_info"], row.get("order_info") or {}, \
            row.get("text_part") or {}
        status = int(info.get("aftersale_status", info.get("standard_aftersale_status")))
        return AfterSale(
            channel=channel, request_id=str(info["aftersale_id"]),
            order_id=str(order.get("shop_order_id") or info["related_id"]),
            kind=domain.DOUYIN_KINDS.get(int(info["aftersale_type"]), Kind.OTHER),
            stage=domain.DOUYIN_STAGES.get(status, Stage.TO_REVIEW),
            platform_status=str(text.get("aftersale_status_text") or status),
            amount=money_from_fen(info.get("refund_amount") or 0), currency="CNY",
            reason=str(text.get("reason_text") or info.get("reason") or ""),
            deadline=_s_to_ms(info.get("status_deadline")),
            created_at=_s_to_ms(info.get("apply_time") or info["create_time"]) or 0)
    except (KeyError, TypeError, ValueError) as exc:
        raise AfterSaleError(f"抖店 answered an after-sales request without the documented "
                             f"fields ({exc})") from None


class TikTokAfterSales:
    def __init__(self, connector: TikTokConnector) -> None:
        self.connector = connector

    def open_after_sales(self) -> list[AfterSale]:
        out: list[AfterSale] = []
        token: str | None = None
        try:
            for _ in range(PAGES):
                data = self.connector.call(
                    "POST", f"/return_refund/{VERSION}/returns/search",
                    {"page_size": PAGE, "page_token": token},
                    body={"return_status": domain.TIKTOK_OPEN_STATUSES})
                out += [tiktok_request(self.connector.name, r)
                        for r in listed(data, "return_orders", "TikTok Shop", "total_count")]
                token = data.get("next_page_token") or None
                if not token:
                    break
        except (ChannelError, AfterSaleError, OrderError) as exc:
            raise failed(exc, "TikTok Shop") from exc
        return domain.by_deadline(out)


def tiktok_request(channel: str, row: dict[str, Any]) -> AfterSale:
    """One of ``return_orders``; the deadline is the nearest of the seller's next actions."""
    try:
        status = str(row["return_status"])
        deadlines = [_s_to_ms(a["deadline"]) for a in row.get("seller_next_action_response")
                     or []]
        refund = row.get("refund_amount") or {}
        return AfterSale(
            channel=channel, request_id=str(row["return_id"]), order_id=str(row["order_id"]),
            kind=domain.TIKTOK_KINDS.get(str(row.get("return_type")), Kind.OTHER),
            stage=domain.TIKTOK_STAGES.get(status, Stage.TO_REVIEW),
            platform_status=status.replace("_", " ").capitalize(),
            amount=money(refund.get("refund_total") or "0"),
            currency=str(refund.get("currency") or ""),
            reason=str(row.get("return_reason_text") or row.get("return_reason") or ""),
            deadline=min((d for d in deadlines if d), default=None),
            created_at=_s_to_ms(row["create_time"]) or 0)
    except (KeyError, TypeError, ValueError) as exc:
        raise AfterSaleError(f"TikTok Shop answered a return without the documented fields "
                             f"({exc})") from None


def source(store: Shop, channel: dict[str, Any]) -> Any:
    """The after-sales source of a Douyin or TikTok Shop channel with its keys, else None."""
    found = lookups.source(store, channel["name"])
    if isinstance(found, DouyinShop):
        return DouyinAfterSales(found)
    if isinstance(found, TikTokOrders):
        return TikTokAfterSales(found.connector)
    return None


def fetch(store: Shop, channel: dict[str, Any], every_ms: int,
          force: bool = False) -> dict[str, Any] | None:
    """Fetch a channel's open requests when due (now with ``force``); the report
    (``open``, ``error``, ``problem``) or None when not fetched. A failure backs off and keeps
    what was stored."""
    if channel["kind"] not in lookups.LOOKUPS:
        return None
    state = aftersales.fetch_state(store, channel["name"])
    now = store.clock()
    if not force and state["next_at"] > now:
        return None
    found = source(store, channel)
    if found is None:
        return None
    report: dict[str, Any] = {"open": 0, "error": "", "problem": None}
    try:
        report["open"] = aftersales.save(store, channel["name"], found.open_after_sales())
    except LookupFailed as exc:
        state["failures"] += 1
        state.update(last_error=str(exc), next_at=now + min(
            BACKOFF_MAX_MS, 30_000 * 2 ** state["failures"]))
        report.update(error=str(exc), problem=exc.problem)
    else:
        state.update(failures=0, last_error="", last_ok_at=now, next_at=now + every_ms)
    aftersales.save_fetch_state(store, channel["name"], state)
    if isinstance(found, DouyinAfterSales) and shop_scores.due(store, channel["name"]):
        try:  # once a day
            shop_scores.save(store, channel["name"], *reputation(found.shop,
                                                                 shop_scores.today(store)))
        except ChannelError as exc:
            report["scores_error"] = str(exc)
    return report
