"""Dynamic vs min/max at equal fill rate: bisection on the baseline's safety days, best cover days."""
from __future__ import annotations

from typing import Callable

import numpy as np

from .backtest import BacktestData, SimResult, simulate
from .backtest_policies import DynamicPolicy, MinMaxPolicy
from .backtest_scenario import Scenario
from .classify import CLASS_NAMES, classify

COVER_CHOICES = (7, 14, 21, 30)


def run_minmax_matched(data: BacktestData, scen: Scenario, fill_target: float,
                       progress: Callable[[int], None] | None = None, iters: int = 12,
                       bounds: tuple[float, float] = (-3.0, 365.0)) -> tuple[SimResult, list[dict]]:
    """For each cover C, bisect safety days S so fill equals fill_target; keep the C with least stock.

    When no S up to bounds[1] reaches the target, the baseline is reported at bounds[1] with
    reached=False (its best shot: the highest fill it can get, at a far larger stock).
    """
    tried, best, fallback = [], None, None
    for cover in COVER_CHOICES:
        lo, hi = bounds
        res = simulate(data, scen, MinMaxPolicy(data, scen, hi, cover), progress)
        if res.fill_rate < fill_target:
            tried.append(_row(cover, hi, res, False))
            if fallback is None or res.fill_rate > fallback.fill_rate:
                fallback = res
            continue
        for _ in range(iters):
            mid = 0.5 * (lo + hi)
            r = simulate(data, scen, MinMaxPolicy(data, scen, mid, cover), progress)
            if r.fill_rate >= fill_target:
                hi, res = mid, r
            else:
                lo = mid
        tried.append(_row(cover, hi, res, True))
        if best is None or res.avg_inventory_value < best.avg_inventory_value:
            best = res
    chosen = best if best is not None else fallback
    chosen.params["reached_target_fill"] = best is not None
    return chosen, tried


def _row(cover: int, safety: float, res: SimResult, reached: bool) -> dict:
    """One line of the bisection log."""
    return {"cover_days": cover, "safety_days": round(safety, 3), "fill_rate": round(res.fill_rate, 5),
            "avg_inventory_value": round(res.avg_inventory_value, 2), "reached": reached}


def per_class(data: BacktestData, results: dict[str, SimResult]) -> dict:
    """Fill rate and average stock value per demand class (classes from the history window)."""
    hist = data.total[:, :data.history_days]
    cls = np.where(hist.sum(axis=1) > 0, classify(hist), len(CLASS_NAMES))
    out = {}
    for code, name in enumerate((*CLASS_NAMES, "new (no history)")):
        m = cls == code
        out[name] = {"skus": int(m.sum())}
        for pol, r in results.items():
            dem = r.demand_by_sku[m].sum()
            out[name][pol] = {"fill_rate": float(r.served_by_sku[m].sum() / dem) if dem else None,
                              "avg_inventory_value": float(r.value_by_sku[m].sum())}
    return out


def compare(data: BacktestData, scen: Scenario, target: float, policy: str = "both",
            progress: Callable[[int], None] | None = None, feedback: float = 5.0,
            **dynamic_options) -> dict:
    """Run the requested policies; min/max is matched to the dynamic fill rate (or the target alone)."""
    results: dict[str, SimResult] = {}
    tried: list[dict] = []
    if policy in ("dynamic", "both"):
        results["dynamic"] = _run_dynamic(data, scen, target, feedback, progress, dynamic_options)
    if policy in ("minmax", "both"):
        goal = results["dynamic"].fill_rate if "dynamic" in results else target
        mm, tried = run_minmax_matched(data, scen, goal, progress)
        results["minmax"] = mm
        results["minmax"].params["bisection"] = tried
    out = {"results": results, "per_class": per_class(data, results)}
    if policy == "both" and not results["minmax"].params["reached_target_fill"]:
        # why: the baseline cannot reach our fill, so also replan at the fill it can reach
        mm = results["minmax"]
        dyn = _run_dynamic(data, scen, mm.fill_rate, feedback, progress, dynamic_options)
        out["matched"] = {"fill_rate_target": round(mm.fill_rate, 5),
                          "dynamic": summary({"dynamic": dyn})["dynamic"],
                          "inventory_reduction_vs_minmax": round(1 - dyn.avg_inventory_value
                                                                 / mm.avg_inventory_value, 4)}
    return out


def _run_dynamic(data, scen, target, feedback, progress, options=None) -> SimResult:
    """Warm-started dynamic replay at one fill target."""
    dyn = DynamicPolicy(data, scen, target, feedback=feedback, **(options or {}))
    dyn.warm_start()
    return simulate(data, scen, dyn, progress)


def summary(results: dict[str, SimResult]) -> dict:
    """JSON-ready policy blocks."""
    out = {}
    for name, r in results.items():
        out[name] = {"fill_rate": round(r.fill_rate, 5), "avg_inventory_value": round(r.avg_inventory_value, 2),
                     "turns": round(r.turns, 3), "stockout_days": r.stockout_days, "orders": r.orders,
                     "params": r.params}
    if {"dynamic", "minmax"} <= out.keys():
        base = results["minmax"].avg_inventory_value
        out["dynamic"]["inventory_reduction_vs_minmax"] = round(
            1 - results["dynamic"].avg_inventory_value / base, 4) if base else None
    return out


def build_data(total_lines_sku: np.ndarray, day_col: np.ndarray, qty: np.ndarray, large: np.ndarray,
               n: int, days: int, history_days: int) -> BacktestData:
    """Split sale lines (row, column, qty, large mask) into base demand and large order lines."""
    base = np.bincount(total_lines_sku[~large] * days + day_col[~large], weights=qty[~large],
                       minlength=n * days).reshape(n, days)
    return BacktestData(base, total_lines_sku[large], day_col[large], qty[large], history_days)
