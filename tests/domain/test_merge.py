"""The team's changes combine to the same data in any order, any number of times."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.hlc import Clock, Stamp
from desktop.domain.merge import DELETED, Change, apply, lost_claims, merge_all


def test_the_clock_never_goes_back_and_passes_what_it_has_seen():
    wall = [1_000]
    clock = Clock("A", lambda: wall[0])
    first = clock.now()
    wall[0] = 500  # the computer's clock was set back
    second = clock.now()
    assert second > first and second.wall == 1_000
    clock.seen(Stamp(5_000, 7, "B"))  # a desktop whose clock runs ahead
    assert clock.now() > Stamp(5_000, 7, "B")
    assert Stamp.parse(first.text()) == first
    assert sorted([second.text(), first.text()]) == [first.text(), second.text()]


def test_fields_merge_last_writer_wins_one_by_one():
    a = Change("c1", "conversations", "k", {"status": ("closed", "2-0-A"),
                                             "priority": ("urgent", "1-0-A")})
    b = Change("c2", "conversations", "k", {"priority": ("normal", "3-0-B")})
    row = merge_all([a, b])[("conversations", "k")]
    assert row.values() == {"status": "closed", "priority": "normal"}
    assert merge_all([b, a]) == merge_all([a, b])


def test_a_deletion_wins_over_older_fields_and_loses_to_later_ones():
    made = Change("c1", "kb_articles", "a", {"title": ("发货", "1-0-A")})
    gone = Change("c2", "kb_articles", "a", {DELETED: (True, "2-0-B")})
    assert merge_all([made, gone])[("kb_articles", "a")].deleted
    edited = Change("c3", "kb_articles", "a", {"title": ("发货时间", "3-0-A")})
    assert not merge_all([gone, edited, made])[("kb_articles", "a")].deleted


def test_messages_are_a_union_and_never_change():
    m = Change("c1", "messages", "m1", {"text": ("在吗", "1-0-A")})
    again = Change("c2", "messages", "m1", {"text": ("在吗", "5-0-B")})
    assert apply(apply(None, m), again).values() == {"text": "在吗"}


def test_two_agents_who_took_one_conversation_hear_who_has_it():
    mine = Change("c1", "conversations", "k", {"assignee_id": ("小李", "1-0-A")})
    theirs = Change("c2", "conversations", "k", {"assignee_id": ("Amy", "2-0-B")})
    merged = merge_all([mine, theirs])
    assert merged[("conversations", "k")].values()["assignee_id"] == "Amy"
    assert lost_claims([mine, theirs], merged) == [("k", "小李", "Amy")]


stamps = st.builds(lambda w, c, d: f"{w:016d}-{c:05d}-{d}", st.integers(0, 5),
                   st.integers(0, 2), st.sampled_from("ABC"))
changes = st.lists(st.builds(
    lambda n, table, key, fields: Change(f"x{n}", table, key, fields),
    st.integers(0, 10_000), st.sampled_from(["conversations", "messages", "kb_articles"]),
    st.sampled_from(["k1", "k2"]),
    st.dictionaries(st.sampled_from(["status", "title", DELETED]),
                    st.tuples(st.sampled_from(["a", "b", True, None]), stamps),
                    min_size=1, max_size=3)), max_size=25, unique_by=lambda c: c.id)


@settings(max_examples=200, deadline=None)
@given(changes, st.randoms())
def test_any_order_and_any_repetition_give_the_same_data(batch, rnd: random.Random):
    expected = merge_all(batch)
    shuffled = batch + rnd.sample(batch, len(batch) // 2)  # some arrive twice
    rnd.shuffle(shuffled)
    assert merge_all(shuffled) == expected
    # merged in two halves on two desktops, then exchanged: the same again
    half = len(batch) // 2
    left, right = merge_all(batch[:half]), batch[half:]
    rows = dict(left)
    for change in right:
        key = (change.table, change.key)
        rows[key] = apply(rows.get(key), change)
    assert {k: v.values() for k, v in rows.items()} == {k: v.values() for k, v in
                                                        expected.items()}
