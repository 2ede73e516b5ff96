"""The knowledge base's matcher: by words (the domain's index) and by meaning (the sentence
model), blended into one 0–1 score per article."""

from __future__ import annotations

from datetime import date

import numpy as np

from desktop.domain.kb_match import Article, KbIndex, Lexicon, blend, features
from desktop.services.sentence_model import SentenceModel

_FOREVER = date.max.toordinal()
# Below this an article is only about as close as an unrelated one (a similarity of ~0.37
# and no shared word): not worth a suggestion.
NOISE = 0.05


class Matcher:
    """Built once per version of the base; ``match`` is safe from several threads.

    ``known`` holds vectors of phrasings encoded before (text -> vector): a rebuild after an
    edit encodes only the phrasings that changed.
    """

    def __init__(self, articles: list[Article], lexicon: Lexicon | None,
                 model: SentenceModel | None,
                 known: dict[str, np.ndarray] | None = None) -> None:
        self.words = KbIndex(articles, lexicon)
        self.lexicon = lexicon
        self.articles = self.words.articles
        self.model = model
        self.vectors: dict[str, np.ndarray] = {}
        self._ids = [a.id for a in articles]
        self._position = {a: i for i, a in enumerate(self._ids)}
        self._from = np.array([a.valid_from.toordinal() if a.valid_from else 0
                               for a in articles], dtype=np.int64)
        self._to = np.array([a.valid_to.toordinal() if a.valid_to else _FOREVER
                             for a in articles], dtype=np.int64)
        if model is None or not articles:
            self.model = None
            return
        # each article's title and phrasings, in article order; _starts marks where each begins
        texts: list[str] = []
        starts: list[int] = []
        for a in articles:
            starts.append(len(texts))
            texts += [a.title, *a.questions]
        known = known or {}
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        fresh = dict(zip(missing, model.encode(missing), strict=True))
        self.vectors = {t: known[t] if t in known else fresh[t] for t in texts}
        self._matrix = np.vstack([self.vectors[t] for t in texts])
        self._starts = np.array(starts, dtype=np.int64)

    def match(self, text: str, today: date | None = None, limit: int = 3,
              least: float = NOISE) -> list[tuple[str, float]]:
        """(article id, score 0–1), best first, none below ``least``; expired articles never
        match."""
        by_words = self.words.match(text, today, limit=len(self._ids))
        if self.model is None or not features(text):  # an emoji or a "?" asks nothing
            return [(a, s) for a, s in by_words[:limit] if s >= least]
        words = np.zeros(len(self._ids), dtype=np.float32)
        for article_id, score in by_words:
            words[self._position[article_id]] = score
        query = self.model.encode([text])[0]
        similarity = np.maximum.reduceat(self._matrix @ query, self._starts)
        scores = blend(words, similarity)
        if today is not None:
            day = today.toordinal()
            scores = np.where((self._from <= day) & (day <= self._to), scores, -1.0)
        count = min(limit, len(scores))
        top = np.argpartition(-scores, count - 1)[:count] if count else []
        ranked = sorted(((float(scores[i]), self._ids[i]) for i in top if scores[i] >= least),
                        key=lambda s: (-s[0], s[1]))
        return [(article_id, round(min(score, 1.0), 4)) for score, article_id in ranked]
