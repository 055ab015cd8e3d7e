"""Scratch-score arithmetic over the matcher's posting lists (sorted row arrays of the inverted index)."""
from __future__ import annotations

import numpy as np


def add_common(scores: np.ndarray, mask: np.ndarray, rows: np.ndarray, later: list[tuple[np.ndarray, float]]) -> None:
    """Add each common term's weight to the touched `rows` its sorted postings hold (a repeated row once)."""
    # why: a common term's postings run to thousands of rows while the rarer terms touch a few hundred;
    # looking the touched rows up in the sorted postings beats a pass over them. `mask` is all False
    # before and after.
    marked = False
    for common_rows, weight in later:
        if len(rows) * 8 < len(common_rows):
            at = np.searchsorted(common_rows, rows)
            at[at == len(common_rows)] = 0
            scores[rows[common_rows[at] == rows]] += weight
            continue
        if not marked:
            mask[rows] = True
            marked = True
        scores[common_rows[mask[common_rows]]] += weight
    if marked:
        mask[rows] = False


def clear_rows(scores: np.ndarray, rows: np.ndarray) -> None:
    """Zero the touched rows of an all-zero-elsewhere scratch array."""
    if len(rows) * 4 > len(scores):
        scores.fill(0.0)  # the rows already run over much of the catalogue: one sweep beats a scatter
    else:
        scores[rows] = 0.0  # only the touched rows: no pass over the whole catalogue
