"""Telegram transport, one run, loopback only: webhook time-to-200 and first reply, stored vs inline; outbox throughput.

Part 1 runs two `tandem serve` web apps side by side (uvicorn on loopback, real FastAPI + PTB) against one
local Bot API stand-in (tests/fixtures/botapi.py), each on its own SQLite database with the demo data:
  * stored  - Tandem's webhook: the update is stored, 200 is answered, PTB processes it afterwards;
  * inline  - the baseline: PTB processes the update inside the request, 200 comes after.
Both get the same --count customer orders, one per salesperson (one chat each), at the same Poisson arrival
times (--rate per second). Measured per update: time to the 200, and time to the first reply in that chat.

Part 2 fills an outbox with pending messages and times how fast the paced sender empties it, against the
theoretical limit of Telegram's rates (30/s overall, 1/s per chat).

    .venv/bin/python bench/telegram_bench.py [--count 60] [--rate 3] [--outbox 300] [--database-url URL] [--json]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

import httpx  # noqa: E402
import sqlalchemy as sa  # noqa: E402
import uvicorn  # noqa: E402
from sqlmodel import select  # noqa: E402
from telegram import Update  # noqa: E402

from bot.app import build_application  # noqa: E402
from bot.pacing import Limits  # noqa: E402
from bot.transport import transport  # noqa: E402
from core.adapters import orm  # noqa: E402
from core.config import Settings  # noqa: E402
from core.domain.commands import AddUser  # noqa: E402
from core.domain.telegram import StoreTelegramUpdate  # noqa: E402
from tandem.bootstrap import bootstrap  # noqa: E402
from tandem.demo import load_demo_data  # noqa: E402
from tandem.server import bot_services, build_web  # noqa: E402
from tests.fixtures.botapi import BotApiStandIn  # noqa: E402

SECRET = "bench-secret"
BASE_URL = "sqlite"
ORDERS = ["Hi Priya, please send {n} jumbo bag red retrospot and 48 white hanging heart t-light holders by Friday.",
          "Please ship {n} regency cakestand 3 tier next week, thanks. Fiona",
          "Could you send {n} jumbo bag red retrospot? Regards, Anna"]


SCHEMAS: list[str] = []  # PostgreSQL schemas made for this run, dropped at the end


def _database(tmp: Path, name: str) -> str:
    """A fresh database per instance: a SQLite file, or a new schema when --database-url is PostgreSQL."""
    if not BASE_URL.startswith("postgresql"):
        return f"sqlite:///{tmp}/{name}.db"
    schema = f"tgbench_{name}_{uuid.uuid4().hex[:8]}"
    with sa.create_engine(BASE_URL).begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    SCHEMAS.append(schema)
    return sa.engine.make_url(BASE_URL).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False)


def _drop_schemas() -> None:
    if SCHEMAS:
        with sa.create_engine(BASE_URL).begin() as conn:
            for schema in SCHEMAS:
                conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))


def _settings(tmp: Path, name: str, api: BotApiStandIn) -> Settings:
    return Settings(_env_file=None, database_url=_database(tmp, name), inbox_dir=str(tmp / name),
                    telegram_bot_token=api.token, telegram_api_base_url=api.base_url,
                    telegram_api_file_url=api.base_file_url, telegram_webhook_secret=SECRET,
                    telegram_webhook_url=f"https://bench.example/{name}", outbox_interval_seconds=0.2)


class Served:
    """One web app on a loopback port, served by uvicorn in a thread."""

    def __init__(self, app):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/telegram/webhook"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self):
        self.thread.start()
        while not self.server.started:
            time.sleep(0.01)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(30)


def _web(tmp: Path, name: str, api: BotApiStandIn, chats: list[int], inline: bool):
    tandem = bootstrap(_settings(tmp, name, api))
    load_demo_data(tandem, say=lambda *_: None)
    tandem.extractor.refresh()
    for chat in chats:
        tandem.handle(AddUser(f"Sales {chat}", "salesperson", telegram_id=chat))
    tandem.store_times = []
    plain_handle = tandem.handle

    def timed_handle(command):  # how long storing an update takes, inside the time-to-200
        started = time.monotonic()
        try:
            return plain_handle(command)
        finally:
            if isinstance(command, StoreTelegramUpdate):
                tandem.store_times.append(time.monotonic() - started)

    tandem.handle = timed_handle
    web = build_web(tandem, with_bot=True, with_mail=False)
    if inline:  # the baseline: process inside the request, answer afterwards
        application = web.state.services.on_telegram_update.__self__.app

        async def process_inline(data: dict) -> None:
            await application.process_update(Update.de_json(data, application.bot))

        web.state.services.on_telegram_update = process_inline
    return tandem, web


async def _post_all(api: BotApiStandIn, targets: dict, arrivals: list[float], warmup: bool = False) -> dict:
    """POST one order per chat to each mode at the same moments; returns per-mode (t_200, t_reply) lists."""
    results = {mode: [] for mode in targets}
    async with httpx.AsyncClient(timeout=120) as client:
        async def one(mode, url, chat, at, text):
            await asyncio.sleep(max(0.0, at - (time.monotonic() - t0)))
            update = api.make_update("message", user_id=chat, text=text)
            sent_wall, sent = time.time(), time.monotonic()
            reply = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
            assert reply.status_code == 200, reply.text
            results[mode].append({"chat": chat, "to_200": time.monotonic() - sent, "sent_wall": sent_wall})

        t0 = time.monotonic()
        jobs = [one(mode, url, chat, at, ORDERS[i % len(ORDERS)].format(n=12 + i))
                for mode, (url, chats) in targets.items() for i, (chat, at) in enumerate(zip(chats, arrivals))]
        await asyncio.gather(*jobs)
        if warmup:  # untimed: lets spaCy, the matcher and the connection pools load before the measured run
            return {}
    deadline = time.monotonic() + 120
    for mode, rows in results.items():
        for row in rows:
            while True:
                calls = [c for c in api.calls("sendMessage") if c["chat_id"] == row["chat"]]
                if calls or time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.02)
            row["to_reply"] = (calls[0].at - row["sent_wall"]) if calls else float("nan")
    return results


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def webhook_part(api: BotApiStandIn, tmp: Path, count: int, rate: float, seed: int) -> dict:
    rnd = random.Random(seed)
    arrivals, t = [], 0.0
    for _ in range(count):
        t += rnd.expovariate(rate)
        arrivals.append(t)
    warm = 5
    chats = {"stored": [7_000_000 + i for i in range(count + warm)],
             "inline": [8_000_000 + i for i in range(count + warm)]}
    stored_tandem, stored_web = _web(tmp, "stored", api, chats["stored"], inline=False)
    inline_tandem, inline_web = _web(tmp, "inline", api, chats["inline"], inline=True)
    with Served(stored_web) as stored, Served(inline_web) as inline:
        asyncio.run(_post_all(api, {"stored": (stored.url, chats["stored"][:warm]),
                                    "inline": (inline.url, chats["inline"][:warm])},
                              [0.5 * k for k in range(warm)], warmup=True))
        time.sleep(3)  # let the warm-up replies and their outbox messages go out
        stored_tandem.store_times.clear()
        results = asyncio.run(_post_all(api, {"stored": (stored.url, chats["stored"][warm:]),
                                              "inline": (inline.url, chats["inline"][warm:])}, arrivals))
    for instance in (stored_tandem, inline_tandem):
        instance.engine.dispose()
    store = stored_tandem.store_times
    summary = {"store": {"n": len(store), "median": statistics.median(store), "p95": _p95(store)}}
    for mode, rows in results.items():
        to_200, to_reply = [r["to_200"] for r in rows], [r["to_reply"] for r in rows]
        summary[mode] = {"n": len(rows), "to_200_median": statistics.median(to_200), "to_200_p95": _p95(to_200),
                         "reply_median": statistics.median(to_reply), "reply_p95": _p95(to_reply)}
    return summary


async def _drain(tandem, api: BotApiStandIn, limits: Limits) -> None:
    app = build_application(api.token, bot_services(tandem), api.base_url, api.base_file_url, polling=False,
                            outbox_interval=0.2)
    transport(app).pacer.set_limits(limits)
    async with app:
        await app.start()
        while True:
            with tandem.uow() as uow:
                left = uow.session.exec(select(orm.OutboxRow.id).where(orm.OutboxRow.status != "sent")).first()
            if left is None:
                break
            await asyncio.sleep(0.05)
        await app.stop()


def outbox_part(api: BotApiStandIn, tmp: Path, total: int, chats: int, name: str) -> dict:
    tandem = bootstrap(_settings(tmp, name, api))
    owner = tandem.handle(AddUser("Bench", "salesperson", telegram_id=1))
    with tandem.uow() as uow:
        uow.session.add_all([orm.OutboxRow(user_id=owner["id"], kind="text", payload={"text": f"n{i}"},
                                           chat_id=9_000_000 + i % chats) for i in range(total)])
        uow.session.commit()
    api.clear()
    limits = Limits()
    asyncio.run(_drain(tandem, api, limits))
    tandem.engine.dispose()
    times = sorted(c.at for c in api.calls("sendMessage"))
    span = times[-1] - times[0]
    # n messages need n-1 gaps: a chat's k messages need (k-1) s; the bucket needs (n-1)/30 s.
    per_chat = -(-total // chats)
    limit_span = max((total - 1) / limits.overall_rate, (per_chat - 1) * limits.chat_interval)
    return {"messages": total, "chats": chats, "sent": len(times), "span_s": span, "rate": (len(times) - 1) / span,
            "theoretical_rate": (total - 1) / limit_span, "ratio": limit_span / span}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=60, help="updates per mode (bounded, loopback only)")
    ap.add_argument("--rate", type=float, default=3.0, help="mean arrivals per second (Poisson)")
    ap.add_argument("--outbox", type=int, default=300, help="messages in the outbox throughput run")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--database-url", default="sqlite", help="'sqlite' (files) or a PostgreSQL URL (a schema each)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    global BASE_URL
    BASE_URL = args.database_url
    tmp = Path(tempfile.mkdtemp(prefix="tg-bench-"))
    api = BotApiStandIn().start()
    try:
        hooks = webhook_part(api, tmp, args.count, args.rate, args.seed)
        spread = outbox_part(api, tmp, args.outbox, args.outbox, "spread")
        few = outbox_part(api, tmp, 30, 3, "few")
    finally:
        api.stop()
        shutil.rmtree(tmp, ignore_errors=True)
        _drop_schemas()
    report = {"webhook": hooks, "outbox": {"one_per_chat": spread, "ten_per_chat": few}}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    s, i = hooks["stored"], hooks["inline"]
    print(f"webhook: {args.count} orders per mode, Poisson {args.rate}/s, one chat per order, "
          f"database {BASE_URL.split(':')[0]}")
    print(f"{'mode':8} {'n':>4} {'200 med s':>10} {'200 p95 s':>10} {'reply med s':>12} {'reply p95 s':>12}")
    for mode in ("stored", "inline"):
        r = hooks[mode]
        print(f"{mode:8} {r['n']:4d} {r['to_200_median']:10.4f} {r['to_200_p95']:10.4f} "
              f"{r['reply_median']:12.3f} {r['reply_p95']:12.3f}")
    print(f"of which storing the update (stored mode): median {hooks['store']['median']:.4f} s, "
          f"p95 {hooks['store']['p95']:.4f} s")
    print(f"time-to-200 inline/stored: median {i['to_200_median'] / s['to_200_median']:.0f}x, "
          f"p95 {i['to_200_p95'] / s['to_200_p95']:.0f}x; "
          f"first reply stored/inline: median {s['reply_median'] / i['reply_median']:.2f}, "
          f"p95 {s['reply_p95'] / i['reply_p95']:.2f}")
    for label, r in report["outbox"].items():
        print(f"outbox {label}: {r['sent']}/{r['messages']} to {r['chats']} chats in {r['span_s']:.2f} s = "
              f"{r['rate']:.1f}/s, limit {r['theoretical_rate']:.1f}/s, ratio {r['ratio']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
