"""Chinese voices of the twelfth set: dictation, stock alerts, swaps, ranges (invented sentences, one rule each)."""
from __future__ import annotations

import datetime as dt

from nlp.quantities import find_quantities

TODAY = dt.date(2026, 11, 25)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_count_before_a_price_question_is_a_count():
    """"三十个多少钱" asks the price of thirty; "一盒多少片" asks what a box holds."""
    assert [(q.value, q.strength) for q in find_quantities("闸阀三十个多少钱", [])] == [(30.0, 3.0)]
    assert all(q.strength == 0 for q in find_quantities("一盒多少片", []))


def test_numeral_of_a_word_after_a_count_marker_is_no_count():
    """"数量一样" says "the same quantity": its 一 is part of 一样, not a count of one."""
    assert find_quantities("数量一样", []) == []
    assert [q.value for q in find_quantities("数量：三十", [])] == [30.0]


def test_stock_alert_counts_what_is_to_be_made_up(industrial):
    """A forwarded stock alert: the on-hand and safety-stock figures are levels, the 需补 figure the order."""
    r = industrial.extract("请照企业微信提醒补货：\n【库存预警】6206-2RS 现存3套，安全库存20套，需补17套；6204（开式）现存5套，需补15套。",
                           TODAY)
    assert pairs(r) == {("BRG-6206-2RS", 17), ("BRG-6204", 15)}
    assert [q.strength for q in find_quantities("结存6盒", [])] == [0.2]


def test_dictation_gets_commas_at_pauses_and_after_each_count():
    from nlp.spoken import dictated
    assert dictated("嗯要那个蓝色的S号三盒XL号两盒嗯就这样") == ",要那个蓝色的S号三盒,XL号两盒,就这样"
    assert dictated("钢板拉两吨半十个厚的还有槽钢一吨") == "钢板拉两吨半十个厚的还有槽钢一吨"  # a thickness said like a count
    assert dictated("焊丝1.2的要三盘，嗯就这些") == "焊丝1.2的要三盘，嗯就这些"  # typed: left as written


def test_dictated_order_reads_one_line_per_count(industrial):
    r = industrial.extract("嗯那个就是要那个蓝色的丁腈手套嗯S号三盒XL号两盒然后那个口罩KN95一盒嗯就这样", TODAY)
    assert pairs(r) == {("GLV-NIT-BU-S", 3), ("GLV-NIT-BU-XL", 2), ("MSK-KN95", 50)}


def test_dog_words_of_the_glossary(retail):
    """狗 alone and the Scottish terrier's Chinese names read as the catalogue's DOG / SCOTTIE DOG."""
    from nlp.glossary import english
    assert english("苏格兰梗的") == "scottie dog"
    assert pairs(retail.extract("粉色狗碗要六个", TODAY)) == {("22701", 6)}
    assert pairs(retail.extract("苏格兰犬暖手宝十二个", TODAY)) == {("22866", 12)}


def test_swap_to_a_size_said_as_a_de_phrase(industrial):
    """"1.0的换成1.2的" swaps the wire size (only the new size is a line), "两桶改成四桶" only changes the count."""
    r = industrial.extract("焊丝ER50-6 1.0的换成1.2的，还是六盘。", TODAY)
    assert pairs(r) == {("WW-ER70S6-1.2", 90)}
    assert pairs(industrial.extract("白色醇酸漆两桶改成四桶", TODAY)) == {("PNT-ALK-WH", 60)}


def test_bare_spec_takes_the_material_said_before(industrial):
    """A bare bolt size naming zinc and stainless alike keeps the material of the line before."""
    r = industrial.extract("不锈钢螺栓M12*50的两盒，M8*40的三盒", TODAY)
    assert {sku for sku, _ in pairs(r)} == {"BLT-M12X50-SS", "BLT-M8X40-SS"}
    r = industrial.extract("镀锌螺栓M12*50的两盒，M8*40的三盒", TODAY)
    assert {sku for sku, _ in pairs(r)} == {"BLT-M12X50-ZN", "BLT-M8X40-ZN"}


def test_run_of_numbered_variants_with_each(retail):
    """"数字6至9，各四个": one line per number of the run, each with the shared count."""
    from nlp.variants import number_run
    assert number_run("门牌 数字3~5") == ["门牌 数字 3", "门牌 数字 4", "门牌 数字 5"]
    assert number_run("螺栓 a2-70") == []  # a grade's digits are no run
    r = retail.extract("number tile vintage font 数字牌 数字6至9，各四个", TODAY)
    assert pairs(r) == {("22885", 4), ("22886", 4), ("22887", 4), ("22888", 4)}


def test_table_row_number_is_no_count(industrial):
    """An inquiry sheet's 序号 column: the row's own count is in a later cell, the leading number counts nothing."""
    assert [(q.value, q.strength) for q in find_quantities("3\t闸阀\tDN80\t4台", [])] == [(4.0, 3.0), (3.0, 0.2)]
    assert [q.value for q in find_quantities("12\t闸阀 DN80", [])] == [12.0]  # no later count: left as it was
    r = industrial.extract("询价单\n序号\t名称\t规格\t数量\n1\t深沟球轴承\t6204\t40套\n2\t深沟球轴承\t6308\t15套\n请报价。", TODAY)
    assert pairs(r) == {("BRG-6204", 40), ("BRG-6308", 15)}


def test_dictated_dozens_end_their_item(retail):
    r = retail.extract("嗯那个补货啊红色闹钟三打粉色的两打嗯就这样", TODAY)
    assert pairs(r) == {("22727", 36), ("22728", 24)}


def test_unit_cell_beside_the_count_cell(industrial):
    """A requisition sheet with a 单位 column: the count cell is counted in the unit cell beside it, and a spec
    number before the unit cell ("2.5<TAB>箱") is no count of boxes."""
    got = find_quantities("焊条\tJ422 2.5\t箱\t12", [])
    assert [(q.value, q.unit, q.strength) for q in got] == [(12.0, "箱", 3.0), (2.5, None, 1.0)]
    assert [(q.value, q.unit) for q in find_quantities("丁腈手套\t黑色\tM\t30", [])][0] == (30.0, None)  # M is a size
    r = industrial.extract("领料单\n品名\t规格\t单位\t数量\n焊条\tJ422 2.5\t箱\t12\n切割片\t355\t盒\t3\n", TODAY)
    assert pairs(r) == {("WR-E6013-2.5", 240), ("CD-355X3", 75)}


def test_colour_beside_a_later_count_picks_the_variant(retail):
    """The family is named alone, then "colour + count" clauses: the colour says which variant the first count is."""
    r = retail.extract("复古闹钟bakelike，绿色三打，红色一打", TODAY)
    assert pairs(r) == {("22726", 36), ("22727", 12)}
