"""Chinese round-12 lines: 哦不对 corrections, a carton size said, a unit column before the count, a repeat doubled or
edited (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.group_lists import chained
from nlp.self_corrections import zh_corrected

@pytest.mark.parametrize("text,want", [
    ("来两吨槽钢8#,哦不对,是10#的", "来两吨槽钢10#的"),
    ("角钢40*4,哦不对,是50*5的,两吨", "角钢50*5的,两吨"),
    ("螺母拿五盒,哦不对,八盒", "螺母拿八盒"),
    ("垫片十盒,呃不对,是十二盒", "垫片十二盒"),
])
def test_zh_said_again(text, want):
    assert zh_corrected(text) == want


TODAY = dt.date(2026, 11, 25)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_a_carton_size_said_then_counted(retail):
    got = retail.extract("红点的jumbo bag，你们是50个一箱吧，这次要三箱", TODAY)
    assert _lines(got) == {("85099B", 150)}


def test_a_unit_column_before_the_count(industrial):
    got = industrial.extract("物资需求表\n序号 名称 规格 单位 数量\n1 镀锌钢管 DN50 支 10\n2 闸阀 DN50 台 3\n\n请尽快安排", TODAY)
    assert _lines(got) == {("PIPE-GI-DN50", 60), ("VLV-GATE-DN50", 3)}


def test_a_repeat_doubled(industrial):
    got = industrial.extract("跟上次一样，数量翻倍\n\n> M10螺母 2盒\n> M10平垫 1盒", TODAY)
    assert _lines(got) == {("NUT-M10-ZN", 200), ("WSH-M10-ZN", 400)}


def test_a_repeat_with_one_row_edited(industrial):
    got = industrial.extract("按上次的再来一批，螺母改成6盒\n\n> M10螺母 2盒\n> M10平垫 1盒", TODAY)
    assert got["intent"] == "order"
    assert _lines(got) == {("NUT-M10-ZN", 300), ("WSH-M10-ZN", 200)}


@pytest.mark.parametrize("text,want", [
    ("宇航员图案的午餐袋要十个", {("22382", 10)}),
    ("香茅蜡烛花盆要12个", {("21713", 12)}),
    ("野餐篮大号的来6个", {("22501", 6)}),
    ("复活节锡桶来24个", {("21717", 24)}),
])
def test_gift_words_in_chinese(retail, text, want):
    assert _lines(retail.extract(text, TODAY)) == want


@pytest.mark.parametrize("text,want", [
    ("M10螺母12盒,取消一半", "M10螺母,取消6盒"),  # half of the count said is what is taken off
    ("黄色安全帽再加10顶,一共60顶", "黄色安全帽再加60顶"),  # the sum said after the addition is the line's count
])
def test_zh_half_and_sum(text, want):
    assert zh_corrected(text) == want


def test_sizes_run_on_in_a_typed_line(retail):
    got = retail.extract("野餐篮大号来12个小号来20个！谢谢", TODAY)
    assert _lines(got) == {("22501", 12), ("22502", 20)}


def test_a_group_buy_chain(retail):
    text = "接龙 厨房好物\n1. 阿美 妈妈厨房挂钟 ×1\n2. 小红 妈妈厨房勺托 ×2、挂钟 ×1\n3. 张姐 勺托 ×1\n以上麻烦汇总发货"
    assert _lines(retail.extract(text, TODAY)) == {("23180", 2), ("23183", 3)}


def test_two_goods_joined_each_counted_bare(retail):
    got = retail.extract("I love London帆布袋和伦敦巴士杯子有货吗？各要50", TODAY)
    assert _lines(got) == {("22902", 50), ("22970", 50)}
    got = retail.extract("伦敦巴士杯子和I love London帆布袋各要50", TODAY)
    assert _lines(got) == {("22902", 50), ("22970", 50)}


def test_short_bearing_numbers_before_a_seal(industrial):
    got = industrial.extract("老样子：06胶封一百，04铁盖五十，周五前送。", TODAY)
    assert _lines(got) == {("BRG-6206-2RS", 100), ("BRG-6204-ZZ", 50)}


def test_hearts_in_dots(retail):
    assert _lines(retail.extract("爱心圆点的粉色热水袋来6个", TODAY)) == {("21486", 6)}


def test_a_chain_row_without_a_name_keeps_its_goods():
    assert chained("接龙\n1. 妈妈厨房挂钟 ×2\n2. 小王 挂钟 ×1") == "接龙\n1. 妈妈厨房挂钟 ×2\n2. 妈妈厨房挂钟 ×1"


def test_a_chain_with_colons_after_the_names(retail):
    text = "团购接龙\n1、阿美：妈妈厨房挂钟1个\n2、小红：挂钟2个，妈妈厨房勺托1个\n请汇总发货"
    assert _lines(retail.extract(text, TODAY)) == {("23180", 3), ("23183", 1)}


def test_half_reduced_is_no_cancel_count():
    assert zh_corrected("M10螺母12盒,减一半") == "M10螺母12盒,减一半"  # (a change's new count: left to the change rules)


def test_a_style_pointed_at_after_a_stock_question(retail):
    got = retail.extract("太空人的午餐袋还有货吗？还有dolly girl那款", TODAY)
    assert _lines(got) == {("22382", None), ("22662", None)}
    got = retail.extract("红色波点的jumbo bag有货吗？粉色那种呢？", TODAY)
    assert _lines(got) == {("85099B", None), ("22386", None)}
