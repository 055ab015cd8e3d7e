"""Catalog side of the domain: products, customers, suppliers and their offers."""
from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass
class Product:
    """A sellable item, known by its SKU, names, aliases and substitutes."""

    sku: str
    name: str
    unit: str = "pcs"
    category: str = ""
    aliases: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # extra names by language, e.g. {"zh": "钢板"}
    substitutes: list[str] = field(default_factory=list)
    safety_stock: float = 0.0


@dataclass
class Customer:
    """Someone who buys; recognised by e-mail address or domain."""

    id: str
    name: str
    email: str = ""
    domain: str = ""


@dataclass
class Supplier:
    """Someone we buy from, with the lead time and on-time rate we have seen."""

    id: str
    name: str
    email: str = ""
    lead_time_days: float = 7.0
    on_time_rate: float = 1.0


@dataclass(frozen=True)
class PriceBreak:
    """Unit price valid from a minimum quantity upwards."""

    min_qty: float
    unit_price: float


@dataclass
class Offer:
    """A supplier's terms for one SKU."""

    supplier_id: str
    sku: str
    price_breaks: list[PriceBreak]
    moq: float = 1.0
    pack_size: float = 1.0
    lead_time_days: float | None = None

    def order_quantity(self, need: float) -> float:
        """Smallest orderable quantity covering `need`: at least MOQ, whole packs."""
        qty = max(need, self.moq)
        packs = math.ceil(qty / self.pack_size - 1e-9)
        return packs * self.pack_size

    def unit_price(self, qty: float) -> float:
        """Unit price at `qty`: the highest break it reaches (the first break below that)."""
        price = self.price_breaks[0].unit_price
        for brk in self.price_breaks:  # sorted by min_qty
            if brk.min_qty <= qty:
                price = brk.unit_price
        return price

    def cost(self, qty: float) -> float:
        """Total price of buying `qty`."""
        return qty * self.unit_price(qty)

def parse_price_breaks(text: str) -> list[PriceBreak]:
    """Parse '1:0.85|100:0.72' into price breaks, sorted by quantity."""
    breaks = []
    for part in filter(None, (p.strip() for p in text.split("|"))):
        qty, _, price = part.partition(":")
        if not price:
            raise ValueError(f"price break {part!r} is not 'min_qty:unit_price'")
        breaks.append(PriceBreak(float(qty), float(price)))
    if not breaks:
        raise ValueError("no price breaks")
    return sorted(breaks, key=lambda b: b.min_qty)


def format_price_breaks(breaks: list[PriceBreak]) -> str:
    """Inverse of parse_price_breaks."""
    return "|".join(f"{b.min_qty:g}:{b.unit_price:g}" for b in breaks)
