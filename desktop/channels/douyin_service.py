"""抖店 服务请求 (service requests a buyer raises from the order page: 催发货, 改地址…) as a
conversation channel through the open platform.

``order.getServiceList`` (``id``, ``order_id``, ``detail``, ``operate_status``,
``create_time`` written "2020-12-09 13:34:55" in China time; ``start_time`` and ``end_time``
required, pages from 1) is read with each poll: each request becomes a message of kind
``service_request`` with its order id, in the buyer's conversation (the buyer of the stored
order; the order's own conversation while the buyer is not known). A reply in that conversation
(an agent's or an auto-reply) goes out with ``order.replyService`` (``id``, ``reply``) to the
newest request the platform still shows unanswered; a request already answered is never
answered again (the platform's ``operate_status`` is asked first, and a reply cut short is
found there too). Where each name was read: docs/douyin.md.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from functools import partial
from typing import Any

from desktop.channels.base import ChannelError, Fetched, Outgoing, listed
from desktop.channels.douyin import DouyinShop
from desktop.domain.model import CustomerRef, Direction, MessageKind, MessageRecord, Moment
from desktop.domain.problems import Code
from desktop.services import aftersales
from desktop.services.session import Shop

PAGE = 50
PAGES = 10
UNANSWERED = 0  # operate_status 0 待处理 (10 审核中, 100 已关闭)
PREFIX = "svc:"  # a request's message id: svc:{id}
CN_OFFSET = 480  # 抖店 speaks China time
CHINA = timezone(timedelta(minutes=CN_OFFSET))
FIRST_LOOK_S = 7 * 86400  # how far back a new channel looks
ANSWER_WINDOW_S = 30 * 86400  # how far back a request is looked for before it is answered


def seconds(text: Any) -> int:
    """A ``create_time`` ("2020-12-09 13:34:55", China time; epoch seconds are taken too) as
    epoch seconds; ValueError when it is neither."""
    written = str(text).strip()
    if written.isdigit():
        return int(written)
    moment = datetime.strptime(written, "%Y-%m-%d %H:%M:%S")
    return int(moment.replace(tzinfo=CHINA).timestamp())


def _number(value: str) -> int | str:
    return int(value) if value.isdigit() else value  # ids are numbers (Long) on the platform


def conversation_key(order_id: str, buyer: str) -> str:
    return buyer or f"order:{order_id}"


class DouyinServiceRequests:
    """The connector of a 抖店 channel: its service requests in, the replies out."""

    def __init__(self, shop: DouyinShop, buyer_of: Callable[[str], str],
                 requests_of: Callable[[str], list[tuple[str, str]]]) -> None:
        self.shop, self.name = shop, shop.name
        self.buyer_of, self.requests_of = buyer_of, requests_of

    def _list(self, since: int, **criteria: Any) -> list[dict[str, Any]]:
        """The requests made since ``since`` (epoch seconds), page by page from page 1."""
        out: list[dict[str, Any]] = []
        window = {"start_time": since, "end_time": int(self.shop.clock())}
        for page in range(1, PAGES + 1):
            data = self.shop.call("order.getServiceList", {**criteria, **window, "page": page,
                                                           "size": PAGE})
            rows = listed(data, "list", "抖店")
            out += rows
            if len(rows) < PAGE or len(out) >= int(data.get("total") or 0):
                break
        return out

    def fetch(self, cursor: dict[str, Any]) -> Fetched:
        since = int(cursor.get("since") or int(self.shop.clock()) - FIRST_LOOK_S)
        rows = self._list(since)
        records: list[MessageRecord] = []
        skipped: list[tuple[str, str]] = []
        newest = since
        for row in rows:
            try:
                records.append(self._record(row))
                newest = max(newest, seconds(row["create_time"]))
            except (KeyError, TypeError, ValueError) as exc:
                skipped.append((str(row.get("id", "?")), f"not a service request ({exc})"))
        return Fetched(records, {"since": newest}, skipped)

    def _record(self, row: dict[str, Any]) -> MessageRecord:
        order_id = str(row["order_id"])
        key = conversation_key(order_id, self.buyer_of(order_id))
        return MessageRecord(
            self.name, key, CustomerRef(key), f"{PREFIX}{row['id']}", Direction.IN,
            "customer", MessageKind.SERVICE_REQUEST, str(row["detail"]),
            Moment(seconds(row["create_time"]) * 1000, CN_OFFSET), order_id=order_id,
            extra={"operate_status": row.get("operate_status")})

    def _state(self, service_id: str, order_id: str) -> dict[str, Any] | None:
        since = int(self.shop.clock()) - ANSWER_WINDOW_S
        found = [r for r in self._list(since, order_id=_number(order_id),
                                       service_id=_number(service_id))
                 if str(r.get("id")) == service_id]
        return found[0] if found else None

    def send(self, message: Outgoing) -> str | None:
        """Answer the newest request of the conversation still unanswered on the platform."""
        if message.attachments:
            raise ChannelError("抖店 service requests are answered with words only",
                               permanent=True, code=Code.WORDS_ONLY, platform="抖店")
        for external, order_id in self.requests_of(message.conversation):
            service_id = external.removeprefix(PREFIX)
            state = self._state(service_id, order_id)
            if state is not None and str(state.get("reply") or "") == message.text:
                return f"{PREFIX}{service_id}:reply"  # an earlier try went through
            if state is None or int(state.get("operate_status") or 0) != UNANSWERED:
                continue
            self.shop.call("order.replyService", {"id": _number(service_id),
                                                  "reply": message.text})
            return f"{PREFIX}{service_id}:reply"
        raise ChannelError("抖店: this buyer's service requests have all been answered "
                           "already (each takes one reply); answer in 飞鸽 instead",
                           permanent=True, code=Code.ALL_ANSWERED, platform="抖店")

    def already_sent(self, message: Outgoing) -> bool:
        for external, order_id in self.requests_of(message.conversation):
            state = self._state(external.removeprefix(PREFIX), order_id)
            if state is not None and str(state.get("reply") or "") == message.text:
                return True
        return False


def service_connector(store: Shop, channel: dict[str, Any]) -> DouyinServiceRequests | None:
    """The connector of a 抖店 channel with its keys (None without them)."""
    from desktop.channels import orders as lookups

    shop = lookups.source(store, channel["name"])
    if not isinstance(shop, DouyinShop):
        return None
    shop.clock = lambda: store.clock() / 1000  # the shop's clock says what "new" is
    return DouyinServiceRequests(shop, partial(aftersales.buyer_of, store, channel["name"]),
                                 partial(aftersales.service_requests, store, channel["name"]))
