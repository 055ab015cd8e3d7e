"""Chinese forms: forwarded lists under "转发的消息", a size spec before 到, pack phrasings, seals in words."""
from __future__ import annotations

import datetime as dt

from nlp.clean import clean
from nlp.dates import find_dates

TODAY = dt.date(2026, 11, 25)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_forwarded_message_header_and_list_named_by_its_source(industrial):
    text = ("王总，请按仓库下面的清单发货。\n\n---------- 转发的消息 ----------\n发件人：仓库 小李\n"
            "6206轴承 十二套\nM10平垫 两千个")
    assert "6206" in clean(text).body
    r = industrial.extract(text, TODAY)
    assert r["intent"] == "order" and pairs(r) == {("BRG-6206", 12), ("WSH-M10-ZN", 2000)}


def test_size_spec_before_dao_is_no_date():
    assert not find_dates("再来五卷YJV 4x2.5到工地", TODAY)
    assert [h.date for h in find_dates("12.10前送到", TODAY)] == [dt.date(2026, 12, 10)]


def test_colour_glued_to_a_one_character_noun(industrial):
    r = industrial.extract("白漆来三桶，蓝线两卷", TODAY)
    assert pairs(r) == {("PNT-ALK-WH", 45), ("CAB-BV-2.5-BL", 200)}


def test_shade_colour_is_not_the_plain_colour(industrial):
    assert pairs(industrial.extract("黑漆还有吗？要两桶。", TODAY)) == {("PNT-ALK-BK", 30)}
    assert pairs(industrial.extract("铁红漆来四桶", TODAY)) == {("PNT-PRM-IR", 60)}


def test_counted_packs_with_what_each_holds(industrial):
    assert pairs(industrial.extract("M8镀锌螺母要五箱，每箱10盒", TODAY)) == {("NUT-M8-ZN", 5000)}
    assert pairs(industrial.extract("黑色扎带4*200 五箱（每箱20包）", TODAY)) == {("CT-4X200-BK", 100)}
    assert pairs(industrial.extract("切割片105要三箱，每箱400片", TODAY)) == {("CD-105X1.2", 1200)}
    assert pairs(industrial.extract("棉纱手套 4包 12双/包", TODAY)) == {("GLV-COT-600", 48)}


def test_bearing_seals_in_words(industrial):
    from nlp.seals import seal_codes
    assert seal_codes("6305不带密封") == "6305 open " and seal_codes("密封圈") == "密封圈"
    assert pairs(industrial.extract("206轴承带密封 十套", TODAY)) == {("BRG-6206-2RS", 10)}
    assert pairs(industrial.extract("6305铁盖的 二十套", TODAY)) == {("BRG-6305-ZZ", 20)}
    assert pairs(industrial.extract("6308不带封的 六套", TODAY)) == {("BRG-6308", 6)}
    assert pairs(industrial.extract("6204带橡胶圈的 十套", TODAY)) == {("BRG-6204-2RS", 10)}


def test_swap_keeps_the_stated_packs_in_the_new_items_unit(industrial):
    r = industrial.extract("上次订的M10*40镀锌螺栓取消，换成M10*50的，还是三盒。", TODAY)
    assert r["intent"] == "change" and pairs(r) == {("BLT-M10X50-ZN", 150)}


def test_new_count_is_no_swap_and_the_old_count_is_no_count(retail, industrial):
    r = retail.extract("LUNCH BAG WOODLAND 改成六十个，原来是四十个", TODAY)
    assert r["intent"] == "change" and pairs(r) == {("20726", 60)}
    assert pairs(industrial.extract("6206-2RS改成八十套，本来是五十套", TODAY)) == {("BRG-6206-2RS", 80)}


def test_new_family_takes_the_size_said_before(industrial):
    r = industrial.extract("麻烦发M8的镀锌螺母两盒，平垫也要两盒", TODAY)
    assert {s for s, _ in pairs(r)} == {"NUT-M8-ZN", "WSH-M8-ZN"}
    r = industrial.extract("M10螺母三盒，平垫三盒", TODAY)
    assert {s for s, _ in pairs(r)} == {"NUT-M10-ZN", "WSH-M10-ZN"}


def test_size_clause_keeps_the_colour_said_before(industrial):
    assert pairs(industrial.extract("丁腈手套黑色的，中号，二十盒", TODAY)) == {("GLV-NIT-BK-M", 20)}


def test_old_count_in_words_before_a_change_verb(industrial):
    r = industrial.extract("6206-2RS的数量从六十改到九十", TODAY)
    assert r["intent"] == "change" and pairs(r) == {("BRG-6206-2RS", 90)}


def test_what_one_pack_holds_is_no_count(industrial):
    assert pairs(industrial.extract("KN95口罩两箱，一箱二十盒", TODAY)) == {("MSK-KN95", 2000)}
    assert pairs(industrial.extract("棉纱手套三包，一包十二双", TODAY)) == {("GLV-COT-600", 36)}
    assert pairs(industrial.extract("M8螺母十一箱", TODAY)) == {("NUT-M8-ZN", 1100)}


def test_pack_descriptions_with_zhuang(industrial):
    assert pairs(industrial.extract("KN95口罩三箱，每箱装十盒", TODAY)) == {("MSK-KN95", 1500)}
    assert pairs(industrial.extract("KN95口罩三箱（10盒装）", TODAY)) == {("MSK-KN95", 1500)}
    assert pairs(industrial.extract("M10螺母每盒50个，要四盒", TODAY)) == {("NUT-M10-ZN", 200)}


def test_repeat_of_the_quoted_order_takes_its_lines(industrial):
    """ "照上次的再发一次" over a quoted earlier order takes that order's lines; "单价按上次的" does not."""
    text = "王经理，照上次的再发一次，谢谢。\n\n> 上次订单：\n> M10*50镀锌螺栓 5盒\n> 扎带4*200黑色 10包\n"
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "order" and {ln["sku"] for ln in got["lines"]} == {"BLT-M10X50-ZN", "CT-4X200-BK"}
    priced = industrial.extract("单价按上次的，数量等我确认。\n\n> 上次订单：\n> M10*50镀锌螺栓 5盒\n", TODAY)
    assert not priced["lines"]
