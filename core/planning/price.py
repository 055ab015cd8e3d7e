"""Price-sensitive buying: buy now, wait or stock up from an offer's price history."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class PriceAdvice:
    """Action ('buy_now' | 'wait' | 'stock_up'), quantity to buy now, expected saving and why."""

    action: str
    qty: float
    expected_saving: float
    reason: str


def price_advice(price_history, current_price: float, daily_demand: float, cover_units: float,
                 safety_stock: float, need_qty: float, lead_days: float, holding_rate: float = 0.25,
                 max_extra_days: float = 90.0, wait_days: float = 14.0) -> PriceAdvice:
    """Advise on one offer; cover never planned below safety stock."""
    hist = np.asarray(price_history, dtype=float)
    hist = hist[np.isfinite(hist)]
    if hist.size < 4 or daily_demand <= 0:
        return PriceAdvice("buy_now", need_qty, 0.0, "too little price history to time the buy")
    typical, low, high = np.median(hist), np.quantile(hist, 0.2), np.quantile(hist, 0.8)
    hold_per_day = current_price * holding_rate / 365
    if current_price <= low and current_price < typical:
        # why: extra cover pays while the discount beats the holding cost of carrying it half the span
        days = min(max_extra_days, 2 * (typical - current_price) / max(hold_per_day, 1e-12))
        extra = daily_demand * days
        saving = extra * (typical - current_price) - extra * hold_per_day * days / 2
        if saving > 0:
            return PriceAdvice("stock_up", need_qty + extra, float(saving),
                               f"price {current_price:.2f} <= 20th pct {low:.2f}; +{days:.0f} days cover")
    spare = cover_units - safety_stock - daily_demand * (lead_days + wait_days)
    if current_price >= high and current_price > typical and spare >= 0:
        saving = need_qty * (current_price - typical)
        return PriceAdvice("wait", 0.0, float(saving),
                           f"price {current_price:.2f} >= 80th pct {high:.2f}; cover lasts {wait_days:.0f} more days above safety stock")
    if current_price >= high and current_price > typical:
        # why: waiting would cut into safety stock, so buy only what keeps us above it
        minimum = max(0.0, -spare)
        saving = max(need_qty - minimum, 0.0) * (current_price - typical)
        return PriceAdvice("buy_now", minimum, float(saving),
                           "price high but cover too thin to wait: buying the minimum above safety stock")
    return PriceAdvice("buy_now", need_qty, 0.0, f"price {current_price:.2f} is typical (median {typical:.2f})")
