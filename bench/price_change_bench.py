"""A price change replans one SKU: offer refresh + replan of its row vs the full refit an invalidation forced.

Run: .venv/bin/python bench/price_change_bench.py [--repeat 5] [--pos N]
`--pos N` first writes N received POs (approval and receipt moves) so lead times are measured from a
real PO history; the one-SKU refresh then also reports the SQL statements it sends.
On a throw-away SQLite file with the demo data (300 SKUs): the median seconds of `PlannerState.full()`
(what `invalidate()` after a price change cost the next decision) against `decide([sku], offers=True)`,
and of the whole `ChangeOfferPrice` flow through the bus (history, replan, rules, approvals).
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone

from sqlalchemy import event
from sqlmodel import select

from core.adapters import orm
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


def _po_history(tandem, n: int) -> None:
    """N approved-and-received POs spread over the demo suppliers, as the ledger records them."""
    with tandem.uow() as uow:
        suppliers = [r.id for r in uow.session.exec(select(orm.SupplierRow))]
        start = datetime(2026, 1, 1, tzinfo=timezone.utc)
        for k in range(n):
            po = orm.PurchaseOrderRow(supplier_id=suppliers[k % len(suppliers)], status="received")
            uow.session.add(po)
            uow.session.flush()
            at = start + timedelta(days=k % 300)
            uow.session.add(orm.StockMoveRow(sku=SKU, bucket="on_order", quantity=1, kind="po_approved",
                                             ref=f"po:{po.id}", at=at))
            uow.session.add(orm.StockMoveRow(sku=SKU, bucket="on_hand", quantity=1, kind="receipt",
                                             ref=f"po:{po.id}", at=at + timedelta(days=5 + k % 9)))
        uow.session.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pos", type=int, default=0)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="tandem-price-bench-")
    tandem = bootstrap(Settings(_env_file=None, database_url=f"sqlite:///{folder}/bench.db"))
    load_demo_data(tandem, say=lambda *_: None)
    _po_history(tandem, args.pos)
    sent = [0]
    event.listen(tandem.engine, "before_cursor_execute", lambda *a: sent.__setitem__(0, sent[0] + 1))
    planner = tandem.deps.extra.setdefault("planner", PlannerState())

    def in_uow(fn):
        def run():
            with tandem.uow() as uow:
                fn(uow)
        return run

    in_uow(planner.full)()
    full = _median(in_uow(lambda uow: (planner.full(uow), planner.decide(uow, [SKU]))), args.repeat)
    row = _median(in_uow(lambda uow: planner.decide(uow, [SKU], offers=True)), args.repeat)
    before = sent[0]
    in_uow(lambda uow: planner.decide(uow, [SKU], offers=True))()
    statements = sent[0] - before
    prices = iter([1.09 + 0.01 * (k % 2) for k in range(1, 2 * args.repeat + 1)])  # small moves: no rule fires
    flow = _median(lambda: tandem.handle(ChangeOfferPrice(SUPPLIER, SKU, unit_price=next(prices), source="bench")),
                   args.repeat)
    print(f"full refit + decide: {full:.3f} s; one-SKU offer refresh + replan: {row:.3f} s "
          f"({full / row:.0f}x, {statements} statements); whole ChangeOfferPrice flow: {flow:.3f} s "
          f"({args.pos} POs of history)")


if __name__ == "__main__":
    main()
