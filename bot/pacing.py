"""Pacing under Telegram's limits: per-chat spacing, a per-group window, a global token bucket, one rate limiter."""
from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from dataclasses import dataclass, replace
from datetime import timedelta

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    """Telegram's published limits (about 30 msg/s overall, 1/s per chat, 20/min per group)."""

    overall_rate: float = 30.0  # messages per second, all chats together
    overall_burst: float = 1.0  # bucket size 1: sends are evenly spaced, so no 1-s window sees more than ~30
    chat_interval: float = 1.0  # seconds between two messages to one chat
    group_max: int = 20  # messages per group (negative chat id) ...
    group_window: float = 60.0  # ... within any window of this many seconds

    def scaled(self, factor: float) -> Limits:
        """The same limits with time shrunk by `factor` (tests and benchmarks)."""
        return replace(self, overall_rate=self.overall_rate / factor, chat_interval=self.chat_interval * factor,
                       group_window=self.group_window * factor)


def is_group(chat) -> bool:
    """Groups, supergroups and channels: negative ids, or @usernames (which only channels have here)."""
    return isinstance(chat, str) or (isinstance(chat, int) and chat < 0)


def chat_key(chat_id):
    """The pacing key of a request's chat_id (ints as ints, '@name' as is, None when absent)."""
    if chat_id is None:
        return None
    try:
        return int(chat_id)
    except (TypeError, ValueError):
        return str(chat_id)


class Pacer:
    """In-process schedule: when each chat may get its next message and when the next global token comes."""

    def __init__(self, limits: Limits | None = None, clock=time.monotonic):
        self.clock = clock
        self.set_limits(limits or Limits())
        self._paused_until = 0.0

    def set_limits(self, limits: Limits) -> None:
        """Adopt new limits and start from a fresh state."""
        self.limits = limits
        self._tokens, self._stamp = limits.overall_burst, self.clock()
        self._chat_next: dict = {}
        self._group_log: dict = {}

    def _refill(self, now: float) -> None:
        self._tokens = min(self.limits.overall_burst, self._tokens + (now - self._stamp) * self.limits.overall_rate)
        self._stamp = now

    def chat_ready_at(self, chat) -> float:
        """Earliest time (clock) the chat may get a message, ignoring the global bucket."""
        at = max(self._chat_next.get(chat, 0.0), self._paused_until)
        log = self._group_log.get(chat)
        if log is not None and len(log) >= self.limits.group_max:
            at = max(at, log[0] + self.limits.group_window)
        return at

    def token_ready_at(self, now: float | None = None) -> float:
        """Earliest time a global token is available."""
        now = self.clock() if now is None else now
        self._refill(now)
        wait = 0.0 if self._tokens >= 1 else (1 - self._tokens) / self.limits.overall_rate
        return max(now + wait, self._paused_until)

    def ready_at(self, chat) -> float:
        """Earliest time a message to `chat` may go out."""
        return max(self.chat_ready_at(chat), self.token_ready_at())

    def take(self, chat) -> None:
        """Spend a token and the chat's slot now (call only when ready_at(chat) has passed)."""
        now = self.clock()
        self._refill(now)
        self._tokens -= 1
        self._chat_next[chat] = now + self.limits.chat_interval
        if is_group(chat):
            log = self._group_log.setdefault(chat, deque(maxlen=self.limits.group_max))
            log.append(now)

    def finished(self, chat) -> None:
        """A send to `chat` has returned: its next slot counts from now, not from when it started."""
        # A request delayed in transit reaches Telegram late; spacing only the starts would let the next one
        # arrive right behind it. Counting from the reply keeps arrivals at least an interval apart.
        if chat is None:
            return
        now = self.clock()
        self._chat_next[chat] = max(self._chat_next.get(chat, 0.0), now + self.limits.chat_interval)
        log = self._group_log.get(chat)
        if log:
            log[-1] = max(log[-1], now)

    async def acquire(self, chat, max_wait: float | None = None) -> None:
        """Wait for the chat's turn and a token, then take them; raise Paused rather than wait over max_wait."""
        while True:
            at = self.ready_at(chat) if chat is not None else self._paused_until
            now = self.clock()
            if at <= now:
                if chat is not None:
                    self.take(chat)
                return
            if max_wait is not None and at - now > max_wait:
                raise Paused(at - now)
            await asyncio.sleep(at - now)

    def pause(self, seconds: float) -> None:
        """Telegram said RetryAfter: hold every request for that long (it does not say for which chat)."""
        self._paused_until = max(self._paused_until, self.clock() + seconds)

    def blocked(self) -> list:
        """Chats that may not get a message right now (and forget chats whose wait is long over)."""
        now = self.clock()
        horizon = now - max(self.limits.chat_interval, self.limits.group_window)
        for chat in [c for c, at in self._chat_next.items() if at < horizon]:
            self._chat_next.pop(chat, None)
            self._group_log.pop(chat, None)
        return [c for c in self._chat_next if self.chat_ready_at(c) > now]

    def budget(self, horizon: float) -> int:
        """How many sends the global bucket allows from now until `horizon` seconds ahead."""
        now = self.clock()
        if self._paused_until > now:
            return 0
        self._refill(now)
        return int(self._tokens + horizon * self.limits.overall_rate)


def retry_seconds(exc: RetryAfter) -> float:
    """RetryAfter's wait in seconds (PTB gives an int or a timedelta depending on its settings)."""
    value = exc._retry_after  # the property warns about its coming type change; the timedelta is stable
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class Paused(Exception):
    """A request would wait longer than it may (a long flood-control pause)."""

    def __init__(self, seconds: float):
        super().__init__(f"would wait {seconds:.0f} s")
        self.seconds = seconds


class PacedRateLimiter(BaseRateLimiter[dict]):
    """PTB rate limiter over a Pacer, so direct replies and the outbox share one budget per process."""

    # rate_limit_args {"max_retries": n, "max_wait": s}: one call's RetryAfter retries (the outbox passes 0 and
    # keeps its retries in the database; replies and edits get `max_retries`), and the longest it may wait for
    # its turn before Paused is raised (None: as long as it takes).

    def __init__(self, pacer: Pacer | None = None, max_retries: int = 2):
        self.pacer = pacer or Pacer()
        self.max_retries = max_retries

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        """Wait for the chat's turn and a token (chat-less requests: only a pause), send, retry on RetryAfter."""
        chat = chat_key(data.get("chat_id"))
        # A dict, not a bare 0: PTB drops falsy rate_limit_args before they reach the limiter.
        retries = int((rate_limit_args or {}).get("max_retries", self.max_retries))
        for attempt in range(retries + 1):
            await self.pacer.acquire(chat, (rate_limit_args or {}).get("max_wait"))
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                self.pacer.pause(retry_seconds(exc) + 0.1)
                if attempt == retries:
                    raise
                logger.info("flood control on %s: retrying after %.1f s", endpoint, retry_seconds(exc))
            finally:
                self.pacer.finished(chat)
        raise AssertionError("unreachable")
