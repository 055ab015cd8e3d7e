"""Chinese counts: a pack size said once for the whole message, counts said before the goods in dictation,
Chinese names of retail goods (invented sentences)."""
from __future__ import annotations

import datetime as dt

from nlp.spoken import dictated

TODAY = dt.date(2026, 11, 25)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_pack_size_said_once_holds_for_later_counts_of_that_pack(retail):
    """"一件=12个" said beside the first goods converts the "一件" of the second too."""
    r = retail.extract("regency cakestand 3 tier 来两件（一件=12个），sweetheart cakestand 3 tier 也来一件", TODAY)
    assert pairs(r) == {("22423", 24), ("22776", 12)}


def test_pack_size_said_after_a_remark_converts_the_count(retail):
    """"我记得一件是6个" after the count, with words between, still says what a case holds."""
    r = retail.extract("lunch bag woodland 拿三件，我记得一件是6个", TODAY)
    assert pairs(r) == {("20726", 18)}


def test_two_pack_sizes_for_one_pack_convert_nothing_by_guess(retail):
    """Two different sizes of 件 in one message: a count far from both is not converted by either."""
    r = retail.extract("lunch bag woodland 一件是6个，jumbo bag red retrospot 一件是10个，regency cakestand 3 tier 要两件", TODAY)
    assert ("22423", 20) not in pairs(r) and ("22423", 12) not in pairs(r)


def test_dictated_count_before_goods_heads_them():
    """Unpunctuated "来四盒A和六盒B": the counts open their items; "A四盒B六盒" still ends items after counts."""
    assert dictated("来四盒m8螺母和六盒m10螺母") == "来四盒m8螺母和六盒m10螺母"
    assert dictated("m8螺母四盒m10螺母六盒") == "m8螺母四盒,m10螺母六盒"
    assert dictated("来四盒m8螺母六盒m10螺母") == "来四盒m8螺母,六盒m10螺母"  # the next count opens the next item
    assert dictated("来四盒m8螺母六盒m10螺母两盒m12螺母") == "来四盒m8螺母,六盒m10螺母,两盒m12螺母"
    assert dictated("regency teacup 半打 regency cakestand 一打") == "regency teacup 半打, regency cakestand 一打"


def test_dictated_counts_before_goods_joined_by_and(industrial):
    """"帮忙送四盒M8螺母和六盒M10螺母" with no punctuation is two lines."""
    r = industrial.extract("帮忙送四盒M8螺母和六盒M10螺母", TODAY)
    assert pairs(r) == {("NUT-M8-ZN", 400), ("NUT-M10-ZN", 300)}


def test_biscuit_tin_in_chinese(retail):
    """"饼干罐" is a biscuit tin."""
    r = retail.extract("kings choice 饼干罐 来一打", TODAY)
    assert pairs(r) == {("22357", 12)}


def test_demonstrative_before_a_count_names_nothing(industrial):
    """"焊丝那六盘就不要了", "焊丝这两盘": 那 / 这 point at the count, the goods are the welding wire."""
    for text in ("焊丝那六盘就不要了", "焊丝这两盘不要了"):
        assert [ln["sku"] for ln in industrial.extract(text, TODAY)["lines"]] == ["WW-ER70S6-1.2"]


def test_two_sized_items_joined_by_and_are_two_lines(industrial):
    """"切割片355的和100磨光片": each side names its own goods and size, so 和 parts two items."""
    r = industrial.extract("切割片355的和100磨光片现在有货吗", TODAY)
    assert [ln["sku"] for ln in r["lines"]] == ["CD-355X3", "GD-100X6"]


def test_cancel_naming_the_family_grade_takes_its_default_variant(industrial):
    """"J421焊条那批不要了": J421 is every variant's grade, no size; a size said ("1.2焊丝") still picks."""
    assert [ln["sku"] for ln in industrial.extract("J421焊条那批不要了", TODAY)["lines"]] == ["WR-E6013-3.2"]
    assert [ln["sku"] for ln in industrial.extract("1.0焊丝不要了", TODAY)["lines"]] == ["WW-ER70S6-1.0"]


def test_goods_already_received_are_no_line(industrial):
    """"白色安全帽已经到货了" beside a cancel says what arrived; only the cancelled masks are a line."""
    r = industrial.extract("口罩KN95十盒取消，白色安全帽已经到货了", TODAY)
    assert [ln["sku"] for ln in r["lines"]] == ["MSK-KN95"]


def test_follow_on_question_naming_a_glossary_colour_borrows_the_family(retail):
    """"那粉色的呢？" after asking about the red jumbo bag asks about the pink one (粉色 is a colour, no family)."""
    r = retail.extract("jumbo bag red retrospot 现在有货吗？那粉色的呢？", TODAY)
    assert [ln["sku"] for ln in r["lines"]] == ["85099B", "22386"]


def test_swap_of_an_earlier_order_keeps_its_count(industrial):
    """"上次订的白色安全帽三十顶，换成黄色的": the count cited from the old order goes to the new colour."""
    r = industrial.extract("上次订的白色安全帽三十顶，换成黄色的", TODAY)
    assert pairs(r) == {("HLM-ABS-YL", 30)}


def test_count_naming_a_kind_is_no_order_count(industrial):
    """"一百只的那种" says which kind (the box of a hundred); the order counts five boxes, no line of 100."""
    r = industrial.extract("丁腈手套黑色M码要一百只的那种，五盒", TODAY)
    assert pairs(r) == {("GLV-NIT-BK-M", 5)}


def test_pack_size_written_per_pack_and_a_price_per_pack(retail):
    """"（12个/件）" sizes every 件 of the message; "一件15块" is a price, no size."""
    r = retail.extract("regency cakestand 3 tier 一件（12个/件），sweetheart cakestand 3 tier 两件", TODAY)
    assert pairs(r) == {("22423", 12), ("22776", 24)}
    assert pairs(retail.extract("一件15块，regency cakestand 3 tier 要2件", TODAY)) == {("22423", 2)}


def test_cases_counted_then_case_size_run_on(retail):
    """"两件一件12个" unpunctuated: two cases, each of twelve (not "per case" read off the count)."""
    assert pairs(retail.extract("regency cakestand 3 tier 两件一件12个", TODAY)) == {("22423", 24)}


def test_dictated_counts_in_pian_end_their_items(industrial):
    """片 counts discs: "磨光片100的三十片 切割片105的二十片" run on is two items."""
    r = industrial.extract("磨光片100的三十片 切割片105的二十片", TODAY)
    assert pairs(r) == {("GD-100X6", 30), ("CD-105X1.2", 20)}


def test_case_size_clause_names_no_goods(retail):
    """"一件10个" between two lines sizes the cases; its 10 is no word of the next item's name."""
    r = retail.extract("jumbo bag 粉色波点 三件，一件10个，红色波点的两件", TODAY)
    assert pairs(r) == {("22386", 30), ("85099B", 20)}


def test_each_over_styles_said_in_chinese_then_english(retail):
    """"lunch bag 红色波点、spaceboy 各" mixes a Chinese style and an English one: one line each."""
    r = retail.extract("lunch bag 红色波点、spaceboy 各十二个", TODAY)
    assert pairs(r) == {("20725", 12), ("22382", 12)}


def test_pack_size_statement_with_dou_is_no_line(retail):
    """"一件都是12个" closing the message says what each case holds for both lines; it orders nothing itself."""
    r = retail.extract("regency cakestand 3 tier 要两件，sweetheart cakestand 3 tier 要一件，一件都是12个", TODAY)
    assert pairs(r) == {("22423", 24), ("22776", 12)}
