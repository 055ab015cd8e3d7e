"""Telegram transport: webhook updates stored before the 200 and processed after, and the paced outbox sender."""
from __future__ import annotations

import asyncio
import logging
import os
import random
import secrets
import socket
import time
from datetime import datetime, timedelta, timezone

from telegram import Update
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import Application, CommandHandler, ContextTypes

from bot import menu, render
from bot.pacing import PacedRateLimiter, Pacer, Paused, retry_seconds
from core.domain.telegram import (ClaimOutbound, MarkUpdateProcessed, RecoverUpdates, ReleaseOutbound,
                                  ReleaseUpdates, SettleOutbound, StoreTelegramUpdate)

logger = logging.getLogger(__name__)


def default_worker() -> str:
    """A worker id no other process shares, even on the same host: hostname:pid:random."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


# Unique per process, so two processes on one host never take back each other's live claims. A restarted
# process gets a new id: what its previous run left is taken over once the leases expire. An explicit id
# (TELEGRAM_WORKER_ID, unique per process and stable across its restarts) takes its own work back at once.
WORKER = default_worker()
IDLE_CHECK = 0.25  # how often idle loops look whether the application is stopping
SWEEP_EVERY = 60.0  # seconds between looks for updates another worker left unfinished
NO_RETRY = {"max_retries": 0}  # outbox sends: a RetryAfter goes back to the database, not into a sleep here


class UpdateInbox:
    """Webhook updates: stored first (the caller answers 200 after), then run through PTB one at a time."""

    def __init__(self, app: Application, worker: str, parallel: int = 8, reclaim_own: bool = False):
        self.app, self.worker, self.reclaim_own = app, worker, reclaim_own
        self.queue: asyncio.Queue = asyncio.Queue()
        self.inflight: set[int] = set()
        self.errors: dict[int, str] = {}
        self.chat_locks: dict[object, tuple[asyncio.Lock, int]] = {}  # chat -> (lock, holders and waiters)
        self.slots = asyncio.Semaphore(parallel)

    async def receive(self, data: dict) -> bool:
        """Store the update (a repeated update_id is ignored) and queue it; True when it was new."""
        update_id = data.get("update_id")
        if not isinstance(update_id, int):
            logger.warning("webhook payload without an update_id ignored")
            return False
        if update_id in self.inflight:
            return False
        handle = self.app.bot_data["services"].handle
        result = await asyncio.to_thread(handle, StoreTelegramUpdate(update_id, data, self.worker))
        if result["stored"]:
            self._enqueue(data)
        return result["stored"]

    async def recover(self, own: bool | None = None) -> int:
        """Queue stored updates nobody finished: stale claims, and with `own` this worker id's earlier run's."""
        # By default only an explicit, stable worker id takes its own claims back before they go stale.
        own = self.reclaim_own if own is None else own
        handle = self.app.bot_data["services"].handle
        payloads = await asyncio.to_thread(handle, RecoverUpdates(self.worker, own=own))
        fresh = [p for p in payloads if p["update_id"] not in self.inflight]
        for payload in fresh:
            self._enqueue(payload)
        if fresh:
            logger.info("recovered %d unprocessed Telegram updates", len(fresh))
        return len(fresh)

    def _enqueue(self, data: dict) -> None:
        self.inflight.add(data["update_id"])
        self.queue.put_nowait(data)

    async def run(self) -> None:
        """Process queued updates until the application stops; what is still queued stays stored for next time."""
        # Chats run side by side (up to `parallel`); each chat's updates run one after another, in arrival order.
        tasks: set[asyncio.Task] = set()
        while self.app.running:
            try:
                data = await asyncio.wait_for(self.queue.get(), IDLE_CHECK)
            except TimeoutError:
                continue
            task = asyncio.create_task(self._process(data))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        await self.release()

    async def release(self) -> None:
        """Hand back what is still queued (stored, not processed): the next worker to look takes it at once."""
        try:
            await asyncio.to_thread(self.app.bot_data["services"].handle, ReleaseUpdates(self.worker))
        except Exception:  # they go stale and are recovered then
            logger.exception("queued updates not released")

    async def _process(self, data: dict) -> None:
        chat = _chat_of(data)
        lock, users = self.chat_locks.get(chat, (asyncio.Lock(), 0))
        self.chat_locks[chat] = (lock, users + 1)
        try:
            async with lock, self.slots:  # the lock first: its waiters are served in arrival order
                await self._process_one(data)
        finally:
            lock, users = self.chat_locks[chat]
            if users == 1:  # nobody else holds or waits for this chat's lock: forget it
                del self.chat_locks[chat]
            else:
                self.chat_locks[chat] = (lock, users - 1)

    async def _process_one(self, data: dict) -> None:
        update_id, error = data["update_id"], ""
        try:
            await self.app.process_update(Update.de_json(data, self.app.bot))
        except Exception as exc:  # process_update hands handler errors to on_error; this is anything else
            logger.exception("update %s could not be processed", update_id)
            error = f"{type(exc).__name__}: {exc}"
        error = self.errors.pop(update_id, error)
        try:
            await asyncio.to_thread(self.app.bot_data["services"].handle, MarkUpdateProcessed(update_id, error))
        except Exception:
            logger.exception("update %s processed but not marked; it will be processed again", update_id)
        self.inflight.discard(update_id)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Error handler: log (PTB stops logging once one exists) and remember it for the stored update."""
        update_id = getattr(update, "update_id", None)
        logger.error("update %s failed in a handler", update_id, exc_info=context.error)
        if update_id in self.inflight:
            self.errors[update_id] = f"{type(context.error).__name__}: {context.error}"


class OutboxSender:
    """Sends outbox rows: claims the oldest ready row per chat (leased in the database), paced by the Pacer."""

    def __init__(self, app: Application, worker: str, pacer: Pacer, paced_by_bot: bool, lease: float = 60.0,
                 retry_base: float = 1.0, retry_cap: float = 300.0, max_in_flight: int = 16, reclaim_own: bool = False):
        self.app, self.worker, self.pacer, self.paced_by_bot = app, worker, pacer, paced_by_bot
        self.reclaim_own = reclaim_own
        self.lease, self.retry_base, self.retry_cap, self.max_in_flight = lease, retry_base, retry_cap, max_in_flight
        self.kicked = asyncio.Event()
        self.tasks: set[asyncio.Task] = set()
        self.sent_log: list[tuple[float, object]] = []  # (clock, chat) of recent sends, for tests and benchmarks

    def kick(self) -> None:
        """Look at the outbox now (something was just queued)."""
        self.kicked.set()

    async def run(self) -> None:
        """Claim and send until the application stops; with a stable worker id, its earlier run's rows go back first."""
        handle = self.app.bot_data["services"].handle
        if self.reclaim_own:  # otherwise rows left in flight are claimed again when their lease expires
            await asyncio.to_thread(handle, ReleaseOutbound(self.worker))
        wake_at = 0.0
        while self.app.running:
            if self.kicked.is_set() or self.pacer.clock() >= wake_at:
                self.kicked.clear()
                wake_at = await self._claim_and_send(handle)
            timeout = min(IDLE_CHECK, max(0.0, wake_at - self.pacer.clock()))
            try:
                await asyncio.wait_for(self.kicked.wait(), timeout)
            except TimeoutError:
                pass
        if self.tasks:
            await asyncio.gather(*self.tasks, return_exceptions=True)

    async def _claim_and_send(self, handle) -> float:
        """One claim; returns when to look again (inf: only when kicked)."""
        room = min(self.max_in_flight - len(self.tasks), self.pacer.budget(0.5))
        if room <= 0:
            return self.pacer.token_ready_at() if not self.tasks else self.pacer.clock() + 0.05
        blocked = self.pacer.blocked()
        items = await asyncio.to_thread(handle, ClaimOutbound(self.worker, limit=room, skip_chats=blocked,
                                                              lease_seconds=self.lease))
        for item in items:
            task = asyncio.create_task(self._send(handle, item))
            self.tasks.add(task)
            task.add_done_callback(self._done)
        if items:
            return self.pacer.clock()  # more may be ready: look again straight away
        if blocked:
            return min(self.pacer.chat_ready_at(c) for c in blocked)
        return float("inf")

    def _done(self, task: asyncio.Task) -> None:
        self.tasks.discard(task)
        self.kicked.set()  # a chat's next message becomes claimable once this one is settled

    async def _send(self, handle, item: dict) -> None:
        chat, outcome = item["chat_id"], {"sent": True}
        try:
            if chat is None:
                raise LookupError(f"{item['user']} has no Telegram link")
            text, markup = render.outbound(item["kind"], item["payload"], item.get("language") or "en")
            # Waiting longer than half the lease would let another worker take the row and send it too.
            if self.paced_by_bot:
                await self.app.bot.send_message(chat, text, reply_markup=markup,
                                                rate_limit_args={**NO_RETRY, "max_wait": self.lease / 2})
            else:
                await self.pacer.acquire(chat, self.lease / 2)
                try:
                    await self.app.bot.send_message(chat, text, reply_markup=markup)
                finally:
                    self.pacer.finished(chat)
            self.sent_log = self.sent_log[-999:] + [(self.pacer.clock(), chat)]
        except Paused as exc:  # a long flood-control pause: hand the row back, this is no failed attempt
            outcome = {"sent": False, "error": "flood-control pause", "retry_at": _utc_in(exc.seconds),
                       "count_attempt": False}
        except RetryAfter as exc:  # flood control: the limiter paused everyone; this row waits as told
            outcome = {"sent": False, "error": str(exc), "retry_at": _utc_in(retry_seconds(exc) + 0.1)}
        except (BadRequest, Forbidden, LookupError, KeyError, TypeError, ValueError) as exc:
            # Telegram refused this message (blocked bot, unknown chat, bad text) or it cannot be rendered:
            # retrying cannot help.
            outcome = {"sent": False, "error": f"{type(exc).__name__}: {exc}", "permanent": True}
        except Exception as exc:  # network trouble, timeouts, 5xx: back off exponentially, with jitter
            delay = min(self.retry_cap, self.retry_base * 2 ** item["attempts"]) * random.uniform(0.8, 1.2)
            outcome = {"sent": False, "error": f"{type(exc).__name__}: {exc}", "retry_at": _utc_in(delay)}
        if not outcome["sent"]:
            logger.warning("outbox %s not sent: %s", item["id"], outcome["error"])
        try:
            await asyncio.to_thread(handle, SettleOutbound(item["id"], item["claim"], **outcome))
        except Exception:  # the lease runs out and the row is sent again: at least once, never lost
            logger.exception("outbox %s: outcome not recorded", item["id"])


def _chat_of(data: dict):
    """The chat an update belongs to (its sender when it has no chat), for per-chat ordering."""
    for key in ("message", "edited_message", "channel_post", "callback_query", "my_chat_member"):
        part = data.get(key)
        if isinstance(part, dict):
            chat = (part.get("message") or part).get("chat") or part.get("from") or {}
            return chat.get("id")
    return None


def _utc_in(seconds: float) -> datetime:
    return datetime.now(timezone.utc) + timedelta(seconds=seconds)


class Transport:
    """Both halves, started by a repeating job so they run whenever the application runs."""

    def __init__(self, app: Application, worker: str | None = None, interval: float = 1.0):
        limiter = app.bot.rate_limiter
        paced = isinstance(limiter, PacedRateLimiter)
        self.app, self.interval, self.worker = app, interval, worker or WORKER
        self.pacer = limiter.pacer if paced else Pacer()
        self.inbox = UpdateInbox(app, self.worker, reclaim_own=bool(worker))
        self.sender = OutboxSender(app, self.worker, self.pacer, paced_by_bot=paced, reclaim_own=bool(worker))
        self.menu_task: asyncio.Task | None = None
        self._tasks: dict[str, asyncio.Task] = {}
        self._swept = time.monotonic()

    async def tick(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Every interval: keep the loops alive, wake the sender, now and then sweep stale updates."""
        for name, loop in (("outbox", self.sender.run), ("updates", self.inbox.run)):
            task = self._tasks.get(name)
            if task is None or task.done():
                self._tasks[name] = self.app.create_task(loop(), name=f"tandem-{name}")
        if self.menu_task is None:
            self.menu_task = self.app.create_task(menu.set_menu(self.app.bot), name="tandem-menu")
        self.sender.kick()
        if time.monotonic() - self._swept > SWEEP_EVERY:
            self._swept = time.monotonic()
            await self.inbox.recover(own=False)


def transport(app: Application) -> Transport:
    """The application's transport."""
    return app.bot_data["transport"]


def kick(app: Application) -> None:
    """Ask the sender to look at the outbox now (call after a command queued messages)."""
    if "transport" in app.bot_data:
        transport(app).sender.kick()


def register(app: Application) -> None:
    """Add /help, the error recorder and the job that runs the sender and the update loop."""
    t = Transport(app, app.bot_data.get("worker") or None, app.bot_data.get("outbox_interval", 1.0))
    app.bot_data["transport"] = t
    app.add_handler(CommandHandler("help", menu.help_command))
    app.add_error_handler(t.inbox.on_error)
    app.job_queue.run_repeating(t.tick, interval=t.interval, first=0.0)
