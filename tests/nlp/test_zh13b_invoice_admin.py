"""Chinese round 13, second wave: an invoice written wrong and asked again (抬头写错, 重开一张专票) is other; the paper
counts no goods."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2027, 3, 10)


@pytest.mark.parametrize("text", [
    "6205轴承上周收到了。发票上的税号打错了一位，麻烦重新开一张增值税专票寄过来",
    "货都到了，谢谢。开票信息写错了，请补开一张普票",
    "上次那批角钢的发票抬头开错了，重开一张发票吧",
])
def test_invoice_reissued_is_other(industrial, text):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "other" and got["lines"] == []


def test_goods_beside_an_invoice_word_still_ordered(industrial):
    got = industrial.extract("6205轴承三十套，开增值税专票，明天送", TODAY)
    assert got["intent"] == "order"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("BRG-6205", 30)]
