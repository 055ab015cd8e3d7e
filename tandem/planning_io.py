"""File side of planning: read sales CSVs (plain or .gz) into the pure history structures."""
from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import numpy as np

from core.planning.backtest import BacktestData
from core.planning.backtest_compare import build_data
from core.planning.history import (SalesLines, clean_online_retail, detect_format, parse_generic,
                                   split_large_lines)


def _open(path: Path) -> io.TextIOBase:
    """Text handle, gunzipping by extension."""
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="")
    return open(path, encoding="utf-8", errors="replace", newline="")


def read_sales(path: str | Path) -> SalesLines:
    """Read an Online Retail export or a generic date,sku,quantity[,unit_price,customer] CSV."""
    path = Path(path)
    with _open(path) as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        if detect_format(header) == "online_retail":
            names = [h.strip() for h in header]
            return clean_online_retail(dict(zip(names, r)) for r in reader)
        first = [] if header and header[0].strip().lower() == "date" else [header]
        return parse_generic(first + list(reader))


def backtest_data(lines: SalesLines, history_days: int = 120, max_skus: int | None = None,
                  seed: int = 0, established_only: bool = False,
                  large_factor: float = 10.0) -> tuple[BacktestData, np.ndarray, np.ndarray]:
    """(data, sku names, mean unit price): daily base demand plus large order lines.

    max_skus draws a seeded sample; established_only keeps SKUs that sold during the history;
    large_factor=inf treats no line as a large known order.
    """
    start = int(lines.day.min())
    days = int(lines.day.max()) - start + 1
    if established_only:
        old = np.unique(lines.sku[lines.day < start + history_days].astype(str))
        m = np.isin(lines.sku.astype(str), old)
        lines = SalesLines(lines.day[m], lines.sku[m], lines.qty[m], lines.price[m], lines.customer[m])
    skus, idx = np.unique(lines.sku.astype(str), return_inverse=True)
    if max_skus is not None and max_skus < skus.size:
        keep = np.sort(np.random.default_rng(seed).choice(skus.size, max_skus, replace=False))
        remap = np.full(skus.size, -1)
        remap[keep] = np.arange(keep.size)
        m = remap[idx] >= 0
        lines = SalesLines(lines.day[m], lines.sku[m], lines.qty[m], lines.price[m], lines.customer[m])
        skus, idx = skus[keep], remap[idx][m]
    large = split_large_lines(lines, start + history_days, factor=large_factor)
    data = build_data(idx, lines.day - start, lines.qty, large, skus.size, days, history_days)
    price = np.bincount(idx, weights=lines.qty * np.nan_to_num(lines.price), minlength=skus.size)
    units = np.bincount(idx, weights=lines.qty, minlength=skus.size)
    return data, skus, np.where(units > 0, price / np.maximum(units, 1e-9), np.nan)
