"""The knowledge base: matching the way customers write, versions, Excel round trip."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain.autoreply import Rule
from desktop.services import autoreply, kb, team
from desktop.services.errors import UserError
from desktop.store import kb as kb_store


@pytest.fixture
def base(store):
    kb.load_starter(store)
    return store


@pytest.mark.parametrize("message,title", [
    ("什么时候能发货呀", "发货时间"),          # chat particles
    ("付完款多久能寄出", "发货时间"),          # a synonym (寄出 for 发货)
    ("料子是纯棉的吗😊", "面料成分"),
    ("码数怎么选 身高160", "尺码推荐"),
    ("有没有优惠券", "优惠券怎么领"),
    ("退钱多久到", "退款多久到账"),
    ("ＷＨＥＲＥ ＩＳ ＭＹ ＰＡＲＣＥＬ", "物流查询"),  # full-width capitals
    ("can i swap for a bigger size", "换尺码"),
    ("衣服破了个洞怎么办", "收到破损商品"),
])
def test_customer_wording_finds_the_article(base, message, title):
    assert kb.match(base, message)[0]["title"] == title


@pytest.mark.parametrize("message", ["今天天气真好", "你们老板是谁", "what's the weather like"])
def test_off_topic_messages_stay_below_the_auto_answer_threshold(base, message):
    found = kb.match(base, message)
    assert not found or found[0]["score"] < 0.4


def test_expired_articles_never_match(base, clock):
    kb.save(base, kb.ArticleInput("双十一满减", ["双十一有什么活动"], "满300减50",
                                  valid_to="2025-09-30"))
    assert all(f["title"] != "双十一满减" for f in kb.match(base, "双十一有什么活动"))


def test_versions_compare_and_restore(base):
    aid = kb.save(base, kb.ArticleInput("发票", ["能开发票吗"], "可以开电子发票"))
    kb.save(base, kb.ArticleInput("发票", ["能开发票吗"], "可以开纸质发票"), aid)
    assert [v["answer"] for v in kb_store.versions(base.conn, aid)] == ["可以开电子发票"]
    kb.restore(base, aid, 1)
    assert kb_store.article(base.conn, aid)["answer"] == "可以开电子发票"


def test_xlsx_round_trip(base, tmp_path):
    out = tmp_path / "faq.xlsx"
    assert kb.export_xlsx(base, out) == 60
    header = [c.value for c in load_workbook(out).active[1]]
    assert header == list(kb.XLSX_COLUMNS)
    report = kb.import_xlsx(base, out)
    assert (report.added, report.updated, report.skipped) == (0, 60, [])


def test_bad_xlsx_rows_are_reported_and_a_bad_file_changes_nothing(base, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(list(kb.XLSX_COLUMNS))
    sheet.append(["新", "运费说明", "包邮吗\n运费多少", "满99包邮", "", "zh", None, None])
    sheet.append(["新", "", "", "只有答案", "", "zh", None, None])
    sheet.append(["新", "坏日期", "x", "y", "", "zh", "明天", None])
    path = tmp_path / "mixed.xlsx"
    book.save(path)
    report = kb.import_xlsx(base, path)
    assert report.added == 1 and [n for n, _ in report.skipped] == [3, 4]
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    before = len(kb_store.articles(base.conn))
    with pytest.raises(UserError, match=r"fake\.xlsx is not an Excel workbook"):
        kb.import_xlsx(base, fake)
    nocols = tmp_path / "nocols.xlsx"
    wb = Workbook()
    wb.active.append(["question", "reply"])
    wb.save(nocols)
    with pytest.raises(UserError, match="missing column"):
        kb.import_xlsx(base, nocols)
    assert len(kb_store.articles(base.conn)) == before


def test_a_rule_answers_from_the_knowledge_base_above_its_threshold(base):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from desktop.domain.interchange import parse_record
    agent = team.add_agent(base, "小李")
    team.set_status(base, agent, team.AgentStatus.ONLINE)
    autoreply.save_rule(base, Rule("kb", "FAQ", kb_answer=True, kb_threshold=0.4))
    at = datetime(2026, 11, 23, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
    base.clock.now = int(at.timestamp() * 1000)
    record = parse_record({"channel": "t", "conversation": "c", "customer": {"id": "u"},
                           "id": "m1", "direction": "in", "author": "customer", "kind": "text",
                           "text": "有没有优惠券", "sent_at": at.isoformat()},
                          ZoneInfo("Asia/Shanghai"))
    done = autoreply.receive_live(base, [record])
    answer = next(a for a in done if a.get("scenario") == "kb")
    assert answer["text"].startswith("亲，店铺首页可以领") and answer["score"] >= 0.4


def test_the_questions_the_base_misses_are_grouped_with_a_draft(base, tmp_path):
    import json

    from desktop.services import interchange
    lines = []
    asks = ["比特币能付款吗", "能用比特币付款吗", "比特币怎么付", "好的谢谢", "有没有优惠券"]
    for i, text in enumerate(asks * 3):
        lines.append({"channel": "t", "conversation": f"c{i}", "customer": {"id": f"u{i}"},
                      "id": f"q{i}", "direction": "in", "author": "customer", "kind": "text",
                      "text": text, "sent_at": "2025-10-01T10:00:00+08:00"})
        lines.append({"channel": "t", "conversation": f"c{i}", "customer": {"id": f"u{i}"},
                      "id": f"a{i}", "direction": "out", "author": "小王", "kind": "text",
                      "text": "亲，暂不支持比特币付款", "sent_at": "2025-10-01T10:01:00+08:00"})
    path = tmp_path / "week.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines),
                    encoding="utf-8")
    interchange.import_file(base, path)
    found = kb.gaps(base, days=7)
    # phrasings of a question the base cannot answer, grouped, asked 3× each
    assert found[0]["asked"] >= 6
    assert {"比特币能付款吗", "能用比特币付款吗"} <= set(found[0]["examples"])
    assert found[0]["draft"]["answer"] == "亲，暂不支持比特币付款"
    assert all("好的谢谢" not in g["examples"] for g in found)  # thanks is not a question
    assert all("有没有优惠券" not in g["examples"] for g in found)  # the base answers that


def test_the_base_learns_phrasings_from_agents_answers(base):
    article = next(a for a in kb.articles(base) if a["title"] == "发货时间")
    kb.offer_phrasing(base, article["id"], "东西几号能寄走呀")
    assert kb.offers(base, article["id"]) == ["东西几号能寄走呀"]
    kb.accept_offer(base, article["id"], "东西几号能寄走呀")
    assert "东西几号能寄走呀" in kb_store.article(base.conn, article["id"])["questions"]
    assert kb.offers(base, article["id"]) == []
    assert kb.match(base, "东西几号能寄走呀")[0]["title"] == "发货时间"


def test_merged_cells_and_formulas_are_reported_not_half_imported(base, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(list(kb.XLSX_COLUMNS))
    sheet.append(["物流", "偏远地区", "新疆能发吗", "偏远地区需补运费", "", "zh", None, None])
    sheet.append(["物流", "合并单元格", "", "", "", "zh", None, None])
    sheet.merge_cells("C3:D3")  # a merged cell: the answer part is empty
    sheet.append(["物流", "公式", "x", "=A2&B2", "", "zh", None, None])  # no cached value
    path = tmp_path / "odd.xlsx"
    book.save(path)
    report = kb.import_xlsx(base, path)
    assert report.added == 1
    assert [n for n, _ in report.skipped] == [3, 4]
    assert all("title and an answer" in reason for _, reason in report.skipped)


def test_a_large_sheet_imports_in_one_go(store, tmp_path):
    book = Workbook(write_only=True)
    sheet = book.create_sheet("FAQ")
    sheet.append(list(kb.XLSX_COLUMNS))
    for i in range(5000):
        sheet.append([f"类{i % 20}", f"问题{i}", f"怎么样{i}", f"答案{i}", "", "zh", None, None])
    path = tmp_path / "big.xlsx"
    book.save(path)
    report = kb.import_xlsx(store, path)
    assert (report.added, report.skipped) == (5000, [])
    assert kb.match(store, "问题1234")[0]["title"] == "问题1234"


def test_tags_linked_products_owner_and_review_period_are_kept(base):
    store = base
    article_id = kb.save(store, kb.ArticleInput(
        "双11活动", ["双11有什么活动"], "全场满300减50，[活动页](https://shop.example/1111)",
        "活动", tags=["大促", "满减"], products=["p-1001", "p-1002"], owner="小李",
        review_every_days=7, valid_from="2026-11-01", valid_to="2026-11-11"))
    saved = next(a for a in kb.articles(store) if a["id"] == article_id)
    assert (saved["tags"], saved["products"], saved["owner"], saved["review_every_days"]) == \
        (["大促", "满减"], ["p-1001", "p-1002"], "小李", 7)


def test_a_gaps_draft_answer_is_the_agents_reply_to_that_question(base, tmp_path):
    """Agents pasted an article the base offered for another question (twice), said "稍等"
    (twice), and answered the question once: the draft is that answer."""
    import json

    from desktop.services import interchange
    shipping = next(a["answer"] for a in kb.articles(base) if a["title"] == "发货时间")
    replies = [shipping, shipping, shipping, "收到，请稍等", "收到，请稍等",
               "亲，暂不支持比特币付款，可以用微信或支付宝哦"]
    asks = ["比特币能付款吗", "能用比特币付款吗", "比特币怎么付"]
    lines = []
    for i, reply in enumerate(replies):
        lines.append({"channel": "t", "conversation": f"c{i}", "customer": {"id": f"u{i}"},
                      "id": f"q{i}", "direction": "in", "author": "customer", "kind": "text",
                      "text": asks[i % 3], "sent_at": "2025-10-01T10:00:00+08:00"})
        lines.append({"channel": "t", "conversation": f"c{i}", "customer": {"id": f"u{i}"},
                      "id": f"a{i}", "direction": "out", "author": "小王", "kind": "text",
                      "text": reply, "sent_at": "2025-10-01T10:01:00+08:00"})
    path = tmp_path / "week.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines),
                    encoding="utf-8")
    interchange.import_file(base, path)
    found = kb.gaps(base, days=7)
    assert found[0]["asked"] == 6
    assert found[0]["draft"]["answer"] == "亲，暂不支持比特币付款，可以用微信或支付宝哦"
