"""The one-line join code a team member is given: the hub's address, their token and, for a
hub with its own (self-signed) certificate, that certificate's SHA-256 fingerprint, which the
desktop pins."""

from __future__ import annotations

import base64
import json
import re

PREFIX = "SD1-"
_FINGERPRINT = re.compile(r"[0-9a-f]{64}\Z")


def encode(hub_url: str, member: str, token: str, fingerprint: str | None = None) -> str:
    data = {"hub": hub_url, "member": member, "token": token}
    if fingerprint:
        data["fingerprint"] = fingerprint
    raw = json.dumps(data).encode()
    return PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(code: str) -> dict[str, str]:
    """The code's hub, member and token (and fingerprint, when it has one)."""
    code = code.strip()
    if not code.startswith(PREFIX):
        raise ValueError("not a ShopDesk join code (it starts with SD1-)")
    body = code[len(PREFIX):]
    try:
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        out = {k: str(data[k]) for k in ("hub", "member", "token")}
        if "fingerprint" in data:
            if not _FINGERPRINT.match(str(data["fingerprint"])):
                raise ValueError
            out["fingerprint"] = str(data["fingerprint"])
    except (ValueError, KeyError, TypeError):
        raise ValueError("the join code is damaged; ask for a new one") from None
    return out
