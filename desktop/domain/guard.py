"""The sensitive-word guard: words platforms penalise, checked on every outgoing message.

Matching survives what people do to slip a word past a filter: spaces, full-width letters,
punctuation between the characters (微 信, ｗｅｃｈａｔ, 微.信). An allow-list keeps innocent
words that contain a listed one. Each word blocks, masks with ``*`` or only warns.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class GuardAction(StrEnum):
    BLOCK = "block"
    MASK = "mask"
    WARN = "warn"


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    action: GuardAction
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    word: str
    action: GuardAction
    reason: str
    start: int  # in the original text
    end: int


@dataclass(frozen=True)
class Verdict:
    text: str  # the text to send (masked where words mask)
    hits: tuple[Hit, ...]

    @property
    def blocked(self) -> bool:
        return any(h.action is GuardAction.BLOCK for h in self.hits)

    @property
    def warnings(self) -> tuple[Hit, ...]:
        return tuple(h for h in self.hits if h.action is GuardAction.WARN)


# Patterns no word list catches: phone numbers and contact handles.
PATTERNS = (
    (re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)"), "a phone number (off-platform contact)"),
    (re.compile(r"(?:vx|wx|v信|威信|薇信|微信|qq)[:：]?[a-z0-9_-]{5,}"),
     "a messenger account (off-platform contact)"),
)


def _significant(text: str) -> tuple[str, list[int]]:
    """Letters, digits and CJK only, folded; with each kept character's original index."""
    kept, index = [], []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch).lower()
        for f in folded:
            if f.isalnum():
                kept.append(f)
                index.append(i)
    return "".join(kept), index


def check(text: str, words: list[Word], allowed: tuple[str, ...] | list[str] = (),
          patterns: bool = True) -> Verdict:
    folded, index = _significant(text)
    if not folded:
        return Verdict(text, ())
    shielded: list[tuple[int, int]] = []
    for word in allowed:
        needle = _significant(word)[0]
        start = 0
        while needle and (pos := folded.find(needle, start)) >= 0:
            shielded.append((pos, pos + len(needle)))
            start = pos + 1
    hits: list[Hit] = []
    for word in words:
        needle = _significant(word.text)[0]
        start = 0
        while needle and (pos := folded.find(needle, start)) >= 0:
            end = pos + len(needle)
            if not any(a <= pos and end <= b for a, b in shielded):
                hits.append(Hit(word.text, word.action, word.reason, index[pos],
                                index[end - 1] + 1))
            start = pos + 1
    if patterns:
        for pattern, reason in PATTERNS:
            for match in pattern.finditer(folded):
                hits.append(Hit(match.group(0), GuardAction.BLOCK, reason,
                                index[match.start()], index[match.end() - 1] + 1))
    out = list(text)
    for hit in hits:
        if hit.action is GuardAction.MASK:
            for i in range(hit.start, hit.end):
                if not out[i].isspace():
                    out[i] = "*"
    return Verdict("".join(out), tuple(sorted(hits, key=lambda h: h.start)))
