from datetime import datetime, timedelta, timezone
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


def _reference(value: datetime) -> Moment:
    """The definition: the aware instant's distance from the epoch; its offset in minutes."""
    delta = value - datetime(1970, 1, 1, tzinfo=timezone(timedelta(0)))
    offset = value.utcoffset()
    return Moment(delta.days * 86_400_000 + delta.seconds * 1000 + delta.microseconds // 1000,
                  offset.days * 1440 + offset.seconds // 60)


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
       st.integers(min_value=-86_399, max_value=86_399))
def test_any_fixed_offset_agrees_with_the_definition(value, seconds):
    """Offsets with seconds and times before 1970 too; parsed twice, as the second parse of
    an offset takes the remembered one."""
    aware = value.replace(tzinfo=timezone(timedelta(seconds=seconds)))
    for _ in range(2):
        assert parse_moment(aware.isoformat(), UTC) == _reference(aware)


@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1)))
def test_a_time_without_offset_is_read_in_the_shops_zone(value):
    zone = ZoneInfo("America/New_York")  # daylight saving: the offset depends on the day
    naive = value.replace(tzinfo=None)
    assert parse_moment(naive.isoformat(), zone) == _reference(naive.replace(tzinfo=zone))


def test_times_ahead_are_said_as_people_say_them():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from desktop.domain.timefmt import spoken_time

    sh = ZoneInfo("Asia/Shanghai")
    now = datetime(2026, 12, 5, 23, 10, tzinfo=sh)  # a Saturday night

    def at(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 12, day, hour, minute, tzinfo=sh)

    cases = [(at(5, 23, 30), "今天晚上11点半", "today 23:30"),
             (at(6, 9), "明天上午9点", "tomorrow 9:00"),
             (at(6, 14), "明天下午2点", "tomorrow 14:00"),
             (at(7, 12), "后天中午12点", "Monday 12:00"),
             (at(8, 9, 15), "周二上午9点15分", "Tuesday 9:15"),
             (at(12, 1), "12月12日凌晨1点", "Dec 12, 1:00")]
    for when, zh, en in cases:
        assert spoken_time(when, now, "zh") == zh
        assert spoken_time(when, now, "en") == en
