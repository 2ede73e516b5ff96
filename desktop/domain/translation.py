"""Translation providers' rules, as plain functions: signatures, language codes, error meanings.

Baidu 通用翻译 signs a request with md5(appid + q + salt + key) and has its own language codes;
Tencent Cloud TMT signs with TC3-HMAC-SHA256; DeepL takes a key header (its library does it).
ShopDesk speaks ISO 639-1 everywhere and converts at the edge.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime

PROVIDERS: tuple[str, ...] = ("baidu", "deepl", "tencent")

# ISO 639-1 -> Baidu's own codes (only those that differ; the rest are the same)
BAIDU_CODES: dict[str, str] = {"es": "spa", "vi": "vie", "ja": "jp", "ko": "kor", "fr": "fra",
                               "ar": "ara", "ms": "may", "tl": "fil"}
_FROM_BAIDU = {v: k for k, v in BAIDU_CODES.items()} | {"cht": "zh", "yue": "zh", "wyw": "zh"}

# DeepL's target codes (source codes are the bare ones, upper-case)
DEEPL_TARGETS: dict[str, str] = {"en": "EN-US", "pt": "PT-BR", "zh": "ZH-HANS"}


def to_baidu(code: str) -> str:
    return BAIDU_CODES.get(code, code) if code else "auto"


def from_baidu(code: str) -> str:
    return _FROM_BAIDU.get(code, code)


def to_deepl_target(code: str) -> str:
    return DEEPL_TARGETS.get(code, code.upper())


def baidu_sign(appid: str, q: str, salt: str, key: str) -> str:
    """Baidu's request signature: md5 of appid + q + salt + key (UTF-8), lower-case hex."""
    return hashlib.md5((appid + q + salt + key).encode("utf-8")).hexdigest()


def tc3_authorization(secret_id: str, secret_key: str, *, service: str, host: str,
                      payload: str, timestamp: int,
                      content_type: str = "application/json; charset=utf-8") -> str:
    """Tencent Cloud's ``Authorization`` header for a POST (TC3-HMAC-SHA256)."""
    date = datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d")
    canonical = "\n".join((
        "POST", "/", "", f"content-type:{content_type}\nhost:{host}\n", "content-type;host",
        hashlib.sha256(payload.encode("utf-8")).hexdigest()))
    scope = f"{date}/{service}/tc3_request"
    to_sign = "\n".join(("TC3-HMAC-SHA256", str(timestamp), scope,
                         hashlib.sha256(canonical.encode("utf-8")).hexdigest()))

    def mac(key: bytes, msg: str) -> bytes:
        return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()

    signing = mac(mac(mac(("TC3" + secret_key).encode("utf-8"), date), service), "tc3_request")
    signature = hmac.new(signing, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    return (f"TC3-HMAC-SHA256 Credential={secret_id}/{scope}, SignedHeaders=content-type;host, "
            f"Signature={signature}")


@dataclass(frozen=True, slots=True)
class Meaning:
    zh: str
    en: str
    kind: str  # "key" (the account or its key), "limit" (back off), "retry", "input"


BAIDU_ERRORS: dict[str, Meaning] = {
    "52001": Meaning("请求超时，请重试", "the request timed out; try again", "retry"),
    "52002": Meaning("翻译服务系统错误，请重试", "the translation service had an error; try again",
                     "retry"),
    "52003": Meaning("未授权用户：请检查 APP ID 是否正确，或服务是否已开通",
                     "unauthorised user: check the APP ID and that the service is enabled", "key"),
    "54000": Meaning("必填参数为空", "a required field is empty", "input"),
    "54001": Meaning("签名错误：请检查密钥是否正确", "wrong signature: check the secret key",
                     "key"),
    "54003": Meaning("访问频率受限，请稍后再试", "too many requests; slowing down", "limit"),
    "54004": Meaning("账户余额不足，请前往管理控制台充值",
                     "the account balance is used up; top it up in the console", "key"),
    "54005": Meaning("长文本请求过于频繁，请稍后再试", "long texts sent too often; slowing down",
                     "limit"),
    "58000": Meaning("客户端 IP 不在白名单中", "this computer's IP address is not allowed", "key"),
    "58001": Meaning("不支持该语言方向", "this language pair is not supported", "input"),
    "58002": Meaning("服务已关闭，请在控制台开启", "the service is switched off in the console",
                     "key"),
    "90107": Meaning("认证未通过或未生效", "the account's verification has not passed yet", "key"),
}

TENCENT_ERRORS: dict[str, Meaning] = {
    "AuthFailure.SignatureFailure": Meaning("签名错误：请检查 SecretKey",
                                            "wrong signature: check the SecretKey", "key"),
    "AuthFailure.SecretIdNotFound": Meaning("SecretId 不存在或已停用",
                                            "the SecretId does not exist or is disabled", "key"),
    "AuthFailure.SignatureExpire": Meaning("签名过期：请校准电脑时间",
                                           "signature expired: check this computer's clock", "key"),
    "RequestLimitExceeded": Meaning("请求频率超限，请稍后再试", "too many requests; slowing down",
                                    "limit"),
    "FailedOperation.NoFreeAmount": Meaning("本月免费额度已用完",
                                            "this month's free amount is used up", "key"),
    "FailedOperation.ServiceIsolate": Meaning("账号欠费停服", "the account is suspended for "
                                              "an unpaid balance", "key"),
    "UnsupportedOperation.UnsupportedLanguage": Meaning("不支持该语言",
                                                        "this language is not supported", "input"),
}

DEEPL_ERRORS: dict[str, Meaning] = {
    "403": Meaning("密钥无效", "the authentication key is not valid", "key"),
    "456": Meaning("本期翻译额度已用完", "the translation quota is used up", "key"),
    "429": Meaning("请求过多，请稍后再试", "too many requests; slowing down", "limit"),
}


def meaning(provider: str, code: str, message: str = "") -> Meaning:
    table = {"baidu": BAIDU_ERRORS, "tencent": TENCENT_ERRORS, "deepl": DEEPL_ERRORS}
    found = table.get(provider, {}).get(code)
    if found is not None:
        return found
    if code.startswith("AuthFailure"):
        return Meaning(f"认证失败（{message}）", f"authentication failed ({message})", "key")
    detail = message or code
    return Meaning(f"翻译服务返回错误：{detail}", f"the translation service answered: {detail}",
                   "retry")
