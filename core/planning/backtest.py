"""Day-by-day lost-sales replay of a replenishment policy on real demand (pure: arrays in, results out)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Protocol

import numpy as np

from .backtest_scenario import Scenario


@dataclass(frozen=True)
class BacktestData:
    """Demand split into base daily demand and large order lines (due column, qty, sku row)."""

    base: np.ndarray  # (n, T)
    large_sku: np.ndarray
    large_due: np.ndarray
    large_qty: np.ndarray
    history_days: int

    @property
    def total(self) -> np.ndarray:
        """Base plus large-order demand per SKU and day."""
        out = self.base.copy()
        np.add.at(out, (self.large_sku, self.large_due), self.large_qty)
        return out


@dataclass
class SimState:
    """What a policy may look at on day t: only the past."""

    t: int
    on_hand: np.ndarray
    on_order: np.ndarray
    served: float
    demanded: float
    lt_obs: tuple[np.ndarray, np.ndarray]  # (supplier, days) of receipts so far


class Policy(Protocol):
    """A replenishment policy: levels on its own schedule, optional reservations."""

    name: str

    def levels(self, state: SimState) -> tuple[np.ndarray, np.ndarray] | None:
        """(reorder point, order-up-to) when it re-plans today, else None."""

    def reserved(self, t: int) -> np.ndarray | float:
        """Units already promised to known orders, netted from the position."""


@dataclass
class SimResult:
    """Totals and daily series of one replay."""

    policy: str
    fill_rate: float
    avg_inventory_value: float
    turns: float
    stockout_days: int
    orders: int
    daily_value: np.ndarray
    daily_fill: np.ndarray
    served_by_sku: np.ndarray
    demand_by_sku: np.ndarray
    value_by_sku: np.ndarray
    params: dict = field(default_factory=dict)


def simulate(data: BacktestData, scen: Scenario, policy: Policy,
             progress: Callable[[int], None] | None = None) -> SimResult:
    """Replay days history_days..T-1: receive, serve (lost if short), re-plan, order up to level."""
    n, t_len = data.base.shape
    h = data.history_days
    demand = data.total
    arrivals = np.zeros((n, t_len + int(scen.lt_draw.max()) + 2))
    on_order = np.zeros(n)
    rop, out = policy.levels(SimState(h - 1, np.zeros(n), on_order, 0.0, 0.0, _no_obs()))
    on_hand = np.ceil(out)  # why: each policy starts at its own steady-state order-up-to level
    served_sku, dem_sku, value_sku = np.zeros(n), np.zeros(n), np.zeros(n)
    obs_sup, obs_day, obs_lt = [], [], []
    daily_value, daily_fill = np.zeros(t_len - h), np.zeros(t_len - h)
    stockout_days = orders = 0
    rows = np.arange(n)
    for t in range(h, t_len):
        on_hand += arrivals[:, t]
        on_order -= arrivals[:, t]
        d = demand[:, t]
        served = np.minimum(on_hand, d)
        on_hand -= served
        served_sku += served
        dem_sku += d
        stockout_days += int(np.count_nonzero(served < d))
        obs = _observed(obs_sup, obs_day, obs_lt, t)
        state = SimState(t, on_hand, on_order, served_sku.sum(), dem_sku.sum(), obs)
        new = policy.levels(state)
        if new is not None:
            rop, out = new
        position = on_hand + on_order - policy.reserved(t)
        due = (position <= rop) & (out > position)
        qty = np.ceil(out[due] - position[due])
        lt = scen.lt_draw[due, t]
        arrivals[rows[due], t + lt] += qty
        on_order[due] += qty
        orders += int(due.sum())
        obs_sup.append(scen.supplier[due]); obs_day.append(t + lt); obs_lt.append(lt)
        value = on_hand * scen.unit_cost
        value_sku += value
        daily_value[t - h] = value.sum()
        daily_fill[t - h] = served_sku.sum() / max(dem_sku.sum(), 1e-9)
        if progress is not None:
            progress(1)
    return _result(policy, scen, served_sku, dem_sku, value_sku / (t_len - h), daily_value,
                   daily_fill, stockout_days, orders)


def _no_obs() -> tuple[np.ndarray, np.ndarray]:
    """Empty receipts."""
    return np.zeros(0, dtype=int), np.zeros(0)


def _observed(sup, day, lt, t) -> tuple[np.ndarray, np.ndarray]:
    """Receipts that have arrived by day t (their lead time is now known)."""
    if not sup:
        return _no_obs()
    s, d, l = np.concatenate(sup), np.concatenate(day), np.concatenate(lt)
    done = d <= t
    return s[done], l[done].astype(float)


def _result(policy, scen, served, demanded, value_sku, daily_value, daily_fill, stockouts, orders):
    """Assemble totals: fill = units served / demanded, turns = annualised COGS / average stock value."""
    avg_value = float(daily_value.mean())
    days = daily_value.size
    cogs = float((served * scen.unit_cost).sum()) * 365.0 / max(days, 1)
    return SimResult(policy.name, float(served.sum() / max(demanded.sum(), 1e-9)), avg_value,
                     cogs / avg_value if avg_value > 0 else float("inf"), stockouts, orders,
                     daily_value, daily_fill, served, demanded, value_sku,
                     dict(getattr(policy, "params", {})))
