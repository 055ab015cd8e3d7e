"""Vectorised replenishment plan over SKU rows: full plan, incremental replan, one explained suggestion."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields

import numpy as np

from .classify import ABC_NAMES, CLASS_NAMES, INTERMITTENT, abc_classes, classify
from .explain import Explanation
from .forecast import METHODS, fit_select
from .ordering import choose_lot, choose_supplier, effective_unit_cost, round_to_pack
from .price import price_advice
from .safety import (allocate_service, bootstrap_ltd_quantile, norm_loss, norm_ppf, safety_stock,
                     service_from_lambda)


@dataclass
class Offers:
    """Supplier offers per SKU as (n x S) arrays; invalid cells are False in `valid`."""

    landed_cost: np.ndarray
    lt_mean: np.ndarray
    lt_sd: np.ndarray
    on_time: np.ndarray
    quality: np.ndarray
    moq: np.ndarray
    pack: np.ndarray
    valid: np.ndarray
    names: list[str] = field(default_factory=list)
    break_qty: np.ndarray | None = None  # (n, S, B) quantity from which break_price applies, NaN pad
    break_price: np.ndarray | None = None


@dataclass
class PlanInputs:
    """Everything the planner needs, one row per SKU; demand excludes confirmed large orders."""

    sku: np.ndarray
    demand: np.ndarray  # (n, T) daily units, oldest first
    unit_cost: np.ndarray
    on_hand: np.ndarray
    reserved: np.ndarray
    on_order: np.ndarray
    lt_mean: np.ndarray  # used when offers is None
    lt_sd: np.ndarray
    offers: Offers | None = None
    target_fill: float = 0.95
    review_days: float = 1.0
    order_cost: float = 5.0
    holding_rate: float = 0.25
    min_cover_days: float = 7.0
    max_cover_days: float = 30.0
    seed: int = 0
    value_weighted: bool = True  # False: service levels ignore unit cost (ablation)
    service_override: np.ndarray | None = None  # per-SKU cycle service (NaN = allocate), e.g. by class


@dataclass
class PlanResult:
    """Plan arrays per SKU row; `lam` is the service-level multiplier reused by incremental replans."""

    demand_class: np.ndarray
    abc: np.ndarray
    method: np.ndarray
    rate: np.ndarray
    sd: np.ndarray
    lt_mean: np.ndarray
    lt_sd: np.ndarray
    service: np.ndarray
    safety: np.ndarray
    reorder_point: np.ndarray
    order_up_to: np.ndarray
    lot: np.ndarray
    order_qty: np.ndarray
    order_in_days: np.ndarray
    supplier: np.ndarray
    runner_up: np.ndarray
    cost_difference: np.ndarray
    unit_price: np.ndarray  # price per unit at the chosen lot (after any price break)
    lam: float = 1.0


def _median_cost(cost: np.ndarray) -> float:
    """Median of the valid unit costs, 1.0 when there is none."""
    c = np.asarray(cost, dtype=float)
    c = c[np.isfinite(c) & (c > 0)]
    return float(np.median(c)) if c.size else 1.0


def _known_cost(cost: np.ndarray, fallback: float) -> np.ndarray:
    """Unit costs with missing, zero or negative ones replaced by a fallback (the median known cost)."""
    cost = np.asarray(cost, dtype=float)
    return np.where(np.isfinite(cost) & (cost > 0), cost, fallback)


def _suppliers(inp: PlanInputs, rows: np.ndarray, rate: np.ndarray) -> dict:
    """Chosen supplier per row: lead-time stats, MOQ, pack, price breaks, runner-up and cost gap."""
    n = rows.size
    if inp.offers is None:  # one implicit supplier at the SKU's unit cost
        cost = _known_cost(inp.unit_cost[rows], _median_cost(inp.unit_cost))
        return dict(lt_m=inp.lt_mean[rows], lt_s=inp.lt_sd[rows], moq=np.zeros(n), pack=np.ones(n),
                    best=np.full(n, -1), second=np.full(n, -1), diff=np.full(n, np.nan), cost=cost,
                    bq=np.zeros((n, 1)), bp=cost[:, None])
    o = inp.offers
    eff = effective_unit_cost(o.landed_cost[rows], o.lt_mean[rows], o.lt_sd[rows], o.on_time[rows],
                              o.quality[rows], rate[:, None], holding_rate=inp.holding_rate)
    ch = choose_supplier(eff, o.valid[rows])
    b = np.maximum(ch.best, 0)
    cost = _known_cost(o.landed_cost[rows, b], _median_cost(inp.unit_cost))
    bq, bp = np.zeros((n, 1)), cost[:, None]
    if o.break_qty is not None:  # base price from 0 units, then the chosen supplier's breaks
        bq = np.hstack([bq, o.break_qty[rows, b]])
        bp = np.hstack([bp, o.break_price[rows, b]])
    return dict(lt_m=o.lt_mean[rows, b], lt_s=o.lt_sd[rows, b], moq=o.moq[rows, b],
                pack=o.pack[rows, b], best=ch.best, second=ch.runner_up, diff=ch.difference,
                cost=cost, bq=bq, bp=bp)


BOOTSTRAP_WINDOW = 182  # days of history the lead-time demand blocks are drawn from
_CHUNK = 8192  # rows per thread task: big enough to amortise numpy calls, small enough for cache


def _chunks(n: int, workers: int):
    """Row slices for the thread pool (one slice when small)."""
    if n <= _CHUNK or workers < 2:
        return [slice(0, n)]
    return [slice(i, min(i + _CHUNK, n)) for i in range(0, n, _CHUNK)]


def _map(fn, parts, workers: int):
    """Run fn over row slices, threaded (numpy releases the GIL), results in order."""
    if len(parts) == 1:
        return [fn(parts[0])]
    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(fn, parts))


def launch_age(y: np.ndarray) -> np.ndarray:
    """Days since each row's first sale (0 when it never sold)."""
    has = y > 0
    first = np.argmax(has, axis=1)
    return np.where(has[np.arange(y.shape[0]), first], y.shape[1] - first, 0)


def _young_adjust(y: np.ndarray, age: np.ndarray, rate: np.ndarray, window: int = 91):
    """Rate and daily sd measured since launch: zeros before an item existed are not demand."""
    w = min(window, y.shape[1])
    recent = y[:, -w:]
    days = np.clip(age, 7, w).astype(float)
    mean = recent.sum(axis=1) / days
    sd = np.sqrt(np.maximum(np.einsum("ij,ij->i", recent, recent) / days - mean * mean, 0.0))
    young = (age > 0) & (age < w)
    # why: the smoothers started on pre-launch zeros, so a new item's level is the mean since launch
    return np.where(young, np.maximum(rate, mean), rate), sd


def _stage_fit(inp: PlanInputs, rows: np.ndarray) -> dict:
    """Per-row demand model, supplier and lot: everything before the global service allocation."""
    y = inp.demand[rows.start:rows.stop] if isinstance(rows, slice) else inp.demand[rows]
    idx = np.arange(inp.demand.shape[0])[rows]
    cls = classify(y)
    rate, method, _ = fit_select(y, cls, workers=1)
    age = launch_age(y)
    rate, sd = _young_adjust(y, age, rate)
    sup = _suppliers(inp, idx, rate)
    lots = choose_lot(rate * 365, inp.order_cost, inp.holding_rate, sup.pop("bq"), sup.pop("bp"),
                      sup["moq"], sup["pack"], max_qty=rate * inp.max_cover_days)
    lot = np.maximum(lots.qty, rate * inp.min_cover_days)
    lt_m, lt_s = sup["lt_m"], sup["lt_s"]
    protect = lt_m + inp.review_days
    sigma = np.sqrt(protect * sd**2 + rate**2 * lt_s**2)
    return dict(cls=cls, age=age, rate=rate, method=method, sd=sd, lot=lot, price=lots.price,
                protect=protect, sigma=sigma, **sup)


def _stage_stock(inp: PlanInputs, idx: np.ndarray, f: dict, service: np.ndarray) -> dict:
    """Safety stock, reorder point, order-up-to and the order for rows with known service levels."""
    rate, protect = f["rate"], f["protect"]
    ss = safety_stock(norm_ppf(service), protect, f["sd"], rate, f["lt_s"])
    rop = rate * protect + ss
    lumpy = f["cls"] >= INTERMITTENT
    if lumpy.any():  # normal approximation fails on intermittent demand: use the empirical quantile
        recent = inp.demand[:, -BOOTSTRAP_WINDOW:][idx[lumpy]]  # copy only the days it samples
        q = bootstrap_ltd_quantile(recent, f["lt_m"][lumpy], f["lt_s"][lumpy],
                                   service[lumpy], int(inp.review_days), seed=inp.seed,
                                   window=BOOTSTRAP_WINDOW, age=f["age"][lumpy], level=rate[lumpy],
                                   keys=idx[lumpy])
        rop[lumpy] = q
        ss[lumpy] = np.maximum(q - rate[lumpy] * protect[lumpy], 0.0)
    out = rop + f["lot"]
    position = inp.on_hand[idx] - inp.reserved[idx] + inp.on_order[idx]
    due = (position <= rop) & (out > position)  # an item with no demand is never due
    qty = np.where(due, round_to_pack(np.maximum(out - position, 0), f["moq"], f["pack"]), 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        when = np.where(due, 0.0, np.where(rate > 0, (position - rop) / rate, np.inf))
    return dict(ss=ss, rop=rop, out=out, qty=qty, when=when)


def _core(inp: PlanInputs, rows, lam: float | None, abc: np.ndarray | None,
          workers: int = 2) -> PlanResult:
    """Plan the given rows; a None lam means fit the service multiplier over these rows."""
    idx = np.arange(inp.demand.shape[0])[rows] if isinstance(rows, slice) else rows
    parts = _chunks(idx.size, workers) if isinstance(rows, slice) else [slice(0, idx.size)]
    src = (lambda p: slice(idx[p][0], idx[p][-1] + 1)) if isinstance(rows, slice) else (lambda p: idx[p])
    fits = _map(lambda p: _stage_fit(inp, src(p)), parts, workers)
    f = {k: np.concatenate([x[k] for x in fits]) for k in fits[0]}
    annual, lot = f["rate"] * 365, np.maximum(f["lot"], 1e-9)
    value = f["cost"] if inp.value_weighted else np.ones_like(f["cost"])
    if lam is None:
        service, lam = allocate_service(value, annual, lot, inp.target_fill, sigma=f["sigma"])
    else:
        service = service_from_lambda(value, annual, lot, lam)
    if inp.service_override is not None:
        fixed = np.asarray(inp.service_override, dtype=float)[idx]
        service = np.where(np.isfinite(fixed), fixed, service)
    sub = lambda p: {k: v[p] for k, v in f.items()}  # noqa: E731
    stocks = _map(lambda p: _stage_stock(inp, idx[p], sub(p), service[p]), parts, workers)
    s = {k: np.concatenate([x[k] for x in stocks]) for k in stocks[0]}
    abc = abc_classes(annual * f["cost"]) if abc is None else abc
    return PlanResult(f["cls"], abc, f["method"], f["rate"], f["sd"], f["lt_m"], f["lt_s"], service,
                      s["ss"], s["rop"], s["out"], f["lot"], s["qty"], s["when"], f["best"],
                      f["second"], f["diff"], f["price"], lam)


def plan_skus(inp: PlanInputs) -> PlanResult:
    """Full plan for every SKU row."""
    return _core(inp, slice(0, inp.demand.shape[0]), None, None)


def replan_rows(inp: PlanInputs, result: PlanResult, rows) -> PlanResult:
    """Recompute only the touched rows in place (service multiplier and ABC kept from the full plan)."""
    rows = np.unique(np.asarray(rows, dtype=np.int64))
    part = _core(inp, rows, result.lam, result.abc[rows])
    for f in fields(PlanResult):
        if f.name != "lam":
            getattr(result, f.name)[rows] = getattr(part, f.name)
    return result


MIN_PRICE_HISTORY = 4  # prices an offer needs before its timing is advised (price_advice's own minimum)


def _price_fields(inp: PlanInputs, result: PlanResult, row: int, history) -> dict:
    """Buy now / wait / stock up from the chosen offer's price history (its last entry is today's price)."""
    if history is None or len(history) < MIN_PRICE_HISTORY:
        return {}  # why: "too little history" on every line would only bury the explanation
    cover = float(inp.on_hand[row] - inp.reserved[row] + inp.on_order[row])
    advice = price_advice(history, float(history[-1]), float(result.rate[row]), cover, float(result.safety[row]),
                          float(result.order_qty[row]), float(result.lt_mean[row]), holding_rate=inp.holding_rate)
    return dict(price_action=advice.action, price_qty=float(advice.qty), price_saving=float(advice.expected_saving),
                price_reason=advice.reason)


def suggest_order(inp: PlanInputs, result: PlanResult, row: int, price_history=None) -> Explanation:
    """The explained suggestion for one SKU row; with a price history, also when to buy."""
    names = inp.offers.names if inp.offers is not None and inp.offers.names else []
    sup = int(result.supplier[row])
    run = int(result.runner_up[row])
    label = (lambda k: names[k] if 0 <= k < len(names) else (f"supplier {k}" if k >= 0 else ""))
    qty, lot = float(result.order_qty[row]), float(result.lot[row])
    cover = lot / max(float(result.rate[row]), 1e-9)
    protect = result.lt_mean[row] + inp.review_days
    sigma = np.sqrt(protect * result.sd[row] ** 2 + result.rate[row] ** 2 * result.lt_sd[row] ** 2)
    fill = 1 - sigma * norm_loss(norm_ppf(result.service[row])) / max(lot, 1e-9)
    why = (f"At reorder point: up to {result.order_up_to[row]:.0f}, lot {lot:.0f} = {cover:.0f} d "
           f"at {result.unit_price[row]:.2f}/u" if qty > 0 else "Stock covers the lead time: no order yet")
    return Explanation(
        sku=str(inp.sku[row]), demand_class=CLASS_NAMES[int(result.demand_class[row])],
        abc=ABC_NAMES[int(result.abc[row])], method=METHODS[int(result.method[row])],
        forecast_per_day=float(result.rate[row]), demand_sd_per_day=float(result.sd[row]),
        lead_time_mean=float(result.lt_mean[row]), lead_time_sd=float(result.lt_sd[row]),
        service_level=float(result.service[row]), expected_fill=float(np.clip(fill, 0, 1)),
        safety_stock=float(result.safety[row]),
        reorder_point=float(result.reorder_point[row]), order_up_to=float(result.order_up_to[row]),
        on_hand=float(inp.on_hand[row]), reserved=float(inp.reserved[row]),
        on_order=float(inp.on_order[row]), order_qty=qty,
        order_in_days=float(result.order_in_days[row]), supplier=label(sup) or "default",
        runner_up=label(run), cost_difference=float(np.nan_to_num(result.cost_difference[row])),
        why_qty=why[:80], **_price_fields(inp, result, row, price_history))
