"""Latency from IMAP APPEND to the handler's commit: IDLE vs a polling baseline, one run.

Starts a private Dovecot (tests/fixtures/dovecot.py), runs two ingesters side by side (one
in IDLE, one polling every --poll-interval seconds, each on its own mailbox), appends
--count messages to both at random intervals and reports median / p95 / max per mode.

    .venv/bin/python bench/imap_latency.py [--count 40] [--poll-interval 5] [--json]
"""
from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "imap")]

from imap_store import SqliteStore  # noqa: E402  (the SQLite test handler: real commits)
from parsers.imap import MailboxIngester, message_key  # noqa: E402
from tests.fixtures.dovecot import Dovecot, start_dovecot  # noqa: E402

TARGET_P95 = 2.0


class TimedHandler:
    """Commits through SqliteStore and notes when each message's commit returned."""

    def __init__(self, path: str) -> None:
        self.store = SqliteStore(path)
        self.committed: dict[str, float] = {}

    def __call__(self, raw, ref):
        """Commit, then record the time (monotonic) under the message key."""
        outcome = self.store(raw, ref)
        self.committed.setdefault(message_key(raw), time.monotonic())
        return outcome


def message(mode: str, n: int) -> bytes:
    """A small RFQ with a unique Message-ID."""
    return (f"From: buyer@customer.example\r\nSubject: bench {mode} {n}\r\n"
            f"Message-ID: <bench-{mode}-{n}@customer.example>\r\n\r\nqty 10\r\n").encode()


def start_ingester(server: Dovecot, handler: TimedHandler, **kw) -> threading.Event:
    """Run an ingester in a daemon thread; return its stop event."""
    ing = MailboxIngester(server.host, server.port, server.user, server.password,
                          cursor_store=handler.store, handler=handler, timeout=10,
                          reconnect_min=0.2, **kw)
    stop = threading.Event()
    threading.Thread(target=ing.run_forever, args=(stop,), daemon=True).start()
    return stop


def send_all(servers: dict[str, Dovecot], count: int, spacing: float) -> dict[str, dict]:
    """Append `count` messages to every mailbox; return mode -> key -> time before APPEND."""
    rng = random.Random(4)
    clients = {mode: s.client() for mode, s in servers.items()}
    sent: dict[str, dict] = {mode: {} for mode in servers}
    for n in range(count):
        time.sleep(rng.uniform(0, 2 * spacing))  # random phase against the poll timer
        for mode, client in clients.items():
            raw = message(mode, n)
            sent[mode][message_key(raw)] = time.monotonic()
            client.append("INBOX", raw)
    for client in clients.values():
        client.logout()
    return sent


def summarise(latencies: list[float]) -> dict:
    """Median, nearest-rank p95 and max, in seconds."""
    ordered = sorted(latencies)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    return {"n": len(ordered), "median": statistics.median(ordered), "p95": p95,
            "max": ordered[-1]}


def main() -> int:
    """Run the benchmark and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--poll-interval", type=float, default=5.0)
    parser.add_argument("--spacing", type=float, default=0.5, help="mean gap between APPENDs")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    base = start_dovecot()
    tmp = Path(tempfile.mkdtemp(prefix="imapbench"))
    try:
        servers = {"idle": base.new_user(), "poll": base.new_user()}
        handlers = {mode: TimedHandler(str(tmp / f"{mode}.sqlite")) for mode in servers}
        stops = [start_ingester(servers["idle"], handlers["idle"]),
                 start_ingester(servers["poll"], handlers["poll"], use_idle=False,
                                poll_interval=args.poll_interval)]
        time.sleep(1.0)  # both connected and waiting
        sent = send_all(servers, args.count, args.spacing)
        deadline = time.monotonic() + args.poll_interval + 30
        while time.monotonic() < deadline and any(
                len(handlers[m].committed) < args.count for m in servers):
            time.sleep(0.05)
        for stop in stops:
            stop.set()
        results = {m: summarise([handlers[m].committed[k] - t for k, t in sent[m].items()
                                 if k in handlers[m].committed]) for m in servers}
    finally:
        base.stop()
        shutil.rmtree(base.root, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)
    return report(results, args)


def report(results: dict, args: argparse.Namespace) -> int:
    """Print the figures; exit status 1 when IDLE misses the p95 target or messages are lost."""
    idle, poll = results["idle"], results["poll"]
    ok = idle["p95"] <= TARGET_P95 and idle["n"] == poll["n"] == args.count
    ratios = {k: poll[k] / idle[k] for k in ("median", "p95")}
    if args.json:
        print(json.dumps({"results": results, "ratio_poll_over_idle": ratios, "ok": ok}))
        return 0 if ok else 1
    print(f"APPEND -> committed, {args.count} messages per mode, "
          f"poll interval {args.poll_interval:g}s")
    print(f"{'mode':<18}{'n':>4}{'median s':>11}{'p95 s':>9}{'max s':>9}")
    for mode, label in (("idle", "IDLE"), ("poll", f"poll {args.poll_interval:g}s")):
        r = results[mode]
        print(f"{label:<18}{r['n']:>4}{r['median']:>11.3f}{r['p95']:>9.3f}{r['max']:>9.3f}")
    print(f"poll/IDLE ratio: median {ratios['median']:.0f}x, p95 {ratios['p95']:.0f}x")
    print(f"IDLE p95 target <= {TARGET_P95:g}s: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
