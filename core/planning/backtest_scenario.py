"""Seeded backtest scenario: suppliers, lead-time draws, costs and order notice, shared by every policy."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Scenario:
    """Common random numbers: one lead-time draw per SKU per order day, fixed costs and suppliers."""

    unit_cost: np.ndarray  # (n,)
    supplier: np.ndarray  # (n,) supplier index
    quoted_lt: np.ndarray  # (S,) promised days (what an ERP stores)
    lt_draw: np.ndarray  # (n, T) real days if ordered on day t
    lt_history: np.ndarray  # (S, k) receipts observed before the replay starts
    notice: np.ndarray  # (m,) days of notice per large order line
    order_cost: float = 5.0
    holding_rate: float = 0.25


def _supplier_params(rng: np.random.Generator, n_sup: int):
    """Promised lead time, real mean and coefficient of variation per supplier."""
    quoted = rng.integers(3, 22, n_sup).astype(float)
    mean = quoted * rng.uniform(0.9, 1.4, n_sup)  # most suppliers run late on average
    cv = rng.uniform(0.1, 0.6, n_sup)
    return quoted, mean, cv


def _gamma(rng, mean, cv, shape) -> np.ndarray:
    """Integer lead times >= 1 from a gamma with the given mean and CV (broadcast over shape)."""
    k = 1.0 / cv**2
    return np.maximum(np.rint(rng.gamma(k, mean / k, size=shape)), 1).astype(np.int32)


def make_scenario(n: int, days: int, unit_price: np.ndarray, large_sku: np.ndarray, seed: int = 0,
                  n_suppliers: int = 25, history_receipts: int = 12,
                  extra_notice: tuple[int, int] = (0, 14), notice_from_lead: bool = True) -> Scenario:
    """Generate suppliers, lead times, costs (sale price x 45-70 % when no cost is known) and notice.

    A large order is announced the supplier's promised lead time plus 0-14 days ahead (a B2B
    customer is quoted that lead time for a quantity no shop keeps on the shelf); with
    notice_from_lead=False the notice is just extra_notice days.
    """
    rng = np.random.default_rng(seed)
    quoted, mean, cv = _supplier_params(rng, n_suppliers)
    supplier = rng.integers(0, n_suppliers, n)
    lt_draw = _gamma(rng, mean[supplier][:, None], cv[supplier][:, None], (n, days))
    lt_hist = _gamma(rng, mean[:, None], cv[:, None], (n_suppliers, history_receipts))
    price = np.where(np.isfinite(unit_price) & (unit_price > 0), unit_price, 1.0)
    cost = price * rng.uniform(0.45, 0.70, n)
    notice = rng.integers(extra_notice[0], extra_notice[1] + 1, large_sku.size)
    if notice_from_lead:
        notice = notice + quoted[supplier[large_sku]].astype(int)
    return Scenario(cost, supplier, quoted, lt_draw, lt_hist, notice)
