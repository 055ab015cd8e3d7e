"""Chinese round 13: papers and closure notices are other, 照常/照发 keeps a line out, quote said in English inside
Chinese asks a price, goods added to a placed order by a long English name (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize("text", [
    "能不能寄一本最新的画册给我们？",
    "有电子版的产品目录吗，发我邮箱就行",
    "麻烦把价目表发一份过来",
])
def test_catalogue_asked_is_other(retail, text):
    got = retail.extract(text, TODAY)
    assert got["intent"] == "other" and got["lines"] == []


@pytest.mark.parametrize("text", [
    "王经理，这周五我们仓库盘点，那天别送货哈",
    "下礼拜一厂里检修停电，送货记得避开",
    "月底放假三天，没人收货，不要发",
])
def test_days_without_delivery_are_other(industrial, text):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "other" and got["due_date"] is None


def test_order_beside_a_closed_day_still_read(industrial):
    got = industrial.extract("周五放假没人收货，6205轴承20套周四前送到", TODAY)
    assert got["intent"] == "order" and {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("BRG-6205", 20)}


@pytest.mark.parametrize("text,cancelled", [
    ("前天订的6205轴承不要了，焊条照常送", "BRG-6205"),
    ("上周订的液压油取消，角钢照发", "OIL-HM46"),
])
def test_kept_as_planned_gives_no_line(industrial, text, cancelled):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "cancel" and [ln["sku"] for ln in got["lines"]] == [cancelled]


@pytest.mark.parametrize("text", [
    "你好，请quote一下 6205轴承 300套",
    "帮忙quote下：Q235B 10mm plate 5 tons",
    "给个quote，J422 3.2 二十箱",
])
def test_quote_in_english_inside_chinese(industrial, text):
    assert industrial.extract(text, TODAY)["intent"] == "quote"


@pytest.mark.parametrize("text", [
    "再加6个 REGENCY CAKESTAND 3 TIER 到昨天那个订单里",
    "加两打 JUMBO BAG RED RETROSPOT 到上周那单",
])
def test_added_to_a_placed_order_by_english_name(retail, text):
    assert retail.extract(text, TODAY)["intent"] == "change"


@pytest.mark.parametrize("text,want", [
    ("取消红色波点午餐袋，粉色波点那款也不要了", {"20725", "22384"}),
    ("红色波点午餐袋不要了，粉色波点那种也取消吧", {"20725", "22384"}),
])
def test_pointed_style_dropped_too(retail, text, want):
    got = retail.extract(text, TODAY)
    assert got["intent"] == "cancel" and {ln["sku"] for ln in got["lines"]} == want


@pytest.mark.parametrize("text,want", [
    ("英国旗热水袋拿一百个，苏格兰狗的也一样", {("22125", 100), ("22111", 100)}),
    ("红色波点午餐袋要二十个，粉色的也一样多", {("20725", 20), ("22384", 20)}),
    ("红色波点午餐袋要二十个，粉色那款也一样", {("20725", 20), ("22384", 20)}),
])
def test_style_with_the_same_count(retail, text, want):
    assert {(ln["sku"], ln["quantity"]) for ln in retail.extract(text, TODAY)["lines"]} == want


@pytest.mark.parametrize("text,want", [
    ("行，按你们报价的数量订，周五前送到\n\n> 报价单：\n> 1. 6205轴承 100套\n> 2. 6206轴承 50套",
     {("BRG-6205", 100), ("BRG-6206", 50)}),
    ("好的，就照报价单上的数量下单。\n\n> 报价单 BJ-0601\n> 1. J422焊条3.2 十箱\n> 2. 6205轴承 40套",
     {("WR-E6013-3.2", 200), ("BRG-6205", 40)}),
])
def test_quoted_offer_ordered_at_its_counts(industrial, text, want):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "order" and {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == want
