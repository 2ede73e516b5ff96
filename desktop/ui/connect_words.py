"""Why a platform did not connect a shop, in the user's language: one sentence worded from the
refusal's code (desktop/domain/problems.py, carried by the service's UserError), and the
platform's own words apart, labelled, for a secondary line — never glued into the sentence."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.channels.tiktok_connect import NO_SHOP
from desktop.domain.problems import Code
from desktop.services.errors import describe
from desktop.ui import user_messages

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def _texts() -> dict[str, str]:
    later = translate(
        "ConnectWords", "{platform} could not answer just now: wait a few minutes, then "
        "authorise again and paste the new address.")
    return {
        Code.PLATFORM_AUTHORISATION: translate(
            "ConnectWords", "{platform} did not accept this authorisation: the code has been "
            "used already or is too old, or the App key and App secret are not this app's. "
            "Check them, authorise again and paste the new address (a code works once)."),
        Code.PLATFORM_SIGNATURE: translate(
            "ConnectWords", "{platform} refused the request's signature: the App secret is not "
            "this App key's. Copy both again from the app's page, then authorise again and "
            "paste the new address."),
        Code.PLATFORM_SLOW: translate(
            "ConnectWords", "{platform} asked for fewer requests just now: wait a minute, then "
            "authorise again and paste the new address."),
        Code.PLATFORM_UNREACHABLE: translate(
            "ConnectWords", "{platform} cannot be reached: check this computer's internet "
            "connection, then connect again."),
        Code.PLATFORM_BUSY: later,
        Code.PLATFORM_NOT_API: later,
        Code.PLATFORM_CONTRACT: later,
        Code.PLATFORM_ADDRESS_REFUSED: translate(
            "ConnectWords", "{platform} refused this computer's address: add it to the app's "
            "IP whitelist, then authorise again and paste the new address."),
        Code.PLATFORM_ERROR: translate(
            "ConnectWords", "{platform} did not connect the shop. Authorise again and paste the "
            "new address (a code works once); if it happens again, show {platform}'s support "
            "the platform's words below."),
        NO_SHOP: translate(
            "ConnectWords", "No shop has authorised this app on {platform} yet: on the "
            "authorisation page, sign in as the shop and authorise, then paste the new "
            "address."),
    }


def platform_words(values: Mapping[str, Any]) -> str:
    """The platform's own words, labelled as such ("" when it said nothing)."""
    detail = str(values.get("detail") or "").strip()
    if not detail:
        return ""
    if values.get("error") not in (None, ""):
        return translate("ConnectWords", "Platform's own words: {0} (code {1})").format(
            detail, values["error"])
    return translate("ConnectWords", "Platform's own words: {0}").format(detail)


def refusal(exc: BaseException) -> tuple[str, str]:
    """Why connecting failed: (the sentence, the platform's own words labelled, or "")."""
    code = getattr(exc, "code", None)
    values: Mapping[str, Any] = getattr(exc, "values", None) or {}
    text = _texts().get(code) if isinstance(code, str) else None
    if text is None:
        return user_messages.explain(exc) or describe(exc) or str(exc), ""
    platform = str(values.get("platform") or "")
    return text.format(platform=platform), platform_words(values)
