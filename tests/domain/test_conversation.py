from desktop.domain.conversation import ConversationState, apply_event, apply_message
from desktop.domain.model import ConversationStatus, Direction, EventKind


def fold(*steps):
    state = ConversationState()
    for step in steps:
        if step[0] == "msg":
            _, direction, author, t = step
            apply_message(state, Direction(direction), author, t, "text", "text")
        else:
            _, kind, t, data = step
            apply_event(state, EventKind(kind), t, data, "agent-1")
    return state


def test_waiting_starts_at_the_first_unanswered_customer_message():
    state = fold(("msg", "in", "customer", 100), ("msg", "in", "customer", 200))
    assert state.waiting_since == 100 and state.unread == 2


def test_a_bot_reply_does_not_stop_the_clock_but_a_person_does():
    state = fold(("msg", "in", "customer", 100), ("msg", "out", "bot", 101))
    assert state.waiting_since == 100
    apply_message(state, Direction.OUT, "小王", 160, "ok", "text")
    assert state.waiting_since is None and state.first_response_at == 160 and state.unread == 0


def test_notes_are_not_replies():
    state = fold(("msg", "in", "customer", 100), ("msg", "note", "小王", 150))
    assert state.waiting_since == 100 and state.message_count == 1


def test_close_then_customer_writes_again_reopens():
    state = fold(("msg", "in", "customer", 100), ("ev", "close", 150, {"resolved": True}))
    assert state.status is ConversationStatus.CLOSED and state.resolved
    apply_message(state, Direction.IN, "customer", 300, "hello?", "text")
    assert state.status is ConversationStatus.OPEN and not state.resolved
    assert state.waiting_since == 300


def test_events_set_assignee_tags_rating():
    state = fold(("ev", "assign", 1, {"agent": "小王"}), ("ev", "tag", 2, {"tag": "物流"}),
                 ("ev", "rating", 3, {"score": 4}), ("ev", "untag", 4, {"tag": "物流"}))
    assert state.assignee == "agent-1" and state.rating == 4 and state.tags == set()
