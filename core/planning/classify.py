"""Demand classes (Syntetos-Boylan ADI/CV2) and ABC by value, vectorised over SKU rows."""
from __future__ import annotations

import numpy as np

ADI_CUT = 1.32
CV2_CUT = 0.49
SMOOTH, ERRATIC, INTERMITTENT, LUMPY = 0, 1, 2, 3
CLASS_NAMES = ("smooth", "erratic", "intermittent", "lumpy")
ABC_NAMES = ("A", "B", "C")


def adi_cv2(demand: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """ADI (periods per non-zero demand) and CV2 of the non-zero sizes, per row."""
    y = np.atleast_2d(demand)
    count = np.count_nonzero(y > 0, axis=1)
    safe = np.maximum(count, 1)
    adi = np.where(count > 0, y.shape[1] / safe, np.inf)
    mean = y.sum(axis=1) / safe
    sq = np.einsum("ij,ij->i", y, y) / safe  # zeros add nothing to the sum of squares
    var = np.maximum(sq - mean * mean, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        cv2 = np.where(mean > 0, var / (mean * mean), 0.0)
    return adi, cv2


def demand_class(adi: np.ndarray, cv2: np.ndarray) -> np.ndarray:
    """Class code per row: 0 smooth, 1 erratic, 2 intermittent, 3 lumpy (cuts 1.32 and 0.49)."""
    return (np.asarray(adi) >= ADI_CUT).astype(np.int8) * 2 + (np.asarray(cv2) >= CV2_CUT).astype(np.int8)


def classify(demand: np.ndarray) -> np.ndarray:
    """Demand class codes straight from a (sku x day) matrix."""
    return demand_class(*adi_cv2(demand))


def abc_classes(value: np.ndarray, cuts: tuple[float, float] = (0.8, 0.95)) -> np.ndarray:
    """ABC code per SKU (0=A,1=B,2=C): A items make the first 80% of value, B the next 15%."""
    value = np.nan_to_num(np.asarray(value, dtype=float))
    order = np.argsort(-value, kind="stable")
    total = value.sum()
    share = np.cumsum(value[order]) / total if total > 0 else np.ones(value.size)
    # why: the item that crosses a cut still belongs to the higher class
    before = share - value[order] / (total if total > 0 else 1.0)
    codes = np.empty(value.size, dtype=np.int8)
    codes[order] = np.where(before < cuts[0], 0, np.where(before < cuts[1], 1, 2))
    return codes


def service_by_class(abc: np.ndarray, levels: dict[str, float]) -> np.ndarray:
    """Per-SKU service level from an ABC table such as {"A": 0.98, "B": 0.95}; NaN where unlisted."""
    table = np.array([levels.get(name, np.nan) for name in ABC_NAMES])
    return table[np.asarray(abc, dtype=int)]
