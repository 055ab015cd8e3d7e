"""Chinese round-12 intent: an earlier price restated, 比价, 有…的吗, additions to a delivery or an order, 提前备齐,
a repeat with a row edited (own sentences)."""
from __future__ import annotations

import pytest

from nlp.intent import classify
from nlp.text import normalize


def _intent(text: str, n_lines: int = 1, has_qty: bool = True) -> str:
    return classify(normalize(text), n_lines, has_qty)


@pytest.mark.parametrize("text,n,want", [
    # the earlier price restated with its figure is no price asked
    ("扎带按上次9块一包的价格，再来30包", 1, "order"),
    ("螺母再要五盒，价格还按上次的35一盒算", 1, "order"),
    ("螺母还按上次的价格吗？", 1, "quote"),
    # two offers compared
    ("帮忙比价：Q235B和Q345B 12厚各十吨", 2, "quote"),
    ("角钢和槽钢哪个便宜？各五吨", 2, "quote"),
    # a colour asked after, then a count: a stock question
    ("安全帽有蓝色的吗？要二十顶", 1, "stock_query"),
    # more put into a delivery or an order already placed
    ("在周五的送货里加上M12螺母三盒", 1, "change"),
    ("上周订的扎带再加十包", 1, "change"),
    # goods got ready before a shutdown, no date brought forward
    ("下月检修，需提前备齐：6205轴承二十套", 1, "order"),
    ("原定下周的货能提前到周三吗", 0, "change"),
])
def test_intent_round12(text, n, want):
    assert _intent(text, n) == want
