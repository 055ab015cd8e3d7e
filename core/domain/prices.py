"""Offer price changes: the command that records one, the event it raises, and the arithmetic of both."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.domain.catalog import PriceBreak
from core.domain.commands import Command
from core.domain.events import Event


class PriceError(ValueError):
    """A price change that cannot be recorded (unknown offer, no price, a non-positive price)."""


@dataclass
class ChangeOfferPrice(Command):
    """A supplier's new price for one SKU: a base unit price (breaks scale with it) or the whole breaks."""

    supplier_id: str
    sku: str
    unit_price: float | None = None
    price_breaks: list[tuple[float, float]] | None = None  # (min qty, unit price), replaces every break
    valid_from: date | None = None  # None means today; a later date schedules the change for that day
    source: str = ""  # "cli", "webhook:<name>", "import:<file>", ...


@dataclass
class ApplyScheduledPrices(Command):
    """Put in force every scheduled price whose day has come (run at start and daily)."""


@dataclass
class PriceChanged(Event):
    """An offer's base price moved; change_pct is relative to the old base price, in percent."""

    sku: str
    supplier_id: str
    old_price: float
    new_price: float
    change_pct: float
    category: str = ""
    valid_from: date | None = None
    source: str = ""


def base_price(breaks: list[PriceBreak]) -> float:
    """The unit price at the smallest quantity (what a price change is measured on)."""
    return min(breaks, key=lambda b: b.min_qty).unit_price


def change_pct(old: float, new: float) -> float:
    """Relative change in percent, rounded to 0.01 (0 when there was no old price)."""
    return round((new - old) / old * 100, 2) if old > 0 else 0.0


def new_breaks(cmd: ChangeOfferPrice, current: list[PriceBreak]) -> list[PriceBreak]:
    """The breaks after the change: as given, or the current ones scaled to the new base price."""
    if cmd.price_breaks:
        breaks = sorted((PriceBreak(float(q), float(p)) for q, p in cmd.price_breaks), key=lambda b: b.min_qty)
    elif cmd.unit_price is not None:
        # why: a supplier quoting one new price keeps its volume discounts in proportion
        factor = float(cmd.unit_price) / base_price(current)
        breaks = [PriceBreak(b.min_qty, round(b.unit_price * factor, 4)) for b in current]
    else:
        raise PriceError("give unit_price or price_breaks")
    if any(b.unit_price <= 0 or b.min_qty < 0 for b in breaks):
        raise PriceError("prices must be positive and quantities not negative")
    return breaks
