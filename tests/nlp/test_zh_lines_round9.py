"""Chinese lines, round 9: glued model codes after a line, bare size words with 的, sizes said in numerals."""
from __future__ import annotations

import datetime as dt

from nlp.numbers import sizes_in_digits

TODAY = dt.date(2026, 5, 12)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_glued_cable_code_after_a_line_whose_name_holds_the_count(industrial):
    # the count 300 is also in the tie's name (5×300): the glued "RVV3*1.5" still names a product of its own
    r = industrial.extract("白扎带5*300的拿5包，另外RVV3*1.5 300米", TODAY)
    assert pairs(r) == {("CT-5X300-WH", 5), ("CAB-RVV-3X1.5", 300)}


def test_bare_small_after_the_family_is_its_small_variant(retail):
    r = retail.extract("锌的复古浇水壶（VINTAGE ZINC WATERING CAN）来6个，小的来3个", TODAY)
    assert pairs(r) == {("23463", 6), ("23464", 3)}


def test_size_said_in_numerals_before_de_and_a_count():
    assert sizes_in_digits("闸阀八十的三个") == "闸阀80的三个"
    assert sizes_in_digits("角钢七十五的一吨") == "角钢75的一吨"
    assert sizes_in_digits("要三十的") == "要三十的"  # no count after: left as said
    assert sizes_in_digits("第二十的两个") == "第二十的两个"  # an ordinal is no size


def test_valve_size_in_numerals_gives_its_line(industrial):
    r = industrial.extract("另外蝶阀一百五的要三个，闸阀八十的两个", TODAY)
    assert pairs(r) == {("VLV-BFLY-DN150", 3), ("VLV-GATE-DN80", 2)}


def test_shopping_day_and_list_heading_numbers_count_nothing(industrial, retail):
    r = industrial.extract("黄色安全帽20顶，双十二前后仓库盘点，别那几天送", TODAY)
    assert pairs(r) == {("HLM-ABS-YL", 20)}
    r = retail.extract("麻烦报价以下三款：MIRRORED DISCO BALL 48pcs，DISCO BALL ROTATOR BATTERY OPERATED 12pcs", TODAY)
    assert pairs(r) == {("21463", 48), ("21464", 12)}


def test_chinese_styles_joined_after_an_english_family(retail):
    r = retail.extract("ribbon reel 条纹stripes和波点dots的，各来12个", TODAY)
    assert pairs(r) == {("22082", 12), ("22080", 12)}


def test_faulty_goods_already_delivered_are_no_line(industrial):
    r = industrial.extract("请按下面发货：\n1. KN95口罩 5盒\n2. 黄色安全帽 10顶\n另：上周发来的安全帽有2顶帽檐裂了，请一并处理。", TODAY)
    assert pairs(r) == {("MSK-KN95", 250), ("HLM-ABS-YL", 10)}
