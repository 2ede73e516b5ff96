"""Calling the shop's translation account: Baidu 通用翻译, DeepL, Tencent Cloud TMT.

One function per provider takes an :class:`Account`, the text, and ISO 639-1 codes, and
returns (translation, source language the provider found). Trouble is one of two kinds:
:class:`Offline` (the provider cannot be reached) or :class:`ProviderError` (it answered with
an error, named with its meaning in Chinese and English). A rate limit is retried with a
growing pause before it is given up as an error.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from desktop.domain.language import base
from desktop.domain.translation import (
    Meaning,
    baidu_sign,
    from_baidu,
    meaning,
    tc3_authorization,
    to_baidu,
    to_deepl_target,
)

if TYPE_CHECKING:
    import requests

BAIDU_API = "https://fanyi-api.baidu.com"
BAIDU_PATH = "/api/trans/vip/translate"
TENCENT_API = "https://tmt.tencentcloudapi.com"
TENCENT_REGION = "ap-guangzhou"
TIMEOUT = 15
RETRIES = 3  # a rate limit is tried again this many times, after 1, 2, 4 seconds


@dataclass(frozen=True, slots=True)
class Account:
    provider: str
    secret: str
    app_id: str = ""
    api_base: str = ""


class Offline(Exception):
    """The provider cannot be reached (no network, DNS, refused, timed out)."""


class ProviderError(Exception):
    """The provider answered with an error."""

    def __init__(self, provider: str, code: str, what: Meaning) -> None:
        super().__init__(f"{provider} {code}: {what.en}")
        self.provider, self.code, self.meaning = provider, code, what

    @property
    def kind(self) -> str:
        return self.meaning.kind

    def message(self, language: str) -> str:
        """The error in the user's language, naming the provider's own code."""
        text = self.meaning.zh if base(language) == "zh" else self.meaning.en
        return f"{text} ({self.code})"


class _Limited(Exception):
    pass


def _backing_off(call: Callable[[], tuple[str, str]],
                 sleep: Callable[[float], None]) -> tuple[str, str]:
    for attempt in range(RETRIES + 1):
        try:
            return call()
        except ProviderError as exc:
            if exc.kind not in ("limit", "retry") or attempt == RETRIES:
                raise
            sleep(2 ** attempt + random.uniform(0, 0.25))
    raise AssertionError("unreachable")


def _post(url: str, **kwargs: Any) -> requests.Response:
    import requests  # here: the window starts without the HTTP library

    try:
        return requests.post(url, timeout=TIMEOUT, **kwargs)
    except (requests.ConnectionError, requests.Timeout) as exc:
        raise Offline(f"cannot reach {urlsplit(url).netloc}") from exc


def _json(provider: str, resp: requests.Response) -> dict:
    if resp.status_code == 429:
        raise ProviderError(provider, "429", meaning("deepl", "429"))
    try:
        data = resp.json()
    except ValueError as exc:
        raise ProviderError(provider, f"HTTP {resp.status_code}",
                            meaning(provider, f"HTTP {resp.status_code}")) from exc
    return data if isinstance(data, dict) else {}


def baidu(account: Account, text: str, source: str, target: str) -> tuple[str, str]:
    salt = str(random.randint(10_000, 99_999_999))
    form = {"q": text, "from": to_baidu(source), "to": to_baidu(target),
            "appid": account.app_id, "salt": salt,
            "sign": baidu_sign(account.app_id, text, salt, account.secret)}
    resp = _post((account.api_base or BAIDU_API).rstrip("/") + BAIDU_PATH, data=form)
    data = _json("baidu", resp)
    code = str(data.get("error_code", "52000"))
    if code != "52000":
        raise ProviderError("baidu", code, meaning("baidu", code, str(data.get("error_msg", ""))))
    lines = [str(part.get("dst", "")) for part in data.get("trans_result") or []]
    return "\n".join(lines), from_baidu(str(data.get("from", source)))


def tencent(account: Account, text: str, source: str, target: str) -> tuple[str, str]:
    url = account.api_base or TENCENT_API
    host = urlsplit(url).netloc
    payload = json.dumps({"SourceText": text, "Source": source or "auto", "Target": target,
                          "ProjectId": 0}, ensure_ascii=False)
    now = int(time.time())
    headers = {
        "Authorization": tc3_authorization(account.app_id, account.secret, service="tmt",
                                           host=host, payload=payload, timestamp=now),
        "Content-Type": "application/json; charset=utf-8", "Host": host,
        "X-TC-Action": "TextTranslate", "X-TC-Version": "2018-03-21",
        "X-TC-Timestamp": str(now), "X-TC-Region": TENCENT_REGION}
    data = _json("tencent", _post(url, data=payload.encode("utf-8"), headers=headers))
    answer = data.get("Response") or {}
    error = answer.get("Error")
    if error:
        code = str(error.get("Code", ""))
        raise ProviderError("tencent", code, meaning("tencent", code, str(error.get("Message"))))
    return str(answer.get("TargetText", "")), base(str(answer.get("Source", source)))


def deepl_translate(account: Account, text: str, source: str, target: str) -> tuple[str, str]:
    import deepl

    deepl.http_client.max_network_retries = 0  # one back-off for every provider (_backing_off)
    try:
        translator = deepl.Translator(account.secret, server_url=account.api_base or None,
                                      send_platform_info=False)
        result = translator.translate_text(text, source_lang=source.upper() or None,
                                           target_lang=to_deepl_target(target))
    except deepl.ConnectionException as exc:
        raise Offline(f"cannot reach DeepL ({exc})") from exc
    except deepl.AuthorizationException as exc:
        raise ProviderError("deepl", "403", meaning("deepl", "403")) from exc
    except deepl.QuotaExceededException as exc:
        raise ProviderError("deepl", "456", meaning("deepl", "456")) from exc
    except deepl.TooManyRequestsException as exc:
        raise ProviderError("deepl", "429", meaning("deepl", "429")) from exc
    except deepl.DeepLException as exc:
        code = str(getattr(exc, "http_status_code", "") or "error")
        raise ProviderError("deepl", code, meaning("deepl", code, str(exc))) from exc
    assert not isinstance(result, list)
    return result.text, base(result.detected_source_lang)


CALLS: dict[str, Callable[[Account, str, str, str], tuple[str, str]]] = {
    "baidu": baidu, "deepl": deepl_translate, "tencent": tencent}


def translate(account: Account, text: str, source: str, target: str,
              sleep: Callable[[float], None] = time.sleep) -> tuple[str, str]:
    """The translation of ``text`` into ``target`` ("" source: the provider tells), with the
    source language found; a rate limit is retried after a growing pause."""
    call = CALLS[account.provider]
    return _backing_off(lambda: call(account, text, source, target), sleep)
