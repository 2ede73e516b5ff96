"""This desktop talking to the team's hub over HTTP."""

from __future__ import annotations

from typing import Any

import requests

from desktop.services import sync as team_sync
from desktop.services.errors import UserError
from desktop.services.session import Shop


class HubClient:
    def __init__(self, url: str, token: str, timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        # a hub that cannot be reached is known within seconds (the scheduler has other
        # work); a page that is on its way may take longer
        self.timeout = (5.0, timeout)

    def _answer(self, response: requests.Response) -> dict[str, Any]:
        if response.status_code == 401:
            raise UserError("the hub does not accept this desktop's token (revoked?): ask the "
                            "owner for a new join code")
        if response.status_code >= 400:
            raise UserError(f"the hub refused the request ({response.status_code}: "
                            f"{response.text[:200]})")
        return response.json()

    def push(self, changes: list[dict[str, Any]]) -> dict[str, Any]:
        try:
            return self._answer(self.session.post(f"{self.url}/push", json={"changes": changes},
                                                  timeout=self.timeout))
        except requests.RequestException as exc:
            raise UserError(f"the hub cannot be reached ({type(exc).__name__}); changes wait "
                            "here and go when it can") from exc

    def pull(self, since: int, limit: int) -> dict[str, Any]:
        try:
            return self._answer(self.session.get(f"{self.url}/pull", params={
                "since": since, "limit": limit}, timeout=self.timeout))
        except requests.RequestException as exc:
            raise UserError(f"the hub cannot be reached ({type(exc).__name__})") from exc


def sync(store: Shop) -> dict[str, Any]:
    """Push and pull once with the hub this desktop joined."""
    team = team_sync.joined(store)
    if team is None:
        raise UserError("this desktop has not joined a team: shopdesk join CODE")
    return team_sync.sync_once(store, HubClient(team["hub"], team["token"]))
