"""The knowledge base's answers offered in the reply box, filled in for the conversation: the
same variables as templates (the conversation's latest order included), the rest of the
answer's text as written."""

from __future__ import annotations

from typing import Any

from desktop.domain.orders import escape_except
from desktop.domain.templates import STANDARD_VARIABLES, render
from desktop.services import autoreply, kb_language
from desktop.store.db import Store


def suggestions(store: Store, message: str, conversation_id: str,
                agent_id: str | None = None) -> list[dict[str, Any]]:
    """The knowledge base's answers to offer (:func:`desktop.services.kb_language.suggestions`:
    those in the customer's language first) with each answer filled in."""
    found = kb_language.suggestions(store, message, conversation_id)
    if not found:
        return found
    values = autoreply.template_values(store, conversation_id, agent_id)
    return [{**a, "answer": render(escape_except(a["answer"], STANDARD_VARIABLES), values)}
            for a in found]
