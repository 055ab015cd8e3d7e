"""Time to answer an inbound order webhook: 202-then-process vs processing inline, one run, loopback only.

Loads the demo data into a throw-away SQLite database, serves `build_web` with uvicorn on 127.0.0.1,
and sends --count signed generic orders (two SKU lines, one description line) to each mode in turn:
  background  POST /api/orders: store, answer 202, record the order afterwards (the real endpoint);
              requests go back to back, so the worker's processing overlaps the next request;
  paced       the same, but each request waits until the previous delivery is processed;
  inline      the same handler, with the processing done before the answer (the baseline).
Reports p50 / p95 / max of the time from sending to the answer, and how long the background queue
took to drain after the last 202. `GET /health` on the same server gives the HTTP floor.

    .venv/bin/python bench/webhook_bench.py [--count 100] [--json]
"""
from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

import httpx  # noqa: E402
import uvicorn  # noqa: E402
from fastapi import Request  # noqa: E402
from fastapi.concurrency import run_in_threadpool  # noqa: E402

from core.config import Settings  # noqa: E402
from tandem.bootstrap import bootstrap  # noqa: E402
from tandem.demo import load_demo_data  # noqa: E402
from tandem.server import build_web  # noqa: E402
from webhooks import orders  # noqa: E402

SECRET = "bench-secret"
SKUS = ["85123A", "22423", "47566", "85099B", "84879", "22720"]


def order(mode: str, n: int) -> bytes:
    """A small order with a unique event id: two SKU lines and one line to match by description."""
    return json.dumps({"event_id": f"{mode}-{n}", "source": "bench", "customer": {"id": "13089"},
                       "lines": [{"sku": SKUS[n % len(SKUS)], "quantity": 2},
                                 {"sku": SKUS[(n + 1) % len(SKUS)], "quantity": 1},
                                 {"description": "jumbo bag red retrospot", "quantity": 1}]}).encode()


def add_inline_route(app) -> None:
    """The baseline: the same receive code, with the processing done before answering."""

    @app.post("/bench/orders-inline", include_in_schema=False)
    async def inline(request: Request):
        pending = []
        answer = await orders._receive(request, "order", orders.SIGNATURE, orders.tandem_signature,
                                       orders._generic, schedule=lambda _request, cmd: pending.append(cmd))
        for cmd in pending:
            await run_in_threadpool(request.app.state.services.handle, cmd)
        return answer


def serve(app) -> tuple[uvicorn.Server, int]:
    """Run uvicorn on a free loopback port in a thread; return it once it accepts connections."""
    # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY only on such sockets (as `tandem serve`'s own bind
    # gets); without it Nagle and delayed ACKs add ~40 ms to every answer on loopback.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    return server, sock.getsockname()[1]


def run_mode(client: httpx.Client, path: str, mode: str, count: int, paced: bool = False) -> list[float]:
    """Send `count` orders one after another; return the seconds each took to be answered."""
    times = []
    for n in range(count):
        if paced:
            wait_drained(client)
        raw = order(mode, n)
        headers = {"Content-Type": "application/json", "X-Tandem-Signature": orders.tandem_signature(SECRET, raw)}
        start = time.perf_counter()
        answer = client.post(path, content=raw, headers=headers)
        times.append(time.perf_counter() - start)
        if answer.status_code != 202:
            raise RuntimeError(f"{mode} {n}: {answer.status_code} {answer.text}")
    return times


def wait_drained(client: httpx.Client, timeout: float = 300) -> float:
    """Seconds until no delivery is left `received` (the background queue is empty)."""
    start = time.perf_counter()
    while client.get("/api/webhooks/deliveries", params={"status": "received", "limit": 1}).json():
        if time.perf_counter() - start > timeout:
            raise RuntimeError("background processing did not drain")
        time.sleep(0.02)
    return time.perf_counter() - start


def stats(times: list[float]) -> dict:
    ordered = sorted(times)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"n": len(times), "p50_ms": round(statistics.median(times) * 1000, 1),
            "p95_ms": round(pick(0.95) * 1000, 1), "max_ms": round(ordered[-1] * 1000, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100, help="orders per mode (at most 1000)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    count = max(1, min(args.count, 1000))
    workdir = Path(tempfile.mkdtemp(prefix="webhook-bench-"))
    try:
        tandem = bootstrap(Settings(_env_file=None, database_url=f"sqlite:///{workdir}/bench.db",
                                    inbox_dir=str(workdir / "inbox"), webhook_hmac_secret=SECRET))
        load_demo_data(tandem, say=lambda *_: None)
        tandem.extractor.refresh()
        app = build_web(tandem, with_bot=False, with_mail=False)
        add_inline_route(app)
        server, port = serve(app)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            run_mode(client, "/api/orders", "warmup", 5)
            health = []
            for _ in range(count):
                start = time.perf_counter()
                client.get("/health")
                health.append(time.perf_counter() - start)
            wait_drained(client)
            background = run_mode(client, "/api/orders", "background", count)
            drain = wait_drained(client)
            paced = run_mode(client, "/api/orders", "paced", count, paced=True)
            wait_drained(client)
            inline = run_mode(client, "/bench/orders-inline", "inline", count)
            processed = len(client.get("/api/webhooks/deliveries",
                                       params={"status": "processed", "limit": 500}).json())
        server.should_exit = True
        tandem.engine.dispose()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    result = {"count": count, "background": stats(background), "paced": stats(paced), "inline": stats(inline), "health": stats(health),
              "background_drain_after_last_202_s": round(drain, 2), "processed_seen": processed}
    if args.json:
        print(json.dumps(result))
    else:
        for mode in ("background", "paced", "inline", "health"):
            s = result[mode]
            print(f"{mode:<10} n={s['n']}  p50 {s['p50_ms']} ms  p95 {s['p95_ms']} ms  max {s['max_ms']} ms")
        print(f"background queue drained {result['background_drain_after_last_202_s']} s after the last 202")
    return 0


if __name__ == "__main__":
    sys.exit(main())
