"""Translations are paid for once by the team: one desktop's kept translation reaches the
other through the hub, and the other then asks the provider nothing."""

from __future__ import annotations

import pytest

from desktop.services import translation
from tests.services.translation_standin import APP_ID, KEY, StandIn
from tests.sync.test_convergence import _sync, desktops  # noqa: F401 - the two desktops
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture


@pytest.fixture
def standin():
    s = StandIn()
    yield s
    s.close()


def test_a_translation_made_on_one_desktop_serves_the_other(desktops, standin):  # noqa: F811
    (a, home_a), (b, home_b) = desktops[0]
    monkeypatch = desktops[1]
    for store, home in ((a, home_a), (b, home_b)):
        monkeypatch.setenv("SHOPDESK_HOME", str(home))
        translation.save(store, translation.Settings("baidu", APP_ID, standin.url), KEY)
    monkeypatch.setenv("SHOPDESK_HOME", str(home_a))
    made = translation.translate_text(a, "¿tienen talla M?", "zh")
    assert not made.cached and len(standin.requests) == 1
    _sync(a, home_a, monkeypatch)
    _sync(b, home_b, monkeypatch)
    got = translation.translate_text(b, "¿tienen talla M?", "zh")
    assert got.cached and got.text == "有 M 码吗？" and len(standin.requests) == 1
    row = b.conn.execute("SELECT key, text, source, target, provider, translated "
                         "FROM translations").fetchone()
    assert row[1:] == ("¿tienen talla M?", "es", "zh", "baidu", "有 M 码吗？")
