"""Sales-history import: clean Online Retail or generic rows into arrays and daily demand matrices."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable, Mapping, Sequence

import numpy as np

# Postage, manual lines, discounts, fees, charity, samples: money lines, not stock.
NON_PRODUCT_CODES = frozenset({
    "POST", "DOT", "M", "C2", "D", "S", "B", "BANK CHARGES", "AMAZONFEE", "CRUK", "PADS",
    "DCGSSGIRL", "DCGSSBOY",
})
_PRODUCT_RE = re.compile(r"^\d{5}[A-Za-z]{0,3}$")
EPOCH = date(1970, 1, 1)


@dataclass(frozen=True)
class SalesLines:
    """Clean sale lines as parallel arrays (day = days since 1970-01-01)."""

    day: np.ndarray  # int32
    sku: np.ndarray  # str (object)
    qty: np.ndarray  # float64, > 0
    price: np.ndarray  # float64, NaN when unknown
    customer: np.ndarray  # str (object), "" when unknown

    def __len__(self) -> int:
        """Number of lines."""
        return int(self.day.size)


def is_product_code(code: str) -> bool:
    """True for a stock item code (5 digits + optional letters), false for fees and postage."""
    code = code.strip()
    return code.upper() not in NON_PRODUCT_CODES and bool(_PRODUCT_RE.match(code))


def to_day(text: str) -> int:
    """Parse 'YYYY-MM-DD[ HH:MM[:SS]]' (or M/D/YYYY H:MM) to days since epoch."""
    text = text.strip()
    try:
        d = date.fromisoformat(text[:10])
    except ValueError:
        d = datetime.strptime(text.split()[0], "%m/%d/%Y").date()
    return (d - EPOCH).days


def day_to_date(day: int) -> date:
    """Inverse of to_day."""
    return date.fromordinal(EPOCH.toordinal() + int(day))


def _arrays(day, sku, qty, price, cust) -> SalesLines:
    """Pack lists into a SalesLines."""
    return SalesLines(np.asarray(day, dtype=np.int32), np.asarray(sku, dtype=object),
                      np.asarray(qty, dtype=float), np.asarray(price, dtype=float),
                      np.asarray(cust, dtype=object))


def clean_online_retail(rows: Iterable[Mapping[str, str]]) -> SalesLines:
    """Clean Online Retail dict rows: drop fees, cancellations, returns, free lines; net out cancelled sales."""
    sales: list[tuple] = []
    cancels: list[tuple] = []
    for r in rows:
        code = r["StockCode"].strip()
        if not is_product_code(code):
            continue
        qty, price = float(r["Quantity"]), float(r["UnitPrice"] or "nan")
        cust = (r.get("CustomerID") or "").strip()
        inv = r["InvoiceNo"].strip()
        if inv.upper().startswith("C") or qty < 0:
            if inv.upper().startswith("C") and cust:
                cancels.append((cust, code, -qty))
            continue
        if qty == 0 or not price > 0:  # zero-price lines are adjustments and samples
            continue
        sales.append((to_day(r["InvoiceDate"]), code, qty, price, cust))
    sales = _drop_cancelled(sales, cancels)
    return _arrays(*zip(*sales)) if sales else _arrays([], [], [], [], [])


def _drop_cancelled(sales: list[tuple], cancels: list[tuple]) -> list[tuple]:
    """Remove, for each cancellation, the latest sale by the same customer of the same item and quantity."""
    index: dict[tuple, list[int]] = {}
    for i, (_, code, qty, _, cust) in enumerate(sales):
        if cust:
            index.setdefault((cust, code, qty), []).append(i)
    dropped = set()
    for key in cancels:
        hits = index.get(key)
        if hits:
            dropped.add(hits.pop())  # why: a cancellation undoes one order, the most recent one
    return [s for i, s in enumerate(sales) if i not in dropped]


def parse_generic(rows: Iterable[Sequence[str]]) -> SalesLines:
    """Parse generic rows date,sku,quantity[,unit_price,customer]; negative quantities are returns and dropped."""
    out = []
    for r in rows:
        if not r or not r[0].strip() or r[0].strip().lower() == "date":
            continue
        qty = float(r[2])
        if qty <= 0:
            continue
        price = float(r[3]) if len(r) > 3 and r[3].strip() else float("nan")
        cust = r[4].strip() if len(r) > 4 else ""
        out.append((to_day(r[0]), r[1].strip(), qty, price, cust))
    return _arrays(*zip(*out)) if out else _arrays([], [], [], [], [])


def detect_format(header: Sequence[str]) -> str:
    """'online_retail' or 'generic' from a CSV header row."""
    names = {h.strip() for h in header}
    return "online_retail" if {"InvoiceNo", "StockCode", "Quantity"} <= names else "generic"


@dataclass(frozen=True)
class DemandHistory:
    """Daily demand per SKU: rows = skus, columns = days from start."""

    skus: np.ndarray
    start: int
    demand: np.ndarray  # (n, T) float
    unit_price: np.ndarray  # (n,) mean sale price, NaN unknown


def daily_matrix(lines: SalesLines, start: int | None = None, days: int | None = None) -> DemandHistory:
    """Sum sale lines into a (sku x day) demand matrix with the mean unit price per SKU."""
    skus, sku_idx = np.unique(lines.sku.astype(str), return_inverse=True)
    start = int(lines.day.min()) if start is None else start
    days = int(lines.day.max()) - start + 1 if days is None else days
    col = lines.day - start
    keep = (col >= 0) & (col < days)
    flat = sku_idx[keep] * days + col[keep]
    demand = np.bincount(flat, weights=lines.qty[keep], minlength=skus.size * days).reshape(skus.size, days)
    price = _mean_price(sku_idx, lines.qty, lines.price, skus.size)
    return DemandHistory(skus, start, demand, price)


def _mean_price(idx: np.ndarray, qty: np.ndarray, price: np.ndarray, n: int) -> np.ndarray:
    """Quantity-weighted mean price per index, NaN where none is known."""
    known = np.isfinite(price)
    value = np.bincount(idx[known], weights=(qty * price)[known], minlength=n)
    units = np.bincount(idx[known], weights=qty[known], minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(units > 0, value / units, np.nan)


def split_large_lines(lines: SalesLines, history_end: int, factor: float = 10.0,
                      min_qty: float = 48.0) -> np.ndarray:
    """Mask of 'large known orders': qty >= max(min_qty, factor x the SKU's median line before history_end)."""
    skus, idx = np.unique(lines.sku.astype(str), return_inverse=True)
    med = np.full(skus.size, np.nan)
    past = lines.day < history_end
    order = np.lexsort((lines.qty[past], idx[past]))
    pi, pq = idx[past][order], lines.qty[past][order]
    bounds = np.searchsorted(pi, np.arange(skus.size + 1))
    has = bounds[1:] > bounds[:-1]
    mid = (bounds[:-1] + bounds[1:] - 1) // 2
    med[has] = pq[mid[has]]
    # why: an item with no past sales gets the global median line size as its yardstick
    med = np.where(np.isnan(med), np.median(lines.qty[past]) if past.any() else 1.0, med)
    return lines.qty >= np.maximum(min_qty, factor * med[idx])
