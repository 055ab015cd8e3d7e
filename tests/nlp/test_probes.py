"""Messages written for these tests (not from the labelled sets): intents and lines end to end."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 11, 25)

ZH = [
    ("order", "王经理，下周一之前帮我们备10盒M12螺母，谢谢", {("NUT-M12-ZN", 250)}),
    ("quote", "请问6308-2RS轴承什么价格？大概要200套", {("BRG-6308-2RS", 200)}),
    ("stock_query", "DN80闸阀现在有现货吗？", {("VLV-GATE-DN80", None)}),
    ("change", "昨天订的RVV 3*2.5改成5卷，其他不变", {("CAB-RVV-3X2.5", 500)}),
    ("change", "把上次订单里的Q235B 8mm钢板从5吨改成8吨", {("PL-Q235B-08", 8)}),
    ("other", "发票已经收到，下周安排付款。", set()),
    ("quote", "E7018焊条3.2的报个价，要500公斤，含税含运", {("WR-E7018-3.2", 500)}),
    ("order", "下个月底前要三吨Q345B 10mm的钢板", {("PL-Q345B-10", 3)}),
]
EN_RETAIL = [
    ("order", "2 boxes of 24 white hanging heart t-light holders please", {("85123A", 48)}),
    ("order", "fifty jumbo bagg red retrospt and thirty lunch bag pink polkadot", {("85099B", 50), ("22384", 30)}),
    ("order", "SKU\tDescription\tQty\n22423\tREGENCY CAKESTAND 3 TIER\t4\n85099B\tJUMBO BAG RED RETROSPOT\t10",
     {("22423", 4), ("85099B", 10)}),
    ("order", "please send 1 gross of pink polkadot lunch bags, price £1.65 agreed", {("22384", 144)}),
    ("cancel", "Please cancel the 6 regency cakestands from order 581001, thanks", {("22423", 6)}),
]
EN_INDUSTRIAL = [
    ("order", "We need 2 pails of white alkyd paint and 5 boxes of M8 x 30 zinc bolts asap",
     {("PNT-ALK-WH", 30), ("BLT-M8X30-ZN", 500)}),
    ("order", "Please send 150 m of YJV 4x25 cable and 20 lengths of DN50 galvanised pipe by end of month.",
     {("CAB-YJV-4X25", 150), ("PIPE-GI-DN50", 120)}),
]


def _check(ex, intent, text, lines):
    """Intent and (sku, quantity) lines of one message."""
    r = ex.extract(text, TODAY)
    assert r["intent"] == intent
    assert {(ln["sku"], ln["quantity"]) for ln in r["lines"]} == lines


@pytest.mark.parametrize("intent,text,lines", ZH)
def test_chinese_probes(industrial, intent, text, lines):
    _check(industrial, intent, text, lines)


@pytest.mark.parametrize("intent,text,lines", EN_INDUSTRIAL)
def test_english_industrial_probes(industrial, intent, text, lines):
    _check(industrial, intent, text, lines)


@pytest.mark.parametrize("intent,text,lines", EN_RETAIL)
def test_english_retail_probes(retail, intent, text, lines):
    _check(retail, intent, text, lines)


def test_forwarded_thread_keeps_the_customer_and_drops_history(retail):
    text = ("FYI see below\n\n---------- Forwarded message ---------\nFrom: Ann Lee <ann@lee-gifts.co.uk>\n"
            "Date: Mon, 23 Nov 2026\nSubject: order\n\nHi Rob,\nplease send 12 regency cakestand 3 tier and "
            "6 jumbo bag pink polkadot by Friday.\nThanks\nAnn\n\nOn Fri, 20 Nov 2026, Rob wrote:\n> We have 100 in stock")
    r = retail.extract(text, TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in r["lines"]} == {("22423", 12), ("22386", 6)}
    assert r["customer"] == "ann@lee-gifts.co.uk" and r["due_date"] == "2026-11-27"
