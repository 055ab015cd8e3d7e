"""The days-of-cover heatmap as a PNG, drawn with matplotlib's Agg canvas (no display, thread-safe)."""
from __future__ import annotations

import io

import numpy as np
from matplotlib import colormaps
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


def heatmap_png(data: dict, title: str = "Days of cover") -> bytes:
    """Product groups (rows) by days-of-cover buckets (columns), cells = number of SKUs."""
    counts = np.asarray(data["counts"], dtype=float)
    cats, buckets = data["categories"], data["buckets"]
    # Share of each group's SKUs per bucket, so a small group's trouble is as visible as a big one's.
    share = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1)
    fig = Figure(figsize=(6.4, 0.45 * len(cats) + 1.6), dpi=110)
    FigureCanvasAgg(fig)  # Figure objects outside pyplot need a canvas attached before saving
    ax = fig.add_subplot()
    # Each column keeps its own hue (red = no cover … green = plenty); how solid it is shows the share.
    hues = colormaps["RdYlGn"](np.linspace(0.05, 0.95, len(buckets)))
    rgba = np.broadcast_to(hues, (len(cats), len(buckets), 4)).copy()
    rgba[..., 3] = np.where(counts > 0, 0.2 + 0.8 * share, 0.0)
    ax.imshow(rgba, aspect="auto")
    ax.set_xticks(range(len(buckets)), labels=[f"{b} d" for b in buckets])
    ax.set_yticks(range(len(cats)), labels=cats)
    for (i, j), n in np.ndenumerate(counts):
        if n:
            ax.text(j, i, f"{n:g}", ha="center", va="center", fontsize=8)
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("days of cover (free stock ÷ average daily demand)", fontsize=8)
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()
