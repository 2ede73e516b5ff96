"""How the window words and colours an order's status, its total and a failed lookup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.orders import Order, Status
from desktop.services.orders import LookupFailed

COLOURS = {Status.UNPAID: "#86909c", Status.AWAITING_SHIPMENT: "#ff7d00",
           Status.AWAITING_COLLECTION: "#d48806", Status.IN_TRANSIT: "#1677ff",
           Status.DELIVERED: "#00a870", Status.COMPLETED: "#237804",
           Status.CANCELLED: "#f53f3f"}


def status_name(status: Status) -> str:
    names = {
        Status.UNPAID: QCoreApplication.translate("Orders", "Awaiting payment"),
        Status.AWAITING_SHIPMENT: QCoreApplication.translate("Orders", "To ship"),
        Status.AWAITING_COLLECTION: QCoreApplication.translate("Orders", "Awaiting collection"),
        Status.IN_TRANSIT: QCoreApplication.translate("Orders", "In transit"),
        Status.DELIVERED: QCoreApplication.translate("Orders", "Delivered"),
        Status.COMPLETED: QCoreApplication.translate("Orders", "Completed"),
        Status.CANCELLED: QCoreApplication.translate("Orders", "Cancelled"),
    }
    return names[status]


def problem_text(problem: LookupFailed) -> str:
    """A failed lookup in the shop's words (the cached orders stay shown)."""
    texts = {
        "offline": QCoreApplication.translate(
            "Orders", "The platform cannot be reached; showing the saved orders."),
        "throttled": QCoreApplication.translate(
            "Orders", "The platform asks us to slow down; try again in a minute."),
        "broken": QCoreApplication.translate(
            "Orders", "The platform answered with an error page; try again later."),
        "authorisation": QCoreApplication.translate(
            "Orders", "The shop's authorisation has ended; authorise ShopDesk again in the "
            "platform's back office."),
        "contract": QCoreApplication.translate(
            "Orders", "The platform's answer could not be read; the saved orders are kept."),
        "unknown": QCoreApplication.translate(
            "Orders", "The platform does not know this order."),
        "no_lookup": QCoreApplication.translate(
            "Orders", "This channel cannot look orders up: import the platform's order export, "
            "or add its keys."),
    }
    return texts.get(problem.code) or QCoreApplication.translate(
        "Orders", "The orders could not be refreshed; showing the saved orders.")


def money_text(order: Order) -> str:
    return {"CNY": "¥", "USD": "$"}.get(order.currency, order.currency + " ") + order.total
