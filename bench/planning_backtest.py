"""Evidence runs for docs/benchmarks.md (Planning): Online Retail replay at 90/95/98 %, all SKUs and established SKUs.

Run: .venv/bin/python bench/planning_backtest.py [--file PATH] [--out results.json]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from core.planning.backtest_compare import compare, summary
from core.planning.backtest_scenario import make_scenario
from tandem.cli.plan_cmds import _plot
from tandem.planning_io import backtest_data, read_sales

FIG = Path("docs/img/backtest-online-retail-established-95.png")
DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "online-retail" / "online_retail_full.csv.gz"


def run(lines, level: float, established: bool, seed: int, plot: Path | None = None) -> dict:
    """One comparison, JSON-ready (optionally with the figure of its two replays)."""
    data, names, price = backtest_data(lines, 120, seed=seed, established_only=established)
    scen = make_scenario(data.base.shape[0], data.base.shape[1], price, data.large_sku, seed=seed)
    t = time.perf_counter()
    out = compare(data, scen, level, "both")
    s = summary(out["results"])
    s["minmax"]["params"].pop("bisection", None)
    if plot is not None:
        _plot(out["results"], data.history_days, plot, level)
    return {"service_level": level, "established_only": established, "skus": int(data.base.shape[0]),
            "policies": s, "per_class": out["per_class"], "matched": out.get("matched"),
            "seconds": round(time.perf_counter() - t, 1)}


def main() -> None:
    """All levels, both SKU sets; prints one line per run and writes the JSON."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", type=Path, default=DEFAULT)
    ap.add_argument("--out", type=Path, default=Path("bench/planning_backtest_results.json"))
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    lines = read_sales(a.file)
    runs = []
    for established in (False, True):
        for level in (0.90, 0.95, 0.98):
            fig = FIG if established and level == 0.95 else None
            r = run(lines, level, established, a.seed, fig)
            runs.append(r)
            d, m = r["policies"]["dynamic"], r["policies"]["minmax"]
            print(f"{'established' if established else 'all SKUs':11} {level:.0%}: dynamic fill {d['fill_rate']:.4f} "
                  f"value {d['avg_inventory_value']:,.0f} | minmax fill {m['fill_rate']:.4f} value "
                  f"{m['avg_inventory_value']:,.0f} (S={m['params']['safety_days']:.1f}, C={m['params']['cover_days']}, "
                  f"reached={m['params']['reached_target_fill']}) | reduction {d['inventory_reduction_vs_minmax']:.1%}"
                  + (f" | matched at {r['matched']['fill_rate_target']:.4f}: {r['matched']['inventory_reduction_vs_minmax']:.1%}"
                     if r["matched"] else ""), flush=True)
    a.out.write_text(json.dumps(runs, indent=1))


if __name__ == "__main__":
    main()
