"""Loading stock positions for a full replan from the database: per-SKU round trips vs two bulk queries.

Run: .venv/bin/python bench/planning_refit_bench.py [--skus 10000]
Side by side in one process on one SQLite file (demo data plus synthetic SKUs): the per-row loader
(`_refresh_positions`, kept for the few rows an order touches) against `_load_all_positions`, and the
whole `PlannerState.full()` refit, with the number of SQL statements each sends.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time

from sqlalchemy import event

from core.adapters import orm
from core.config import Settings
from core.service.planning import PlannerState, _load_all_positions, _refresh_positions, build_inputs
from tandem.bootstrap import bootstrap
from tandem.demo import load_demo_data


def _timed(tandem, counter, fn, repeat: int) -> tuple[float, int]:
    """Median seconds of fn(uow) and the statements one call sends."""
    times = []
    for _ in range(repeat):
        counter[0] = 0
        with tandem.uow() as uow:
            start = time.perf_counter()
            fn(uow)
            times.append(time.perf_counter() - start)
    return statistics.median(times), counter[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--skus", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tandem = bootstrap(Settings(_env_file=None, database_url=f"sqlite:///{tempfile.mkdtemp()}/refit.db"))
    load_demo_data(tandem, say=lambda *_: None)
    with tandem.uow() as uow:
        for i in range(args.skus):
            uow.session.add(orm.ProductRow(sku=f"X{i}", name=f"synthetic {i}"))
            uow.session.add(orm.StockItemRow(sku=f"X{i}", on_hand=10))
        uow.commit()
    with tandem.uow() as uow:
        inputs, _ = build_inputs(uow)
    skus = inputs.sku.tolist()
    counter = [0]
    event.listen(tandem.engine, "before_cursor_execute", lambda *a: counter.__setitem__(0, counter[0] + 1))
    per_row = _timed(tandem, counter, lambda uow: _refresh_positions(uow, inputs, range(len(skus)),
                                                                     dict(enumerate(skus))), args.repeat)
    bulk = _timed(tandem, counter, lambda uow: _load_all_positions(uow, inputs, skus), args.repeat)
    refit = _timed(tandem, counter, lambda uow: PlannerState().full(uow), args.repeat)
    print(f"{len(skus)} SKUs, median of {args.repeat}")
    print(f"positions, per-SKU loader   {per_row[0]:.3f} s  {per_row[1]} statements")
    print(f"positions, bulk loader      {bulk[0]:.3f} s  {bulk[1]} statements   ratio {per_row[0] / bulk[0]:.0f}x")
    print(f"full refit (load + plan)    {refit[0]:.3f} s  {refit[1]} statements")


if __name__ == "__main__":
    main()
