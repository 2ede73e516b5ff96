"""The shop's people: agents, their status, and who works at this desktop."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.services.errors import UserError
from desktop.store import audit, conversations, directory
from desktop.store import settings as settings_store
from desktop.store.db import Store
from desktop.store.writer import Changes


class AgentStatus(StrEnum):
    ONLINE = "online"
    BREAK = "break"
    OFFLINE = "offline"


@dataclass(frozen=True, slots=True)
class Agent:
    id: str
    name: str
    role: str
    tier: int
    max_concurrent: int
    status: AgentStatus
    active: bool = True


class StillServing(UserError):
    """Going offline while conversations are still being served."""

    def __init__(self, count: int) -> None:
        super().__init__(f"you are still serving {count} conversation(s): "
                         "hand them over or close them first", "team.still_serving",
                         count=count)
        self.count = count


ROLES = ("owner", "agent")
TIERS = range(1, 4)


def agents(store: Store, include_inactive: bool = False) -> list[Agent]:
    """The shop's agents by name; those deactivated only when asked for."""
    return [Agent(a["id"], a["name"], a["role"], a["tier"], a["max_concurrent"],
                  AgentStatus(a["status"]), bool(a["active"]))
            for a in directory.list_agents(store.conn) if include_inactive or a["active"]]


def agent(store: Store, agent_id: str | None) -> Agent | None:
    return next((a for a in agents(store, include_inactive=True) if a.id == agent_id), None)


def workload(store: Store) -> list[tuple[Agent, int]]:
    """Every agent with how many open conversations they are serving now."""
    return [(a, conversations.open_load(store.conn, a.id)) for a in agents(store)]


def me(store: Store) -> Agent | None:
    """The agent who works at this desktop (a per-desktop setting)."""
    return agent(store, settings_store.read_local(store.conn, "me"))


def set_me(store: Store, agent_id: str) -> None:
    with store.write() as w:
        settings_store.write_local(w, "me", agent_id)


def _checked(name: str, role: str, tier: int, max_concurrent: int) -> str:
    name = name.strip()
    if not name:
        raise UserError("an agent needs a name")
    if name in ("customer", "bot"):
        raise UserError(f"'{name}' is reserved")
    if role not in ROLES:
        raise UserError(f"a role is owner or agent, not '{role}'")
    if tier not in TIERS:
        raise UserError(f"a tier is 1, 2 or 3, not {tier}")
    if not 1 <= max_concurrent <= 200:
        raise UserError("the most chats at once is between 1 and 200")
    return name


def add_agent(store: Store, name: str, role: str = "agent", tier: int = 1,
              max_concurrent: int = 10) -> str:
    """A new agent (the one of that name if there is one: an agent is their name)."""
    name = _checked(name, role, tier, max_concurrent)
    if name in directory.agent_ids(store.conn):
        return directory.agent_ids(store.conn)[name]
    with store.write() as w:
        agent_id = directory.add_agent(w, name, role, tier, max_concurrent)
        audit.record(w, "agent.add", "agent", agent_id, detail={"name": name, "role": role})
    return agent_id


def update_agent(store: Store, agent_id: str, name: str, role: str, tier: int,
                 max_concurrent: int) -> Changes:
    """Rename an agent, or change their role, tier or most chats at once."""
    name = _checked(name, role, tier, max_concurrent)
    if agent(store, agent_id) is None:
        raise UserError("this agent no longer exists")
    taken = directory.agent_ids(store.conn).get(name)
    if taken is not None and taken != agent_id:
        raise UserError(f"there is already an agent called {name}")
    with store.write() as w:
        w.update("agents", agent_id, {"name": name, "role": role, "tier": tier,
                                      "max_concurrent": max_concurrent})
        audit.record(w, "agent.edit", "agent", agent_id,
                     detail={"name": name, "role": role, "tier": tier,
                             "max_concurrent": max_concurrent})
        return w.changes


def set_active(store: Store, agent_id: str, active: bool) -> Changes:
    """Deactivate an agent who has left (offline, offered nothing new; their history stays),
    or bring them back. Someone still serving conversations hands them over first."""
    if not active:
        serving = conversations.open_load(store.conn, agent_id)
        if serving:
            raise StillServing(serving)
    with store.write() as w:
        w.update("agents", agent_id, {"active": int(active), "status": AgentStatus.OFFLINE.value}
                 if not active else {"active": 1})
        audit.record(w, "agent.active" if active else "agent.deactivate", "agent", agent_id)
        return w.changes


def set_status(store: Store, agent_id: str, status: AgentStatus) -> Changes:
    """Online agents receive new conversations; going offline needs an empty plate."""
    status = AgentStatus(status)
    if status is AgentStatus.OFFLINE:
        serving = conversations.open_load(store.conn, agent_id)
        if serving:
            raise StillServing(serving)
    with store.write() as w:
        w.update("agents", agent_id, {"status": status.value})
        audit.record(w, "agent.status", "agent", agent_id, actor=agent_id,
                     detail={"status": status.value})
        return w.changes


def first_run(store: Store, shop_name: str, timezone: str, me_name: str, role: str,
              me_id: str | None = None) -> str:
    """The welcome's answers: the shop's profile and who works at this desktop, with the
    role they chose (also when they are an agent the shop already knows, e.g. from history)."""
    from desktop.services import shop

    shop.save_profile(store, shop_name, timezone)
    agent_id = me_id or add_agent(store, me_name, role=role)
    known = agent(store, agent_id)
    if known is not None and (known.role != role or not known.active):
        with store.write() as w:
            w.update("agents", agent_id, {"role": role, "active": 1})
            audit.record(w, "agent.edit", "agent", agent_id, detail={"role": role})
    set_me(store, agent_id)
    return agent_id


def needs_welcome(store: Store) -> bool:
    """A desktop that has not said who works at it yet."""
    return settings_store.read_local(store.conn, "me") is None


def join_as(store: Store, me_name: str, role: str) -> str:
    """Who works at a desktop that joined a team (the shop's profile is the team's)."""
    agent_id = add_agent(store, me_name, role=role)
    set_me(store, agent_id)
    return agent_id
