"""The days-of-cover heatmap as a PNG, drawn with matplotlib's Agg canvas (no display, thread-safe)."""
from __future__ import annotations

import io
import re
from functools import cache

import numpy as np
from matplotlib import colormaps, font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


# Latin glyphs from DejaVu, Chinese ones from the first CJK font installed (matplotlib falls back per glyph):
# without one, a Chinese title or product group is drawn as empty boxes.
CJK_FONTS = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
             "SimHei", "Microsoft YaHei", "PingFang SC")


CJK_FILES = re.compile(r"wqy|NotoSans.*CJK|SourceHanSans|simhei|msyh|PingFang", re.I)


@cache
def font_family() -> tuple[str, ...]:
    """DejaVu Sans, then the CJK fonts this machine has."""
    manager = font_manager.fontManager
    if not any(f.name in CJK_FONTS for f in manager.ttflist):
        # matplotlib's font cache predates a font installed since (the CI installs one before the tests)
        for path in font_manager.findSystemFonts():
            if CJK_FILES.search(path):
                manager.addfont(path)
    have = {f.name for f in manager.ttflist}
    return ("DejaVu Sans", *(f for f in CJK_FONTS if f in have))


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
    family = list(font_family())
    ax.set_xticks(range(len(buckets)), labels=[f"{b} d" for b in buckets], fontfamily=family)
    ax.set_yticks(range(len(cats)), labels=cats, fontfamily=family)
    for (i, j), n in np.ndenumerate(counts):
        if n:
            ax.text(j, i, f"{n:g}", ha="center", va="center", fontsize=8)
    ax.set_title(title, fontsize=10, fontfamily=family)
    ax.set_xlabel("days of cover (free stock ÷ average daily demand)", fontsize=8, fontfamily=family)
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()
