"""Chinese round-12 second wave, clauses: one pack then the pieces it holds, a clause that only says when (own sentences)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 12, 10)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_one_box_then_its_pieces(retail):
    got = retail.extract("店里的红点jumbo bag拿一箱，60个。", TODAY)
    assert _lines(got) == {("85099B", 60)}


def test_two_boxes_stay_boxes(industrial):
    got = industrial.extract("蓝色丁腈手套L号两盒，M号三盒", TODAY)
    assert _lines(got) == {("GLV-NIT-BU-L", 2), ("GLV-NIT-BU-M", 3)}


def test_a_clause_that_only_says_when_names_nothing(retail):
    got = retail.extract("纸链条（paper chain kit 50's christmas）还有吗？要20个，12月20号前要。", TODAY)
    assert _lines(got) == {("22086", 20)}


def test_a_number_of_the_name_before_the_real_count(retail):
    got = retail.extract("CHRISTMAS LIGHTS 10 REINDEER 要30个，10个vintage baubles的灯要12个", TODAY)
    assert _lines(got) == {("22941", 30), ("22943", 12)}


def test_two_cartons_then_their_pieces_in_all(retail):
    got = retail.extract("红点jumbo bag要两件，共一百个", TODAY)
    assert _lines(got) == {("85099B", 100)}


def test_another_size_in_pieces_is_its_own_line(industrial):
    got = industrial.extract("蓝色丁腈手套L号十盒，M号一千只", TODAY)
    assert _lines(got) == {("GLV-NIT-BU-L", 10), ("GLV-NIT-BU-M", 10)}


def test_one_carton_with_its_pieces_in_brackets(retail):
    assert _lines(retail.extract("红点jumbo bag一件（10个）", TODAY)) == {("85099B", 10)}


def test_cartons_with_their_total_in_brackets(retail):
    assert _lines(retail.extract("红点jumbo bag三箱（共120个）", TODAY)) == {("85099B", 120)}
