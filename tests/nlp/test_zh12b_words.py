"""Chinese round-12 second wave, words: 毫米 as mm before a grade, gift-trade words (午餐包, 纸巾, 茶叶罐, 存钱罐) (own sentences)."""
from __future__ import annotations

import datetime as dt

from nlp.glossary import english
from nlp.text import normalize

TODAY = dt.date(2026, 12, 10)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_millimetres_written_out_are_a_thickness():
    assert "12mm q235b" in normalize("12毫米Q235B钢板")


def test_a_plate_in_millimetres_with_a_half_tonne(industrial):
    got = industrial.extract("车间要12毫米Q235B板子一吨半", TODAY)
    assert _lines(got) == {("PL-Q235B-12", 1.5)}


def test_gift_trade_words():
    assert english("午餐包") == "lunch bag"
    assert english("纸巾") == "tissues" and english("餐巾纸") == "napkins"
    assert english("茶叶罐") == "tea caddy"
    assert english("储蓄罐") == "money box"


def test_a_money_box_of_the_same_design(retail):
    got = retail.extract("来KINGS CHOICE茶叶罐6个，同款存钱罐8个", TODAY)
    assert _lines(got) == {("22358", 6), ("22406", 8)}


def test_single_character_animals():
    assert english("猫和鸟") == "cat bird"
    assert english("猫头鹰") == "owl" and english("鸟笼") == "bird cage"


def test_a_thickness_glued_to_its_count_is_set_apart():
    assert "12mm 5吨" in normalize("Q235B 12厚5吨")


def test_a_thickness_swapped_keeps_the_count(industrial):
    got = industrial.extract("前几天订的Q235B 10厚4吨，改成12厚的，数量不变。", TODAY)
    assert got["intent"] == "change" and _lines(got) == {("PL-Q235B-12", 4)}


def test_a_light_said_alone():
    assert english("那款灯") == "lights" and english("灯串") == "string lights" and english("台灯") == "lamp"
