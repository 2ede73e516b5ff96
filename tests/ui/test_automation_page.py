"""The Templates & auto-reply page: templates with preview, scenario replies, rules, trying."""

from __future__ import annotations

from desktop.services import autoreply, shop
from desktop.services.session import open_shop


def _page(window):
    window.show_page("templates")
    return window.automation_page


def test_a_template_is_previewed_checked_and_saved(window, demo_path):
    page = _page(window)
    page.templates._new_template()
    page.templates.t_name.setText("改地址")
    page.templates.t_shortcut.setText("gdz")
    window.context.db.wait_idle()
    page.templates.t_body.setPlainText("亲爱的{customer_name}，地址已改好")
    name = page.templates.preview_of
    assert name and page.templates.t_preview.text().endswith(f"亲爱的{name}，地址已改好")
    page.templates._save_template()
    window.context.db.wait_idle()
    names = [t.name for t in autoreply.templates(open_shop(demo_path, readonly=True))]
    assert "改地址" in names
    page.templates.t_body.setPlainText("您好{customer}")
    assert "unknown variable" in page.templates.t_preview.text()
    page.templates._save_template()
    window.context.db.wait_idle()
    assert "unknown variable" in page.templates.t_msg.text()


def test_scenario_replies_and_the_cooldown_save(window, demo_path):
    page = _page(window)
    page.replies.cooldown.setValue(45)
    page.replies._save_scenarios()
    window.context.db.wait_idle()
    assert shop.get(open_shop(demo_path, readonly=True), "autoreply.cooldown_minutes") == 45


def test_a_rule_is_saved_and_tried_on_a_message(window, demo_path):
    page = _page(window)
    page.rules._new_rule()
    page.rules.r_name.setText("尺码")
    page.rules.r_keywords.setText("尺码，码数")
    page.rules.r_tag.setText("尺码")
    page.rules._save_rule()
    window.context.db.wait_idle()
    rules = autoreply.rules(open_shop(demo_path, readonly=True))
    assert any(r.keywords == ["尺码", "码数"] or r.keywords == ("尺码", "码数") for r in rules)
    page.rules.try_text.setText("我要投诉")
    page.rules._try()
    window.context.db.wait_idle()
    assert "escalate" in page.rules.results.text() or "投诉" in page.rules.results.text()


def test_a_runaway_pattern_is_refused_in_the_page(window):
    page = _page(window)
    page.rules._new_rule()
    page.rules.r_name.setText("bad")
    page.rules.r_pattern.setText("(a+)+$")
    page.rules._save_rule()
    window.context.db.wait_idle()
    assert "run away" in page.rules.r_msg.text()


def test_own_sensitive_words_and_sharing_settings_save(window, demo_path):
    from desktop.services import guard

    page = _page(window)
    page.words._add_word("私聊", "block", "off-platform contact")
    page.words._save_words()
    window.context.db.wait_idle()
    reader = open_shop(demo_path, readonly=True)
    assert guard.own_words(reader) == [("私聊", "block", "off-platform contact")]
    assert guard.inspect(reader, "可以私 聊吗").blocked
    page.replies.routing.setCurrentIndex(page.replies.routing.findData("round_robin"))
    page.replies.nudge_minutes.setValue(15)
    page.replies._save_scenarios()
    window.context.db.wait_idle()
    assert shop.get(reader, "autoreply.routing") == "round_robin"
    assert shop.get(reader, "autoreply.nudge_after_minutes") == 15


def test_a_rules_kinds_and_states_are_picked_by_name_and_kept_as_codes(window, demo_path):
    page = _page(window)
    page.rules._new_rule()
    assert page.rules.r_kinds.summary() == "any kind" and page.rules.r_states.values() == ()
    page.rules.r_name.setText("夜间图片")
    names = {a.text(): a for a in page.rules.r_kinds.menu().actions()}
    names["Image"].setChecked(True)
    names["Order card"].setChecked(True)
    {a.text(): a for a in page.rules.r_states.menu().actions()}["Outside working hours"].toggle()
    page.rules.r_channels.set_values(("tiktok", "小红书"))  # a channel the options do not list
    assert page.rules.r_kinds.summary() == "Image, Order card"
    page.rules._save_rule()
    window.context.db.wait_idle()
    rule = next(r for r in autoreply.rules(open_shop(demo_path, readonly=True))
                if r.name == "夜间图片")
    assert tuple(rule.kinds) == ("image", "order_card")
    assert tuple(rule.states) == ("off_hours",)
    assert tuple(rule.channels) == ("tiktok", "小红书")  # nothing dropped on saving
    page.rules._new_rule()
    page.rules.rule_list.setCurrentItem(next(
        page.rules.rule_list.item(i) for i in range(page.rules.rule_list.count())
        if page.rules.rule_list.item(i).text() == "夜间图片"))
    assert page.rules.r_channels.summary() == "TikTok Shop, 小红书"
