"""Per-class forecasts (SES/ETS(A,N,N), seasonal naive, Croston, SBA, TSB) and rolling-backtest selection.

The recursions follow statsforecast's definitions (SES level starts at the first value; Croston
and SBA smooth non-zero sizes and inter-demand intervals with alpha=0.1; TSB smooths the
occurrence probability every period). They are re-implemented as one time loop over
all SKU rows at once, because a per-series call cannot meet the 100k-SKU budget;
tests/planning/test_forecast.py checks them against statsforecast itself.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np

from .classify import ERRATIC, INTERMITTENT, LUMPY, SMOOTH

METHODS = ("ses_0.1", "ses_0.3", "seasonal_naive_7", "croston", "sba", "tsb")
CANDIDATES = {  # method indices tried per demand class
    SMOOTH: (0, 1, 2), ERRATIC: (0, 1, 2), INTERMITTENT: (3, 4, 5), LUMPY: (3, 4, 5),
}
_CHUNK = 8192  # rows per block: vectors stay in cache through the time loop


def row_cumsum(y: np.ndarray) -> np.ndarray:
    """Cumulative sums along each row with a leading 0 column (summed column-wise: much faster)."""
    cum = np.zeros((y.shape[1] + 1, y.shape[0]))
    np.cumsum(y.T, axis=0, out=cum[1:])
    return cum.T


def _trajectories(y: np.ndarray, origins: np.ndarray) -> np.ndarray:
    """Rate forecasts of every method made just before each origin column, shape (methods, n, len(origins)+1)."""
    n, t_len = y.shape
    out = np.zeros((len(METHODS), n, origins.size + 1))
    cols = np.ascontiguousarray(y.T)  # why: a contiguous day vector per step, not a strided column
    cum = row_cumsum(y)
    slot = {int(o): k for k, o in enumerate(origins)}
    slot[t_len] = origins.size
    s1, s3, tp = cols[0].copy(), cols[0].copy(), (cols[0] > 0).astype(float)
    cz, cp, gap = np.zeros(n), np.zeros(n), np.zeros(n)
    seen = np.zeros(n, dtype=bool)
    a, tmp = np.empty(n), np.empty(n)
    for t in range(t_len):
        if t in slot and t > 0:
            _store(out, slot[t], s1, s3, cz, cp, tp, cum, t)
        x = cols[t]
        nz = x > 0
        if t > 0:
            s1 += 0.1 * (x - s1)
            s3 += 0.3 * (x - s3)
            tp += 0.1 * (nz - tp)
        gap += 1.0
        # why: one gain vector does "set on first demand, smooth on later demands, hold otherwise"
        np.multiply(nz, 0.1, out=a)
        a[nz & ~seen] = 1.0
        np.subtract(x, cz, out=tmp); tmp *= a; cz += tmp
        np.subtract(gap, cp, out=tmp); tmp *= a; cp += tmp
        seen |= nz
        gap *= ~nz
    _store(out, slot[t_len], s1, s3, cz, cp, tp, cum, t_len)
    return out


def _store(out, k, s1, s3, cz, cp, tp, cum, t) -> None:
    """Write each method's current rate into slot k."""
    croston = np.where(cp > 0, cz / np.maximum(cp, 1e-12), cz)
    out[0, :, k] = s1
    out[1, :, k] = s3
    out[2, :, k] = (cum[:, t] - cum[:, max(t - 7, 0)]) / min(t, 7)
    out[3, :, k] = croston
    out[4, :, k] = croston * (1 - 0.1 / 2)
    out[5, :, k] = tp * cz  # TSB's size level is the same SES of non-zero sizes


def fit_select(y: np.ndarray, classes: np.ndarray, horizon: int = 14, n_origins: int = 4,
               workers: int = 2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rate per day, chosen method index and backtest RMSE of the horizon mean, per row."""
    y = np.asarray(y, dtype=float)
    if y.shape[0] > _CHUNK and workers > 1:
        blocks = [slice(i, i + _CHUNK) for i in range(0, y.shape[0], _CHUNK)]
        with ThreadPoolExecutor(workers) as pool:
            parts = list(pool.map(lambda s: fit_select(y[s], classes[s], horizon, n_origins, 1), blocks))
        return tuple(np.concatenate(p) for p in zip(*parts))
    t_len = y.shape[1]
    origins = np.arange(t_len - horizon * n_origins, t_len - horizon + 1, horizon)
    origins = origins[origins > 0]
    traj = _trajectories(y, origins)
    return _select(y, classes, traj, origins, horizon)


def _select(y, classes, traj, origins, horizon):
    """Pick per row the candidate of its class with the lowest rolling-origin squared error."""
    n = y.shape[0]
    final = traj[:, :, -1]
    if origins.size == 0:  # too short to backtest: class default
        choice = np.where(classes >= INTERMITTENT, 4, 0)
        return final[choice, np.arange(n)], choice, np.zeros(n)
    cum = row_cumsum(y)
    actual = (cum[:, origins + horizon] - cum[:, origins]) / horizon
    err = ((traj[:, :, :-1] - actual[None]) ** 2).mean(axis=2)  # (methods, n)
    allowed = np.zeros((len(METHODS), n), dtype=bool)
    for cls, cands in CANDIDATES.items():
        allowed[np.ix_(cands, classes == cls)] = True
    err = np.where(allowed, err, np.inf)
    choice = err.argmin(axis=0)
    rows = np.arange(n)
    return final[choice, rows], choice, np.sqrt(err[choice, rows])


def croston_family(y: np.ndarray) -> dict[str, np.ndarray]:
    """Final Croston, SBA and TSB(0.1, 0.1) rate per row (no selection), for intermittent items."""
    traj = _trajectories(np.asarray(y, dtype=float), np.array([], dtype=int))
    return {"croston": traj[3, :, -1], "sba": traj[4, :, -1], "tsb": traj[5, :, -1]}
