"""Number words, Chinese numerals, normalisation and due dates."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import due_date
from nlp.numbers import parse_en_words, parse_zh
from nlp.text import normalize, terms

WED = dt.date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize("text,value", [("五百", 500), ("两千", 2000), ("两百", 200), ("一千二", 1200),
                                        ("三百五", 350), ("一万", 10000), ("1.5", 1.5), ("一百零五", 105),
                                        ("十二", 12), ("1.5万", 15000)])
def test_chinese_numerals(text, value):
    assert parse_zh(text) == value


def test_english_number_words():
    assert parse_en_words("one hundred and twenty".split()) == 120
    assert parse_en_words(["twenty"]) == 20
    assert parse_en_words(["hello"]) is None


def test_codes_are_written_many_ways():
    assert "m8x30" in terms("M8 × 30 bolt") and "m8x30" in terms("m8*30") and "m8x30" in terms("M8 x 30")
    assert {"62042rs", "6204", "2rs"} <= set(terms("6204-2RS"))
    assert "10mm" in terms("Q235钢板δ=10") and "10mm" in terms("Q235钢板10厚")
    assert "yjv4x25" in normalize("YJV四乘二十五").replace(" ", "")
    # a number with a pack or length word after "x" is a count, not the code's second dimension
    assert "dn65x12" not in normalize("DN65 x 12 lengths") and "m10x40" in normalize("M10 x 40 bolts")


def test_a_count_after_code_x_is_no_dimension():
    # "DN40 x 12 lengths": the number before a pack word counts the coded item
    assert normalize("DN40 x 12 lengths, M6 x 20 bolts") == "dn40 x 12 lengths, m6x20 bolts"
    assert normalize("C3150 x 6") == "c3150 x 6"
    # a decimal after " x " is a size: "125 x 1.6" is one disc, not 125 of something
    assert normalize("flap discs 125 x 1.6 - 5 boxes") == "flap discs 125x1.6 - 5 boxes"
    assert normalize("24 x 22386") == "24 x 22386"
    assert best_count("copper tube DN15 x 8 coils") == (8, "coils")


def best_count(text: str):
    from nlp.quantities import find_quantities

    q = max(find_quantities(normalize(text), []), key=lambda q: q.strength)
    return q.value, q.unit


@pytest.mark.parametrize("text,expected", [
    ("need them by Friday", "2026-11-27"),
    ("next Friday please", "2026-12-04"),
    ("before 10 Dec", "2026-12-10"),
    ("within 2 weeks", "2026-12-09"),
    ("by end of month", "2026-11-30"),
    ("by tomorrow", "2026-11-26"),
    ("月底前要", "2026-11-30"),
    ("下周三前送到", "2026-12-02"),
    ("三天内到货", "2026-11-28"),
    ("12月10日前", "2026-12-10"),
    ("by 10/12", "2026-12-10"),
    ("by the 4th if poss", "2026-12-04"),
    ("deliver by Monday 7 December at the latest", "2026-12-07"),
    ("ASAP please", None),
    ("for next week's shutdown", None),
    ("we bought 100 last time on 3 Nov", None),
    ("请于12月10日前报价", None),
])
def test_due_dates(text, expected):
    got = due_date(text, WED)
    assert (got.isoformat() if got else None) == expected


def test_friday_on_a_friday_is_next_week():
    assert due_date("by Friday", dt.date(2026, 11, 27)) == dt.date(2026, 12, 4)


@pytest.mark.parametrize("text,lang", [
    ("hi, please send 12 x enamel mugs (green) and 6 tea towels by friday 4 dec\nthanks, jo", "en"),
    ("could we get 3 boxes of m8x30 bolts, plus 200 m8 nuts? need them before the 10th", "en"),
    ("螺栓m12*50镀锌的要两千个，不锈钢的一千个，下周三前送到", "zh"),
])
def test_run_reads_as_the_spacy_pipeline(text, lang):
    from nlp.pipeline import get_pipeline, run

    today = dt.date(2026, 11, 25)
    doc = get_pipeline(lang).make_doc(normalize(text))
    doc._.today = today
    for _, proc in get_pipeline(lang).pipeline:
        doc = proc(doc)
    fast = run(normalize(text), lang, today)
    assert fast._.due_hits == doc._.due_hits and fast._.chunks == doc._.chunks and fast._.chunks
