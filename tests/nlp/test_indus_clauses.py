"""Industrial clauses: what stays, what is taken off, what a use or a slip of the keyboard says."""
from __future__ import annotations

import datetime as dt

from nlp.text import normalize

TODAY = dt.date(2026, 11, 25)


def lines(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_a_clause_keeping_an_item_names_no_cancelled_line(industrial):
    r = industrial.extract("Please cancel the DN100 gate valves (6 off) from PO 5521. The DN50 ball valves are still required.", TODAY)
    assert r["intent"] == "cancel" and lines(r) == {("VLV-GATE-DN100", 6)}


def test_a_family_taken_off_after_a_changed_line_is_zero(industrial):
    r = industrial.extract("之前那单的液压油改成两桶，切割片不要了", TODAY)
    assert r["intent"] == "change"
    assert lines(r) == {("OIL-HM46", 36), ("CD-105X1.2", 0)}


def test_a_half_measure_ends_its_item_like_a_measure_word(industrial):
    r = industrial.extract("角钢63*6 要一吨半 方管40*40*2 三百公斤", TODAY)
    assert lines(r) == {("ANG-63X6", 1.5), ("SQT-40X40X2", 0.3)}


def test_pinyin_slips_of_trade_words():
    assert normalize("丁青手套") == "丁腈手套" and normalize("渡锌螺母") == "镀锌螺母"


def test_what_a_paint_is_for_names_its_kind(industrial):
    assert lines(industrial.extract("2 pails of grey paint for the machinery", TODAY)) == {("PNT-ALK-GY", 30)}
    assert lines(industrial.extract("绿色的漆三组，仓库地面用", TODAY)) == {("PNT-EPX-GN", 60)}


def test_a_describing_clause_may_move_the_reading(industrial):
    r = industrial.extract("灰色的漆要两桶，是刷机器的", TODAY)
    assert lines(r) == {("PNT-ALK-GY", 30)}


def test_cores_and_section_in_words_are_the_cable_size(industrial):
    assert normalize("电缆 YJV 4芯25平方") == "电缆 yjv 4x25"
    r = industrial.extract("麻烦发YJV电缆 4芯25平方 150米", TODAY)
    assert lines(r) == {("CAB-YJV-4X25", 150)}


def test_counts_said_before_their_goods_run_on_are_cut():
    """ "改成三卷红的两卷蓝的": each count before its goods ("N卷红的") ends an item when another counted one follows."""
    from nlp.pipeline import find_chunks
    from nlp.text import normalize
    text = normalize("BV2.5改成三卷红的两卷蓝的")
    assert [text[s:e] for s, e, _ in find_chunks(text, [])] == ["bv2.5改成三卷红的", "两卷蓝的"]
