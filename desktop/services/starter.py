"""What a new shop may start with: the starter knowledge base and reply templates."""

from __future__ import annotations

import json

from desktop.services import autoreply, kb
from desktop.services.resources import resource
from desktop.store.db import Store


def load_templates(store: Store) -> int:
    """The starter reply templates (resources/templates/starter.json), each unless the shop
    has a template of that name already; returns how many were added."""
    items = json.loads(resource("templates", "starter.json").read_text(encoding="utf-8"))
    have = {t.name for t in autoreply.templates(store)}
    added = 0
    for item in items:
        if item["name"] not in have:
            autoreply.save_template(store, item["name"], item["body"], item["shortcut"],
                                    item["language"], item["category"])
            added += 1
    return added


def install(store: Store) -> dict[str, int]:
    """The starter knowledge base (when the shop has no articles yet) and templates."""
    articles = 0 if kb.articles(store) else kb.load_starter(store)
    return {"articles": articles, "templates": load_templates(store)}
