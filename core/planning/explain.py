"""Explanation of one suggestion: the numbers behind it, short enough for a phone."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Explanation:
    """Why Tandem suggests this order (all quantities in units, days and currency)."""

    sku: str
    demand_class: str
    abc: str
    method: str
    forecast_per_day: float
    demand_sd_per_day: float
    lead_time_mean: float
    lead_time_sd: float
    service_level: float  # cycle service: chance of no stockout in a replenishment cycle
    expected_fill: float  # share of demand served from stock at this safety stock and lot
    safety_stock: float
    reorder_point: float
    order_up_to: float
    on_hand: float
    reserved: float
    on_order: float
    order_qty: float
    order_in_days: float
    supplier: str
    runner_up: str
    cost_difference: float
    why_qty: str
    # Price timing from the chosen offer's price history (empty when it has too little history).
    price_action: str = ""  # buy_now | wait | stock_up
    price_qty: float = 0.0  # what the advice would buy now
    price_saving: float = 0.0  # expected saving of following it, in currency
    price_reason: str = ""

    def to_dict(self) -> dict:
        """Plain dict for JSON."""
        return asdict(self)

    def to_text(self) -> str:
        """At most 7 short lines for a phone screen (the 7th only with price advice)."""
        runner = (f"; next {self.runner_up} +{self.cost_difference:.2f}/u"
                  if self.runner_up else "")
        if self.order_qty > 0:
            head = f"{self.sku}: order {self.order_qty:g} now from {self.supplier}{runner}"
        elif self.order_in_days < 1e6:
            head = f"{self.sku}: no order; reorder in ~{self.order_in_days:.0f} d from {self.supplier}"
        else:
            head = f"{self.sku}: no order; no demand forecast"
        lines = [
            head,
            f"Demand {self.forecast_per_day:.2f}/d ±{self.demand_sd_per_day:.2f} "
            f"({self.demand_class}, {self.abc}, {self.method})",
            f"Lead time {self.lead_time_mean:.1f}±{self.lead_time_sd:.1f} d, fill {self.expected_fill:.0%} "
            f"(cycle service {self.service_level:.0%})",
            f"Safety {self.safety_stock:.0f}, reorder at {self.reorder_point:.0f}, up to {self.order_up_to:.0f}",
            f"Stock {self.on_hand:g} - reserved {self.reserved:g} + on order {self.on_order:g}",
            self.why_qty,
        ]
        if self.price_action:
            lines.append(self.price_line())
        return "\n".join(lines)

    def price_line(self) -> str:
        """The price advice in one line: 'Price: stock up 480 (saves ~12.40): price 0.84 <= 20th pct 0.90'."""
        what = {"buy_now": "buy now", "wait": "wait", "stock_up": f"stock up {self.price_qty:g}"}
        return (f"Price: {what.get(self.price_action, self.price_action)} "
                f"(saves ~{self.price_saving:.2f}): {self.price_reason}")[:120]
