"""Settings › Channels › Connect TikTok Shop, against a local stand-in for the Partner API."""

from __future__ import annotations

import json

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from desktop.channels.poll import poll
from desktop.services import channels
from desktop.services.session import open_shop
from desktop.ui.tiktok_connect import TikTokConnectDialog
from tests.channels.tiktok_contract import APP_KEY, APP_SECRET, CIPHER, TikTokShop
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks
from tests.ui.team_day import english_afterwards  # noqa: F401 - a fixture


@pytest.fixture
def api():
    server = TikTokShop()
    yield server
    server.close()


def _connect(qtbot, window, api, opened, pasted):
    """Fill the dialog by keyboard and mouse; returns what it said when it closed or gave up."""
    seen = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TikTokConnectDialog)
        try:
            dialog.api_base = dialog.auth_base = api.base  # the stand-in, not TikTok
            for edit, text in ((dialog.app_key, APP_KEY), (dialog.app_secret, APP_SECRET),
                               (dialog.service_id, "7123456")):
                qtbot.keyClicks(edit, text)
            qtbot.mouseClick(dialog.open_page, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(dialog.pasted, pasted)
            qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
            window.context.db.wait_idle()
            seen["msg"] = dialog.msg.text()
            words = getattr(dialog, "platform_words", None)  # the platform's, on a line apart
            seen["said"] = words.text() if words is not None and words.isVisibleTo(dialog) \
                else ""
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(50, fill)
    card = window.settings_page.channels_card
    qtbot.mouseClick(card.add_tiktok, Qt.MouseButton.LeftButton)
    window.context.db.wait_idle()
    return seen


def test_tiktok_shop_is_connected_by_authorising_it(qtbot, window, demo_path, api,
                                                    monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window.show_page("settings")
    redirected = "https://myshop.example/callback?app_key=app-key-1&code=code-1&locale=zh-CN" \
                 "&shop_region=US&state=x"
    _connect(qtbot, window, api, opened, redirected)
    assert opened and opened[0].startswith("https://services.tiktokshop.com/open/authorize?")
    assert "service_id=7123456" in opened[0]
    store = open_shop(demo_path)
    channel = channels.get(store, "TikTok Shop")
    assert channel["kind"] == "tiktok" and channel["config"]["shop_cipher"] == CIPHER
    kept = json.loads(channels.secret("TikTok Shop", "secrets"))
    assert kept == {"app_secret": APP_SECRET, "access_token": api.access_token,
                    "refresh_token": api.refresh_token}
    card = window.settings_page.channels_card
    assert "TikTok Shop" in [card.table.item(r, 0).text() for r in range(card.table.rowCount())]
    assert "小雨服饰 US" in card.hint.text()
    api.buyer_says("c1", "在吗", 1_760_540_400)
    [report] = poll(store, "TikTok Shop")  # the connected channel works
    assert report["error"] == "" and report["stored"] == 1 and api.bad_signatures == 0


@pytest.mark.parametrize("pasted,says", [
    ("https://myshop.example/callback?state=x&locale=zh-CN", "holds no authorisation code"),
    ("code-7", "did not accept this authorisation"),  # not a code TikTok gave
])
def test_a_bad_paste_says_why_and_adds_nothing(qtbot, window, demo_path, api, monkeypatch,
                                               pasted, says):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    window.show_page("settings")
    seen = _connect(qtbot, window, api, [], pasted)
    assert says in seen["msg"]
    names = [c["name"] for c in channels.listing(open_shop(demo_path, readonly=True))]
    assert "TikTok Shop" not in names


@pytest.fixture
def shop_window(qtbot, demo_path):
    """The real window on the demo shop, in the language asked for."""
    from desktop.app import build_window

    made = []

    def make(language):
        win, _welcome = build_window(demo_path, language)
        qtbot.addWidget(win)
        made.append(win)
        win.resize(1366, 768)
        win.show()
        win.start()
        win.context.db.wait_idle()
        return win

    yield make
    for win in made:
        win.context.db.shutdown()


SIGNATURE = (401, json.dumps({"code": 106001, "message": "Invalid signature"}))
FROZEN = (200, json.dumps({"code": 36009999, "message": "The shop is frozen"}))

# what the platform answers -> what the dialog says in Chinese and in English, and the
# platform's own words (labelled, on their own line; "" when it said nothing)
REFUSALS = {
    "used code": (
        "TikTok Shop没有接受这次授权：授权码已经用过或已过期，或者 App key、App secret "
        "不是这个应用的。请核对后重新授权，再粘贴新的地址（一个授权码只能用一次）。",
        "TikTok Shop did not accept this authorisation: the code has been used already or is "
        "too old, or the App key and App secret are not this app's. Check them, authorise "
        "again and paste the new address (a code works once).",
        ("平台原文：invalid（错误码 36004004）", "Platform's own words: invalid (code 36004004)")),
    "signature": (
        "TikTok Shop拒绝了请求的签名：App secret 与这个 App key 不属于同一个应用。请从应用页面"
        "重新复制这两项，再重新授权并粘贴新的地址。",
        "TikTok Shop refused the request's signature: the App secret is not this App key's. "
        "Copy both again from the app's page, then authorise again and paste the new address.",
        ("平台原文：Invalid signature（错误码 106001）",
         "Platform's own words: Invalid signature (code 106001)")),
    "rate limit": (
        "TikTok Shop表示请求过于频繁：请等一分钟，再重新授权并粘贴新的地址。",
        "TikTok Shop asked for fewer requests just now: wait a minute, then authorise again "
        "and paste the new address.", ("", "")),
    "other": (
        "TikTok Shop没有连接这家店铺。请重新授权并粘贴新的地址（一个授权码只能用一次）；"
        "如果仍然不行，请把下面的平台原文发给TikTok Shop的客服。",
        "TikTok Shop did not connect the shop. Authorise again and paste the new address (a "
        "code works once); if it happens again, show TikTok Shop's support the platform's "
        "words below.",
        ("平台原文：The shop is frozen（错误码 36009999）",
         "Platform's own words: The shop is frozen (code 36009999)")),
    "no shop": (
        "TikTok Shop上还没有店铺授权这个应用：请在授权页面以店铺身份登录并授权，再粘贴新的地址。",
        "No shop has authorised this app on TikTok Shop yet: on the authorisation page, sign "
        "in as the shop and authorise, then paste the new address.", ("", "")),
}


@pytest.mark.usefixtures("english_afterwards")
@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("answer", list(REFUSALS))
def test_a_refusal_is_said_in_the_users_words_and_the_platforms_apart(
        qtbot, shop_window, demo_path, api, monkeypatch, language, answer):
    """The platform's error codes get their own sentence in the user's language; what the
    platform said is only shown labelled, on a line of its own."""
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    pasted = "code-1"
    if answer == "used code":
        pasted = "code-7"  # not a code TikTok gave (or one used already)
    elif answer == "signature":
        api.failures.append(SIGNATURE)  # the authorised shops are asked with a bad signature
    elif answer == "rate limit":
        api.rate_limit_next = 1
    elif answer == "other":
        api.failures.append(FROZEN)
    else:
        api.shops = []
    window = shop_window(language)
    window.show_page("settings")
    seen = _connect(qtbot, window, api, [], pasted)
    chinese, english, said = REFUSALS[answer]
    zh = language == "zh_CN"
    assert seen["msg"] == (chinese if zh else english)
    assert seen["said"] == said[0 if zh else 1]
    names = [c["name"] for c in channels.listing(open_shop(demo_path, readonly=True))]
    assert "TikTok Shop" not in names
