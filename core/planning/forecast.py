"""Per-class forecasts (SES/ETS(A,N,N), seasonal naive, Croston, SBA, TSB) and rolling-backtest selection.

The recursions follow statsforecast's definitions (SES level starts at the first value; Croston
and SBA smooth non-zero sizes and inter-demand intervals with alpha=0.1; TSB smooths the
occurrence probability every period). They are re-implemented over all SKU rows at once
(SES and the TSB probability as matrix products, Croston as one time loop), because
rolling-origin selection through per-series calls cannot meet the 100k-SKU budget;
tests/planning/test_planning_forecast.py checks them against statsforecast itself.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

import numpy as np

from .classify import ERRATIC, INTERMITTENT, LUMPY, SMOOTH

METHODS = ("ses_0.1", "ses_0.3", "seasonal_naive_7", "croston", "sba", "tsb")
CANDIDATES = {  # method indices tried per demand class
    SMOOTH: (0, 1, 2), ERRATIC: (0, 1, 2), INTERMITTENT: (3, 4, 5), LUMPY: (3, 4, 5),
}
_CHUNK = 8192  # rows per block: vectors stay in cache through the time loop


@lru_cache(maxsize=64)
def _ses_weights(t_len: int, stops: tuple[int, ...], alpha: float) -> np.ndarray:
    """(T x len(stops)) weights: y[:, :stop] @ w = SES level (started at y0) after stop-1 updates."""
    w = np.zeros((t_len, len(stops)))
    for j, stop in enumerate(stops):
        k = np.arange(stop)
        w[:stop, j] = alpha * (1 - alpha) ** (stop - 1 - k)
        w[0, j] = (1 - alpha) ** (stop - 1)
    return w


def _ses_at(y: np.ndarray, stops: tuple[int, ...], alphas: tuple[float, ...]) -> list[np.ndarray]:
    """SES levels at each stop for every row and alpha: one matrix product (a linear filter)."""
    w = np.hstack([_ses_weights(y.shape[1], stops, a) for a in alphas])
    out = y @ w.astype(y.dtype, copy=False)
    k = len(stops)
    return [out[:, i * k:(i + 1) * k] for i in range(len(alphas))]


def _transpose(y: np.ndarray, block: int = 256) -> np.ndarray:
    """Contiguous (T, n) float copy of y, in row blocks (6x faster than one cache-hostile pass)."""
    out = np.empty((y.shape[1], y.shape[0]), dtype=np.result_type(y.dtype, np.float32))
    for i in range(0, y.shape[0], block):
        out[:, i:i + block] = y[i:i + block].T
    return out


def _croston_loop(y: np.ndarray, stops: tuple[int, ...]) -> tuple[np.ndarray, ...]:
    """Croston size and interval levels and TSB probability at each stop: one time loop over rows.

    The loop runs zero-started smoothers (same gain at every demand); a smoother started at
    its first value x1 equals the zero-started one plus 0.9^m * x1 after m updates, so the
    start is added back at the stops instead of being branched on every day.
    """
    n, t_len = y.shape
    cols = _transpose(y)  # (T, n): a contiguous day vector per step
    nz = cols > 0
    dt = cols.dtype  # float32 input keeps float32 state: half the memory traffic per step
    slot = {st: j for j, st in enumerate(stops)}
    zs, ps, tps, cnts = (np.zeros((n, len(stops))) for _ in range(4))
    cz, cp, tp, gap, cnt, a, tmp = (np.zeros(n, dtype=dt) for _ in range(7))
    for t in range(t_len):
        m = nz[t]
        gap += 1.0
        np.multiply(m, 0.1, out=a)
        np.subtract(cols[t], cz, out=tmp); tmp *= a; cz += tmp
        np.subtract(gap, cp, out=tmp); tmp *= a; cp += tmp
        np.subtract(m, tp, out=tmp); tmp *= 0.1; tp += tmp
        cnt += m
        gap *= ~m
        if t + 1 in slot:
            j = slot[t + 1]
            zs[:, j], ps[:, j], tps[:, j], cnts[:, j] = cz, cp, tp, cnt
    first = np.argmax(nz, axis=0)
    x1 = cols[first, np.arange(n)][:, None]
    decay = np.where(cnts > 0, 0.9 ** cnts, 0.0)
    tps += 0.9 ** np.asarray(stops, dtype=float)[None] * nz[0][:, None]
    return zs + decay * x1, ps + decay * (first[:, None] + 1.0), tps


def _croston_direct(y: np.ndarray, stops: tuple[int, ...]) -> tuple[np.ndarray, ...]:
    """Same levels as _croston_loop without a time loop (few rows: incremental replans)."""
    n = y.shape[0]
    zs, ps = np.zeros((n, len(stops))), np.zeros((n, len(stops)))
    for i in range(n):
        idx = np.flatnonzero(y[i] > 0)
        if idx.size == 0:
            continue
        sizes = y[i, idx].astype(float)
        gaps = np.diff(idx + 1, prepend=0).astype(float)
        m = np.searchsorted(idx, np.asarray(stops))  # non-zeros seen before each stop
        r = np.arange(idx.size)
        w = np.where(r[None] < m[:, None], 0.1 * 0.9 ** np.maximum(m[:, None] - 1 - r[None], 0), 0.0)
        w[:, 0] = np.where(m > 0, 0.9 ** np.maximum(m - 1, 0), 0.0)
        zs[i], ps[i] = w @ sizes, w @ gaps
    tp = (y > 0).astype(float) @ _ses_weights(y.shape[1], stops, 0.1)
    return zs, ps, tp


def _trajectories(y: np.ndarray, origins: np.ndarray, need_croston: np.ndarray | None = None) -> np.ndarray:
    """Rate forecasts of every method made just before each origin column, shape (methods, n, len(origins)+1).

    need_croston masks the rows whose class can pick a Croston-family method (others get 0).
    """
    n, t_len = y.shape
    stops = tuple(int(o) for o in origins) + (t_len,)
    out = np.zeros((len(METHODS), n, len(stops)))
    out[0], out[1] = _ses_at(y, stops, (0.1, 0.3))
    out[2] = np.stack([y[:, max(st - 7, 0):st].sum(axis=1) / min(st, 7) for st in stops], axis=1)
    rows = np.arange(n) if need_croston is None else np.flatnonzero(need_croston)
    if rows.size:
        sub = y if rows.size == n else y[rows]
        cz, cp, tp = (_croston_direct if rows.size <= 16 else _croston_loop)(sub, stops)
        out[3, rows] = np.where(cp > 0, cz / np.maximum(cp, 1e-12), cz)
        out[4, rows] = out[3, rows] * (1 - 0.1 / 2)
        # TSB: occurrence probability is SES of the 0/1 indicator; its size level is Croston's
        out[5, rows] = tp * cz
    return out


def fit_select(y: np.ndarray, classes: np.ndarray, horizon: int = 14, n_origins: int = 4,
               workers: int = 2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rate per day, chosen method index and backtest RMSE of the horizon mean, per row."""
    y = np.asarray(y)  # float32 stays float32: half the memory traffic
    if y.shape[0] > _CHUNK and workers > 1:
        blocks = [slice(i, i + _CHUNK) for i in range(0, y.shape[0], _CHUNK)]
        with ThreadPoolExecutor(workers) as pool:
            parts = list(pool.map(lambda s: fit_select(y[s], classes[s], horizon, n_origins, 1), blocks))
        return tuple(np.concatenate(p) for p in zip(*parts))
    t_len = y.shape[1]
    origins = np.arange(t_len - horizon * n_origins, t_len - horizon + 1, horizon)
    origins = origins[origins > 0]
    traj = _trajectories(y, origins, classes >= INTERMITTENT)
    return _select(y, classes, traj, origins, horizon)


def _select(y, classes, traj, origins, horizon):
    """Pick per row the candidate of its class with the lowest rolling-origin squared error."""
    n = y.shape[0]
    final = traj[:, :, -1]
    if origins.size == 0:  # too short to backtest: class default
        choice = np.where(classes >= INTERMITTENT, 4, 0)
        return final[choice, np.arange(n)], choice, np.zeros(n)
    actual = np.stack([y[:, o:o + horizon].sum(axis=1) for o in origins], axis=1) / horizon
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
    traj = _trajectories(np.asarray(y), np.array([], dtype=int))
    return {"croston": traj[3, :, -1], "sba": traj[4, :, -1], "tsb": traj[5, :, -1]}
