"""Chinese round 13, second wave: a photographed handwritten list read by OCR (letters for digits, 拴/毋/合 for
栓/母/盒) is read as the writer meant it."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.spec_forms import ocr_digits

TODAY = dt.date(2027, 3, 10)


@pytest.mark.parametrize("said,meant", [
    ("2l086 x 12", "21086 x 12"),
    ("no.1o2o3", "no.10203"),
    ("m10x4o 镀锌", "m10x40 镀锌"),
    ("84i29g", "84129g"),
])
def test_letters_between_digits_are_digits(said, meant):
    assert ocr_digits(said) == meant


@pytest.mark.parametrize("text", ["m8 bolts 2 boxes", "polo 40", "size xl 10", "go 2 o'clock", "3 lo 4"])
def test_words_keep_their_letters(text):
    assert ocr_digits(text) == text


def test_ocr_slips_in_a_photographed_list(retail):
    got = retail.extract("（拍照识别）\n2l733 烛台 12\n22O86 纸链 6\n", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("21733", 12), ("22086", 6)}


def test_ocr_character_slips(industrial):
    got = industrial.extract("送货单拍照：\n螺拴 M8x3O 镀锌 3盒\n螺毋 M8 镀锌 3合\n", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("BLT-M8X30-ZN", 300), ("NUT-M8-ZN", 300)}
