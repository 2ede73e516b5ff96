"""The customer's orders in the customer panel: newest first, each with its coloured status,
items, total, tracking number (copy), carrier and latest logistics event; refresh asks the
platforms on the lookup thread; "Send to customer" puts the order's summary in the reply box.

Cached orders are read at once (a short indexed read); the platforms are asked only in the
lookup thread, when the orders are stale or the agent asks."""

from __future__ import annotations

import html
from functools import partial

import shiboken6
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.orders import Order, latest_event
from desktop.services import orders
from desktop.services.channels import NO_BUYER_SEARCH
from desktop.services.orders import LookupFailed
from desktop.ui import formatting
from desktop.ui.aftersales_view import order_line
from desktop.ui.context import Context
from desktop.ui.lookups import Lookups
from desktop.ui.order_words import COLOURS, money_text, problem_text, status_name

SHOWN = 10  # the latest orders; older ones are in the platform's back office
THUMB = 40  # pixels


class OrderCard(QFrame):
    """One order."""

    sendSummary = Signal(str)  # the order's id

    def __init__(self, context: Context, order: Order, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order = order
        self.setObjectName("orderCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        now = context.reader.clock()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        top = QHBoxLayout()
        self.status = QLabel(f'<span style="color:#ffffff; background-color:'
                             f'{COLOURS[order.status]}">&nbsp;{status_name(order.status)}'
                             "&nbsp;</span>")
        self.status.setObjectName("orderStatus")
        self.status.setToolTip(order.platform_status)
        head = QLabel(f"<b>{html.escape(order.order_id)}</b>")
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.status)
        top.addWidget(head, 1)
        layout.addLayout(top)
        self.thumbnail: QLabel | None = None
        picture = next((i.picture for i in order.items
                        if i.picture.startswith(("http://", "https://"))), "")
        if picture:  # shown once loaded (online); nothing in its place otherwise
            self.thumbnail = QLabel()
            self.thumbnail.setObjectName("orderThumbnail")
            self.thumbnail.setFixedSize(THUMB, THUMB)
            self.thumbnail.setVisible(False)
            self.thumbnail.setProperty("url", picture)
            top.insertWidget(0, self.thumbnail)
        items = "<br>".join(
            f"{html.escape(i.name)}"
            f'{" <span style=color:#86909c>" + html.escape(i.sku) + "</span>" if i.sku else ""}'
            f" ×{i.quantity}" + (f' <span style="color:#f53f3f">{html.escape(i.after_sale)}'
                                 "</span>" if i.after_sale not in ("", "0") else "")
            for i in order.items)
        self.items = self._label(items)
        self.total = self._label(self.tr("Total {0} · ordered {1}").format(
            money_text(order), formatting.when(order.created_at, context.zone, now)))
        layout.addWidget(self.items)
        self.after_sale = order_line(context, order.channel, order.order_id)  # beside it
        if self.after_sale is not None:
            layout.addWidget(self.after_sale)
        layout.addWidget(self.total)
        self.copy: QToolButton | None = None
        if order.tracking:
            parcel = order.tracking[0]
            row = QHBoxLayout()
            row.addWidget(self._label(f"{html.escape(parcel.carrier)} "
                                      f"{html.escape(parcel.number)}"), 1)
            self.copy = QToolButton()
            self.copy.setText(self.tr("Copy"))
            self.copy.setToolTip(self.tr("Copy the tracking number"))
            self.copy.clicked.connect(
                lambda: QGuiApplication.clipboard().setText(parcel.number))
            row.addWidget(self.copy)
            layout.addLayout(row)
        event = latest_event(order)
        none_yet = self.tr("No logistics yet")  # outside the f-string, where lupdate finds it
        self.latest = self._label(
            f'{html.escape(event.text)}<br><span style="color:#86909c">'
            f"{formatting.when(event.at, context.zone, now)}</span>" if event else
            f'<span style="color:#86909c">{html.escape(none_yet)}</span>')
        layout.addWidget(self.latest)
        self.send = QPushButton(self.tr("Send to customer"))
        self.send.setToolTip(self.tr("Put this order's summary into the reply box"))
        self.send.clicked.connect(lambda: self.sendSummary.emit(order.order_id))
        layout.addWidget(self.send, 0, Qt.AlignmentFlag.AlignRight)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label


class OrderList(QWidget):
    """The orders section of the customer panel."""

    summaryReady = Signal(str)  # a filled order summary for the reply box

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lookups = Lookups(context.db.path, self)
        self.network = QNetworkAccessManager(self)  # item pictures, asynchronously
        self.pictures: dict[str, QPixmap] = {}
        self.customer_id: str | None = None
        self.language = "zh"
        self.kind = ""  # the kind of the customer's channel
        self.cards: list[OrderCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.age = QLabel()
        self.age.setObjectName("facts")
        self.age.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.age, 1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        self.problem = QLabel()
        self.problem.setObjectName("orderProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#d48806")
        layout.addWidget(self.problem)
        self.note = QLabel()  # what the platform cannot do, said once
        self.note.setObjectName("facts")
        self.note.setWordWrap(True)
        # its long sentence must not widen the panel (the conversation's header needs the room)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note.setVisible(False)
        layout.addWidget(self.note)
        self.box = QVBoxLayout()
        self.box.setSpacing(6)
        layout.addLayout(self.box)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Ask the platform for this customer's orders "
                                               "now"))
        self.note.setText(self.tr("The Douyin shop platform cannot list a buyer's orders: "
                                  "the orders ShopDesk already knows (from order cards, "
                                  "service requests and imported order exports) are asked "
                                  "again."))
        if self.customer_id is not None:
            self._show(self._cached())

    def show_customer(self, customer_id: str | None, language: str = "zh",
                      kind: str = "") -> None:
        """The customer's saved orders at once; asked anew in the lookup thread when stale.
        ``kind``: of the customer's channel (a platform that cannot list a buyer's orders
        says so)."""
        changed = customer_id != self.customer_id
        self.customer_id, self.language, self.kind = customer_id, language, kind
        self.refresh_button.setVisible(customer_id is not None)  # nobody's orders to ask for
        self.note.setVisible(customer_id is not None and kind in NO_BUYER_SEARCH)
        if changed:
            self.problem.clear()
        found = self._cached()
        self._show(found)
        if changed and customer_id is not None and found and \
                any(orders.stale(self.context.reader, o) for o in found):
            self.refresh(quiet=True)

    def _cached(self) -> list[Order]:
        if self.customer_id is None:
            return []
        return orders.for_customer(self.context.reader, self.customer_id)[:SHOWN]

    def refresh(self, quiet: bool = False) -> None:
        if self.customer_id is None or self.lookups.busy:
            return
        self.refresh_button.setEnabled(False)
        self.age.setText(self.tr("Asking the platform…"))
        customer = self.customer_id
        # here: the platforms' connectors (and the HTTP library) load when first asked
        from desktop.channels import orders as lookups

        self.lookups.run(partial(lookups.refresh_customer, customer_id=customer),
                         partial(self._refreshed, customer, quiet),
                         partial(self._failed, customer))

    def _refreshed(self, customer: str, quiet: bool,
                   result: tuple[list[Order], list[LookupFailed]]) -> None:
        self.refresh_button.setEnabled(True)
        if customer != self.customer_id:
            return
        found, problems = result
        shown = [p for p in problems if not (quiet and p.code == "no_lookup")]
        self.problem.setText(" ".join(problem_text(p) for p in shown))
        self._show(found[:SHOWN])

    def _failed(self, customer: str, message: str) -> None:
        self.refresh_button.setEnabled(True)
        if customer == self.customer_id:
            self.problem.setText(message)
            self._show(self._cached())

    def _show(self, found: list[Order]) -> None:
        for card in self.cards:
            self.box.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for order in found:
            card = OrderCard(self.context, order)
            card.sendSummary.connect(self._send)
            self.box.addWidget(card)
            self.cards.append(card)
            if card.thumbnail is not None:
                self._picture(card.thumbnail)
        now = self.context.reader.clock()
        if not found:
            self.age.setText(self.tr("No orders yet") if self.customer_id else "")
        else:
            newest = max(o.fetched_at for o in found)
            self.age.setText(self.tr("As of {0}").format(
                formatting.when(newest, self.context.zone, now)))

    def _picture(self, label: QLabel) -> None:
        url = str(label.property("url"))
        if url in self.pictures:
            self._set_picture(label, self.pictures[url])
            return
        request = QNetworkRequest(QUrl(url))
        request.setTransferTimeout(10_000)
        reply = self.network.get(request)
        reply.finished.connect(partial(self._picture_loaded, reply, url, label))

    def _picture_loaded(self, reply: QNetworkReply, url: str, label: QLabel) -> None:
        reply.deleteLater()
        pixmap = QPixmap()
        if reply.error() != QNetworkReply.NetworkError.NoError or \
                not pixmap.loadFromData(reply.read(2_000_000)):
            return  # offline or not a picture: the card goes without
        pixmap = pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
        self.pictures[url] = pixmap
        if shiboken6.isValid(label):
            self._set_picture(label, pixmap)

    @staticmethod
    def _set_picture(label: QLabel, pixmap: QPixmap) -> None:
        label.setPixmap(pixmap)
        label.setVisible(True)

    def _send(self, order_id: str) -> None:
        card = next((c for c in self.cards if c.order.order_id == order_id), None)
        if card is not None:
            self.summaryReady.emit(orders.summary(self.context.reader, card.order,
                                                  self.language))
