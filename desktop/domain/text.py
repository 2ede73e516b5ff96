"""Text normalisation for search: CJK unigrams + bigrams, words by prefix.

SQLite's ``trigram`` tokenizer cannot match the one- and two-character words
most Chinese searches use (发货, 退款, 退). So text is turned into two token
streams that FTS5's plain ``unicode61`` tokenizer indexes:

one token stream that FTS5's plain ``unicode61`` tokenizer indexes: Latin and
digit words as they are, and for every run of CJK characters its overlapping
bigrams in order followed by the run's last character alone. Then

* a CJK query of two or more characters is the phrase of its bigrams, which
  matches exactly the texts containing it;
* a one-character query is a prefix query: every occurrence of a character is
  either the start of a bigram or the last character of its run.

Queries are built here too, from quoted tokens only: whatever a user types
(quotes, brackets, ``AND``, ``*``, ``-``) can never become query syntax.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_CJK = (
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0002ffff"
)


def normalize(text: str) -> str:
    """Full-width to half-width, compatibility forms folded, lower case."""
    if unicodedata.is_normalized("NFKC", text):  # a quick check: half of all messages
        return text.lower()
    return unicodedata.normalize("NFKC", text).lower()


_TOKEN = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+")  # a run of CJK characters, or a word
_STARTS_CJK = re.compile(f"[{_CJK}]").match
_HAS_CJK = re.compile(f"[{_CJK}]").search
_WORD = re.compile(r"[^\W_]+")


def _runs(text: str) -> list[tuple[bool, str]]:
    return [(bool(_STARTS_CJK(run)), run) for run in _TOKEN.findall(normalize(text))]


# Token streams of short texts seen lately. Shops send the same short texts over and over
# (auto-replies, quick replies, "好的", "在吗"): an import of months of history meets most of
# them thousands of times. Long texts (mail bodies) are not kept, so the cache stays small.
_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 50_000
_CACHED_LENGTH = 200


def index_tokens(text: str) -> str:
    """The token stream to index for a piece of text: Latin and digit words as they are; for
    every run of CJK characters its overlapping bigrams in order, then its last character."""
    tokens = _CACHE.get(text)
    if tokens is None:
        tokens = _index_tokens(text)
        if len(text) <= _CACHED_LENGTH:
            if len(_CACHE) >= _CACHE_LIMIT:
                _CACHE.clear()
            _CACHE[text] = tokens
    return tokens


def _index_tokens(text: str) -> str:
    text = normalize(text)
    if not _HAS_CJK(text):  # words only: the regex engine does it all
        return " ".join(_WORD.findall(text))
    parts = []
    for run in _TOKEN.findall(text):
        if len(run) > 1 and _STARTS_CJK(run):
            parts.append(" ".join(map(str.__add__, run, run[1:])))  # the bigrams
            parts.append(run[-1])
        else:
            parts.append(run)
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class SearchTerms:
    """A user's query split into the pieces the index and the highlighter use."""

    terms: tuple[str, ...]  # normalised, in query order
    cjk: tuple[bool, ...]

    @property
    def empty(self) -> bool:
        return not self.terms


def parse_query(query: str) -> SearchTerms:
    """Split a typed query into terms; every non-word character is a separator."""
    runs = _runs(query[:500])
    seen: dict[str, bool] = {}
    for is_cjk, run in runs:
        seen.setdefault(run, is_cjk)
    return SearchTerms(tuple(seen), tuple(seen.values()))


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def fts_query(terms: SearchTerms) -> str:
    """An FTS5 MATCH expression: every term must match (AND)."""
    parts = []
    for term, is_cjk in zip(terms.terms, terms.cjk):
        if is_cjk and len(term) > 1:
            parts.append(_quote(" ".join(term[i : i + 2] for i in range(len(term) - 1))))
        else:
            parts.append(f"{_quote(term)} *")
    return " AND ".join(parts)


def highlight(text: str, terms: SearchTerms, width: int = 60) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the first hit and the hit ranges inside it.

    Returns ``(snippet, [(start, end), ...])`` with offsets into the snippet.
    The snippet is plain text; the caller decides how to mark the ranges.
    """
    head = text[:20_000]
    folded = "".join(unicodedata.normalize("NFKC", ch).lower()[:1] or " " for ch in head)
    hits: list[tuple[int, int]] = []
    for term, is_cjk in zip(terms.terms, terms.cjk):
        start = 0
        while (pos := folded.find(term, start)) >= 0:
            at_word_start = is_cjk or pos == 0 or not folded[pos - 1].isalnum()
            if at_word_start:
                end = pos + len(term)
                if not is_cjk:
                    while end < len(folded) and folded[end].isalnum():
                        end += 1
                hits.append((pos, end))
            start = pos + 1
    hits = _merge(sorted(hits))
    if not hits:
        snippet = head[:width]
        return (snippet + ("…" if len(text) > width else "")), []
    first = hits[0][0]
    # the whole window filled when the text allows, begun at a word (not inside one)
    begin = max(0, min(first - width // 3, len(head) - width))
    while 0 < begin < first and (head[begin - 1].isalnum() or head[begin].isspace()) and \
            not _STARTS_CJK(head[begin]):
        begin += 1
    end = min(len(head), begin + width)
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    snippet = prefix + head[begin:end].replace("\n", " ") + suffix
    shift = len(prefix) - begin
    ranges = [(max(s, begin) + shift, min(e, end) + shift)
              for s, e in hits if s < end and e > begin]
    return snippet, ranges


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def preview(text: str, limit: int = 80) -> str:
    """One line of a message for lists: whitespace folded, cut at ``limit``."""
    flat = " ".join(text[: limit * 4].split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
