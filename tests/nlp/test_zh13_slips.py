"""Chinese round 13: pack words and trade words typed as their sound-alikes, a decimal said with 个 as a size in
millimetres (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.spec_forms import zh_slips

TODAY = dt.date(2026, 11, 30)


def _lines(ex, text):
    """The (sku, quantity) pairs read from a message."""
    return {(ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"]}


@pytest.mark.parametrize("text,want", [
    ("手套要十五和，", "手套要十五盒，"),
    ("黄油来2统", "黄油来2桶"),
    ("兰色的", "蓝色的"),
    ("口照两百个", "口罩两百个"),
    ("焊条4.0个", "焊条4.0mm"),
])
def test_sound_alike_slips_mended(text, want):
    assert zh_slips(text) == want


@pytest.mark.parametrize("text", [
    "三通，弯头各十个",  # a tee fitting
    "螺栓30和螺母20",  # "and" between two items
    "要三个，",
    "钢板1.5吨",
])
def test_real_words_left_alone(text):
    assert zh_slips(text) == text


@pytest.mark.parametrize("text,want", [
    ("师傅，黑色丁晴手套XL码要十二和，麻烦周五前送", {("GLV-NIT-BK-XL", 12)}),
    ("兰色手套M码八和", {("GLV-NIT-BU-M", 8)}),
    ("口造KN95来三和", {("MSK-KN95", 150)}),
    ("理基脂3号的拿两统", {("GRS-LI-3", 30)}),
    ("液压油46号 三统", {("OIL-HM46", 54)}),
])
def test_slipped_counts_read(industrial, text, want):
    assert _lines(industrial, text) == want


@pytest.mark.parametrize("text,want", [
    ("阿叔，J422焊条2.5个要三箱，3.2个要两箱", {("WR-E6013-2.5", 60), ("WR-E6013-3.2", 40)}),
    ("唔该，J507 4.0个，十箱", {("WR-E7018-4.0", 200)}),
])
def test_decimal_ge_is_a_rod_size(industrial, text, want):
    assert _lines(industrial, text) == want


@pytest.mark.parametrize("text,want", [
    ("M6*20的螺丝要十盒，不锈钢的", {("BLT-M6X20-SS", 2000)}),
    ("M8*30螺栓来五盒，要不锈钢的", {("BLT-M8X30-SS", 500)}),
    ("6205轴承一百套，带胶封的", {("BRG-6205-2RS", 100)}),
])
def test_variant_said_after_the_count_moves_a_sure_reading(industrial, text, want):
    assert _lines(industrial, text) == want


def test_plain_variant_after_the_count_stays(industrial):
    assert _lines(industrial, "M6*20的螺丝要十盒，镀锌的") == {("BLT-M6X20-ZN", 2000)}


@pytest.mark.parametrize("text,want", [
    ("M8*30的螺栓有货吗？来五盒，不锈钢的", {("BLT-M8X30-SS", 500)}),
    ("丁腈手套L码还有吗？要二十盒，黑色的", {("GLV-NIT-BK-L", 20)}),
])
def test_variant_after_a_count_given_to_an_asked_item(industrial, text, want):
    assert _lines(industrial, text) == want


@pytest.mark.parametrize("text,want", [
    ("三件套蛋糕罐", " set of 3 蛋糕罐"),
    ("要6件套的", "要 set of 6 "),
    ("十三件套", "十三件套"),  # (a count of ten before it: left as said)
])
def test_pieces_in_a_set_name_the_set(text, want):
    assert zh_slips(text) == want


@pytest.mark.parametrize("text,want", [
    ("sketchbook那款的三件套蛋糕罐，来八套", {("22721", 8)}),
    ("六件套香草罐 sketchbook 要四套", {("22723", 4)}),
])
def test_set_of_n_counts_the_sets(retail, text, want):
    assert _lines(retail, text) == want
