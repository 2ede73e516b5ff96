"""TikTok Shop: the Partner API's customer-service endpoints (version 202309).

A desktop cannot receive TikTok's webhooks, so the channel polls: the conversations with
activity since the last poll, then their new messages (both paged). Replies are sent with
"send message". Every request is signed as the API documents — HMAC-SHA256, keyed with the
app secret, over ``secret + path + sorted query (key+value, without sign and access_token) +
body + secret``, the body being the exact compact bytes sent. An expired access token is
refreshed once and the request repeated; a rate limit or a server error is retried later by
the channel's backoff; an answer that is not the API's JSON (an HTML error page with status
200) is logged with its raw text and treated as a failure, never as data.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

import requests

from desktop.channels.base import ChannelError, Fetched, Outgoing
from desktop.domain.model import (
    BOT,
    CUSTOMER,
    CustomerRef,
    Direction,
    MessageKind,
    MessageRecord,
)
from desktop.domain.problems import Code
from desktop.domain.timefmt import moment_in_zone

log = logging.getLogger(__name__)
API_BASE = "https://open-api.tiktokglobalshop.com"
AUTH_BASE = "https://auth.tiktok-shops.com"
# Where a seller authorises an app; the Partner Center's "authorisation link" for the app.
AUTHORIZE_PAGE = "https://services.tiktokshop.com/open/authorize"
VERSION = "202309"
EXPIRED_TOKEN = {105002, 105003}  # the access token has expired / is no longer valid
RATE_LIMITED = {36009003}
BAD_SIGNATURE = {106001}  # the request's signature is not the app secret's
PAGE = 10  # the API's largest page of messages
KINDS = {"TEXT": MessageKind.TEXT, "IMAGE": MessageKind.IMAGE, "EMOTICONS": MessageKind.EMOJI,
         "ORDER_CARD": MessageKind.ORDER_CARD, "PRODUCT_CARD": MessageKind.PRODUCT_CARD}


def sign(path: str, query: dict[str, Any], body: bytes, secret: str) -> str:
    """The documented request signature."""
    pairs = "".join(f"{k}{query[k]}" for k in sorted(query) if k not in ("sign",
                                                                          "access_token"))
    text = secret + path + pairs + body.decode("utf-8") + secret
    return hmac.new(secret.encode(), text.encode("utf-8"), hashlib.sha256).hexdigest()


def authorize_url(service_id: str, state: str, page: str = AUTHORIZE_PAGE) -> str:
    """The page where the seller authorises the app for their shop."""
    return f"{page}?{urlencode({'service_id': service_id.strip(), 'state': state})}"


def auth_code_from(text: str) -> str:
    """The authorisation code from what the seller pasted: the code itself, or the whole
    address TikTok sent the browser to (the code is its ``code`` query value)."""
    text = text.strip()
    if "?" in text or text.startswith(("http://", "https://")):
        found = parse_qs(urlparse(text).query).get("code") or \
            parse_qs(urlparse(text).query).get("auth_code")
        if not found or not found[0].strip():
            raise ChannelError("TikTok Shop: that address holds no authorisation code "
                               "(code=…); paste the whole address shown after authorising",
                               permanent=True)
        return found[0].strip()
    if not text or any(c.isspace() for c in text):
        raise ChannelError("TikTok Shop: paste the authorisation code or the address shown "
                           "after authorising", permanent=True)
    return text


@dataclass
class Tokens:
    app_secret: str
    access_token: str
    refresh_token: str


class TikTokConnector:
    """One shop. ``save_tokens`` keeps refreshed tokens (in the keychain)."""

    def __init__(self, name: str, app_key: str, shop_cipher: str, tokens: Tokens, zone: Any,
                 save_tokens: Callable[[Tokens], None] = lambda _t: None,
                 api_base: str = API_BASE, auth_base: str = AUTH_BASE,
                 clock: Callable[[], float] = time.time, timeout: float = 20.0) -> None:
        self.name = name
        self.app_key = app_key
        self.shop_cipher = shop_cipher
        self.tokens = tokens
        self.zone = zone
        self.save_tokens = save_tokens
        self.api_base = api_base.rstrip("/")
        self.auth_base = auth_base.rstrip("/")
        self.clock = clock
        self.timeout = timeout
        self.session = requests.Session()

    # -- the API --------------------------------------------------------------------------------
    def call(self, method: str, path: str, query: dict[str, Any] | None = None,
             body: dict[str, Any] | None = None, retried: bool = False) -> dict[str, Any]:
        """One signed request; the ``data`` of a successful answer."""
        params = {k: v for k, v in (query or {}).items() if v is not None}
        params.update(app_key=self.app_key, timestamp=int(self.clock()))
        if self.shop_cipher:  # not yet known while the shop is being authorised
            params["shop_cipher"] = self.shop_cipher
        raw = b"" if body is None else json.dumps(body, ensure_ascii=False,
                                                   separators=(",", ":")).encode("utf-8")
        params["sign"] = sign(path, params, raw, self.tokens.app_secret)
        try:
            answer = self.session.request(
                method, self.api_base + path, params=params, data=raw or None,
                headers={"x-tts-access-token": self.tokens.access_token,
                         "Content-Type": "application/json"}, timeout=self.timeout)
        except requests.RequestException as exc:
            raise ChannelError(f"TikTok Shop cannot be reached: {type(exc).__name__}",
                               code=Code.PLATFORM_UNREACHABLE, platform="TikTok Shop") from exc
        if answer.status_code == 429:
            raise ChannelError("TikTok Shop: too many requests; slowing down",
                               code=Code.PLATFORM_SLOW, platform="TikTok Shop")
        if answer.status_code >= 500:
            raise ChannelError(f"TikTok Shop answered {answer.status_code}; trying again later",
                               code=Code.PLATFORM_BUSY, platform="TikTok Shop",
                               status=answer.status_code)
        try:
            result = answer.json()
            code = int(result["code"])
        except (ValueError, KeyError, TypeError):
            log.warning("tiktok %s %s: not the API's JSON (%s): %r", method, path,
                        answer.status_code, answer.text[:2000])
            raise ChannelError(f"TikTok Shop answered something that is not its API "
                               f"({answer.status_code}); trying again later",
                               code=Code.PLATFORM_NOT_API, platform="TikTok Shop",
                               status=answer.status_code) from None
        if code in EXPIRED_TOKEN and not retried:
            self.refresh()
            return self.call(method, path, query, body, retried=True)
        if code in RATE_LIMITED:
            raise ChannelError("TikTok Shop: rate limit reached; slowing down",
                               code=Code.PLATFORM_SLOW, platform="TikTok Shop")
        if code in BAD_SIGNATURE:
            raise ChannelError(f"TikTok Shop refused the signature ({code}: "
                               f"{result.get('message', '')}): the app secret is not this app "
                               "key's", permanent=method == "POST",
                               code=Code.PLATFORM_SIGNATURE, platform="TikTok Shop", error=code,
                               detail=str(result.get("message", "")))
        if code != 0:
            raise ChannelError(f"TikTok Shop error {code}: {result.get('message', '')}",
                               permanent=method == "POST" and 400 <= answer.status_code < 500,
                               code=Code.PLATFORM_ERROR, platform="TikTok Shop", error=code,
                               detail=str(result.get("message", "")))
        return result.get("data") or {}

    def refresh(self) -> None:
        """A new access token from the refresh token (both are kept)."""
        self._token("/api/v2/token/refresh", {"refresh_token": self.tokens.refresh_token,
                                              "grant_type": "refresh_token"},
                    "the access token could not be renewed")

    def authorize(self, auth_code: str) -> None:
        """The shop's first tokens, for the code TikTok gave when the seller authorised."""
        self._token("/api/v2/token/get", {"auth_code": auth_code,
                                          "grant_type": "authorized_code"},
                    "the authorisation could not be completed")

    def _token(self, path: str, params: dict[str, str], failing: str) -> None:
        """The token call: tokens for a grant; both are kept (``save_tokens``)."""
        try:
            answer = self.session.get(self.auth_base + path, params={
                "app_key": self.app_key, "app_secret": self.tokens.app_secret, **params},
                timeout=self.timeout)
            result = answer.json()
        except (requests.RequestException, ValueError) as exc:
            raise ChannelError(f"TikTok Shop: {failing} ({exc})", code=Code.PLATFORM_UNREACHABLE,
                               platform="TikTok Shop") from exc
        if result.get("code") != 0:
            said: dict[str, str | int] = {"detail": str(result.get("message") or "")}
            if isinstance(result.get("code"), int):
                said["error"] = result["code"]
            raise ChannelError("TikTok Shop: the authorisation has ended or the code is not "
                               f"valid; authorise the app again ({result.get('message', '')})",
                               permanent=True, code=Code.PLATFORM_AUTHORISATION,
                               platform="TikTok Shop", **said)
        data = result["data"]
        self.tokens = Tokens(self.tokens.app_secret, data["access_token"],
                             data.get("refresh_token") or self.tokens.refresh_token)
        self.save_tokens(self.tokens)

    def authorized_shops(self) -> list[dict[str, Any]]:
        """The shops that authorised the app: ``name``, ``cipher``, ``region``…"""
        return list(self.call("GET", "/authorization/202309/shops").get("shops") or [])

    # -- in -------------------------------------------------------------------------------------
    def fetch(self, cursor: dict[str, Any]) -> Fetched:
        since = int(cursor.get("since", 0))  # seconds: messages at or after it are read
        out = Fetched(cursor={"since": since})
        newest = since
        token: str | None = None
        while True:
            data = self.call("GET", f"/customer_service/{VERSION}/conversations",
                             {"page_size": 20, "page_token": token})
            conversations = data.get("conversations") or []
            active = [c for c in conversations
                      if int((c.get("latest_message") or {}).get("create_time", 0)) >= since]
            for conversation in active:
                newest = max(newest, self._fetch_conversation(conversation, since, out))
            token = data.get("next_page_token") or None
            if not token or len(active) < len(conversations):
                break  # the rest have had no activity since the last poll
        out.cursor["since"] = newest
        return out

    def _fetch_conversation(self, conversation: dict[str, Any], since: int,
                            out: Fetched) -> int:
        cid = str(conversation.get("id", ""))
        buyer = next((p for p in conversation.get("participants") or []
                      if p.get("role") == "BUYER"), {})
        customer = CustomerRef(str(buyer.get("im_user_id") or buyer.get("user_id") or cid),
                               str(buyer.get("nickname") or ""))
        newest = since
        token: str | None = None
        while True:
            data = self.call("GET", f"/customer_service/{VERSION}/conversations/{cid}/messages",
                             {"page_size": PAGE, "page_token": token, "sort_order": "DESC"})
            messages = data.get("messages") or []
            fresh = [m for m in messages if int(m.get("create_time", 0)) >= since]
            for m in fresh:
                try:
                    record = self.to_record(cid, customer, m, data.get("unsupported_msg_tips"))
                except (KeyError, TypeError, ValueError) as exc:
                    out.skipped.append((f"message {m.get('id')}", f"unreadable: {exc}"))
                    log.warning("tiktok %s: skipped %r: %s", self.name, m, exc)
                    continue
                if record is not None:
                    out.records.append(record)
                newest = max(newest, int(m.get("create_time", 0)))
            token = data.get("next_page_token") or None
            if not token or len(fresh) < len(messages):
                return newest

    def to_record(self, conversation: str, customer: CustomerRef, m: dict[str, Any],
                  tips: str | None = None) -> MessageRecord | None:
        role = (m.get("sender") or {}).get("role", "")
        if role == "SYSTEM" or not m.get("is_visible", True):
            return None
        kind_name = str(m.get("type", ""))
        kind = KINDS.get(kind_name, MessageKind.TEXT)
        content = json.loads(m["content"]) if isinstance(m.get("content"), str) and \
            m["content"].strip().startswith("{") else {"content": m.get("content") or ""}
        text = str(content.get("content") or content.get("text") or "")
        attachments: tuple[dict[str, Any], ...] = ()
        order_id = product_id = None
        if kind is MessageKind.IMAGE:
            attachments = ({"name": "image", "uri": content.get("url", "")},)
        elif kind is MessageKind.ORDER_CARD:
            order_id = str(content.get("order_id") or "") or None
            text = text or f"[order {order_id}]"
        elif kind is MessageKind.PRODUCT_CARD:
            product_id = str(content.get("product_id") or "") or None
            text = text or str(content.get("title") or f"[product {product_id}]")
        elif kind_name not in KINDS:
            text = text or f"[{kind_name}] {tips or ''}".strip()
        buyer = role == "BUYER"
        author = CUSTOMER if buyer else BOT if role == "ROBOT" else \
            str((m.get("sender") or {}).get("nickname") or "TikTok Shop")
        return MessageRecord(
            self.name, conversation, customer, str(m["id"]),
            Direction.IN if buyer else Direction.OUT, author, kind, text,
            moment_in_zone(int(m["create_time"]) * 1000, self.zone), order_id=order_id,
            product_id=product_id, attachments=attachments,
            extra={"tiktok_type": kind_name} if kind_name not in KINDS else {})

    # -- out ------------------------------------------------------------------------------------
    def send(self, message: Outgoing) -> str | None:
        data = self.call("POST", f"/customer_service/{VERSION}/conversations/"
                                 f"{message.conversation}/messages",
                         body={"type": "TEXT",
                               "content": json.dumps({"content": message.text},
                                                     ensure_ascii=False)})
        try:
            self.call("POST", f"/customer_service/{VERSION}/conversations/"
                              f"{message.conversation}/messages/read", body={})
        except ChannelError:
            pass  # marking the buyer's messages read is a courtesy
        return str(data.get("message_id") or "") or None

    def agent_settings(self) -> dict[str, Any]:
        """The shop's customer-service settings on TikTok (e.g. whether chats are accepted)."""
        return self.call("GET", f"/customer_service/{VERSION}/agents/settings")

    def accept_chats(self, accepting: bool) -> None:
        """Tell TikTok whether this shop's agents take chats now (ShopDesk's own online /
        offline, or holiday mode)."""
        self.call("PUT", f"/customer_service/{VERSION}/agents/settings",
                  body={"can_accept_chat": accepting})

    def already_sent(self, message: Outgoing) -> bool:
        """The platform takes no idempotency key: look at the conversation's latest messages
        for this text from the shop, sent after it was queued."""
        data = self.call("GET", f"/customer_service/{VERSION}/conversations/"
                                f"{message.conversation}/messages",
                         {"page_size": PAGE, "sort_order": "DESC"})
        for m in data.get("messages") or []:
            role = (m.get("sender") or {}).get("role")
            if role in ("SHOP", "CUSTOMER_SERVICE") and \
                    int(m.get("create_time", 0)) * 1000 >= message.sent_at - 60_000:
                try:
                    if json.loads(m.get("content") or "{}").get("content") == message.text:
                        return True
                except ValueError:
                    continue
        return False
