"""The knowledge base's matcher: by words (the domain's index) and by meaning (the sentence
model), blended into one 0–1 score per article."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from desktop.domain.kb_match import Article, KbIndex, Lexicon, blend, features
from desktop.services.sentence_model import DIMENSIONS, SentenceModel

if TYPE_CHECKING:
    import numpy as np

_FOREVER = date.max.toordinal()
# With many articles, meaning is first compared with each article's centroid (the mean of its
# phrasings: a quarter of the numbers to read), and only the closest SHORTLIST articles with
# every phrasing. Reading all phrasings of 5,000 articles (40 MB) for every message would push
# everything else out of the processor's caches and double the time of a match.
SHORTLIST = 100
_SHORTLIST_DIMENSIONS = 64
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
        import numpy as np  # here: the KB service is imported by the first screen, numpy not

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
        self._matrix = np.vstack([*(self.vectors[t] for t in texts),
                                  np.zeros(DIMENSIONS, dtype=np.float32)])
        self._starts = np.array(starts, dtype=np.int64)
        # each article's rows of the matrix, padded to the longest with a row of zeros
        lengths = np.diff([*starts, len(texts)])
        self._slots = np.full((len(articles), int(lengths.max())), len(texts), dtype=np.intp)
        for i, (start, length) in enumerate(zip(starts, lengths, strict=True)):
            self._slots[i, :length] = np.arange(start, start + length)
        if len(articles) > SHORTLIST:
            centroids = np.add.reduceat(self._matrix, self._starts)
            centroids /= np.linalg.norm(centroids, axis=1, keepdims=True)
            # ... in the centroids' own 64 main directions (most of their variance): a
            # shortlist needs ranks, not exact values, and reads an eighth of the numbers
            self._mean = centroids.mean(axis=0)
            directions = np.linalg.svd(centroids - self._mean, full_matrices=False)[2]
            self._basis = np.ascontiguousarray(directions[:_SHORTLIST_DIMENSIONS].T)
            self._centroids = np.ascontiguousarray((centroids - self._mean) @ self._basis)

    def match(self, text: str, today: date | None = None, limit: int = 3,
              least: float = NOISE) -> list[tuple[str, float]]:
        """(article id, score 0–1), best first, none below ``least``; expired articles never
        match."""
        import numpy as np

        if self.model is None or not features(text):  # an emoji or a "?" asks nothing
            return [(a, sc) for a, sc in self.words.match(text, today, limit) if sc >= least]
        by_words = self.words.scores(text)
        words = np.zeros(len(self._ids), dtype=np.float32)
        if by_words:
            at = np.fromiter((self._position[a] for a in by_words), dtype=np.intp,
                             count=len(by_words))
            words[at] = np.fromiter(by_words.values(), dtype=np.float32, count=len(by_words))
        scores = blend(words, self._similarity(self.model.encode([text])[0], words))
        if today is not None:
            day = today.toordinal()
            scores = np.where((self._from <= day) & (day <= self._to), scores, -1.0)
        count = min(limit, len(scores))
        top = np.argpartition(-scores, count - 1)[:count] if count else []
        ranked = sorted(((float(scores[i]), self._ids[i]) for i in top if scores[i] >= least),
                        key=lambda s: (-s[0], s[1]))
        return [(article_id, round(min(score, 1.0), 4)) for score, article_id in ranked]

    def _similarity(self, query: np.ndarray, words: np.ndarray) -> np.ndarray:
        """Each article's similarity of meaning: the cosine of its closest phrasing with the
        query — exactly for the SHORTLIST articles that the words and the centroids rank
        highest, by the centroid for the rest (which rank too low to be offered)."""
        import numpy as np

        if len(self._ids) <= SHORTLIST:
            return np.maximum.reduceat(self._matrix[:-1] @ query, self._starts)
        similarity = self._centroids @ (query @ self._basis) + float(self._mean @ query)
        short = np.argpartition(-blend(words, similarity), SHORTLIST - 1)[:SHORTLIST]
        slots = self._slots[short]
        exact = (self._matrix[slots.ravel()] @ query).reshape(slots.shape)
        similarity[short] = np.where(slots < len(self._matrix) - 1, exact, -1.0).max(axis=1)
        return similarity
