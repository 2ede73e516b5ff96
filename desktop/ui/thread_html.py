"""The thread as rich text for a QTextBrowser: bubbles, cards, images, delivery state.

Customer text is always escaped: HTML in a message is shown as the characters
the customer typed, never rendered.
"""

from __future__ import annotations

import html
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from desktop.domain.orders import Order, latest_event
from desktop.services.threads import ConversationDetail, ThreadEvent, ThreadMessage
from desktop.ui import event_lines, formatting
from desktop.ui.order_words import COLOURS, money_text, status_name
from desktop.ui.problem_words import send_problem

LONG = 4_000  # characters shown before "show all"
RECENT = 150  # messages shown when a conversation opens
MISSING_IMAGE = "shopdesk:image-missing"


def _text(message: ThreadMessage, expanded: set[str]) -> str:
    text = message.text
    more = ""
    if len(text) > LONG and message.id not in expanded:
        more = (
            f'<br><a href="expand:{message.id}">'
            + QCoreApplication.translate("Thread", "Show all ({0:,} characters)").format(len(text))
            + "</a>"
        )
        text = text[:LONG] + "…"
    return html.escape(text).replace("\n", "<br>") + more


def _image(attachment: dict, base: Path | None) -> str:
    uri = str(attachment.get("uri") or attachment.get("path") or "")
    name = html.escape(
        str(attachment.get("name") or uri or QCoreApplication.translate("Thread", "image"))
    )
    path = Path(uri) if uri and "://" not in uri else None
    if path is not None and base is not None and not path.is_absolute():
        path = base / path
    if path is not None and path.is_file():
        return f'<img src="{html.escape(path.as_uri())}" width="160"><br>'
    return (
        f'<img src="{MISSING_IMAGE}" width="72" height="72"><br>'
        f'<span style="color:#86909c; font-size:12px">{name} · '
        + QCoreApplication.translate("Thread", "image not available")
        + "</span>"
    )


def _order_lines(order: Order, zone: ZoneInfo) -> str:
    """The order of an order card, inline: status, items, total, latest logistics."""
    event = latest_event(order)
    items = "<br>".join(f"{html.escape(i.name)} ×{i.quantity}" for i in order.items)
    return (f'<span style="color:{COLOURS[order.status]}"><b>{status_name(order.status)}</b>'
            f"</span> · {html.escape(money_text(order))}<br>"
            f'<span style="font-size:12px">{items}</span>'
            + (f'<br><span style="color:#86909c; font-size:12px">'
               f"{formatting.full_time(event.at, zone)} {html.escape(event.text)}</span>"
               if event else ""))


def _card(message: ThreadMessage, order: Order | None = None,
          zone: ZoneInfo | None = None) -> str:
    if message.kind == "order_card":
        title, value = QCoreApplication.translate("Thread", "Order"), message.order_id or ""
        hint = QCoreApplication.translate("Thread", "The customer sent an order")
        if order is not None and zone is not None:
            return (
                '<table cellpadding="8" cellspacing="0" width="240" '
                'style="background-color:#ffffff; border: 1px solid #e5e6eb;">'
                f'<tr><td><span style="color:#86909c; font-size:12px">{html.escape(title)}'
                f"</span><br><b>{html.escape(value)}</b><br>{_order_lines(order, zone)}"
                "</td></tr></table>"
            )
    else:
        title, value = (
            QCoreApplication.translate("Thread", "Product"),
            message.text or message.product_id or "",
        )
        hint = message.product_id or ""
    return (
        '<table cellpadding="8" cellspacing="0" width="240" '
        'style="background-color:#ffffff; border: 1px solid #e5e6eb;">'
        f'<tr><td><span style="color:#86909c; font-size:12px">{html.escape(title)}</span><br>'
        f"<b>{html.escape(value)}</b><br>"
        f'<span style="color:#86909c; font-size:12px">{html.escape(hint)}</span></td></tr>'
        "</table>"
    )


def _delivery(message: ThreadMessage) -> str:
    if message.direction != "out" or message.delivery is None:
        return ""
    if message.delivery == "failed":
        return (
            ' · <span style="color:#f53f3f">'
            + html.escape(send_problem(message.failure))
            + "</span> "
            f'<a href="retry:{message.id}">'
            + QCoreApplication.translate("Thread", "retry")
            + "</a>"
        )
    if message.delivery == "confirm":  # queued before this desktop took the channel over
        return (
            ' · <span style="color:#d48806">'
            + QCoreApplication.translate("Thread", "not sent yet: another computer may have "
                                                   "sent it")
            + "</span> "
            f'<a href="confirm:{message.id}">'
            + QCoreApplication.translate("Thread", "send it")
            + "</a> "
            f'<a href="cancel:{message.id}">'
            + QCoreApplication.translate("Thread", "cancel")
            + "</a>"
        )
    if message.delivery == "queued":
        return (
            ' · <span style="color:#d48806">'
            + QCoreApplication.translate("Thread", "queued")
            + "</span> "
            f'<a href="cancel:{message.id}">'
            + QCoreApplication.translate("Thread", "cancel")
            + "</a>"
        )
    return (
        ' · <span style="color:#00a870">' + QCoreApplication.translate("Thread", "sent") + "</span>"
    )


def _with_events(messages: tuple[ThreadMessage, ...] | list[ThreadMessage],
                 events: list[ThreadEvent]) -> list[ThreadMessage | ThreadEvent]:
    """Messages and events in time order (an event before a message of the same instant:
    the reply that takes a conversation comes after the line saying so)."""
    out: list[ThreadMessage | ThreadEvent] = []
    pending = list(events)
    for m in messages:
        while pending and pending[0].at <= m.sent_at:
            out.append(pending.pop(0))
        out.append(m)
    return out + pending


def _event_line(e: ThreadEvent, zone: ZoneInfo) -> str:
    return (
        '<p align="center" style="color:#86909c; font-size:12px; margin:10px 4px 2px 4px">'
        f"— {html.escape(event_lines.describe(e, zone))} · "
        f"{formatting.full_time(e.at, zone)} —</p>"
    )


def render(
    detail: ConversationDetail,
    zone: ZoneInfo,
    expanded: set[str],
    attachments_dir: Path | None = None,
    highlight: str | None = None,
    orders: dict[str, Order] | None = None,
    below: dict[str, str] | None = None,
) -> str:
    """The thread as HTML; ``orders`` are the order cards' orders (shown inline) by id;
    ``below`` adds ready-made HTML under a message's text (its translation, see
    desktop/ui/translation_view.py)."""
    parts = ['<html><body style="font-size:14px; color:#1d2129">']
    shown = detail.messages
    if len(shown) > RECENT and "all" not in expanded:
        # Long histories open on their latest messages; the rest is one click away.
        highlighted = next((i for i, m in enumerate(shown) if m.id == highlight), len(shown))
        first = min(len(shown) - RECENT, highlighted)
        if first > 0:
            parts.append(
                '<p align="center"><a href="expand:all">'
                + QCoreApplication.translate("Thread", "Show {0} earlier messages").format(first)
                + "</a></p>"
            )
            shown = shown[first:]
    since = shown[0].sent_at if len(shown) < len(detail.messages) else None
    events = [e for e in detail.events if since is None or e.at >= since]
    for m in _with_events(shown, events):
        if isinstance(m, ThreadEvent):
            parts.append(_event_line(m, zone))
            continue
        when = formatting.full_time(m.sent_at, zone)
        if m.kind in ("order_card", "product_card"):
            body = _card(m, (orders or {}).get(m.order_id or ""), zone)
        elif m.kind == "image" or m.attachments:
            body = "".join(_image(a, attachments_dir) for a in m.attachments) or _image({}, None)
            if m.text:
                body += "<br>" + _text(m, expanded)
        else:
            body = _text(m, expanded)
        if below and m.id in below:
            body += below[m.id]
        if m.direction == "in":
            who, align, colour = detail.customer.name, "left", "#f2f3f5"
        elif m.direction == "note":
            who, align, colour = (
                QCoreApplication.translate("Thread", "{0} · internal note").format(m.author),
                "center",
                "#fff7e8",
            )
        elif m.author == "bot":
            who, align, colour = (
                QCoreApplication.translate("Thread", "Auto-reply"),
                "right",
                "#e8f7ff",
            )
        else:
            who, align, colour = m.author, "right", "#e8f3ff"
        border = "2px solid #1677ff" if m.id == highlight else "none"
        parts.append(
            # one small table per message: Qt lays out nested tables much more slowly
            f'<p align="{align}" style="color:#86909c; font-size:12px; margin:10px 4px 2px 4px">'
            f'<a name="m-{m.id}"></a>{html.escape(who)} · {when}{_delivery(m)}</p>'
            f'<table align="{align}" cellpadding="10" cellspacing="0" '
            f'style="background-color:{colour}; border:{border}"><tr><td>{body}</td></tr></table>'
        )
    if not detail.messages:
        parts.append(
            '<p style="color:#86909c">'
            + QCoreApplication.translate("Thread", "No messages yet.")
            + "</p>"
        )
    parts.append("</body></html>")
    return "".join(parts)
