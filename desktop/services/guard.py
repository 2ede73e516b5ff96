"""The sensitive-word guard as the shop has it: the starter list plus the shop's own words."""

from __future__ import annotations

import json
from functools import cache

from desktop.domain.guard import GuardAction, Verdict, Word, check
from desktop.services.errors import UserError
from desktop.services.resources import resource
from desktop.store import automation
from desktop.store.db import Store


@cache
def _starter() -> tuple[tuple[Word, ...], tuple[str, ...]]:
    data = json.loads(resource("wordlists", "guard_starter.json").read_text(encoding="utf-8"))
    words = tuple(Word(w["word"], GuardAction(w["action"]), w.get("reason", ""))
                  for w in data["words"])
    return words, tuple(data.get("allow", ()))


def word_lists(store: Store) -> tuple[list[Word], list[str]]:
    words = {w.text: w for w in _starter()[0]}
    allowed = set(_starter()[1])
    for word, action, reason in automation.guard_words(store.conn):
        if action == "allow":
            allowed.add(word)
            words.pop(word, None)
        else:
            words[word] = Word(word, GuardAction(action), reason)
    return list(words.values()), sorted(allowed)


def inspect(store: Store, text: str) -> Verdict:
    words, allowed = word_lists(store)
    return check(text, words, allowed)


class Blocked(UserError):
    """An outgoing message with a word the shop does not send."""

    def __init__(self, verdict: Verdict) -> None:
        first = next(h for h in verdict.hits if h.action is GuardAction.BLOCK)
        super().__init__(f"not sent: “{first.word}” ({first.reason or 'blocked word'})",
                         "guard.blocked", word=first.word, reason=first.reason or "")
        self.verdict = verdict
        self.word = first.word


def clear_to_send(store: Store, text: str) -> Verdict:
    """The verdict for an outgoing text; raises :class:`Blocked` when it must not go out."""
    verdict = inspect(store, text)
    if verdict.blocked:
        raise Blocked(verdict)
    return verdict


def set_word(store: Store, word: str, action: str, reason: str = "") -> None:
    if not word.strip():
        raise UserError("a word is needed")
    if action not in ("block", "mask", "warn", "allow"):
        raise UserError("the action is block, mask, warn or allow")
    with store.write() as w:
        automation.save_guard_word(w, word.strip(), action, reason)


def own_words(store: Store) -> list[tuple[str, str, str]]:
    """The shop's own words: (word, action, reason); action "allow" for the allow-list."""
    return automation.guard_words(store.conn)


def remove_word(store: Store, word: str) -> None:
    with store.write() as w:
        automation.delete_guard_word(w, word)


def replace_words(store: Store, rows: list[tuple[str, str, str]]) -> None:
    """The shop's own list as a whole (the page saves it in one go)."""
    for word, action, _ in rows:
        if not word.strip() or action not in ("block", "mask", "warn", "allow"):
            raise UserError(f"“{word}”: give a word and block, mask, warn or allow")
    keep = {w.strip() for w, _, _ in rows}
    with store.write() as w:
        for word, _, _ in automation.guard_words(store.conn):
            if word not in keep:
                automation.delete_guard_word(w, word)
        for word, action, reason in rows:
            automation.save_guard_word(w, word.strip(), action, reason)
