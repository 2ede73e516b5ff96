"""Every kind of channel ShopDesk knows (one list, desktop/domain/channel_names.py) has its
name in the three places a channel is named: the window (both languages), the command line
and the daily report (both languages)."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from desktop.domain import channel_names
from desktop.domain.channel_names import Kind
from desktop.services import channels, report
from desktop.ui import formatting
from tests.ui.team_day import english_afterwards  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("english_afterwards")
ROOT = Path(__file__).resolve().parents[2]

WINDOW = {"zh_CN": {Kind.DOUYIN: "抖音", Kind.TIKTOK: "TikTok Shop", Kind.EMAIL: "邮件",
                    Kind.WEBHOOK: "Webhook"},
          "en": {Kind.DOUYIN: "Douyin", Kind.TIKTOK: "TikTok Shop", Kind.EMAIL: "E-mail",
                 Kind.WEBHOOK: "Webhook"}}
REPORT_LANGUAGE = {"zh_CN": "zh", "en": "en"}


def _finished(language: str, context: str) -> dict[str, str]:
    """The finished translations of one context of a .ts file."""
    text = (ROOT / "resources" / "translations" / f"shopdesk_{language}.ts").read_text("utf-8")
    block = re.search(rf"<context>\s*<name>{context}</name>(.*?)</context>", text, re.S)
    assert block, context
    return {unescape(s): unescape(t) for s, t in re.findall(
        r"<source>(.*?)</source>\s*<translation>(.+?)</translation>", block.group(1), re.S)}


def test_the_one_list_is_the_one_every_place_reads():
    assert set(channel_names.NAMES) == set(Kind)
    assert set(formatting.NAMES) == set(channel_names.NAMES.values())  # what lupdate reads
    assert set(channels.KINDS) == set(Kind)  # the kinds a channel is connected as
    for words in report._text()["words"].values():
        assert set(words["channel_names"]) == {k.value for k in Kind}


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_kind_has_a_name_in_the_window_the_command_line_and_the_report(window,
                                                                              language):
    window.set_language(language)
    catalogue = _finished(language, "Formatting")
    words = report._text()["words"][REPORT_LANGUAGE[language]]
    for kind in Kind:
        assert channel_names.NAMES[kind] in catalogue, kind  # translated, not left unfinished
        assert formatting.channel_name(kind) == WINDOW[language][kind]
        assert report.channel_label(kind, words) == WINDOW[language][kind]
        assert channel_names.channel_name(kind) == WINDOW["en"][kind]  # the command line
    # a channel the shop named itself keeps its name everywhere
    assert formatting.channel_name("小红书桥") == channel_names.channel_name("小红书桥") == \
        report.channel_label("小红书桥", words) == "小红书桥"


def test_the_channels_kind_column_names_each_kind(window, demo_path):
    from desktop.services.session import open_shop

    window.set_language("zh_CN")
    store = open_shop(demo_path)
    for kind in Kind:
        channels.add(store, kind, f"新{kind}", {"port": 0} if kind is Kind.WEBHOOK else {})
    store.close()
    window.show_page("settings")
    card = window.settings_page.channels_card
    card.refresh()
    window.context.db.wait_idle()
    kinds = {card.table.item(r, 0).text(): card.table.item(r, 1).text()
             for r in range(card.table.rowCount())}
    assert kinds == {"新douyin": "抖店（订单）", "新tiktok": "TikTok Shop", "新email": "邮件",
                     "新webhook": "Webhook"}
