"""Search over history: short Chinese words, English prefixes, order ids, user syntax."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services import interchange, search
from tests.conftest import DATA


@pytest.fixture
def shop(store):
    interchange.import_file(store, DATA / "sample.jsonl")
    return store


def _texts(hits):
    return [h.snippet for h in hits]


def test_two_character_chinese_words_match(shop):
    hits = search.search(shop, "发货")
    assert {h.message_id is not None for h in hits} == {True}
    assert any("什么时候发货" in s for s in _texts(hits))
    assert any("给您发货" in s for s in _texts(hits))
    assert all(h.snippet[a:b] == "发货" for h in hits for a, b in h.highlights)


def test_one_character_chinese_matches(shop):
    hits = search.search(shop, "退")
    assert _texts(hits) == ["我想退款 👍🏻 <b>急</b>"]


def test_chinese_at_the_end_of_a_text_matches(shop):
    assert _texts(search.search(shop, "库存")) == ["已和仓库确认库存"]  # notes are searchable
    assert _texts(search.search(shop, "存")) == ["已和仓库确认库存"]


def test_a_longer_chinese_phrase_matches_only_in_order(shop):
    assert len(search.search(shop, "什么时候")) == 1
    assert search.search(shop, "时候什么") == []


def test_english_matches_by_word_prefix_case_insensitively(shop):
    hits = search.search(shop, "RETUR")
    assert [h.customer for h in hits] == ["Emily Walker"]
    assert hits[0].snippet[hits[0].highlights[0][0]:hits[0].highlights[0][1]] == "return"
    assert search.search(shop, "eturn") == []  # a prefix, not any substring


def test_order_ids_match_exactly_and_come_first(shop):
    hits = search.search(shop, "5790012345")
    assert hits[0].kind == "order" and hits[0].conversation == "c-1001"
    assert search.search(shop, "579001234") == []  # not a prefix of the order id...
    assert search.search(shop, "6900001111")[0].kind == "order"  # a card without text


def test_customer_names_match(shop):
    hits = search.search(shop, "草莓")
    assert hits[0].kind == "customer" and hits[0].customer == "爱吃草莓的猫"


def test_mixed_queries_need_every_term(shop):
    assert [h.customer for h in search.search(shop, "damaged 退")] == []
    hits = search.search(shop, "SF1234567890 发货")
    assert len(hits) == 1 and "SF1234567890" in hits[0].snippet


def test_html_in_text_is_found_as_text(shop):
    assert _texts(search.search(shop, "<b>急</b>")) == ["我想退款 👍🏻 <b>急</b>"]


@pytest.mark.parametrize("query", [
    '"', '""', "(", ")", "AND", "OR", "NOT", "*", "-", "-发货", "发货*", '"发货', "NEAR(a b)",
    "a:b", "^", "{}", "发货 AND 退款", "' OR 1=1 --", "\\", "\x00", "   ", "",
])
def test_query_syntax_typed_by_a_user_never_raises(shop, query):
    search.search(shop, query)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_text_is_a_valid_query(shop, query):
    search.search(shop, query)


def test_results_carry_conversation_message_time_and_snippet(shop):
    hit = search.search(shop, "发货")[0].as_dict()
    assert set(hit) >= {"conversation_id", "conversation", "message_id", "time", "snippet",
                        "highlights"}
    json.dumps(hit)


def test_ranking_prefers_relevance_then_recency(store, tmp_path):
    lines = []
    texts = ["退款 退款 退款", "请问怎么退款", "退款"]
    for i, text in enumerate(texts):
        lines.append(json.dumps({
            "channel": "t", "conversation": f"c{i}", "customer": {"id": f"u{i}", "name": "x"},
            "id": f"m{i}", "direction": "in", "author": "customer", "kind": "text",
            "text": text, "sent_at": f"2025-10-0{i + 1}T10:00:00+08:00"}))
    lines.append(lines[-1].replace('"m2"', '"m3"').replace("2025-10-03", "2025-10-04"))
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    interchange.import_file(store, path)
    hits = search.search(store, "退款")
    # a message that is just the word ranks above longer ones; equal texts newest first
    assert [h.snippet for h in hits][:2] == ["退款", "退款"]
    assert len(hits) == 4
    same = [h.time for h in hits if h.snippet == "退款"]
    assert same == sorted(same, reverse=True)


def _page_through(store, query, size):
    seen, offset = [], 0
    while True:
        page = search.search_page(store, query, offset, size)
        if not page.hits:
            return seen, page.total
        seen += [(h.kind, h.message_id or h.conversation_id) for h in page.hits]
        offset += len(page.hits)
        assert page.more == (offset < page.total)


@pytest.mark.parametrize("window", [search.WINDOW, 40])
def test_a_search_tells_the_true_count_and_pages_through_every_result(store, monkeypatch,
                                                                      window):
    from desktop.services import demo
    demo.build_demo(store, days=10, seed=3, messages=3000)
    monkeypatch.setattr(search, "WINDOW", window)  # also past the ranked window
    with_word = store.conn.execute(
        "SELECT count(*) FROM messages WHERE text LIKE '%退款%'").fetchone()[0]
    assert with_word > 60
    first = search.search_page(store, "退款", 0, 30)
    assert len(first.hits) == 30 and first.total == with_word and first.more
    seen, total = _page_through(store, "退款", 23)
    assert total == with_word and len(seen) == len(set(seen)) == with_word


def test_order_id_hits_are_counted_once(shop):
    page = search.search_page(shop, "5790012345")
    assert page.total == len(page.hits) >= 1
    assert len({h.message_id for h in page.hits}) == len(page.hits)
