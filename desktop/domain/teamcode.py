"""The one-line join code a team member is given: the hub's address and their token."""

from __future__ import annotations

import base64
import json

PREFIX = "SD1-"


def encode(hub_url: str, member: str, token: str) -> str:
    raw = json.dumps({"hub": hub_url, "member": member, "token": token}).encode()
    return PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(code: str) -> dict[str, str]:
    code = code.strip()
    if not code.startswith(PREFIX):
        raise ValueError("not a ShopDesk join code (it starts with SD1-)")
    body = code[len(PREFIX):]
    try:
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        return {k: str(data[k]) for k in ("hub", "member", "token")}
    except (ValueError, KeyError, TypeError):
        raise ValueError("the join code is damaged; ask for a new one") from None
