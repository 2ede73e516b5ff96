"""``shopdesk translation set`` and ``shopdesk translate``, run as a user runs them, against
a loopback stand-in provider."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import run
from tests.services.translation_standin import APP_ID, KEY, StandIn


@pytest.fixture
def standin():
    s = StandIn()
    yield s
    s.close()


def test_detect_only_calls_no_provider_and_gives_iso_codes(tmp_path):
    for text, lang in (("¿tienen talla M?", "es"), ("สินค้าจะส่งเมื่อไหร่คะ", "th"),
                       ("いつ発送されますか？", "ja"), ("什么时候发货", "zh")):
        out = run("translate", text, "--detect-only", "--json", "--db", str(tmp_path / "s.db"))
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout) == {"text": text, "source_language": lang,
                                          "target_language": None, "provider": None}


@pytest.mark.parametrize("provider", ["baidu", "deepl", "tencent"])
def test_set_a_provider_then_translate_once(tmp_path, standin, provider):
    db = str(tmp_path / "s.db")
    args = ["translation", "set", provider, "--api-base", standin.url, "--secrets-stdin",
            "--db", db]
    if provider != "deepl":
        args += ["--app-id", APP_ID]
    done = run(*args, stdin=json.dumps({"secret": KEY}))
    assert done.returncode == 0, done.stderr
    assert KEY.encode() not in (tmp_path / "s.db").read_bytes()
    for _ in range(2):
        out = run("translate", "hola, ¿cuándo llega mi pedido?", "--to", "zh", "--json",
                  "--db", db)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout) == {"text": "你好，我的订单什么时候到？",
                                          "source_language": "es", "target_language": "zh",
                                          "provider": provider}
    assert len(standin.requests) == 1  # the second answer came from the shop database
    out = run("translate", "明天发货", "--to", "es", "--json", "--db", db)
    assert json.loads(out.stdout)["text"] == "Se envía mañana"


def test_a_wrong_key_is_a_clear_message_naming_the_providers_error(tmp_path, standin):
    db = str(tmp_path / "s.db")
    run("translation", "set", "baidu", "--app-id", APP_ID, "--api-base", standin.url,
        "--secrets-stdin", "--db", db, stdin='{"secret": "wrong"}')
    out = run("translate", "hola amigo, buenas tardes", "--db", db)
    assert out.returncode == 1
    assert out.stderr.strip() == "shopdesk: baidu: wrong signature: check the secret key (54001)"


def test_bad_input_is_worded(tmp_path, standin):
    db = str(tmp_path / "s.db")
    out = run("translation", "set", "baidu", "--secrets-stdin", "--db", db, stdin="{}")
    assert out.returncode == 1 and 'JSON object with "secret"' in out.stderr
    out = run("translation", "set", "baidu", "--secrets-stdin", "--db", db,
              stdin='{"secret": "k"}')
    assert out.returncode == 1 and "needs its app id" in out.stderr
    out = run("translate", "hola amigo, buenas tardes", "--db", db)
    assert out.returncode == 1 and "no translation provider is set" in out.stderr
    standin.close()
    run("translation", "set", "deepl", "--api-base", standin.url, "--secrets-stdin",
        "--db", db, stdin='{"secret": "k"}')
    out = run("translate", "hola amigo, buenas tardes", "--db", db)
    assert out.returncode == 1 and "cannot be reached" in out.stderr
