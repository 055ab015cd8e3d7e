"""Order quantities: EOQ, MOQ and pack rounding, price breaks on total cost; supplier choice on landed cost."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def eoq(annual_demand, order_cost, holding_cost) -> np.ndarray:
    """Economic order quantity sqrt(2DK/h), 0 where demand or holding cost is 0."""
    d, k, h = (np.asarray(a, dtype=float) for a in (annual_demand, order_cost, holding_cost))
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where((d > 0) & (h > 0), np.sqrt(2 * d * k / np.where(h > 0, h, 1)), 0.0)


def round_to_pack(qty, moq=0.0, pack=1.0) -> np.ndarray:
    """Raise to the MOQ, then up to a whole number of packs; 0 stays 0."""
    q = np.asarray(qty, dtype=float)
    pack = np.maximum(np.asarray(pack, dtype=float), 1e-9)
    up = np.ceil(np.maximum(q, moq) / pack - 1e-9) * pack
    return np.where(q > 0, up, 0.0)


def annual_cost(annual_demand, qty, price, order_cost, holding_rate) -> np.ndarray:
    """Purchase + ordering + holding cost per year for lot size qty at unit price."""
    q = np.maximum(np.asarray(qty, dtype=float), 1e-9)
    d = np.asarray(annual_demand, dtype=float)
    return d * price + order_cost * d / q + holding_rate * price * q / 2


@dataclass(frozen=True)
class LotChoice:
    """Chosen lot size per SKU with its unit price, annual cost and the cost of the plain EOQ at base price."""

    qty: np.ndarray
    price: np.ndarray
    cost: np.ndarray
    base_cost: np.ndarray


def choose_lot(annual_demand, order_cost, holding_rate, break_qty, break_price, moq=0.0,
               pack=1.0, max_qty=None) -> LotChoice:
    """Best lot per SKU over price breaks (n x B, NaN padded, first column = base price) on total cost."""
    bq, bp = np.atleast_2d(break_qty).astype(float), np.atleast_2d(break_price).astype(float)
    d = np.asarray(annual_demand, dtype=float)[:, None]
    q = np.maximum(eoq(d, order_cost, holding_rate * np.nan_to_num(bp)), np.nan_to_num(bq))
    if max_qty is not None:
        # why: a cap (shelf life, cover limit) binds unless a break needs more to reach its price
        q = np.maximum(np.minimum(q, np.asarray(max_qty, dtype=float)[:, None]), np.nan_to_num(bq))
    q = round_to_pack(q, np.asarray(moq, dtype=float).reshape(-1, 1) if np.ndim(moq) else moq,
                      np.asarray(pack, dtype=float).reshape(-1, 1) if np.ndim(pack) else pack)
    cost = np.where(np.isfinite(bp), annual_cost(d, q, np.nan_to_num(bp), order_cost, holding_rate), np.inf)
    best = cost.argmin(axis=1)
    rows = np.arange(bq.shape[0])
    return LotChoice(q[rows, best], bp[rows, best], cost[rows, best], cost[:, 0])


@dataclass(frozen=True)
class SupplierChoice:
    """Best and runner-up supplier column per SKU with their effective unit costs (-1 when none)."""

    best: np.ndarray
    runner_up: np.ndarray
    best_cost: np.ndarray
    runner_up_cost: np.ndarray

    @property
    def difference(self) -> np.ndarray:
        """Runner-up minus best effective unit cost (NaN without a runner-up)."""
        with np.errstate(invalid="ignore"):  # inf - inf where no supplier ran: those rows are NaN anyway
            return np.where(self.runner_up >= 0, self.runner_up_cost - self.best_cost, np.nan)


def effective_unit_cost(landed, lt_mean, lt_sd, on_time, quality, daily_demand, z=1.65,
                        holding_rate=0.25, late_penalty=0.05) -> np.ndarray:
    """Landed cost per good unit + holding of the safety stock its lead time forces + a lateness charge."""
    landed = np.asarray(landed, dtype=float)
    good = landed / np.clip(quality, 1e-3, 1)  # rejects must be bought again
    d = np.maximum(np.asarray(daily_demand, dtype=float), 1e-9)
    ss_units = z * np.sqrt(lt_mean * d + d * d * np.asarray(lt_sd) ** 2)  # Poisson-like demand variance
    ss_cost_per_unit = ss_units * good * holding_rate / (365 * d)
    return good + ss_cost_per_unit + late_penalty * good * (1 - np.asarray(on_time))


def choose_supplier(effective_cost, valid=None) -> SupplierChoice:
    """Cheapest and second-cheapest valid supplier column per SKU on effective unit cost."""
    c = np.where(np.ones_like(effective_cost, dtype=bool) if valid is None else valid,
                 effective_cost, np.inf)
    order = np.argsort(c, axis=1, kind="stable")
    rows = np.arange(c.shape[0])
    best = order[:, 0]
    second = order[:, 1] if c.shape[1] > 1 else np.full(c.shape[0], -1)
    best_c = c[rows, best]
    second_c = c[rows, second] if c.shape[1] > 1 else np.full(c.shape[0], np.inf)
    best = np.where(np.isfinite(best_c), best, -1)
    second = np.where(np.isfinite(second_c), second, -1)
    return SupplierChoice(best, second, best_c, second_c)
