"""Matching by meaning: the bundled sentence model blended with matching by words."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from desktop.domain.kb_match import UNRELATED, Article, blend
from desktop.services import kb, sentence_model
from desktop.services.kb_matcher import Matcher
from desktop.services.sentence_model import SentenceModel


@pytest.fixture(scope="module")
def model() -> SentenceModel:
    loaded = sentence_model.shared()
    assert loaded is not None, sentence_model.unavailable_reason()
    return loaded


@pytest.fixture
def base(store):
    kb.load_starter(store)
    return store


class CountingModel(SentenceModel):
    """The real model, counting the texts it was asked to encode."""

    def __init__(self, real: SentenceModel) -> None:
        self._session = real._session
        self.encoded: list[str] = []

    def encode(self, texts):
        self.encoded += list(texts)
        return super().encode(texts)


ARTICLES = [
    Article("damaged", "收到破损商品", ("东西坏了", "收到的衣服有破洞"), "拍照联系客服补发"),
    Article("ship", "发货时间", ("什么时候发货", "多久能发货"), "48 小时内发货"),
    Article("sale", "双十一活动", ("双十一有什么优惠",), "全场满 300 减 50",
            valid_from=date(2026, 11, 1), valid_to=date(2026, 11, 11)),
]


@pytest.mark.parametrize("message,title", [
    ("杯子碎了", "收到破损商品"),                  # no word in common with any phrasing
    ("打开盒子发现裂了", "收到破损商品"),
    ("when will you send my order", "发货时间"),  # English question, Chinese article
])
def test_rewordings_without_shared_words_find_the_article(base, model, message, title):
    assert kb.match(base, message)[0]["title"] == title


def test_words_alone_miss_what_meaning_finds(model):
    matcher = Matcher(ARTICLES, None, model)
    assert not matcher.words.match("杯子碎了")          # no shared word at all
    assert matcher.match("杯子碎了")[0][0] == "damaged"


def test_an_expired_article_never_matches_by_meaning_either(model):
    matcher = Matcher(ARTICLES, None, model)
    assert matcher.match("双十一有什么优惠", date(2026, 11, 5))[0][0] == "sale"
    assert "sale" not in dict(matcher.match("双十一有什么优惠", date(2026, 11, 12), limit=3))


@pytest.mark.parametrize("message", ["😀👍", "？？？", "   "])
def test_a_message_with_no_words_suggests_nothing(model, message):
    assert Matcher(ARTICLES, None, model).match(message) == []


def test_scores_stay_between_zero_and_one_best_first(model):
    found = Matcher(ARTICLES, None, model).match("什么时候发货", limit=3)
    scores = [s for _, s in found]
    assert found[0][0] == "ship" and scores == sorted(scores, reverse=True)
    assert all(0 < s <= 1 for s in scores)


def test_a_rebuild_encodes_only_the_phrasings_that_changed(model):
    counting = CountingModel(model)
    first = Matcher(ARTICLES, None, counting)
    assert len(counting.encoded) == 8  # titles and phrasings
    counting.encoded.clear()
    edited = [*ARTICLES[:2], Article("sale", "双十一活动", ("双十一有什么优惠", "双十一便宜吗"),
                                     "全场满 300 减 50")]
    Matcher(edited, None, counting, first.vectors)
    assert counting.encoded == ["双十一便宜吗"]


def test_without_the_model_matching_goes_on_by_words(base, tmp_path, monkeypatch):
    broken = tmp_path / "model.onnx"
    broken.write_bytes(b"not a model")
    monkeypatch.setattr(sentence_model, "_model", None)
    monkeypatch.setattr(sentence_model, "_unavailable", None)
    assert sentence_model.shared(broken) is None
    assert sentence_model.unavailable_reason()  # logged, and shown to whoever asks
    matcher = Matcher(ARTICLES, None, sentence_model.shared())
    assert matcher.match("什么时候发货")[0][0] == "ship"       # words still match
    assert matcher.match("杯子碎了") == []                    # meaning is not there


def test_blend_counts_meaning_only_above_unrelated():
    assert blend(0.0, UNRELATED) == 0.0
    assert blend(0.0, 1.0) == pytest.approx(0.5)
    assert blend(1.0, 1.0) == pytest.approx(1.0)
    assert blend(0.6, -0.2) == pytest.approx(0.3)
    both = blend(np.array([0.0, 1.0]), np.array([UNRELATED, 1.0]))
    assert both.tolist() == pytest.approx([0.0, 1.0])


@pytest.mark.parametrize("message", ["好的谢谢", "ok thanks", "👍"])
def test_the_composer_suggests_nothing_for_a_message_that_asks_nothing(base, model, message):
    assert kb.suggestions(base, message) == []


def test_the_composer_suggests_by_meaning(base, model):
    assert kb.suggestions(base, "杯子碎了")[0]["title"] == "收到破损商品"


def test_a_big_base_ranks_as_if_every_phrasing_were_compared(model, monkeypatch):
    """Above SHORTLIST articles only a shortlist is compared phrasing by phrasing: the
    scores offered must be those of comparing every phrasing."""
    import json

    from desktop.services import kb_matcher
    from desktop.services.resources import resource

    starter = json.loads(resource("kb", "starter.json").read_text(encoding="utf-8"))
    starter = starter["articles"] if isinstance(starter, dict) else starter
    products = ["连衣裙", "羽绒服", "保温杯", "蓝牙耳机", "猫粮"]
    articles = [Article(f"{p}-{n}", f"{p}{a['title']}", tuple(f"{p}{q}" for q in a["questions"]),
                        a["answer"]) for p in products for n, a in enumerate(starter)]
    assert len(articles) > kb_matcher.SHORTLIST
    messages = ["羽绒服杯子碎了", "连衣裙什么时候发货", "猫粮有优惠券吗", "保温杯 can i return it",
                "蓝牙耳机坏了怎么办", "衣服洗了会缩水吗", "寄到日本要几天"]
    shortlisted = Matcher(articles, None, model)
    found = [[s for _, s in shortlisted.match(m, limit=3)] for m in messages]
    monkeypatch.setattr(kb_matcher, "SHORTLIST", 10_000)
    exact = Matcher(articles, None, model, shortlisted.vectors)
    assert found == [[s for _, s in exact.match(m, limit=3)] for m in messages]
