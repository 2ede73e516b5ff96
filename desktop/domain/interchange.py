"""The interchange format: one JSON object per message or conversation event.

``parse_record`` validates a decoded object and returns a domain record or
raises :class:`RecordError` with a reason a person can act on. ``to_object``
is its inverse; together they keep every field, including keys ShopDesk does
not know (kept in ``extra`` and written back unchanged).
"""

from __future__ import annotations

import json
from typing import Any
from zoneinfo import ZoneInfo

from desktop.domain.model import (
    BOT,
    CUSTOMER,
    CustomerRef,
    Delivery,
    Direction,
    EventKind,
    EventRecord,
    MessageKind,
    MessageRecord,
    Priority,
    Record,
)
from desktop.domain.timefmt import TimeFormatError, format_moment, parse_moment

MESSAGE_KEYS = (
    "channel", "conversation", "customer", "id", "direction", "author", "kind", "text",
    "sent_at", "order_id", "product_id", "attachments", "delivery",
)
EVENT_KEYS = (
    "channel", "conversation", "customer", "event", "at", "by", "resolved", "score",
    "agent", "tag", "priority", "category", "until",
)
# Columns of the flattened (CSV / XLSX) form, in order.
FLAT_COLUMNS = (
    "channel", "conversation", "customer.id", "customer.name", "customer.vip",
    "customer.language", "id", "direction", "author", "kind", "text", "sent_at",
    "order_id", "product_id", "attachments", "delivery", "event", "at", "by", "resolved",
    "score", "agent", "tag", "priority", "category", "until", "extra",
)
_MESSAGE_KEY_SET = frozenset(MESSAGE_KEYS)
_DIRECTIONS = {d.value: d for d in Direction}
_KINDS = {k.value: k for k in MessageKind}
_DELIVERIES = {d.value: d for d in Delivery}
_EVENT_KINDS = {k.value: k for k in EventKind}
_TEXTLESS_KINDS = {MessageKind.IMAGE, MessageKind.ORDER_CARD, MessageKind.PRODUCT_CARD,
                   MessageKind.SYSTEM}


class RecordError(ValueError):
    """A line that cannot be taken, with the reason."""


def _member(members: dict[str, Any], value: Any) -> Any:
    """The enum member named by ``value``; None for anything else (a list or an object,
    which cannot even be looked up, included)."""
    try:
        return members.get(value)
    except TypeError:
        return None


def _require(obj: dict[str, Any], key: str) -> Any:
    value = obj.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise RecordError(f"missing field '{key}'")
    return value


def _ident(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if type(value) is str:  # the common case first: this runs for every field of every line
        value = value.strip()
        if value:
            return value
        raise RecordError(f"missing field '{key}'")
    if value is None:
        raise RecordError(f"missing field '{key}'")
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(f"field '{key}' must be a string")
    return str(value)


def _optional_ident(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    return _ident(obj, key)


def _bool(value: Any, key: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in {"true", "1", "yes", "是", "y"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"false", "0", "no", "否", "n", ""}:
        return False
    raise RecordError(f"field '{key}' must be true or false")


def _moment(obj: dict[str, Any], key: str, zone: ZoneInfo):
    try:
        return parse_moment(_require(obj, key), zone)
    except TimeFormatError as exc:
        raise RecordError(f"field '{key}': {exc}") from None


def _customer(obj: dict[str, Any]) -> CustomerRef | None:
    global _last_customer
    raw = obj.get("customer")
    if raw is None:
        return None
    last_raw, last_ref = _last_customer
    if raw == last_raw:  # the same customer as on the line before (see _last_customer)
        return last_ref
    if not isinstance(raw, dict):
        raise RecordError("field 'customer' must be an object")
    name = raw.get("name") or ""
    language = raw.get("language") or ""
    if type(name) is not str or type(language) is not str:
        raise RecordError("customer name and language must be strings")
    vip = raw.get("vip", False)
    if type(vip) is not bool:
        vip = _bool(vip, "customer.vip")
    ref = CustomerRef(_ident(raw, "id"), name, vip, language)
    if all(type(v) is str or type(v) is bool for v in raw.values()):
        _last_customer = (raw, ref)
    return ref


# The customer object of the last line parsed, and what it gave. Every line of a conversation
# names its customer, and files keep a conversation's lines together: most lines repeat the
# line before's. Kept only when every value is a string or a bool, so that an object equal to
# it (a string equals only that string; a number equal to a bool is read as that bool) gives
# the same CustomerRef. Replaced whole, so threads parsing at once never see half of it.
_last_customer: tuple[dict[str, Any] | None, CustomerRef | None] = (None, None)


def parse_record(obj: Any, zone: ZoneInfo) -> Record:
    """Validate one decoded object; times without an offset are read in ``zone``."""
    if not isinstance(obj, dict):
        raise RecordError("a line must be a JSON object")
    if "event" in obj:
        return _parse_event(obj, zone)
    if "direction" not in obj:
        raise RecordError("missing field 'direction' (or 'event')")
    return _parse_message(obj, zone)


def _extra(obj: dict[str, Any]) -> dict[str, Any]:
    """Fields ShopDesk does not know, kept so an export gives them back."""
    if _MESSAGE_KEY_SET.issuperset(obj):  # the common case, decided in C
        return {}
    return {k: v for k, v in obj.items() if k not in _MESSAGE_KEY_SET}


def _parse_message(obj: dict[str, Any], zone: ZoneInfo) -> MessageRecord:
    channel = _ident(obj, "channel")
    conversation = _ident(obj, "conversation")
    direction = _member(_DIRECTIONS, obj["direction"])
    if direction is None:
        raise RecordError(f"unknown direction {obj['direction']!r}")
    kind = _member(_KINDS, _require(obj, "kind"))
    if kind is None:
        raise RecordError(f"unknown kind {obj['kind']!r}")
    author = _ident(obj, "author")
    if direction is Direction.IN and author != CUSTOMER:
        raise RecordError("an incoming message's author must be 'customer'")
    if direction is Direction.OUT and author == CUSTOMER:
        raise RecordError("an outgoing message's author must be 'bot' or an agent")
    if direction is Direction.NOTE and author in (CUSTOMER, BOT):
        raise RecordError("a note's author must be an agent")
    text = obj.get("text")
    if text is None:
        if kind not in _TEXTLESS_KINDS:
            raise RecordError("missing field 'text'")
        text = ""
    if not isinstance(text, str):
        raise RecordError("field 'text' must be a string")
    attachments = obj.get("attachments") or ()
    if attachments and (not isinstance(attachments, list)
                        or not all(isinstance(a, dict) for a in attachments)):
        raise RecordError("field 'attachments' must be a list of objects")
    delivery = None
    if obj.get("delivery"):
        delivery = _member(_DELIVERIES, obj["delivery"])
        if delivery is None:
            raise RecordError(f"unknown delivery status {obj['delivery']!r}")
    customer = _customer(obj)
    if direction is Direction.IN and customer is None:
        raise RecordError("missing field 'customer'")
    return MessageRecord(
        channel=channel,
        conversation=conversation,
        customer=customer,
        external_id=_ident(obj, "id"),
        direction=direction,
        author=author,
        kind=kind,
        text=text,
        sent=_moment(obj, "sent_at", zone),
        order_id=_optional_ident(obj, "order_id"),
        product_id=_optional_ident(obj, "product_id"),
        attachments=tuple(attachments),
        extra=_extra(obj),
        delivery=delivery,
    )


def _parse_event(obj: dict[str, Any], zone: ZoneInfo) -> EventRecord:
    kind = _member(_EVENT_KINDS, obj["event"])
    if kind is None:
        raise RecordError(f"unknown event {obj['event']!r}")
    data: dict[str, Any] = {}
    if kind is EventKind.CLOSE:
        data["resolved"] = _bool(obj.get("resolved", False), "resolved")
    elif kind is EventKind.RATING:
        score = _require(obj, "score")
        try:
            score = int(score)
        except (TypeError, ValueError):
            raise RecordError("field 'score' must be a number from 1 to 5") from None
        if not 1 <= score <= 5:
            raise RecordError("field 'score' must be a number from 1 to 5")
        data["score"] = score
    elif kind is EventKind.ASSIGN:
        data["agent"] = _ident(obj, "agent")
    elif kind in (EventKind.TAG, EventKind.UNTAG):
        data["tag"] = _ident(obj, "tag")
    elif kind is EventKind.PRIORITY:
        try:
            data["priority"] = Priority(_require(obj, "priority")).value
        except ValueError:
            raise RecordError(f"unknown priority {obj['priority']!r}") from None
    elif kind is EventKind.CATEGORY:
        data["category"] = _ident(obj, "category")
    elif kind is EventKind.SNOOZE:
        until = obj.get("until")
        if until:
            _moment(obj, "until", zone)
            data["until"] = until
        else:
            data["until"] = None
    by = _optional_ident(obj, "by")
    return EventRecord(
        channel=_ident(obj, "channel"),
        conversation=_ident(obj, "conversation"),
        kind=kind,
        at=_moment(obj, "at", zone),
        data=data,
        by=by,
        customer=_customer(obj),
    )


def customer_object(customer: CustomerRef) -> dict[str, Any]:
    return {"id": customer.external_id, "name": customer.name, "vip": customer.vip,
            "language": customer.language}


def to_object(record: Record) -> dict[str, Any]:
    """The interchange object for a record (inverse of :func:`parse_record`)."""
    if isinstance(record, EventRecord):
        out: dict[str, Any] = {"channel": record.channel, "conversation": record.conversation}
        if record.customer is not None:
            out["customer"] = customer_object(record.customer)
        out["event"] = record.kind.value
        out["at"] = format_moment(record.at)
        out.update(record.data)
        if record.by:
            out["by"] = record.by
        return out
    out = {"channel": record.channel, "conversation": record.conversation}
    if record.customer is not None:
        out["customer"] = customer_object(record.customer)
    out.update({
        "id": record.external_id,
        "direction": record.direction.value,
        "author": record.author,
        "kind": record.kind.value,
        "text": record.text,
        "sent_at": format_moment(record.sent),
    })
    if record.order_id:
        out["order_id"] = record.order_id
    if record.product_id:
        out["product_id"] = record.product_id
    if record.attachments:
        out["attachments"] = list(record.attachments)
    if record.delivery is not None:
        out["delivery"] = record.delivery.value
    out.update(record.extra)
    return out


def flatten(obj: dict[str, Any]) -> dict[str, Any]:
    """The CSV/XLSX row for an interchange object (nested values as JSON text)."""
    row: dict[str, Any] = {}
    for key, value in obj.items():
        if key == "customer" and isinstance(value, dict):
            for sub, subvalue in value.items():
                row[f"customer.{sub}"] = subvalue
        elif key == "attachments":
            row[key] = json.dumps(value, ensure_ascii=False)
        elif key in FLAT_COLUMNS:
            row[key] = value
        else:
            row.setdefault("extra", {})[key] = value
    if "extra" in row:
        row["extra"] = json.dumps(row["extra"], ensure_ascii=False)
    return row


def unflatten(row: dict[str, Any]) -> dict[str, Any]:
    """The interchange object for a CSV/XLSX row; empty cells are absent fields."""
    obj: dict[str, Any] = {}
    customer: dict[str, Any] = {}
    for key, value in row.items():
        if value is None or value == "" or key is None:
            continue
        if key.startswith("customer."):
            customer[key.split(".", 1)[1]] = value
        elif key in ("attachments", "extra"):
            try:
                decoded = json.loads(value) if isinstance(value, str) else value
            except json.JSONDecodeError:
                raise RecordError(f"column '{key}' is not valid JSON") from None
            if key == "extra":
                if not isinstance(decoded, dict):
                    raise RecordError("column 'extra' must hold a JSON object")
                obj.update(decoded)
            else:
                obj[key] = decoded
        elif key in ("id", "conversation", "order_id", "product_id") and isinstance(value, float):
            obj[key] = str(int(value)) if value.is_integer() else str(value)
        else:
            obj[key] = value
    if customer:
        obj["customer"] = customer
    return obj
