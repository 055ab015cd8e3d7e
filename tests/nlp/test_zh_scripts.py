"""Chinese written in Traditional characters, full-width forms or counts in characters reads as the Simplified,
half-width, digit-counted order (invented sentences)."""
from __future__ import annotations

import datetime as dt

from nlp.clean import clean
from nlp.text import normalize
from nlp.traditional import simplified

TODAY = dt.date(2026, 11, 25)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_traditional_order_reads_as_simplified(industrial):
    """鋼板 / 軸承 / 噸 / 週 are the catalogue's 钢板 / 轴承 / 吨 / 周."""
    trad = industrial.extract("張經理您好：Q345鋼板12厚來兩噸，6205-2RS軸承八十套，下週二前送到。", TODAY)
    simp = industrial.extract("张经理您好：Q345钢板12厚来两吨，6205-2RS轴承八十套，下周二前送到。", TODAY)
    assert pairs(trad) == pairs(simp) == {("PL-Q345B-12", 2), ("BRG-6205-2RS", 80)}
    assert trad["intent"] == simp["intent"] == "order" and trad["due_date"] == simp["due_date"] == "2026-12-01"


def test_simplified_and_latin_text_is_left_as_it_is():
    for text in ("镀锌螺栓M10*40 三盒，后天到", "JUMBO BAG RED RETROSPOT x 10", "着急要货"):
        assert simplified(text) == text


def test_traditional_sign_off_is_cut_like_the_simplified_one():
    body = clean("螺帽M8 五盒\n謝謝\n採購部 陳先生").body
    assert "采购" not in body and "螺帽" in body


def test_normalize_folds_traditional_names():
    assert normalize("深溝球軸承 6204") == normalize("深沟球轴承 6204")


def test_full_width_quote_marks_quote(industrial):
    """Lines under a full-width ＞ are the old order quoted, as under ">": the count is the new one above them."""
    text = "这回Ｍ８＊３０镀锌螺栓两盒就行。\n\n＞ 上回的单：\n＞ Ｍ８＊３０镀锌螺栓 七盒"
    assert pairs(industrial.extract(text, TODAY)) == {("BLT-M8X30-ZN", 200)}
    assert clean("货到了\n＞ 上回的单").body.strip() == "货到了"


def test_count_in_characters_orders_like_digits(industrial):
    """要五桶 asks for goods as 要5桶 does: a price "as last time" after either is no price asked."""
    for text in ("醇酸漆红色要五桶，白色的两桶，单价照上回的算。", "醇酸漆红色要5桶，白色的2桶，单价照上回的算。"):
        r = industrial.extract(text, TODAY)
        assert r["intent"] == "order" and pairs(r) == {("PNT-ALK-RD", 75), ("PNT-ALK-WH", 30)}


def test_code_read_out_digit_by_digit():
    """ "六三零八铁封的" spells the bearing code 6308; 五十 (a number with 十) and 两三个 (a guess) stay words."""
    from nlp.text import normalize
    assert normalize("六三零八铁封的") == "6308铁封的"
    assert "五十" in normalize("要五十个") and "两三" in normalize("两三个就行")


def test_steel_grade_said_with_element_names():
    """ "16锰", "40铬" are the grades 16Mn and 40Cr (a digit before the element's name); 锰 alone stays a word."""
    from nlp.text import normalize
    assert normalize("16锰钢板") == "16mn钢板" and normalize("40铬圆钢") == "40cr圆钢"
    assert normalize("高锰钢") == "高锰钢"
