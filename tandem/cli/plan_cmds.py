"""`tandem backtest`: replay a sales history under Tandem's planner and the ERP min/max baseline."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import numpy as np
import typer

HISTORY_DAYS = 120  # the first 120 days are history, the rest is replayed
BISECTION_RUNS = 4 * 13  # cover choices x (1 bound check + 12 bisection steps)


class PolicyChoice(str, Enum):
    """Which policies to replay."""

    dynamic = "dynamic"
    minmax = "minmax"
    both = "both"


def register(app: typer.Typer) -> None:
    """Add the planning commands to the Tandem CLI."""
    app.command("backtest")(backtest)


def backtest(
    history: Path = typer.Option(..., "--history", exists=True, dir_okay=False, help="Sales CSV (.gz ok)."),
    service_level: float = typer.Option(0.95, "--service-level", min=0.5, max=0.9999),
    policy: PolicyChoice = typer.Option(PolicyChoice.both, "--policy"),
    skus: int = typer.Option(None, "--skus", min=1, help="Replay a seeded sample of N SKUs."),
    seed: int = typer.Option(0, "--seed", help="Seed of suppliers, lead times, costs, notice."),
    plot: Path = typer.Option(None, "--plot", dir_okay=False, help="PNG of stock value and fill rate."),
    as_json: bool = typer.Option(False, "--json", help="Print the results as JSON."),
) -> None:
    """Replay the history day by day (lost sales) under the dynamic planner and/or min/max."""
    from core.planning.backtest_compare import compare, summary
    from core.planning.backtest_scenario import make_scenario
    from tandem.planning_io import backtest_data, read_sales

    lines = read_sales(history)
    if len(lines) == 0:
        raise typer.BadParameter("no sale lines in the history file", param_hint="--history")
    data, names, price = backtest_data(lines, HISTORY_DAYS, skus, seed)
    n, days = data.base.shape
    if days <= HISTORY_DAYS + 7:
        raise typer.BadParameter(f"need more than {HISTORY_DAYS + 7} days of history, got {days}")
    scen = make_scenario(n, days, price, data.large_sku, seed=seed)
    replay = days - HISTORY_DAYS
    runs = {"dynamic": 2, "minmax": BISECTION_RUNS, "both": 2 + BISECTION_RUNS}[policy.value]
    with _progress(replay * runs) as tick:
        out = compare(data, scen, service_level, policy.value, tick)
    doc = {"skus": int(n), "days": int(replay), "policies": summary(out["results"]),
           "history_days": HISTORY_DAYS, "service_level": service_level, "seed": seed,
           "per_class": out["per_class"]}
    if "matched" in out:
        doc["matched"] = out["matched"]
    if plot is not None:
        try:
            _plot(out["results"], data.history_days, plot, service_level)
        except ImportError as exc:
            raise typer.BadParameter(f"--plot needs matplotlib ({exc})", param_hint="--plot") from exc
        doc["plot"] = str(plot)
    if as_json:
        typer.echo(json.dumps(doc, indent=2, default=_jsonable))
    else:
        _print_table(doc)


def _jsonable(x):
    """JSON fallback for numpy scalars."""
    return x.item() if isinstance(x, np.generic) else str(x)


class _progress:
    """Rich progress bar on stderr when it is a terminal or the run is long; a no-op tick otherwise."""

    def __init__(self, total: int):
        self.total, self.bar = total, None

    def __enter__(self):
        from rich.console import Console
        from rich.progress import Progress

        if self.total >= 2000 and sys.stderr.isatty():
            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("replaying", total=self.total)
            return lambda k: self.bar.advance(self.task, k)
        return None

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.update(self.task, completed=self.total)  # bisection may stop early
            self.bar.stop()


def _print_table(doc: dict) -> None:
    """Human summary."""
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"Backtest: {doc['skus']} SKUs, {doc['days']} days, target {doc['service_level']:.0%}")
    for col in ("policy", "fill rate", "avg stock value", "turns", "stockout days", "orders"):
        t.add_column(col)
    for name, p in doc["policies"].items():
        t.add_row(name, f"{p['fill_rate']:.2%}", f"{p['avg_inventory_value']:,.0f}", f"{p['turns']:.1f}",
                  str(p["stockout_days"]), str(p["orders"]))
    Console().print(t)
    dyn = doc["policies"].get("dynamic", {})
    if "inventory_reduction_vs_minmax" in dyn:
        Console().print(f"Stock value vs min/max: {-dyn['inventory_reduction_vs_minmax']:+.1%}")
    mm = doc["policies"].get("minmax", {}).get("params", {})
    if mm.get("reached_target_fill") is False:
        Console().print("min/max could not reach the fill rate at any safety days tried: shown at its best")
    if "matched" in doc:
        m = doc["matched"]
        Console().print(f"At min/max's best fill {m['fill_rate_target']:.2%}: dynamic fill "
                        f"{m['dynamic']['fill_rate']:.2%}, stock value {-m['inventory_reduction_vs_minmax']:+.1%}")


def _plot(results: dict, history_days: int, path: Path, target: float) -> None:
    """Inventory value and cumulative fill rate over the replay, one line per policy."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(9, 6), sharex=True)
    for name, r in results.items():
        x = np.arange(history_days, history_days + r.daily_value.size)
        ax1.plot(x, r.daily_value, label=f"{name} (avg {r.avg_inventory_value:,.0f})")
        ax2.plot(x, r.daily_fill * 100, label=f"{name} ({r.fill_rate:.1%})")
    ax2.axhline(target * 100, color="grey", ls="--", lw=0.8, label=f"target {target:.0%}")
    ax1.set_ylabel("stock value (cost)")
    ax2.set_ylabel("fill rate so far, %")
    ax2.set_xlabel("day of history")
    ax1.legend(fontsize=8)
    ax2.legend(fontsize=8)
    ax1.set_title("Tandem dynamic planner vs ERP min/max (lost sales replay)")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
