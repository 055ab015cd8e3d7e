"""A price change replans one SKU: offer refresh + replan of its row vs the full refit an invalidation forced.

Run: .venv/bin/python bench/price_change_bench.py [--repeat 5]
On a throw-away SQLite file with the demo data (300 SKUs): the median seconds of `PlannerState.full()`
(what `invalidate()` after a price change cost the next decision) against `decide([sku], offers=True)`,
and of the whole `ChangeOfferPrice` flow through the bus (history, replan, rules, approvals).
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time

from core.config import Settings
from core.domain.prices import ChangeOfferPrice
from core.service.planning import PlannerState
from tandem.bootstrap import bootstrap
from tandem.demo import load_demo_data

SKU, SUPPLIER = "85099B", "SUP2"


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="tandem-price-bench-")
    tandem = bootstrap(Settings(_env_file=None, database_url=f"sqlite:///{folder}/bench.db"))
    load_demo_data(tandem, say=lambda *_: None)
    planner = tandem.deps.extra.setdefault("planner", PlannerState())

    def in_uow(fn):
        def run():
            with tandem.uow() as uow:
                fn(uow)
        return run

    in_uow(planner.full)()
    full = _median(in_uow(lambda uow: (planner.full(uow), planner.decide(uow, [SKU]))), args.repeat)
    row = _median(in_uow(lambda uow: planner.decide(uow, [SKU], offers=True)), args.repeat)
    prices = iter([1.09 + 0.01 * (k % 2) for k in range(1, 2 * args.repeat + 1)])  # small moves: no rule fires
    flow = _median(lambda: tandem.handle(ChangeOfferPrice(SUPPLIER, SKU, unit_price=next(prices), source="bench")),
                   args.repeat)
    print(f"full refit + decide: {full:.3f} s; one-SKU offer refresh + replan: {row:.3f} s "
          f"({full / row:.0f}x); whole ChangeOfferPrice flow: {flow:.3f} s")


if __name__ == "__main__":
    main()
