"""The Pacer on a fake clock, and the rate limiter's RetryAfter handling."""
from __future__ import annotations

import pytest
from telegram.error import RetryAfter

from bot.pacing import Limits, PacedRateLimiter, Pacer


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _drain(pacer: Pacer, clock: Clock, chats: list, step: float = 0.001) -> list[tuple[float, object]]:
    """Send to `chats` in order as fast as the pacer allows; returns (time, chat) per send."""
    sent = []
    for chat in chats:
        while pacer.ready_at(chat) > clock.now:
            clock.now = pacer.ready_at(chat)
        pacer.take(chat)
        sent.append((clock.now, chat))
        clock.now += step
    return sent


def test_one_chat_gets_at_most_one_message_a_second():
    clock = Clock()
    sent = _drain(Pacer(Limits(), clock), clock, [42] * 5)
    gaps = [b[0] - a[0] for a, b in zip(sent, sent[1:])]
    assert all(g >= 1.0 for g in gaps)


def test_a_chat_waits_an_interval_after_a_slow_send_returns():
    clock = Clock()
    pacer = Pacer(Limits(), clock)
    pacer.take(42)
    clock.now += 0.7  # the request took 0.7 s: it may have reached Telegram just now
    pacer.finished(42)
    assert pacer.ready_at(42) == pytest.approx(clock.now + 1.0)
    pacer.finished(None)  # chat-less requests (getUpdates) hold nothing


def test_overall_rate_is_capped_at_thirty_a_second():
    clock = Clock()
    sent = _drain(Pacer(Limits(), clock), clock, list(range(1, 301)))
    times = [t for t, _ in sent]
    assert times[-1] - times[0] == pytest.approx(299 / 30, rel=0.01)
    assert max(sum(1 for t in times if s <= t < s + 1.0) for s in times) <= 30


def test_a_group_gets_at_most_twenty_a_minute():
    clock = Clock()
    sent = _drain(Pacer(Limits(), clock), clock, [-100] * 45)
    times = [t for t, _ in sent]
    assert max(sum(1 for t in times if s <= t < s + 60.0) for s in times) <= 20
    assert all(b - a >= 1.0 for a, b in zip(times, times[1:]))


def test_blocked_chats_budget_and_pause():
    clock = Clock()
    pacer = Pacer(Limits(), clock)
    pacer.take(1)
    assert pacer.blocked() == [1]
    clock.now += 1.0
    assert pacer.blocked() == []
    assert pacer.budget(0.5) == 16  # one token now, 15 more within half a second
    pacer.pause(5)
    assert pacer.budget(0.5) == 0 and pacer.ready_at(2) == pytest.approx(clock.now + 5)
    assert Limits().scaled(0.1).chat_interval == pytest.approx(0.1)


async def test_limiter_retries_replies_but_not_the_outbox():
    limiter = PacedRateLimiter(Pacer(Limits().scaled(0.001)), max_retries=2)
    calls = []

    async def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise RetryAfter(0)
        return True

    assert await limiter.process_request(flaky, (), {}, "sendMessage", {"chat_id": 5}, None) is True
    assert len(calls) == 3
    calls.clear()
    with pytest.raises(RetryAfter):
        await limiter.process_request(flaky, (), {}, "sendMessage", {"chat_id": 6}, {"max_retries": 0})
    assert len(calls) == 1


async def test_stored_updates_of_one_chat_never_overlap_and_keep_their_order():
    import asyncio
    from types import SimpleNamespace

    from bot.transport import UpdateInbox

    events = []

    class App:
        running = True
        bot = None
        bot_data = {"services": SimpleNamespace(handle=lambda command: None)}

        async def process_update(self, update):
            events.append(("start", update.update_id))
            await asyncio.sleep(0.05)
            events.append(("end", update.update_id))

    def update(uid, chat):
        return {"update_id": uid, "message": {"message_id": uid, "date": 0, "chat": {"id": chat, "type": "private"}}}

    app = App()
    inbox = UpdateInbox(app, "w")
    runner = asyncio.create_task(inbox.run())
    for uid in (1, 2):
        inbox._enqueue(update(uid, 5))
    inbox._enqueue(update(10, 6))  # another chat runs alongside
    while ("end", 1) not in events:
        await asyncio.sleep(0.005)
    inbox._enqueue(update(3, 5))  # arrives while 2 runs: must wait for it
    while len(events) < 8:
        await asyncio.sleep(0.005)
    app.running = False
    await runner
    chat5 = [e for e in events if e[1] in (1, 2, 3)]
    assert chat5 == [("start", 1), ("end", 1), ("start", 2), ("end", 2), ("start", 3), ("end", 3)]
    assert events.index(("start", 10)) < events.index(("end", 1))
    assert inbox.chat_locks == {}
