"""A channel's trouble and a failed reply are worded from the code the channel stored, in
Chinese and in English: the channel's English sentence (kept for the command line) can change
without the window falling back to the general words."""

from __future__ import annotations

import socket
from functools import partial

import pytest

from PySide6.QtCore import Qt

from desktop.app import connect_channels
from desktop.channels.host import ChannelHost
from desktop.domain.problems import Code, Problem
from desktop.services import actions, channels, outbox
from desktop.services.session import open_shop
from desktop.ui.job_events import JobEvents
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks
from tests.ui.team_day import english_afterwards  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("english_afterwards")

# a sentence no channel ever wrote: only the code can say what happened
CHANGED = "the channel's wording changed in a newer release"

VALUES: dict[Code, dict[str, str | int]] = {
    Code.REPLY_URL_UNREACHABLE: {"url": "http://127.0.0.1:9/reply"},
    Code.BRIDGE_BUSY: {"status": 503},
    Code.BRIDGE_REFUSED: {"status": 400, "detail": "bad customer"},
    Code.NO_REPLY_URL: {},
    Code.NO_TOKEN: {"port": 8765},
    Code.PORT_IN_USE: {"port": 8765, "why": "Address already in use"},
    Code.MAIL_UNREADABLE: {"host": "imap.example.com", "port": 993},
    Code.MAIL_NO_INBOX: {},
    Code.MAIL_READ_FAILED: {},
    Code.MAIL_SERVER: {"host": "smtp.example.com", "port": 465},
    Code.MAIL_SEND_FAILED: {},
    Code.ADDRESS_REFUSED: {"addresses": "x@example.com"},
    Code.PLATFORM_UNREACHABLE: {"platform": "TikTok Shop"},
    Code.PLATFORM_SLOW: {"platform": "抖店"},
    Code.PLATFORM_BUSY: {"platform": "TikTok Shop", "status": 502},
    Code.PLATFORM_NOT_API: {"platform": "抖店", "status": 200},
    Code.PLATFORM_ERROR: {"platform": "TikTok Shop", "error": 36009004,
                          "detail": "buyer cannot receive messages"},
    Code.PLATFORM_AUTHORISATION: {"platform": "抖店"},
    Code.PLATFORM_SIGNATURE: {"platform": "TikTok Shop", "error": 106001,
                              "detail": "Invalid signature"},
    Code.PLATFORM_ADDRESS_REFUSED: {"platform": "抖店"},
    Code.PLATFORM_CONTRACT: {"platform": "抖店"},
    Code.WORDS_ONLY: {"platform": "抖店"},
    Code.ALL_ANSWERED: {"platform": "抖店"},
    Code.CANCELLED: {},
}

# why a reply was not sent, as the thread says it: (Chinese, English)
SENT = {
    Code.REPLY_URL_UNREACHABLE: ("未能发出：无法连接 http://127.0.0.1:9/reply",
                                 "not sent: http://127.0.0.1:9/reply could not be reached"),
    Code.BRIDGE_BUSY: ("未能发出：转发服务正忙（HTTP 503）",
                       "not sent: the bridge was busy (HTTP 503)"),
    Code.BRIDGE_REFUSED: ("未能发出：转发服务拒收了这条消息（HTTP 400）：bad customer",
                          "not sent: the bridge refused it (HTTP 400): bad customer"),
    Code.NO_REPLY_URL: ("未能发出：Webhook 还没有回复地址",
                        "not sent: the webhook has no reply address"),
    Code.MAIL_SERVER: ("未能发出：无法连接邮件服务器，或邮件服务器拒收了这封邮件",
                       "not sent: the mail server could not be reached or refused the mail"),
    Code.MAIL_SEND_FAILED: ("未能发出：无法连接邮件服务器，或邮件服务器拒收了这封邮件",
                            "not sent: the mail server could not be reached or refused the "
                            "mail"),
    Code.ADDRESS_REFUSED: ("未能发出：邮件服务器拒收了客户的收件地址",
                           "not sent: the mail server refused the customer's address"),
    Code.PLATFORM_UNREACHABLE: ("未能发出：无法连接TikTok Shop",
                                "not sent: TikTok Shop could not be reached"),
    Code.PLATFORM_SLOW: ("未能发出：抖店要求放慢发送速度",
                         "not sent: 抖店 asked to send more slowly"),
    Code.PLATFORM_BUSY: ("未能发出：TikTok Shop暂时无法接收（HTTP 502）",
                         "not sent: TikTok Shop could not take it just then (HTTP 502)"),
    Code.PLATFORM_NOT_API: ("未能发出：抖店返回了无法识别的内容（HTTP 200）",
                            "not sent: 抖店 gave an answer ShopDesk does not understand "
                            "(HTTP 200)"),
    Code.PLATFORM_ERROR: ("未能发出：TikTok Shop拒收了这条消息（buyer cannot receive messages，"
                          "错误码 36009004）",
                          "not sent: TikTok Shop refused it (buyer cannot receive messages, "
                          "code 36009004)"),
    Code.PLATFORM_AUTHORISATION: ("未能发出：抖店的授权已失效，请在“设置”中重新连接店铺",
                                  "not sent: the authorisation for 抖店 has ended; connect "
                                  "the shop again in Settings"),
    Code.PLATFORM_SIGNATURE: ("未能发出：TikTok Shop拒绝了请求的签名（App secret 与 App key "
                              "不匹配），请在“设置”中重新连接店铺",
                              "not sent: TikTok Shop refused the signature (the app secret is "
                              "not the app key's); connect the shop again in Settings"),
    Code.PLATFORM_ADDRESS_REFUSED: ("未能发出：抖店拒绝了本机的网络地址"
                                    "（请把它加入应用的 IP 白名单）",
                                    "not sent: 抖店 refused this computer's address (add it to "
                                    "the app's IP whitelist)"),
    Code.PLATFORM_CONTRACT: ("未能发出：抖店返回的内容不完整",
                             "not sent: 抖店 gave an incomplete answer"),
    Code.WORDS_ONLY: ("未能发出：抖店的售后申请只能用文字回复",
                      "not sent: 抖店 after-sales requests are answered with words only"),
    Code.ALL_ANSWERED: ("未能发出：这位买家在抖店的售后申请都已回复过，请到飞鸽里回复",
                        "not sent: this buyer's 抖店 after-sales requests are all answered "
                        "already; answer in 飞鸽 instead"),
    Code.CANCELLED: ("未能发出：已取消", "not sent: it was cancelled"),
}

# what is wrong with a channel, as the status bar and the channels' State column say it
CHANNEL = {
    Code.REPLY_URL_UNREACHABLE: (
        "无法送达回复：连接不上回复地址 http://127.0.0.1:9/reply。回复已保留，连上后自动发出。",
        "Replies cannot be delivered: the reply address http://127.0.0.1:9/reply cannot be "
        "reached. They are kept and sent when it answers."),
    Code.BRIDGE_BUSY: ("转接程序繁忙（HTTP 503），稍后会重新发送回复。",
                       "The bridge is busy (HTTP 503); replies are sent again shortly."),
    Code.BRIDGE_REFUSED: ("转接程序拒收了一条回复（HTTP 400）：bad customer",
                          "The bridge refused a reply (HTTP 400): bad customer"),
    Code.NO_REPLY_URL: ("回复在等待：这个 Webhook 还没有设置回复地址。",
                        "Replies wait: the webhook has no reply address yet."),
    Code.NO_TOKEN: ("这台电脑上没有这个 Webhook 的密钥：请在这台电脑上重新添加该渠道。",
                    "This computer has no key for the webhook: add the channel again here."),
    Code.PORT_IN_USE: ("Webhook 无法在端口 8765 接收消息（Address already in use）：可能有其他"
                       "程序占用了这个端口。",
                       "The webhook cannot receive on port 8765 (Address already in use): "
                       "another program may be using it."),
    Code.MAIL_UNREADABLE: ("无法打开 imap.example.com 上的邮箱：请检查服务器地址、用户名和密码。",
                           "The mailbox on imap.example.com cannot be opened: check the "
                           "server, the user name and the password."),
    Code.MAIL_NO_INBOX: ("邮箱里没有收件箱文件夹：请检查邮箱账号。",
                         "The mailbox has no inbox folder: check the account."),
    Code.MAIL_READ_FAILED: ("读取邮箱时连接中断，稍后会重试。",
                            "Reading the mailbox was cut short; it is tried again shortly."),
    Code.MAIL_SERVER: ("无法发出回复：连接不上发信服务器 smtp.example.com，或服务器拒绝了登录。",
                       "Replies cannot be sent: the mail server smtp.example.com cannot be "
                       "reached or refused the login."),
    Code.MAIL_SEND_FAILED: ("邮件服务器没有接收一条回复，稍后会重新发送。",
                            "The mail server did not take a reply; it is sent again shortly."),
    Code.ADDRESS_REFUSED: ("邮件服务器拒收了客户的收件地址（x@example.com），这条回复没有发出。",
                           "The mail server refused a customer's address (x@example.com); "
                           "that reply was not sent."),
    Code.PLATFORM_UNREACHABLE: ("无法连接TikTok Shop，稍后会重试。",
                                "TikTok Shop cannot be reached; it is tried again shortly."),
    Code.PLATFORM_SLOW: ("抖店要求降低请求频率，一分钟后重试。",
                         "抖店 asked for fewer requests; it is tried again in a minute."),
    Code.PLATFORM_BUSY: ("TikTok Shop暂时繁忙（HTTP 502），稍后会重试。",
                         "TikTok Shop is busy (HTTP 502); it is tried again shortly."),
    Code.PLATFORM_NOT_API: ("抖店返回了无法识别的内容（HTTP 200），稍后会重试。",
                            "抖店 gave an answer ShopDesk does not understand (HTTP 200); it "
                            "is tried again shortly."),
    Code.PLATFORM_ERROR: ("TikTok Shop拒绝了请求（buyer cannot receive messages，错误码 "
                          "36009004）。",
                          "TikTok Shop refused a request (buyer cannot receive messages, code "
                          "36009004)."),
    Code.PLATFORM_AUTHORISATION: ("抖店的授权已失效：请在“设置”中重新连接店铺。",
                                  "The authorisation for 抖店 has ended: connect the shop "
                                  "again in Settings."),
    Code.PLATFORM_SIGNATURE: ("TikTok Shop拒绝了请求的签名：这家店铺保存的 App secret 与它的 "
                              "App key 不匹配。请在“设置”中重新连接店铺。",
                              "TikTok Shop refused the requests' signature: the app secret kept "
                              "for this shop is not its app key's. Connect the shop again in "
                              "Settings."),
    Code.PLATFORM_ADDRESS_REFUSED: ("抖店拒绝了本机的网络地址："
                                    "请在开放平台把它加入应用的 IP 白名单。",
                                    "抖店 refused this computer's address: add it to the app's IP "
                                    "whitelist on the open platform."),
    Code.PLATFORM_CONTRACT: ("抖店返回的内容不完整：没有改动任何数据，稍后会重试。",
                             "抖店 gave an incomplete answer: nothing was changed, and it is "
                             "asked again shortly."),
    Code.WORDS_ONLY: ("抖店的售后申请只能用文字回复。",
                      "抖店 after-sales requests are answered with words only."),
    Code.ALL_ANSWERED: ("这位买家在抖店的售后申请都已回复过：请到飞鸽里回复。",
                        "This buyer's 抖店 after-sales requests are all answered already: "
                        "answer in 飞鸽 instead."),
    Code.CANCELLED: ("一条回复已取消。", "A reply was cancelled."),
}


def test_every_code_has_a_wording_for_the_channel_and_a_value_here():
    assert set(VALUES) == set(Code) == set(CHANNEL)
    never_sent = {Code.NO_TOKEN, Code.PORT_IN_USE, Code.MAIL_UNREADABLE, Code.MAIL_NO_INBOX,
                  Code.MAIL_READ_FAILED}  # listening and reading mail: no reply involved
    assert set(SENT) == set(Code) - never_sent


def _window(qtbot, path, language):
    from desktop.app import build_window

    win, _welcome = build_window(path, language)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.start()
    win.context.db.wait_idle()
    return win


@pytest.fixture
def failed_replies(demo_path):
    """Replies in one conversation, each given up with a reply problem of SENT (stored as the
    dispatcher stores a channel's problem), the channel's sentence not one it ever wrote."""
    store = open_shop(demo_path)
    conversation = store.conn.execute("SELECT id FROM conversations ORDER BY id").fetchone()[0]
    for n in range(len(SENT)):
        actions.reply(store, conversation, f"回复 {n}", None)
    queued = [m for m in outbox.pending(store) if m["text"].startswith("回复 ")]
    for message, code in zip(queued, SENT, strict=True):
        outbox.failed(store, {"id": message["id"], "attempts": 0},
                      Problem(code, VALUES[code], CHANGED), permanent=True)
    store.close()
    return [conversation]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_reply_problem_is_worded_from_its_code(qtbot, demo_path, failed_replies,
                                                    language):
    win = _window(qtbot, demo_path, language)
    try:
        view, text = win.inbox.conversation, ""
        for cid in failed_replies:
            win.inbox.open_conversation(cid)
            qtbot.waitUntil(lambda cid=cid: view.detail is not None and view.detail.id == cid)
            text += view.thread.toPlainText()
        for code, worded in SENT.items():
            assert worded[0 if language == "zh_CN" else 1] in text, code
        assert "wording changed" not in text and "did not take it" not in text
        assert "渠道没有接收" not in text
    finally:
        win.context.db.shutdown()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_channel_problem_is_worded_from_its_code(window, qtbot, demo_path, language):
    """Each problem as the channel host reports it (status bar) and as a fetch kept it with
    the channel's state (Settings › channels, State column)."""
    window.set_language(language)
    store = open_shop(demo_path)
    for n, code in enumerate(Code):
        channels.add(store, "tiktok", f"店{n:02d}", {})
        state = channels.state(store, f"店{n:02d}")
        state.update(failures=1, last_error=CHANGED, problem=Problem(code, VALUES[code],
                                                                     CHANGED))
        channels.save_state(store, f"店{n:02d}", state)
    store.close()
    window.show_page("settings")
    card = window.settings_page.channels_card
    card.refresh()
    window.context.db.wait_idle()
    states = {card.table.item(r, 0).text(): card.table.item(r, 2).text()
              for r in range(card.table.rowCount())}
    pick = 0 if language == "zh_CN" else 1
    for n, code in enumerate(Code):
        assert states[f"店{n:02d}"] == CHANNEL[code][pick], code
        window.on_job_event({"kind": "channels", "listening": [], "problems": {
            f"店{n:02d}": Problem(code, VALUES[code], CHANGED)}})
        assert window.status.connection.toolTip() == f"店{n:02d}: {CHANNEL[code][pick]}"


def test_a_sentence_from_before_codes_is_still_worded_and_an_unknown_one_generally(
        window, qtbot):
    window.set_language("zh_CN")
    window.on_job_event({"kind": "channels", "listening": [], "problems": {
        "桥": Problem(None, {}, "the bridge answered 502; trying again later"),
        "新": Problem(None, {}, "something nobody foresaw")}})
    assert window.status.connection.toolTip() == (
        "桥: 转接程序繁忙（HTTP 502），稍后会重新发送回复。\n"
        "新: 渠道暂时无法正常工作，稍后会重试。")


@pytest.fixture
def running(window, demo_path):
    """The window with the channels running beside it, wired as the app wires them."""
    events = JobEvents()
    host = ChannelHost(partial(open_shop, demo_path), events.event.emit)
    events.event.connect(window.on_job_event)
    connect_channels(window, host)
    host.start()
    yield window
    host.stop()


def test_a_mailbox_that_cannot_be_opened_is_said_in_chinese(running, qtbot, demo_path):
    """The real mail channel and the real channel host: a mailbox whose server does not
    answer is worded in the status bar and the State column, not in the IMAP's English."""
    window = running
    window.set_language("zh_CN")
    with socket.socket() as s:  # ports where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    store = open_shop(demo_path)
    channels.add(store, "email", "店铺邮箱", {"imap": f"127.0.0.1:{port}",
                                              "smtp": f"127.0.0.1:{port}",
                                              "user": "shop@example.com", "security": "none"},
                 {"password": "secret"})
    store.close()
    qtbot.waitUntil(lambda: "店铺邮箱" in window.status.connection.text(), timeout=15_000)
    said = "无法打开 127.0.0.1 上的邮箱：请检查服务器地址、用户名和密码。"
    assert window.status.connection.text() == f"● 店铺邮箱：{said}"
    window.show_page("settings")
    card = window.settings_page.channels_card
    card.refresh()
    window.context.db.wait_idle()
    row = next(r for r in range(card.table.rowCount())
               if card.table.item(r, 0).text() == "店铺邮箱")
    assert card.table.item(row, 2).text() == said


def test_testing_a_mailbox_that_cannot_be_opened_says_so_in_chinese(window, qtbot, demo_path):
    """Settings › Channels › Test connection on a mail channel whose server does not answer."""
    window.set_language("zh_CN")
    with socket.socket() as s:  # a port where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    store = open_shop(demo_path)
    channels.add(store, "email", "店铺邮箱", {"imap": f"127.0.0.1:{port}",
                                              "smtp": f"127.0.0.1:{port}",
                                              "user": "shop@example.com", "security": "none"})
    store.close()
    window.show_page("settings")
    card = window.settings_page.channels_card
    card.refresh()
    window.context.db.wait_idle()
    card.table.selectRow(next(r for r in range(card.table.rowCount())
                              if card.table.item(r, 0).text() == "店铺邮箱"))
    qtbot.mouseClick(card.test, Qt.MouseButton.LeftButton)
    said = "无法打开 127.0.0.1 上的邮箱：请检查服务器地址、用户名和密码。"
    qtbot.waitUntil(lambda: said in card.hint.text(), timeout=10_000)
    assert "IMAP" not in card.hint.text() and "Errno" not in card.hint.text()
