"""The /heatmap picture draws Chinese titles and product groups with real glyphs, not empty boxes."""
from __future__ import annotations

import os
import warnings

import pytest

from bot.heatmap import font_family, heatmap_png


def test_chinese_labels_have_glyphs():
    if len(font_family()) == 1:
        if os.environ.get("CI") == "true":
            pytest.fail("no CJK font installed: .ci/run installs fonts-wqy-microhei")
        pytest.skip("no CJK font on this machine (apt-get install fonts-wqy-microhei)")
    data = {"counts": [[1, 2], [0, 3]], "categories": ["钢板（热轧）", "Bearings 轴承"], "buckets": ["0-7", "7-30"]}
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        png = heatmap_png(data, "库存覆盖天数")
    assert png.startswith(b"\x89PNG")
    assert not [w for w in seen if "missing from font" in str(w.message)]
