"""Builders from plain records (what a service layer reads from its database) to planner arrays."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np

from .plan import Offers
from .safety import lead_time_stats


@dataclass(frozen=True)
class OfferRecord:
    """One supplier's offer for one SKU row, with the lead times actually observed."""

    row: int
    supplier: str
    landed_cost: float
    lead_times: Sequence[float]  # observed PO-to-receipt days
    promised_days: float
    quality: float = 1.0  # share of received units accepted
    moq: float = 0.0
    pack: float = 1.0
    breaks: Sequence[tuple[float, float]] = field(default_factory=tuple)  # (from qty, unit price)


def offers_from_records(n: int, records: Iterable[OfferRecord]) -> Offers:
    """(n x S) Offers over all suppliers named in records; lead-time mean/sd/on-time from receipts."""
    records = list(records)
    names = sorted({r.supplier for r in records})
    col = {name: j for j, name in enumerate(names)}
    s, b = max(len(names), 1), max([len(r.breaks) for r in records] + [1])
    arr = {k: np.zeros((n, s)) for k in ("landed", "lt_m", "lt_s", "on_time", "quality", "moq", "pack")}
    valid = np.zeros((n, s), dtype=bool)
    bq, bp = np.full((n, s, b), np.nan), np.full((n, s, b), np.nan)
    stats = lead_time_stats([np.asarray(r.lead_times, float) for r in records],
                            [r.promised_days for r in records])
    for k, r in enumerate(records):
        i, j = r.row, col[r.supplier]
        # why: with no receipt yet, the promise is the only lead time known
        mean = stats.mean[k] if stats.count[k] else r.promised_days
        values = (r.landed_cost, mean, stats.sd[k], stats.on_time[k], r.quality, r.moq, r.pack)
        for key, v in zip(arr, values):
            arr[key][i, j] = v
        valid[i, j] = True
        for m, (q, p) in enumerate(r.breaks):
            bq[i, j, m], bp[i, j, m] = q, p
    return Offers(arr["landed"], arr["lt_m"], arr["lt_s"], arr["on_time"], arr["quality"], arr["moq"],
                  np.maximum(arr["pack"], 1.0), valid, names, bq, bp)
