"""The public plan API: full plan, incremental replan, explanations."""
import numpy as np

from core.planning import Offers, PlanInputs, plan_skus, replan_rows, suggest_order


def _inputs(n=60, seed=0, offers=False):
    """Mixed smooth and intermittent SKUs with some stock."""
    rng = np.random.default_rng(seed)
    p = rng.choice([0.9, 0.3, 0.05], n)[:, None]
    y = ((rng.random((n, 200)) < p) * rng.poisson(4, (n, 200))).astype(float)
    o = None
    if offers:
        k = 2
        o = Offers(landed_cost=rng.uniform(1, 3, (n, k)), lt_mean=np.full((n, k), 7.0),
                   lt_sd=np.full((n, k), 1.0), on_time=np.full((n, k), 0.9), quality=np.ones((n, k)),
                   moq=np.full((n, k), 10.0), pack=np.full((n, k), 6.0), valid=np.ones((n, k), bool),
                   names=["Acme", "Bolt"])
    return PlanInputs(np.array([f"SKU{i}" for i in range(n)]), y, rng.uniform(1, 5, n),
                      rng.integers(0, 30, n).astype(float), np.zeros(n), np.zeros(n),
                      np.full(n, 10.0), np.full(n, 2.0), offers=o)


def test_plan_is_consistent():
    """ROP = demand over protection + SS; order-up-to above ROP; orders only when due."""
    inp = _inputs()
    r = plan_skus(inp)
    assert (r.order_up_to >= r.reorder_point).all() and (r.safety >= 0).all()
    due = inp.on_hand - inp.reserved + inp.on_order <= r.reorder_point
    assert ((r.order_qty > 0) <= due).all()
    assert ((r.service >= 0.5) & (r.service <= 0.9995)).all()


def test_incremental_replan_matches_full_plan():
    """After one new sale, replanning that row equals a full replan of it (same service multiplier)."""
    inp = _inputs()
    r = plan_skus(inp)
    rows = [3, 7, 11, 40]
    inp.demand[rows, -1] += 25
    replan_rows(inp, r, rows)
    full = plan_skus(inp)
    full_again = replan_rows(inp, plan_skus(inp), rows)
    for name in ("rate", "reorder_point", "order_up_to", "order_qty", "service"):
        np.testing.assert_allclose(getattr(full_again, name), getattr(full, name), rtol=1e-9)
    # the multiplier was fitted before the sale: forecasts agree exactly, levels up to a
    # step of the bootstrap quantile
    np.testing.assert_allclose(r.rate[rows], full.rate[rows], rtol=1e-12)
    np.testing.assert_allclose(r.order_up_to[rows], full.order_up_to[rows], rtol=0.15, atol=1)


def test_price_break_taken_when_total_cost_is_lower():
    """A 5 % break from 100 units beats the small lot for a fast mover; the lot jumps to 100."""
    inp = _inputs(offers=True)
    n = inp.demand.shape[0]
    inp.demand[0] = 20.0  # 20 units a day: 7,300 a year
    inp.offers.break_qty = np.full((n, 2, 1), 100.0)
    inp.offers.break_price = inp.offers.landed_cost[:, :, None] * 0.95
    r = plan_skus(inp)
    best = r.supplier[0]
    assert r.lot[0] >= 100 and r.unit_price[0] == inp.offers.landed_cost[0, best] * 0.95


def test_explanation_fits_a_phone_and_offers_pick_supplier():
    """<= 6 lines, every field in to_dict, supplier names resolved with a runner-up."""
    inp = _inputs(offers=True)
    r = plan_skus(inp)
    row = int(np.argmax(r.order_qty))
    e = suggest_order(inp, r, row)
    text = e.to_text()
    assert len(text.splitlines()) <= 6 and all(len(line) <= 80 for line in text.splitlines())
    d = e.to_dict()
    assert d["supplier"] in ("Acme", "Bolt") and d["runner_up"] in ("Acme", "Bolt")
    assert d["supplier"] != d["runner_up"] and d["cost_difference"] >= 0
    assert d["order_qty"] % 6 == 0 and d["order_qty"] >= 10


def test_offers_from_records_feed_the_plan():
    """Records with receipts become arrays: observed lead-time stats, breaks, names; the plan uses them."""
    from core.planning.inputs import OfferRecord, offers_from_records

    recs = [OfferRecord(0, "Acme", 2.0, [10, 12, 14], 12, breaks=[(100, 1.9)]),
            OfferRecord(0, "Bolt", 2.1, [], 5, quality=0.99),
            OfferRecord(1, "Bolt", 3.0, [6, 6], 7, moq=24, pack=12)]
    o = offers_from_records(2, recs)
    assert o.names == ["Acme", "Bolt"] and o.valid.tolist() == [[True, True], [False, True]]
    assert o.lt_mean[0].tolist() == [12.0, 5.0] and o.lt_sd[0, 0] == 2.0
    assert o.on_time[0, 0] == 2 / 3 and o.break_price[0, 0, 0] == 1.9
    inp = PlanInputs(np.array(["A", "B"]), np.full((2, 120), 3.0), np.array([2.0, 3.0]), np.zeros(2),
                     np.zeros(2), np.zeros(2), np.zeros(2), np.zeros(2), offers=o)
    r = plan_skus(inp)
    assert r.supplier[1] == 1 and r.runner_up[1] == -1 and r.order_qty[1] % 12 == 0


def test_service_override_by_class():
    """A class table pins service levels; unlisted classes keep the value-weighted allocation."""
    from core.planning import service_by_class

    inp = _inputs()
    r = plan_skus(inp)
    inp.service_override = service_by_class(r.abc, {"A": 0.99})
    r2 = plan_skus(inp)
    a = r.abc == 0
    assert np.allclose(r2.service[a], 0.99) and np.allclose(r2.service[~a], r.service[~a])


def test_edge_rows_no_demand_missing_cost_single_sale():
    """No demand: never due; NaN or zero cost: median cost used; one sale: still a finite plan."""
    n = 4
    y = np.zeros((n, 60))
    y[1, -1], y[2] = 4, 2
    inp = PlanInputs(np.array(["none", "one", "flat", "nan"]), y, np.array([1.0, np.nan, 0.0, np.nan]),
                     np.zeros(n), np.zeros(n), np.zeros(n), np.full(n, 5.0), np.zeros(n))
    with np.errstate(all="raise"):
        r = plan_skus(inp)
    assert r.order_qty[0] == 0 and np.isinf(r.order_in_days[0])
    assert np.isfinite(r.reorder_point).all() and (r.order_qty[1:3] > 0).all()
    assert suggest_order(inp, r, 0).to_text().startswith("none: no order")
