"""What the views share: the database thread, a read-only reader, the shop's zone, me."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop.services.session import Shop
from desktop.services.team import Agent
from desktop.ui.dbworker import Database


@dataclass
class Context:
    db: Database  # writes and slow reads, off the GUI thread
    reader: Shop  # short indexed reads on the GUI thread (read-only connection)
    zone: ZoneInfo
    me: Agent | None = None
    agents: list[Agent] = field(default_factory=list)
    attachments_dir: Path | None = None
    run_job: Callable[[str], None] | None = None  # the scheduler's "run now", when it runs

    @property
    def me_id(self) -> str | None:
        return self.me.id if self.me else None
