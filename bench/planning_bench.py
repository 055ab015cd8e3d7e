"""Planning speed, side by side: full replan vs a per-SKU loop, incremental replan, intermittent forecasts.

Run: .venv/bin/python bench/planning_bench.py [--skus 100000] [--days 365] [--loop-sample 1000] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import time

import numpy as np

from core.planning import PlanInputs, croston_family, plan_skus, replan_rows
from core.planning.classify import INTERMITTENT, classify
from core.planning.forecast import fit_select


def synthetic(n: int, days: int, seed: int = 0) -> PlanInputs:
    """Demand like a retailer's: a third smooth, the rest intermittent to lumpy, with stock and lead times."""
    rng = np.random.default_rng(seed)
    p = rng.choice([0.9, 0.6, 0.3, 0.1, 0.03], n)[:, None]
    size = rng.integers(1, 8, n)[:, None]
    y = ((rng.random((n, days)) < p) * rng.poisson(size, (n, days))).astype(np.float64)
    return PlanInputs(np.arange(n), y, rng.uniform(0.5, 40, n), rng.integers(0, 60, n).astype(float),
                      np.zeros(n), rng.integers(0, 20, n).astype(float), rng.uniform(3, 25, n),
                      rng.uniform(0, 5, n))


def timed(fn, repeat: int) -> list[float]:
    """Wall seconds of each call."""
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def cpu_timed(fn, repeat: int) -> list[float]:
    """Process CPU seconds (all threads) of each call: robust to other jobs on the machine."""
    out = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        out.append(time.process_time() - t)
    return out


def bench_full(inp: PlanInputs, loop_sample: int, repeat: int) -> dict:
    """Vectorised plan_skus vs calling the same maths row by row (extrapolated from a sample)."""
    full = timed(lambda: plan_skus(inp), repeat)
    cpu = cpu_timed(lambda: plan_skus(inp), repeat)
    res = plan_skus(inp)
    rows = np.random.default_rng(1).choice(inp.demand.shape[0], loop_sample, replace=False)

    def loop():
        for i in rows:  # the per-SKU loop: one row at a time through the same functions
            replan_rows(inp, res, [i])

    per_row = [t / loop_sample for t in timed(loop, max(1, repeat // 2))]
    check = plan_skus(inp)
    for name in ("reorder_point", "order_up_to", "order_qty"):
        np.testing.assert_allclose(getattr(res, name)[rows], getattr(check, name)[rows], rtol=1e-9)
    loop_total = statistics.median(per_row) * inp.demand.shape[0]
    return {"full_median_s": statistics.median(full), "full_runs_s": full,
            "full_cpu_median_s": statistics.median(cpu),
            "loop_per_sku_ms": statistics.median(per_row) * 1e3, "loop_extrapolated_s": loop_total,
            "speedup": loop_total / statistics.median(full), "loop_sample": loop_sample,
            "same_numbers": True}


def bench_incremental(inp: PlanInputs, repeat: int) -> dict:
    """One sales order lands on one SKU: replan just that row."""
    res = plan_skus(inp)
    rng = np.random.default_rng(2)
    times = []
    for _ in range(repeat):
        i = int(rng.integers(inp.demand.shape[0]))
        inp.demand[i, -1] += 3
        t = time.perf_counter()
        replan_rows(inp, res, [i])
        times.append(time.perf_counter() - t)
    return {"median_ms": statistics.median(times) * 1e3, "p95_ms": float(np.quantile(times, 0.95) * 1e3)}


def bench_intermittent(n: int, days: int, repeat: int) -> dict:
    """Croston/SBA/TSB with rolling-backtest selection for n intermittent SKUs."""
    rng = np.random.default_rng(3)
    y = ((rng.random((n, days)) < 0.12) * rng.poisson(4, (n, days))).astype(float)
    cls = classify(y)
    fit = timed(lambda: fit_select(y, cls), repeat)
    fam = timed(lambda: croston_family(y), repeat)
    out = {"skus": n, "intermittent_share": float((cls >= INTERMITTENT).mean()),
           "fit_select_median_s": statistics.median(fit), "croston_family_median_s": statistics.median(fam)}
    out.update(bench_statsforecast(y))
    return out


def bench_statsforecast(y: np.ndarray) -> dict:
    """The library route for reference: statsforecast's Croston, SBA and TSB, one call per series."""
    try:
        from statsforecast.models import TSB, CrostonClassic, CrostonSBA
    except ImportError:
        return {}
    models = (CrostonClassic(), CrostonSBA(), TSB(0.1, 0.1))
    t = time.perf_counter()
    ref = np.array([[m.forecast(row, 1)["mean"][0] for m in models] for row in y])
    took = time.perf_counter() - t
    mine = croston_family(y)
    same = all(np.allclose(ref[:, k], mine[name]) for k, name in enumerate(("croston", "sba", "tsb")))
    return {"statsforecast_three_models_s": took, "statsforecast_same_numbers": bool(same)}


def main() -> None:
    """Run the three benchmarks and print one table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--skus", type=int, default=100_000)
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--loop-sample", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    inp = synthetic(a.skus, a.days)
    out = {"skus": a.skus, "days": a.days, "cpus": os.cpu_count(),
           "load_avg_at_start": os.getloadavg()[0],
           "full": bench_full(inp, a.loop_sample, a.repeat),
           "incremental": bench_incremental(inp, 200),
           "intermittent_10k": bench_intermittent(10_000, a.days, a.repeat)}
    if a.json:
        print(json.dumps(out, indent=2))
        return
    f, inc, it = out["full"], out["incremental"], out["intermittent_10k"]
    print(f"{a.skus} SKUs x {a.days} days, {out['cpus']} CPUs, load {out['load_avg_at_start']:.1f}")
    print(f"full replan (vectorised)     median {f['full_median_s']:.3f} s wall, "
          f"{f['full_cpu_median_s']:.3f} s CPU (both threads)   target <= 1 s")
    print(f"per-SKU loop (same numbers)  {f['loop_per_sku_ms']:.3f} ms/SKU -> {f['loop_extrapolated_s']:.1f} s"
          f"   ratio {f['speedup']:.0f}x   target >= 10x")
    print(f"incremental, one order       median {inc['median_ms']:.2f} ms, p95 {inc['p95_ms']:.2f} ms   target <= 5 ms")
    print(f"10k intermittent forecasts   {it['fit_select_median_s']:.3f} s with selection, "
          f"{it['croston_family_median_s']:.3f} s Croston/SBA/TSB only   target <= 5 s")
    if "statsforecast_three_models_s" in it:
        print(f"  statsforecast, same 3 models  {it['statsforecast_three_models_s']:.2f} s "
              f"(same numbers: {it['statsforecast_same_numbers']})")


if __name__ == "__main__":
    main()
