"""Connecting a TikTok Shop by authorising it: the code TikTok gives becomes the shop's tokens
(through the connector's token call), the shop's cipher is read from its authorised shops, and
the channel is added with its secrets in the keychain."""

from __future__ import annotations

import json
from typing import Any

from desktop.channels.base import ChannelError
from desktop.channels.tiktok import API_BASE, AUTH_BASE, TikTokConnector, Tokens, auth_code_from
from desktop.services import channels, shop
from desktop.services.errors import UserError
from desktop.services.session import Shop

NO_SHOP = "platform.no_shop"  # the code was good, but no shop has authorised the app


def connect(store: Shop, name: str, app_key: str, app_secret: str, pasted: str,
            api_base: str = API_BASE, auth_base: str = AUTH_BASE) -> dict[str, Any]:
    """Add the TikTok Shop channel ``name`` from the code (or redirected address) ``pasted``;
    returns the channel as ``channels.add`` does, with the shop's name on TikTok."""
    name, app_key, app_secret = name.strip(), app_key.strip(), app_secret.strip()
    if not (name and app_key and app_secret):
        raise UserError("TikTok Shop needs a name, the app key and the app secret")
    try:
        code = auth_code_from(pasted)
        connector = TikTokConnector(name, app_key, "", Tokens(app_secret, "", ""),
                                    shop.shop_zone(store), api_base=api_base,
                                    auth_base=auth_base)
        connector.authorize(code)
        shops = connector.authorized_shops()
    except ChannelError as exc:  # the window words it from the code, the platform's apart
        problem = exc.problem
        raise UserError(str(exc), problem.code.value if problem.code else None,
                        **problem.values) from None
    if not shops or not shops[0].get("cipher"):
        raise UserError("TikTok Shop: no shop has authorised this app yet", NO_SHOP,
                        platform="TikTok Shop")
    first = shops[0]
    config = {"app_key": app_key, "shop_cipher": first["cipher"],
              "shop_name": first.get("name") or ""}
    if api_base != API_BASE or auth_base != AUTH_BASE:
        config.update(api_base=api_base, auth_base=auth_base)
    tokens = connector.tokens
    added = channels.add(store, "tiktok", name, config, secret_values={"secrets": json.dumps({
        "app_secret": app_secret, "access_token": tokens.access_token,
        "refresh_token": tokens.refresh_token})})
    return {**added, "shop_name": first.get("name") or ""}
