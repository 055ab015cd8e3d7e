"""Chinese round 13: place and purpose words before an item, stationery and spot words of the gift trade (own
sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.glossary import english
from nlp.mentions import mention_text

TODAY = dt.date(2026, 11, 30)


def _lines(ex, text):
    """The (sku, quantity) pairs read from a message."""
    return {(ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"]}


@pytest.mark.parametrize("text,left", [
    ("咖啡馆用的杯子", "杯子"),
    ("我们咖啡店用的马克杯", "马克杯"),
    ("给茶餐厅的蛋糕架", "蛋糕架"),
    ("送到店里的储物罐", "储物罐"),
    ("厨房里用的杯垫", "杯垫"),
])
def test_place_of_use_names_no_item(text, left):
    assert mention_text(text) == left


@pytest.mark.parametrize("text", ["咖啡馆马克杯", "咖啡馆款的杯子"])
def test_place_said_as_the_style_stays(text):
    assert "咖啡馆" in mention_text(text)


@pytest.mark.parametrize("text", [
    "你好，咖啡馆用的杯子来两打",
    "老板好 我们咖啡店用的杯子要二十四只",
    "给新开的咖啡馆用的杯子，24个",
])
def test_cafe_use_is_no_cafe_mug(retail, text):
    assert "22190" not in {s for s, _ in _lines(retail, text)}


def test_cafe_mug_by_name_still_read(retail):
    assert _lines(retail, "咖啡馆马克杯要12个") == {("22190", 12)}


@pytest.mark.parametrize("text,want", [
    ("长颈鹿木尺", "giraffe wooden ruler"),
    ("长颈鹿尺子", "giraffe ruler"),
    ("睡觉的猫咪橡皮擦", "sleeping cat eraser"),
    ("红点马克杯", "red retrospot mug"),  # (红点 is the style 红点点 / 红色波点 are)
    ("骷髅彩铅筒", "skull pencils tube"),
])
def test_stationery_and_spot_words(want, text):
    assert english(text) == want


@pytest.mark.parametrize("text,want", [
    ("学校文具店补货：长颈鹿木头尺子四十把", {("22991", 40)}),
    ("睡着的猫咪橡皮擦来八十个", {("16237", 80)}),
    ("红点的马克杯要一打半", {("21844", 18)}),
    ("骷髅图案的彩铅筒（36支那种）拿十个", {("20978", 10)}),
])
def test_gift_items_said_in_chinese(retail, text, want):
    assert _lines(retail, text) == want


@pytest.mark.parametrize("text,want", [
    ("红点纸盘拿六套", {("21094", 6)}),
    ("红点的蛋糕架两个", {("21843", 2)}),
])
def test_red_spots_keep_their_family(retail, text, want):
    assert _lines(retail, text) == want


@pytest.mark.parametrize("text,want", [
    ("粉色猫头鹰玩偶要12个", {("22175", 12)}),
    ("猫头鹰公仔蓝色和粉色的有现货吗", {("22176", None), ("22175", None)}),
])
def test_soft_toy_said_as_gongzai(retail, text, want):
    assert _lines(retail, text) == want


@pytest.mark.parametrize("text,want", [
    ("BLUE OWL SOFT TOY 蓝色和粉色的还有库存吗？", {("22176", None), ("22175", None)}),
    ("LUNCH BAG RED RETROSPOT 红色和粉色的还有吗", {("20725", None), ("22384", None)}),
])
def test_english_name_with_chinese_colours(retail, text, want):
    assert _lines(retail, text) == want


@pytest.mark.parametrize("text,want", [
    ("白色蕾丝双层蛋糕架要十个", {("22215", 10)}),
    ("2 tier white lace cake stand - 6 please", {("22215", 6)}),
    ("粉色的爱情鸟两层蛋糕架 4个", {("22221", 4)}),
])
def test_number_words_of_a_name_said_in_digits(retail, text, want):
    assert _lines(retail, text) == want
