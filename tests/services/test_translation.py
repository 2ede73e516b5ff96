"""The providers against loopback stand-ins that check signatures and keys as the real ones
do; published test vectors; errors with their meaning; rate limits backed off; every text
paid for once."""

from __future__ import annotations

import pytest

from desktop.domain.translation import baidu_sign, tc3_authorization, to_baidu
from desktop.services import translation
from desktop.services.translation import Offline, ProviderError, Settings
from desktop.services.translation_providers import Account
from desktop.services.translation_providers import translate as call
from tests.services.translation_standin import APP_ID, KEY, StandIn


@pytest.fixture
def standin():
    s = StandIn()
    yield s
    s.close()


def test_baidu_sign_matches_the_documented_example():
    # fanyi-api.baidu.com docs: appid 2015063000000001, q apple, salt 1435660288, key 12345678
    assert baidu_sign("2015063000000001", "apple", "1435660288", "12345678") == \
        "f89f9594663708c1605f3d736d01d2d4"
    assert [to_baidu(c) for c in ("es", "vi", "ja", "ko", "fr", "ar", "th", "")] == \
        ["spa", "vie", "jp", "kor", "fra", "ara", "th", "auto"]


def test_tc3_signature_matches_tencents_worked_example():
    payload = '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], ' \
              '"Name": "instance-name"}]}'
    auth = tc3_authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
                             "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", service="cvm",
                             host="cvm.tencentcloudapi.com", payload=payload,
                             timestamp=1551113065)
    assert auth.endswith("/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, "
                         "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168")


@pytest.mark.parametrize("provider", ["baidu", "tencent", "deepl"])
def test_each_provider_translates_with_a_right_key_and_names_a_wrong_one(standin, provider):
    acct = Account(provider, KEY, APP_ID, standin.url)
    assert call(acct, "hola, ¿cuándo llega mi pedido?", "", "zh") == \
        ("你好，我的订单什么时候到？", "es")
    assert call(acct, "明天发货", "zh", "es")[0] == "Se envía mañana"
    with pytest.raises(ProviderError) as caught:
        call(Account(provider, "wrong", APP_ID, standin.url), "hola", "", "zh")
    assert caught.value.kind == "key"
    expected = {"baidu": ("54001", "签名错误"), "deepl": ("403", "密钥无效"),
                "tencent": ("AuthFailure.SignatureFailure", "签名错误")}[provider]
    assert caught.value.code == expected[0]
    assert expected[1] in caught.value.message("zh_CN")
    assert expected[0] in caught.value.message("en")


@pytest.mark.parametrize("provider", ["baidu", "tencent", "deepl"])
def test_a_rate_limit_is_backed_off_then_given_up(standin, provider):
    pauses: list[float] = []
    acct = Account(provider, KEY, APP_ID, standin.url)
    standin.limit_first = 2
    assert call(acct, "¿tienen talla M?", "es", "zh", sleep=pauses.append)[0] == "有 M 码吗？"
    assert len(pauses) == 2 and pauses[1] > pauses[0] >= 1
    standin.limit_first = 99
    pauses.clear()
    with pytest.raises(ProviderError) as caught:
        call(acct, "¿tienen talla M?", "es", "zh", sleep=pauses.append)
    assert caught.value.kind == "limit" and len(pauses) == 3


def test_baidu_error_codes_are_shown_with_their_meaning(standin):
    standin.fail_with = "54004"
    with pytest.raises(ProviderError) as caught:
        call(Account("baidu", KEY, APP_ID, standin.url), "hola", "", "zh")
    assert caught.value.message("zh_CN") == "账户余额不足，请前往管理控制台充值 (54004)"
    assert "balance" in caught.value.message("en")


def test_an_unreachable_provider_is_offline(standin):
    url = standin.url
    standin.close()
    with pytest.raises(Offline):
        call(Account("baidu", KEY, APP_ID, url), "hola", "", "zh")


def test_a_text_is_paid_for_once_and_kept_with_its_languages(store, standin):
    translation.save(store, Settings("baidu", APP_ID, standin.url), secret=KEY)
    first = translation.translate_text(store, "hola, ¿cuándo llega mi pedido?", "zh")
    again = translation.translate_text(store, "hola, ¿cuándo llega mi pedido?", "zh")
    assert (first.text, first.source_language, first.target_language, first.provider) == \
        ("你好，我的订单什么时候到？", "es", "zh", "baidu")
    assert again.text == first.text and again.cached and not first.cached
    assert len(standin.requests) == 1
    row = store.conn.execute("SELECT text, source, target, provider, translated "
                             "FROM translations").fetchall()
    assert row == [("hola, ¿cuándo llega mi pedido?", "es", "zh", "baidu",
                    "你好，我的订单什么时候到？")]
    # a line already in the agent's language is not sent at all
    assert translation.translate_text(store, "好的谢谢", "zh").text == "好的谢谢"
    assert len(standin.requests) == 1


def test_the_secret_goes_to_the_keychain_not_the_database(store, standin, db_path):
    translation.save(store, Settings("deepl", "", standin.url), secret=KEY)
    store.conn.commit()
    assert KEY.encode() not in db_path.read_bytes()
    assert translation.account(translation.load(store)).secret == KEY
