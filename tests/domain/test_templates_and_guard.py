from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.guard import GuardAction, Word, check
from desktop.domain.templates import Template, TemplateError, render, search, validate


def test_variables_are_filled_and_missing_ones_are_empty_never_literal():
    body = "亲爱的{customer_name}，您的订单{order_id}已发货，单号{tracking_no}"
    validate(body)
    assert render(body, {"customer_name": "小雨", "order_id": "5790012345"}) == \
        "亲爱的小雨，您的订单5790012345已发货，单号"


@pytest.mark.parametrize("body,message", [
    ("您好{customer}", "unknown variable {customer}"),
    ("您好{customer_name", "unbalanced"),
    ("您好}", "unbalanced"),
    ("{order_id:>10}", "not a variable name"),
    ("   ", "needs a body"),
])
def test_bad_templates_are_refused_at_save_time(body, message):
    with pytest.raises(TemplateError, match=message):
        validate(body)


def test_custom_fields_are_variables_too():
    validate("尺码表：{size_chart}", custom=("size_chart",))


def test_search_by_shortcut_initials_and_language():
    ts = [Template("1", "发货时间", "亲，48小时内发货", shortcut="fh", initials="fhsj"),
          Template("2", "Shipping time", "We ship in 48h", shortcut="ship", language="en",
                   initials="st"),
          Template("3", "退款进度", "退款1-3天到账", shortcut="tk", initials="tkjd")]
    assert [t.id for t in search(ts, "fh")] == ["1"]
    assert [t.id for t in search(ts, "tkj")] == ["3"]
    assert search(ts, "", language="en")[0].id == "2"


@pytest.mark.parametrize("text", ["加我微信", "加我 微 信", "加我微.信", "加我ＷＥＣＨＡＴ",
                                  "加我 w-e-c-h-a-t"])
def test_disguised_words_are_still_found(text):
    verdict = check(text, [Word("微信", GuardAction.BLOCK, "off-platform contact"),
                           Word("wechat", GuardAction.BLOCK, "off-platform contact")])
    assert verdict.blocked


def test_masking_and_warning():
    words = [Word("最好", GuardAction.MASK, "absolute claim"),
             Word("第一", GuardAction.WARN, "absolute claim")]
    verdict = check("全网最好的面料，销量第一", words)
    assert verdict.text == "全网**的面料，销量第一"
    assert not verdict.blocked and [h.word for h in verdict.warnings] == ["第一"]


def test_the_allow_list_keeps_innocent_words():
    words = [Word("第一", GuardAction.BLOCK)]
    assert not check("第一次购买有优惠", words, allowed=["第一次"]).blocked
    assert check("我们是第一", words, allowed=["第一次"]).blocked


def test_phone_numbers_and_handles_are_caught():
    assert check("打我电话 138 1234 5678", []).blocked
    assert check("vx: shop_2024", []).blocked
    assert not check("订单号 5790012345", []).blocked


@given(st.text(max_size=80))
def test_any_text_is_checked_without_error(text):
    verdict = check(text, [Word("微信", GuardAction.MASK)])
    assert len(verdict.text) == len(text)
