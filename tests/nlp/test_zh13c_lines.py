"""Chinese round 13, third wave lines: a Chinese opening clause before a catalogue name written in English is no
variant word of that name (in a question it had stayed as a count-less sibling line)."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2027, 3, 10)


@pytest.mark.parametrize("text,want", [
    ("早上好，GREEN REGENCY TEACUP AND SAUCER 三十套，报个价", [("22697", 30)]),
    ("老板，WHITE HANGING HEART T-LIGHT HOLDER 12个，什么价？", [("85123A", 12)]),
    ("你好，PINK REGENCY TEACUP AND SAUCER 要12套，多少钱？", [("22698", 12)]),
])
def test_chinese_opening_before_an_english_name(retail, text, want):
    got = retail.extract(text, TODAY)
    assert got["intent"] == "quote"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == want


def test_english_word_joined_by_and_is_still_a_variant(small):
    got = small.extract("red and white hanging heart t-light holders, 6 of each", TODAY)
    assert {ln["sku"] for ln in got["lines"]} == {"85123A", "21733"}


@pytest.mark.parametrize("text,want", [
    ("6205轴承，两个工地各要二十套", [("BRG-6205", 40)]),
    ("黄色安全帽三个项目部每个要30顶，下周送", [("HLM-ABS-YL", 90)]),
    ("6205轴承要二十套", [("BRG-6205", 20)]),  # (no places: the count as said)
])
def test_count_each_place_takes_times_the_places(industrial, text, want):
    got = industrial.extract(text, TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == want


def test_count_per_shop_in_a_stock_question(retail):
    got = retail.extract("JUMBO BAG PINK POLKADOT 现在有货吗？我们两家店各要15个", TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("22386", 30)]


@pytest.mark.parametrize("text,want", [
    ("6205轴承要二十套……等等，我算错了，要二十五套", 25),
    ("6205轴承来30套，等一下，写错了，是40套", 40),
    ("6205轴承要二十套，打错了，要二十二套", 22),
])
def test_count_taken_back_after_a_miscount(industrial, text, want):
    got = industrial.extract(text, TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("BRG-6205", want)]


@pytest.mark.parametrize("text,want", [
    ("双十一那单苹果图案的购物袋50个不要了，其他三个照旧。", [("23199", 50)]),
    ("昨天订的粉色波点购物袋100个取消，另外两个照发。", [("22386", 100)]),
])
def test_how_many_others_stay_counts_no_goods(retail, text, want):
    got = retail.extract(text, TODAY)
    assert got["intent"] == "cancel"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == want


@pytest.mark.parametrize("text", [
    "请报价：SUS304 2mm sheet 3吨，304 M8*30螺栓 10盒",
    "SUS304 2mm sheet 三吨，304 M8*30螺栓 10盒，下周要",
])
def test_comma_after_chinese_before_a_code_number_parts_items(industrial, text):
    got = industrial.extract(text, TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("SH-304-2.0", 3), ("BLT-M8X30-SS", 1000)]
