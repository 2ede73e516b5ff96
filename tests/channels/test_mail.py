"""The e-mail channel against real servers: dovecot (IMAP) and aiosmtpd (SMTP) on 127.0.0.1.
Mail in → conversation → reply → the customer's mailbox has it, threaded."""

from __future__ import annotations

import email
import email.policy
import json
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import pytest

from desktop.channels import dispatcher, registry
from desktop.channels.poll import poll
from desktop.domain.problems import Code
from desktop.services import actions, channels, outbox
from desktop.services.errors import UserError
from desktop.store.db import open_store

SHOP, BUYER = "shop@example.com", "buyer@example.com"


def _mail(subject, body, msg_id, html=None, attachment=None, sender=f"王小姐 <{BUYER}>",
          **headers) -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = SHOP
    m["Subject"] = subject
    m["Message-ID"] = msg_id
    m["Date"] = "Wed, 15 Oct 2025 10:00:00 +0800"
    for k, v in headers.items():
        m[k.replace("_", "-")] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    if attachment:
        m.add_attachment(attachment, maintype="image", subtype="png", filename="破损照片.png")
    return m.as_bytes()


@pytest.fixture
def shop(tmp_path, dovecot, smtp):
    store = open_store(tmp_path / "shop.sqlite")
    channels.add(store, "email", "店铺邮箱",
                 {"imap": f"127.0.0.1:{dovecot.port}", "smtp": f"127.0.0.1:{smtp.port}",
                  "user": SHOP, "security": "none"}, {"password": "shop-secret"})
    yield store
    store.close()


def _conversations(store):
    return store.conn.execute("SELECT external_id, id FROM conversations").fetchall()


def test_mail_in_reply_out_threaded_in_the_customers_mailbox(shop, dovecot, smtp):
    dovecot.deliver(SHOP, _mail("订单 12345 什么时候发货", "请问什么时候发货？", "<b1@example.com>",
                                html="<p>请问<b>什么时候</b>发货？</p><script>x()</script>",
                                attachment=b"\x89PNG fake"))
    [report] = poll(shop, "店铺邮箱")
    assert (report["fetched"], report["stored"], report["error"]) == (1, 1, "")
    [(_, conversation_id)] = _conversations(shop)
    text, payload = shop.conn.execute("SELECT text, payload FROM messages").fetchone()
    assert "什么时候发货" in text
    uri = json.loads(payload)["attachments"][0]["uri"]
    assert "破损照片.png" in payload and Path(url2pathname(urlparse(uri).path)).is_file()
    assert poll(shop, "店铺邮箱")[0]["fetched"] == 0  # nothing twice
    actions.reply(shop, conversation_id, "亲，今天下午发出~", None)
    assert dispatcher.dispatch(shop, registry.connectors(shop)).sent == 1
    [reply] = [email.message_from_bytes(raw, policy=email.policy.default)
               for raw in dovecot.mails(BUYER)]
    assert reply["In-Reply-To"] == "<b1@example.com>" and "<b1@example.com>" in \
        reply["References"]
    assert reply["Subject"] == "Re: 订单 12345 什么时候发货"
    assert "今天下午发出" in reply.get_content()
    assert len(dovecot.mails(SHOP, "Sent")) == 1  # a copy in Sent
    connector = registry.connectors(shop)["店铺邮箱"]
    from desktop.channels.base import Outgoing
    sent_row = shop.conn.execute("SELECT id FROM messages WHERE direction = 'out'").fetchone()
    assert connector.already_sent(Outgoing(sent_row[0], "", "", BUYER, "", "", [], 0))
    # the customer answers our reply: the same conversation
    dovecot.deliver(SHOP, _mail("Re: 订单 12345 什么时候发货", "好的谢谢", "<b2@example.com>",
                                In_Reply_To=reply["Message-ID"],
                                References=f"<b1@example.com> {reply['Message-ID']}"))
    assert poll(shop, "店铺邮箱")[0]["stored"] == 1
    assert len(_conversations(shop)) == 1
    # a new mail without threading headers but the same subject joins it too
    dovecot.deliver(SHOP, _mail("回复：订单 12345 什么时候发货", "还有一个问题",
                                "<b3@example.com>"))
    poll(shop, "店铺邮箱")
    assert len(_conversations(shop)) == 1
    dovecot.deliver(SHOP, _mail("别的问题", "新问题", "<b4@example.com>"))
    poll(shop, "店铺邮箱")
    assert len(_conversations(shop)) == 2


def test_awkward_mail_is_stored_or_skipped_never_crashing(shop, dovecot):
    data = Path(email.__file__).parent.parent / "test" / "test_email" / "data"
    samples = sorted(data.glob("msg_*.txt"))
    if not samples:
        pytest.skip("this Python has no test_email data")
    for path in samples:
        dovecot.deliver(SHOP, path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    bomb = b"Content-Type: multipart/mixed; boundary=b0\r\nFrom: x@y.z\r\n\r\n"
    for n in range(40):
        bomb += f"--b{n}\r\nContent-Type: multipart/mixed; boundary=b{n + 1}\r\n\r\n".encode()
    dovecot.deliver(SHOP, bomb)
    dovecot.deliver(SHOP, b"From: a@b.c\r\nContent-Type: text/plain; charset=no-such\r\n"
                          b"Subject: =?no-such?q?x?=\r\n\r\n\xff\xfe bad bytes\r\n")
    [report] = poll(shop, "店铺邮箱")
    assert report["error"] == ""
    assert report["fetched"] + len(report["skipped"]) == len(samples) + 2
    assert report["fetched"] >= len(samples) // 2
    assert all(why for _, why in report["skipped"])
    assert poll(shop, "店铺邮箱")[0]["fetched"] == 0


def test_a_wrong_password_is_reported_and_mail_is_not_lost(tmp_path, dovecot, smtp):
    store = open_store(tmp_path / "shop.sqlite")
    channels.add(store, "email", "错密码",
                 {"imap": f"127.0.0.1:{dovecot.port}", "smtp": f"127.0.0.1:{smtp.port}",
                  "user": SHOP, "security": "none"}, {"password": "wrong"})
    dovecot.deliver(SHOP, _mail("在吗", "在吗", "<w1@example.com>"))
    [report] = poll(store, "错密码")
    assert report["error"] and "IMAP" in report["error"]
    assert channels.state(store, "错密码")["failures"] == 1
    problem = channels.state(store, "错密码")["problem"]
    assert (problem.code, dict(problem.values)) == (
        Code.MAIL_UNREADABLE, {"host": "127.0.0.1", "port": dovecot.port})
    with pytest.raises(UserError, match=r"127\.0\.0\.1"):
        channels.add(store, "email", "外网", {"imap": "imap.163.com:143",
                                              "smtp": "smtp.163.com:25", "user": "a",
                                              "security": "none"})


def test_an_unreachable_smtp_server_leaves_the_reply_queued(shop, dovecot, smtp):
    dovecot.deliver(SHOP, _mail("在吗", "在吗", "<q1@example.com>"))
    poll(shop, "店铺邮箱")
    conversation_id = _conversations(shop)[0][1]
    actions.reply(shop, conversation_id, "在的", None)
    config = channels.get(shop, "店铺邮箱")["config"]
    from desktop.store import directory
    with shop.write() as w:
        directory.update_channel(w, channels.get(shop, "店铺邮箱")["id"],
                                 {**config, "smtp": "127.0.0.1:1"})
    report = dispatcher.dispatch(shop, registry.connectors(shop))
    assert report.retrying == 1 and "SMTP" in report.errors["店铺邮箱"]
    assert [m["status"] for m in outbox.pending(shop)] == ["queued"]
    problem = outbox.pending(shop)[0]["problem"]
    assert (problem.code, dict(problem.values)) == (Code.MAIL_SERVER,
                                                    {"host": "127.0.0.1", "port": 1})
    assert report.problems["店铺邮箱"] == problem


def test_idle_hears_new_mail_at_once(shop, dovecot):
    import threading
    import time

    connector = registry.connectors(shop)["店铺邮箱"]
    stop, result = threading.Event(), []
    waiter = threading.Thread(target=lambda: result.append(connector.wait_for_mail(stop, 30)))
    waiter.start()
    for n in range(20):  # a mail that lands before IDLE is set up is the poll's to find
        time.sleep(0.5)
        dovecot.deliver(SHOP, _mail("在吗", "在吗", f"<idle{n}@example.com>"))
        waiter.join(1)
        if not waiter.is_alive():
            break
    assert result == [True]
    stop.set()
    idle_again = threading.Thread(target=lambda: result.append(connector.wait_for_mail(stop, 30)))
    idle_again.start()
    idle_again.join(5)
    assert result[-1] is False  # told to stop: returns promptly


def test_a_renumbered_mailbox_is_read_again_without_doubles(shop, dovecot):
    dovecot.deliver(SHOP, _mail("在吗", "在吗", "<v1@example.com>"))
    poll(shop, "店铺邮箱")
    state = channels.state(shop, "店铺邮箱")
    channels.save_state(shop, "店铺邮箱", {**state, "cursor": {"uidvalidity": 1,
                                                                "last_uid": 99}})
    [report] = poll(shop, "店铺邮箱")  # the server's UIDVALIDITY differs: everything again
    assert (report["fetched"], report["stored"]) == (1, 0)


def test_a_30_mb_attachment_is_kept(shop, dovecot):
    big = bytes(range(256)) * (30 * 1024 * 4)  # 30 MB
    dovecot.deliver(SHOP, _mail("发票", "附件是发票", "<big@example.com>", attachment=big))
    [report] = poll(shop, "店铺邮箱")
    assert report["stored"] == 1 and report["error"] == ""
    payload = json.loads(shop.conn.execute("SELECT payload FROM messages").fetchone()[0])
    saved = Path(url2pathname(urlparse(payload["attachments"][0]["uri"]).path))
    assert saved.stat().st_size == len(big)


def test_tls_and_starttls_verify_the_servers_certificate(tmp_path, dovecot_tls, certificate):
    store = open_store(tmp_path / "tls.sqlite")
    ca = str(certificate / "ca.pem")
    for n, (security, port) in enumerate((("ssl", dovecot_tls.tls_port),
                                          ("starttls", dovecot_tls.port))):
        name = f"邮箱-{security}"
        channels.add(store, "email", name, {"imap": f"127.0.0.1:{port}", "smtp": "127.0.0.1:1",
                                            "user": SHOP, "security": security, "ca_file": ca},
                     {"password": "shop-secret"})
        dovecot_tls.deliver(SHOP, _mail("在吗", "在吗", f"<tls{n}@example.com>"))
        [report] = poll(store, name)
        assert report["error"] == "" and report["stored"] >= 1, report
    channels.add(store, "email", "不认识的证书",
                 {"imap": f"127.0.0.1:{dovecot_tls.tls_port}", "smtp": "127.0.0.1:1",
                  "user": SHOP, "security": "ssl"}, {"password": "shop-secret"})
    [report] = poll(store, "不认识的证书")
    assert "certificate" in report["error"].lower() and report["stored"] == 0


def test_a_mail_citing_another_customers_message_id_starts_its_own_conversation(shop, dovecot,
                                                                                  smtp):
    dovecot.deliver(SHOP, _mail("发票", "我的订单 5790012345 地址是…", "<orig@example.com>"))
    poll(shop, "店铺邮箱")
    dovecot.deliver(SHOP, _mail("Re: 发票", "请把发票发到这个邮箱", "<x1@evil.example>",
                                sender="mallory@evil.example", References="<orig@example.com>",
                                In_Reply_To="<orig@example.com>"))
    poll(shop, "店铺邮箱")
    rows = shop.conn.execute(
        "SELECT cu.external_id, count(m.id) FROM conversations c JOIN customers cu "
        "ON cu.id = c.customer_id JOIN messages m ON m.conversation_id = c.id "
        "GROUP BY c.id ORDER BY cu.external_id").fetchall()
    assert rows == [(BUYER, 1), ("mallory@evil.example", 1)]
    # the customer's own answer, and the shop's own mail citing it, still join the thread
    dovecot.deliver(SHOP, _mail("Re: 发票", "谢谢", "<b9@example.com>",
                                References="<orig@example.com>"))
    dovecot.deliver(SHOP, _mail("Re: 发票", "已开好", "<s1@example.com>", sender=SHOP,
                                References="<orig@example.com>"))
    poll(shop, "店铺邮箱")
    assert len(_conversations(shop)) == 2
    [conversation_id] = [cid for (cid,) in shop.conn.execute(
        "SELECT c.id FROM conversations c JOIN customers cu ON cu.id = c.customer_id "
        "WHERE cu.external_id = ?", (BUYER,))]
    actions.reply(shop, conversation_id, "好的，发票和地址如下…", None)
    assert dispatcher.dispatch(shop, registry.connectors(shop)).sent == 1
    [reply] = [email.message_from_bytes(raw, policy=email.policy.default)
               for raw in dovecot.mails(BUYER)]
    assert reply["To"] == BUYER and reply["In-Reply-To"] != "<x1@evil.example>"


def test_a_reused_message_id_never_overwrites_an_earlier_attachment(shop, dovecot):
    genuine = _mail("发票", "my invoice", "<same@example.com>", attachment=b"GENUINE")
    dovecot.deliver(SHOP, genuine)
    poll(shop, "店铺邮箱")
    [payload] = [p for (p,) in shop.conn.execute("SELECT payload FROM messages")]
    path = Path(url2pathname(urlparse(json.loads(payload)["attachments"][0]["uri"]).path))
    dovecot.deliver(SHOP, _mail("发票", "my invoice", "<same@example.com>", attachment=b"FORGED!",
                                sender="evil@x.example"))
    poll(shop, "店铺邮箱")
    assert path.read_bytes() == b"GENUINE"
    # two attachments of one mail with the same name are both kept
    m = EmailMessage()
    m["From"], m["To"], m["Subject"], m["Message-ID"] = BUYER, SHOP, "两张图", "<two@example.com>"
    m.set_content("见附件")
    for data in (b"ONE", b"TWO"):
        m.add_attachment(data, maintype="image", subtype="png", filename="photo.png")
    dovecot.deliver(SHOP, m.as_bytes())
    poll(shop, "店铺邮箱")
    payload = shop.conn.execute("SELECT payload FROM messages WHERE external_id = "
                                "'<two@example.com>'").fetchone()[0]
    files = [Path(url2pathname(urlparse(a["uri"]).path)).read_bytes()
             for a in json.loads(payload)["attachments"]]
    assert files == [b"ONE", b"TWO"]
