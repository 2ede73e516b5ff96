"""Matching a customer's message to knowledge-base articles.

Customers rarely use the shop's words (寄出 for 发货, 码数 for 尺码), type in chat style (亲、呀、
emoji, full-width punctuation) and make typos. So text is folded, chat particles dropped, the
synonym lexicon maps customer words to the shop's, and both sides become CJK bigrams and Latin
word stems. Each question phrasing and the title is its own document (the answer counts a
little); an article scores the best of its documents, by TF-IDF cosine similarity, 0–1.

Words miss rewordings that share none (杯子碎了 for 收到破损商品). Where a sentence model is at
hand (``desktop/services/sentence_model``) each article also gets the similarity of meaning of
its closest phrasing, and :func:`blend` makes one 0–1 score of the two.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import numpy as np

PARTICLES = set("亲呀哦啊吗呢吧啦嘛哈呐噢么哇诶嗯")
# English words that carry no meaning for matching
STOPWORDS = frozenset("a an the i me my u you your we our it is are was be do does did can could "  # noqa: SIM905
                      "will would to of for in on at this that there these with and or if so "
                      "please pls hi hello what how when where which who why any".split())
_COMMON = set("的了是我你在有不能可以这个吗怎么要就也都还会一")
_TOKEN = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+")
FIELD_WEIGHT = {"question": 1.0, "title": 0.9, "answer": 0.35}
MAX_QUERY_TERMS = 12
# The blend of words and meaning: each counts half. Two unrelated chat messages have a
# similarity of about 0.3 (measured on the 50 off-topic messages of tests/data/kb_eval.json,
# median 0.41 to their closest phrasing), so meaning counts only above that.
WORDS_SHARE = 0.5
UNRELATED = 0.3
Score = TypeVar("Score", float, "np.ndarray")


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    questions: tuple[str, ...]
    answer: str
    language: str = "zh"
    valid_from: date | None = None
    valid_to: date | None = None

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and \
            (self.valid_to is None or day <= self.valid_to)


_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def answer_parts(answer: str) -> tuple[str, list[dict[str, str]]]:
    """An answer written in Markdown as chat sends it: the text (a link becomes "words url")
    and its images as attachments ({"name", "uri"})."""
    images = [{"name": (alt or uri.rsplit("/", 1)[-1]), "uri": uri}
              for alt, uri in _IMAGE.findall(answer)]
    text = _IMAGE.sub("", answer)
    text = _LINK.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip(), images


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


class Lexicon:
    """Customer words -> the shop's word (longest variants replaced first)."""

    def __init__(self, groups: dict[str, list[str]]) -> None:
        pairs = [(variant.lower(), canonical.lower()) for canonical, variants in groups.items()
                 for variant in variants if variant and variant != canonical]
        pairs.sort(key=lambda p: -len(p[0]))
        self.pairs = pairs
        self._pattern = re.compile("|".join(re.escape(v) for v, _ in pairs)) if pairs else None
        self._map = dict(pairs)

    def apply(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: " " + self._map[m.group(0)] + " ", text)


def features(text: str, lexicon: Lexicon | None = None) -> Counter[str]:
    folded = unicodedata.normalize("NFKC", text).lower()
    if lexicon is not None:
        folded = lexicon.apply(folded)
    out: Counter[str] = Counter()
    for run in _TOKEN.findall(folded):
        if run[0] >= "\u4e00":
            chars = "".join(c for c in run if c not in PARTICLES)
            if len(chars) == 1:
                out[chars] += 1
            out.update(chars[i : i + 2] for i in range(len(chars) - 1))
            # single characters too, so short or reworded questions still meet (码, 券, 退)
            out.update("1" + c for c in chars if c not in _COMMON)
        elif run not in STOPWORDS:
            stem = _stem(run)
            out[stem] += 1
            if len(stem) >= 5 and not stem.isdigit():  # letter trigrams forgive typos (parcle)
                out.update("3" + stem[i : i + 3] for i in range(len(stem) - 2))
    return out


class KbIndex:
    """An inverted index over the phrasings, titles and answers of the valid articles."""

    def __init__(self, articles: list[Article], lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon
        self.articles = {a.id: a for a in articles}
        docs: list[tuple[str, float, Counter[str]]] = []
        for a in articles:
            for q in a.questions:
                docs.append((a.id, FIELD_WEIGHT["question"], features(q, lexicon)))
            docs.append((a.id, FIELD_WEIGHT["title"], features(a.title, lexicon)))
            answer = _LINK.sub(r"\1", _IMAGE.sub("", a.answer))  # words, not addresses
            docs.append((a.id, FIELD_WEIGHT["answer"], features(answer[:400], lexicon)))
        df: Counter[str] = Counter()
        for _, _, f in docs:
            df.update(f.keys())
        n = max(len(docs), 1)
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        # misspelt English (recieve, refnud): every word one edit from a known word finds it
        self.df = df
        self.near: dict[str, set[str]] = defaultdict(set)
        for t in df:
            if t.isalpha() and t.isascii() and len(t) >= 4:
                for variant in _one_deletion(t) | {t}:
                    self.near[variant].add(t)
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self.docs: list[tuple[str, float, float]] = []  # (article, field weight, norm)
        for i, (article_id, weight, f) in enumerate(docs):
            vector = {t: (1 + math.log(c)) * self.idf[t] for t, c in f.items()}
            norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
            self.docs.append((article_id, weight, norm))
            for t, v in vector.items():
                self.postings[t].append((i, v))

    def match(self, text: str, today: date | None = None,
              limit: int = 3) -> list[tuple[str, float]]:
        """(article id, score 0–1), best first; expired articles never match."""
        best = self.scores(text)
        ranked = sorted(((a, sc) for a, sc in best.items()
                         if today is None or self.articles[a].valid_on(today)),
                        key=lambda x: -x[1])
        return [(a, round(min(sc, 1.0), 4)) for a, sc in ranked[:limit]]

    def scores(self, text: str) -> dict[str, float]:
        """Every article sharing a telling word with ``text``: its score, unsorted, expired
        ones included (the caller filters by day)."""
        query = self._spelled(features(text, self.lexicon))
        vector = {t: (1 + math.log(c)) * self.idf[t] for t, c in query.items() if t in self.idf}
        qnorm = math.sqrt(sum(v * v for v in vector.values()))
        if not qnorm:
            return {}
        # an off-topic message that shares one word with a short phrasing must not score high:
        # the cosine is scaled by how much of the message the phrasing covers
        unseen = math.log(1 + len(self.docs) + 1)  # a word no article has: as rare as can be
        total = sum(vector.values()) + unseen * sum(1 for t in query if t not in self.idf)
        dots: dict[int, float] = defaultdict(float)
        covered: dict[int, float] = defaultdict(float)
        # A word in many documents tells articles apart little and costs a long list: single
        # characters are skipped above 1 % of the documents, everything above 3 %.
        crowded_char, crowded = max(40, len(self.docs) // 100), max(60, len(self.docs) // 30)
        # the most telling words only: a long message costs no more than a short one
        telling = sorted(vector.items(), key=lambda tv: -tv[1])[:MAX_QUERY_TERMS]
        for t, qv in telling:
            postings = self.postings[t]
            if len(postings) > (crowded_char if t.startswith("1") else crowded):
                continue
            for doc, dv in postings:
                dots[doc] += qv * dv
                covered[doc] += qv
        best: dict[str, float] = {}
        for doc, dot in dots.items():
            article_id, weight, norm = self.docs[doc]
            score = weight * dot / (qnorm * norm) * math.sqrt(covered[doc] / total)
            if score > best.get(article_id, 0.0):
                best[article_id] = score
        return best


    def _spelled(self, query: Counter[str]) -> Counter[str]:
        """English words no article has, read as the known word one typo away (the most
        common one when several are)."""
        out: Counter[str] = Counter()
        for t, c in query.items():
            if t in self.idf or not (t.isalpha() and t.isascii() and len(t) >= 4):
                out[t] += c
                continue
            near = set().union(*(self.near.get(v, set()) for v in _one_deletion(t) | {t}))
            out[max(near, key=lambda w: (self.df[w], w)) if near else t] += c
        return out


def blend(by_words: Score, similarity: Score) -> Score:
    """One 0–1 score from the words score and the similarity of meaning (cosine, -1–1);
    works on numbers and on arrays of them alike."""
    import numpy as np  # here: the window's first screen does without numpy

    meaning = np.clip((similarity - UNRELATED) / (1.0 - UNRELATED), 0.0, 1.0)
    return WORDS_SHARE * by_words + (1.0 - WORDS_SHARE) * meaning


def _one_deletion(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


_ACKS = re.compile(
    r"好的|好吧|行吧|可以了|没问题|收到|谢谢|多谢|谢了|麻烦了|辛苦了|那我等一下|等一下|没有了|"
    r"还有别的问题吗|知道了|明白了|嗯+|哦+|\bok(ay)?\b|\bthank you\b|\bthanks?\b|"
    r"\bgreat\b|\bgot it\b|\bperfect\b|\bfor the quick reply\b|\bno problem\b")


def is_question(text: str) -> bool:
    """Whether a message asks something (not only thanks, okay, or a polite closing)."""
    rest = _ACKS.sub(" ", unicodedata.normalize("NFKC", text).lower())
    return sum(len(run) for run in _TOKEN.findall(rest)) >= 3


@dataclass
class Cluster:
    examples: list[str]
    answers: Counter[str]

    @property
    def size(self) -> int:
        return len(self.examples)


def cluster(questions: list[tuple[str, str | None]], lexicon: Lexicon | None = None,
            similarity: float = 0.35) -> list[Cluster]:
    """Group similar questions (text, the agent's answer) — greedy, by shared features —
    biggest group first."""
    groups: list[tuple[set[str], Cluster]] = []
    for text, answer in questions:
        keys = set(features(text, lexicon))
        if not keys:
            continue
        for seed, group in groups:
            if len(keys & seed) / len(keys | seed) >= similarity:
                group.examples.append(text)
                if answer:
                    group.answers[answer] += 1
                break
        else:
            groups.append((keys, Cluster([text], Counter([answer] if answer else []))))
    return sorted((g for _, g in groups), key=lambda g: -g.size)


def top_questions(texts: list[str], lexicon: Lexicon | None = None, top: int = 10,
                  distinct: int = 400) -> list[tuple[int, str]]:
    """The questions customers asked most: (how many asked, an example), most first.

    Identical questions (after folding case, width and punctuation) are counted first; only the
    ``distinct`` commonest are then grouped by meaning, so a busy day of tens of thousands of
    messages takes a moment, not minutes."""
    counts = Counter(fold for text in texts if is_question(text)
                     for fold in [_fold(text)] if fold)
    examples: dict[str, str] = {}
    for text in texts:
        examples.setdefault(_fold(text), text.strip())
    groups: list[tuple[set[str], list[int | str]]] = []  # features, [asked, example]
    for fold, n in counts.most_common(distinct):
        keys = set(features(fold, lexicon))
        if not keys:
            continue
        for seed, group in groups:
            if len(keys & seed) / len(keys | seed) >= 0.5:
                group[0] += n
                break
        else:
            groups.append((keys, [n, examples[fold]]))
    ranked = sorted((g for _, g in groups), key=lambda g: -int(g[0]))
    return [(int(n), str(example)) for n, example in ranked[:top]]


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).lower().strip()
    return re.sub(r"[\s\W_]+$", "", folded)[:200]
