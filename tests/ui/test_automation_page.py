"""The Templates & auto-reply page: templates with preview, scenario replies, rules, trying."""

from __future__ import annotations

from desktop.services import autoreply, shop
from desktop.services.session import open_shop


def _page(window):
    window.show_page("templates")
    return window.automation_page


def test_a_template_is_previewed_checked_and_saved(window, demo_path):
    page = _page(window)
    page._new_template()
    page.t_name.setText("改地址")
    page.t_shortcut.setText("gdz")
    page.t_body.setPlainText("亲爱的{customer_name}，地址已改好")
    assert page.t_preview.text() == "亲爱的小雨，地址已改好"
    page._save_template()
    window.context.db.wait_idle()
    names = [t.name for t in autoreply.templates(open_shop(demo_path, readonly=True))]
    assert "改地址" in names
    page.t_body.setPlainText("您好{customer}")
    assert "unknown variable" in page.t_preview.text()
    page._save_template()
    window.context.db.wait_idle()
    assert "unknown variable" in page.t_msg.text()


def test_scenario_replies_and_the_cooldown_save(window, demo_path):
    page = _page(window)
    page.cooldown.setValue(45)
    page._save_scenarios()
    window.context.db.wait_idle()
    assert shop.get(open_shop(demo_path, readonly=True), "autoreply.cooldown_minutes") == 45


def test_a_rule_is_saved_and_tried_on_a_message(window, demo_path):
    page = _page(window)
    page._new_rule()
    page.r_name.setText("尺码")
    page.r_keywords.setText("尺码，码数")
    page.r_tag.setText("尺码")
    page._save_rule()
    window.context.db.wait_idle()
    rules = autoreply.rules(open_shop(demo_path, readonly=True))
    assert any(r.keywords == ["尺码", "码数"] or r.keywords == ("尺码", "码数") for r in rules)
    page.try_text.setText("我要投诉")
    page._try()
    window.context.db.wait_idle()
    assert "escalate" in page.results.text() or "投诉" in page.results.text()


def test_a_runaway_pattern_is_refused_in_the_page(window):
    page = _page(window)
    page._new_rule()
    page.r_name.setText("bad")
    page.r_pattern.setText("(a+)+$")
    page._save_rule()
    window.context.db.wait_idle()
    assert "run away" in page.r_msg.text()
