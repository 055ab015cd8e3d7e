"""Chinese speech and chat forms met in dev11: particles closing a change, 日-form day words, 千 sizes after a
code's letters, a price asked right after a count, a reply deadline, spaced seal suffixes (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.text import normalize

TODAY = dt.date(2026, 3, 20)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


@pytest.mark.parametrize("text, want", [
    ("M10螺母三盒改成五盒吧下午送过来", ("NUT-M10-ZN", 250)),
    ("白漆两桶改成三桶哈明天一起送", ("PNT-ALK-WH", 45)),
])
def test_particle_closes_a_spoken_change(industrial, text, want):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "change" and _lines(got) == {want}


@pytest.mark.parametrize("text, days", [
    ("M10不锈钢螺母一盒，明日要", 1),
    ("M10不锈钢螺母一盒，今日要", 0),
    ("M10不锈钢螺母一盒，后日送", 2),
    ("唔该M10不锈钢螺母送一盒，聽日要", 1),  # Cantonese "tomorrow", traditional script
])
def test_day_words_in_ri_form(industrial, text, days):
    assert industrial.extract(text, TODAY)["due_date"] == (TODAY + dt.timedelta(days=days)).isoformat()


@pytest.mark.parametrize("said, code", [("B一千六", "b1600"), ("A一千二百五", "a1250"), ("B两千", "b2000"),
                                        ("B一千零五十", "b1050"), ("B一千零五", "b1005")])
def test_thousands_after_letters_are_a_size(said, code):
    assert normalize(said) == code


def test_thousands_as_a_count_stay_words():
    assert normalize("XL一千个") == "xl一千个"


@pytest.mark.parametrize("text, want", [
    ("三角带A一千的来三根", ("VB-A-1000", 3)),
    ("B两千的三角带要五根", ("VB-B-2000", 5)),
])
def test_belt_length_in_thousands(industrial, text, want):
    assert _lines(industrial.extract(text, TODAY)) == {want}


@pytest.mark.parametrize("text", ["闸阀DN80要五个多少钱", "M12螺母要三盒多少钱啊"])
def test_price_right_after_a_count_is_a_quote(industrial, text):
    assert industrial.extract(text, TODAY)["intent"] == "quote"


@pytest.mark.parametrize("text", ["6205-2RS 要500套，请报价，后天得答复老板",
                                  "Please quote 20 x DN100 gate valves. Responses due by 25/03/2026."])
def test_reply_deadline_is_no_due_date(industrial, text):
    assert industrial.extract(text, TODAY)["due_date"] is None


def test_spaced_seal_suffix_in_chinese_clause(industrial):
    assert _lines(industrial.extract("6305 ZZ 80套", TODAY)) == {("BRG-6305-ZZ", 80)}
    assert _lines(industrial.extract("订单里6204 2RS 从 40 改成 50 sets", TODAY)) == {("BRG-6204-2RS", 50)}
