from __future__ import annotations

import json
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.interchange import (
    RecordError,
    flatten,
    parse_record,
    to_object,
    unflatten,
)
from desktop.domain.model import Direction, EventKind, EventRecord, MessageKind, MessageRecord

SHANGHAI = ZoneInfo("Asia/Shanghai")
LINE = {"channel": "tiktok", "conversation": "c-1001",
        "customer": {"id": "u-77", "name": "小雨", "vip": False, "language": "zh"},
        "id": "m-1", "direction": "in", "author": "customer", "kind": "text",
        "text": "什么时候发货？", "sent_at": "2025-10-01T09:15:00+08:00",
        "order_id": "5790012345"}


def test_the_documented_message_line_parses():
    record = parse_record(LINE, SHANGHAI)
    assert isinstance(record, MessageRecord)
    assert record.direction is Direction.IN
    assert record.kind is MessageKind.TEXT
    assert record.customer is not None and record.customer.name == "小雨"
    assert record.sent.epoch_ms == 1_759_281_300_000  # 01:15 UTC
    assert record.sent.offset_min == 480
    assert record.order_id == "5790012345"


def test_round_trip_keeps_every_field_including_unknown_ones():
    line = {**LINE, "subject": "发货", "attachments": [{"uri": "a.jpg"}], "delivery": None}
    del line["delivery"]
    assert to_object(parse_record(line, SHANGHAI)) == line


@pytest.mark.parametrize("stamp,expected_ms,offset", [
    ("2025-10-01T01:15:00Z", 1_759_281_300_000, 0),
    ("2025-10-01T01:15:00+00:00", 1_759_281_300_000, 0),
    ("2025-09-30T18:15:00-07:00", 1_759_281_300_000, -420),
    ("2025-10-01T09:15:00", 1_759_281_300_000, 480),  # no offset: the shop's zone
    ("2025-10-01T09:15:00.250+08:00", 1_759_281_300_250, 480),
])
def test_times_carry_any_offset(stamp, expected_ms, offset):
    record = parse_record({**LINE, "sent_at": stamp}, SHANGHAI)
    assert (record.sent.epoch_ms, record.sent.offset_min) == (expected_ms, offset)


@pytest.mark.parametrize("change,reason", [
    ({"kind": "video"}, "unknown kind 'video'"),
    ({"direction": "sideways"}, "unknown direction"),
    ({"sent_at": "yesterday"}, "unparseable time"),
    ({"sent_at": None}, "missing field 'sent_at'"),
    ({"channel": ""}, "missing field 'channel'"),
    ({"id": None}, "missing field 'id'"),
    ({"author": "小王"}, "author must be 'customer'"),
    ({"customer": "u-77"}, "'customer' must be an object"),
    ({"text": 5}, "'text' must be a string"),
    ({"attachments": "a.jpg"}, "'attachments' must be a list"),
    ({"direction": ["in"]}, "unknown direction"),  # not even a key: refused, no TypeError
    ({"kind": {"text": 1}}, "unknown kind"),
    ({"direction": "out", "author": "bot", "delivery": ["sent"]}, "unknown delivery"),
])
def test_bad_lines_say_why(change, reason):
    with pytest.raises(RecordError, match=reason):
        parse_record({**LINE, **change}, SHANGHAI)


def test_missing_text_is_an_error_only_where_text_is_the_message():
    line = {k: v for k, v in LINE.items() if k != "text"}
    with pytest.raises(RecordError, match="missing field 'text'"):
        parse_record(line, SHANGHAI)
    assert parse_record({**line, "kind": "image"}, SHANGHAI).text == ""


@pytest.mark.parametrize("event", [
    {"event": "close", "at": "2025-10-01T10:00:00+08:00", "resolved": True, "by": "小王"},
    {"event": "rating", "score": 5, "at": "2025-10-01T10:00:00+08:00"},
    {"event": "assign", "agent": "小王", "at": "2025-10-01T10:00:00+08:00"},
    {"event": "tag", "tag": "物流", "at": "2025-10-01T10:00:00+08:00"},
    {"event": "priority", "priority": "high", "at": "2025-10-01T10:00:00+08:00"},
])
def test_event_lines_round_trip(event):
    line = {"channel": "tiktok", "conversation": "c-1", **event}
    record = parse_record(line, SHANGHAI)
    assert isinstance(record, EventRecord)
    assert to_object(record) == line


@pytest.mark.parametrize("event,reason", [
    ({"event": "rating", "score": 9}, "from 1 to 5"),
    ({"event": "rating", "score": "great"}, "from 1 to 5"),
    ({"event": "assign"}, "missing field 'agent'"),
    ({"event": "explode"}, "unknown event"),
    ({"event": ["close"]}, "unknown event"),
    ({"event": "close", "resolved": "maybe"}, "true or false"),
])
def test_bad_events_say_why(event, reason):
    line = {"channel": "tiktok", "conversation": "c-1", "at": "2025-10-01T10:00:00Z", **event}
    with pytest.raises(RecordError, match=reason):
        parse_record(line, SHANGHAI)


def test_an_event_of_assign_records_the_agent():
    record = parse_record({"channel": "t", "conversation": "c", "event": "assign",
                           "agent": "小王", "at": "2025-10-01T10:00:00Z"}, SHANGHAI)
    assert isinstance(record, EventRecord) and record.kind is EventKind.ASSIGN
    assert record.data == {"agent": "小王"}


def test_flat_rows_round_trip():
    line = {**LINE, "attachments": [{"uri": "a.jpg"}], "subject": "x"}
    row = flatten(line)
    assert row["customer.name"] == "小雨"
    assert json.loads(row["extra"]) == {"subject": "x"}
    # CSV gives strings back: booleans and ids as text
    as_text = {k: (str(v).lower() if isinstance(v, bool) else v) for k, v in row.items()}
    assert to_object(parse_record(unflatten(as_text), SHANGHAI)) == line


def test_xlsx_turns_long_ids_into_numbers_and_we_turn_them_back():
    row = flatten(LINE)
    row["order_id"] = 5790012345.0
    assert unflatten(row)["order_id"] == "5790012345"


@given(st.dictionaries(st.text(max_size=8), st.one_of(st.none(), st.text(), st.integers(),
                                                      st.booleans(), st.lists(st.text()))))
def test_arbitrary_objects_are_parsed_or_refused_never_crash(obj):
    try:
        parse_record(obj, SHANGHAI)
    except RecordError:
        pass


def test_a_customer_repeated_line_after_line_is_read_as_on_its_own():
    """The last line's customer is reused for an equal object: never for one that differs
    in a way that changes it or makes it wrong."""
    first = parse_record(LINE, SHANGHAI)
    again = parse_record({**LINE, "id": "m-2"}, SHANGHAI)
    assert again.customer is first.customer
    vip = parse_record({**LINE, "customer": {**LINE["customer"], "vip": 1}}, SHANGHAI)
    assert vip.customer.vip is True
    assert parse_record(LINE, SHANGHAI).customer == first.customer
    renamed = parse_record({**LINE, "customer": {**LINE["customer"], "name": "小雪"}}, SHANGHAI)
    assert renamed.customer.name == "小雪"
    numbered = {**LINE, "customer": {**LINE["customer"], "id": 77}}
    assert parse_record(numbered, SHANGHAI).customer.external_id == "77"
    with pytest.raises(RecordError, match="must be a string"):  # equal to 77, not the same
        parse_record({**LINE, "customer": {**LINE["customer"], "id": 77.0}}, SHANGHAI)
