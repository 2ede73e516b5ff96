from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.model import Moment
from desktop.domain.timefmt import format_moment, parse_moment

UTC = ZoneInfo("UTC")


@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1)),
       st.integers(min_value=-14 * 60, max_value=14 * 60))
def test_the_fast_path_agrees_with_datetime(value, offset):
    moment = Moment(int(value.replace(tzinfo=UTC).timestamp()) * 1000, offset)
    text = format_moment(moment)
    assert parse_moment(text, UTC) == moment


def test_unusual_forms_take_the_careful_path():
    zone = ZoneInfo("Asia/Shanghai")
    assert parse_moment("2025-01-31T23:59:59+08:00", zone).epoch_ms == 1_738_339_199_000
    assert parse_moment("2024-02-29T00:00:00Z", zone).epoch_ms == 1_709_164_800_000
    assert parse_moment("2025-10-01 09:15:00", zone).offset_min == 480


@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1)),
       st.integers(min_value=-14 * 60, max_value=14 * 60), st.integers(1, 999))
def test_the_fast_path_keeps_milliseconds(value, offset, ms):
    moment = Moment(int(value.replace(tzinfo=UTC).timestamp()) * 1000 + ms, offset)
    assert parse_moment(format_moment(moment), UTC) == moment
