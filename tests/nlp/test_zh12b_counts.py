"""Chinese round-12 second wave, counts: one set anew later in its clause, 也报 sharing the count unless rough (own sentences)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 12, 10)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_a_count_before_the_name_set_anew_later(retail):
    got = retail.extract("前天订的20个红点jumbo bag改成30个", TODAY)
    assert got["intent"] == "change" and _lines(got) == {("85099B", 30)}


def test_also_quote_that_one_shares_the_count(industrial):
    got = industrial.extract("询价：6205-2RS 轴承 40套，6205ZZ 也报一下", TODAY)
    assert got["intent"] == "quote" and _lines(got) == {("BRG-6205-2RS", 40), ("BRG-6205-ZZ", 40)}


def test_a_rough_count_is_not_shared(industrial):
    got = industrial.extract("Q235B 12厚的报个价，大概5吨，镀锌管DN50也报一下", TODAY)
    assert ("PIPE-GI-DN50", None) in _lines(got)


def test_a_day_moved_is_no_new_count(industrial):
    got = industrial.extract("M10螺母5盒，送货改到15号", TODAY)
    assert ("NUT-M10-ZN", 250) in _lines(got)


def test_also_scrapped_is_no_price_asked():
    from nlp.clause_cues import TOO
    assert TOO.search("6305ZZ 也报一下") and not TOO.search("那批轴承也报废了")


def test_a_count_before_a_size_swap_stands(industrial):
    got = industrial.extract("焊条J422 3.2五箱改成4.0的", TODAY)
    assert got["intent"] == "change" and _lines(got) == {("WR-E6013-4.0", 100)}


def test_a_count_before_a_new_count_is_old(industrial):
    got = industrial.extract("上次订的6205轴承120套改成150套", TODAY)
    assert _lines(got) == {("BRG-6205", 150)}


def test_last_times_count_in_words_set_anew(industrial):
    got = industrial.extract("上回订的6205轴承两百套改成三百套", TODAY)
    assert got["intent"] == "change" and _lines(got) == {("BRG-6205", 300)}


def test_last_times_count_then_this_times(industrial):
    got = industrial.extract("上次订的6205轴承80套，这次要120套", TODAY)
    assert got["intent"] == "order" and _lines(got) == {("BRG-6205", 120)}
