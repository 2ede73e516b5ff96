from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.text import fts_query, highlight, index_tokens, parse_query, preview


def test_cjk_runs_become_bigrams_and_their_last_character():
    assert index_tokens("什么时候发货？") == "什么 么时 时候 候发 发货 货"
    assert index_tokens("退") == "退"


def test_latin_words_are_lower_case_and_full_width_is_folded():
    tokens = index_tokens("Ｓｈｉｐｐｉｎｇ to UK, order 5790012345")
    assert tokens == "shipping to uk order 5790012345"


def test_mixed_text_keeps_both():
    assert index_tokens("iPhone15手机壳") == "iphone15 手机 机壳 壳"


def test_queries_are_quoted_tokens_only():
    terms = parse_query('发货 ship* (AND) -退 "x')
    assert terms.terms == ("发货", "ship", "and", "退", "x")
    assert fts_query(terms) == '"发货" AND "ship" * AND "and" * AND "退" * AND "x" *'


def test_longer_cjk_queries_are_a_phrase_of_bigrams():
    assert fts_query(parse_query("什么时候")) == '"什么 么时 时候"'


def test_a_query_of_only_punctuation_is_empty():
    assert parse_query('"()*-+:^').empty


def test_highlight_marks_every_hit_in_a_window():
    snippet, ranges = highlight("您好，请问什么时候发货？订单号5790012345 Shipping",
                                parse_query("发货 ship"))
    assert [snippet[a:b] for a, b in ranges] == ["发货", "Shipping"]


def test_highlight_windows_long_text():
    text = "前" * 5000 + "发货" + "后" * 5000
    snippet, ranges = highlight(text, parse_query("发货"))
    assert len(snippet) <= 62
    assert [snippet[a:b] for a, b in ranges] == ["发货"]


def test_highlight_shows_a_short_message_whole_and_cuts_only_between_words():
    text = "Hello, it was returned a week ago. When will I receive my refund?"
    snippet, ranges = highlight(text, parse_query("refund"))
    assert snippet.endswith("When will I receive my refund?")
    shown = snippet.removeprefix("…")
    at = text.find(shown)
    assert at >= 0 and shown[0].isalnum() and (at == 0 or not text[at - 1].isalnum())
    assert [snippet[a:b] for a, b in ranges] == ["refund"]
    short = "When will I receive my refund?"
    assert highlight(short, parse_query("refund"))[0] == short
    long = "word " * 30 + "refund please " + "more " * 30
    snippet, ranges = highlight(long, parse_query("refund"))
    assert snippet.startswith("…word ") and [snippet[a:b] for a, b in ranges] == ["refund"]


def test_highlight_only_matches_english_at_word_starts():
    snippet, ranges = highlight("friendship ships", parse_query("ship"))
    assert [snippet[a:b] for a, b in ranges] == ["ships"]


def test_preview_is_one_line():
    assert preview("a\n\nb   c") == "a b c"
    assert preview("x" * 200).endswith("…")


@given(st.text())
def test_any_typed_query_gives_a_well_formed_expression(query):
    expression = fts_query(parse_query(query))
    assert expression.count('"') % 2 == 0


def _tokens_one_run_at_a_time(text: str) -> str:
    """The definition, run by run (index_tokens does it with two regular expressions)."""
    import re
    import unicodedata

    cjk_chars = ("\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
                 "\U00020000-\U0002ffff")
    runs = re.findall(rf"([{cjk_chars}]+)|([^\W_{cjk_chars}]+)",
                      unicodedata.normalize("NFKC", text).lower())
    tokens: list[str] = []
    for cjk, word in runs:
        if not cjk:
            tokens.append(word)
        else:
            tokens.extend(cjk[i : i + 2] for i in range(len(cjk) - 1))
            tokens.append(cjk[-1])
    return " ".join(tokens)


@given(st.text(alphabet=st.sampled_from(list("发货了吗退款ア가a1Ｂｃ_ -？，.!\n😀é\u0301ﬁ"))
               | st.characters(), max_size=40))
def test_index_tokens_follow_the_definition(text):
    assert index_tokens(text) == _tokens_one_run_at_a_time(text)
    assert index_tokens(text) == _tokens_one_run_at_a_time(text)  # again: from the cache


def test_token_cache_keeps_short_texts_only_and_stays_bounded(monkeypatch):
    from desktop.domain import text as text_module

    monkeypatch.setattr(text_module, "_CACHE", {})
    monkeypatch.setattr(text_module, "_CACHE_LIMIT", 3)
    long_text = "发货" * 200
    assert index_tokens(long_text) == _tokens_one_run_at_a_time(long_text)
    assert long_text not in text_module._CACHE
    for word in ("好的", "在吗", "谢谢", "ok", "退款"):
        assert index_tokens(word) == _tokens_one_run_at_a_time(word)
        assert len(text_module._CACHE) <= 3
    assert index_tokens("退款") == "退款 款"
