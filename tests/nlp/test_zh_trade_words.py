"""Gift/homeware trade words a Chinese buyer uses for the English catalogue's names (nlp/zh_glossary.tsv)."""
from __future__ import annotations

import datetime as dt

from nlp.glossary import english, head_noun

TODAY = dt.date(2026, 11, 25)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_homeware_nouns_read_as_catalogue_words():
    assert english("奶白色搪瓷面包桶") == "cream enamel bread bin"
    assert english("薄荷绿厨房秤") == "mint kitchen scales"
    assert english("挂墙的锌铁收纳架") == "wall zinc organiser"
    assert english("挂着的爱心蜡烛灯") == "hanging heart t-light holder"
    assert english("巧克力色的闹钟") == "chocolate alarm clock"
    assert english("红点纸盘") == "red retrospot paper plates"  # (红点: spots, round 13; "spotty" items still match)


def test_shop_platform_names_no_colour():
    assert english("小红书上很火的白色闹钟") == "white alarm clock"
    assert head_noun("抖音爆款") == ""


def test_chinese_homeware_orders(retail):
    assert pairs(retail.extract("帮我补十个奶油色的搪瓷沥水篮", TODAY)) == {("22425", 10)}
    assert pairs(retail.extract("恐龙的迷你拼图要三十盒", TODAY)) == {("22547", 30)}
    assert pairs(retail.extract("伦敦款纸链手工包 十二个", TODAY)) == {("22911", 12)}
    assert pairs(retail.extract("明信片复古款十套", TODAY)) == {("85015", 10)}
    assert pairs(retail.extract("挂墙的锌铁爱心收纳架要大号的，二十个", TODAY)) == {("23134", 20)}


def test_kuan_phrase_takes_the_noun_of_the_line_before(retail):
    r = retail.extract("门店补货：\n草莓环保袋 80个\n猫头鹰款 40个", TODAY)
    assert pairs(r) == {("85099F", 80), ("20713", 40)}
    # a chain of styles: each takes the noun, not the style of the line before
    r = retail.extract("补货清单：\n草莓环保袋 80个\n猫头鹰款 40个\n苹果款 30个", TODAY)
    assert pairs(r) == {("85099F", 80), ("20713", 40), ("23199", 30)}


def test_de_phrase_takes_the_english_noun_of_a_mixed_clause(retail):
    r = retail.extract("jumbo bag 补一下：草莓的一百，猫头鹰的六十", TODAY)
    assert pairs(r) == {("85099F", 100), ("20713", 60)}


def test_styles_said_with_kuan_each_take_the_item():
    from nlp.glossary import styles
    assert styles("杯垫 union jack 款和 woodland 款") == ["杯垫 union jack", "杯垫 woodland"]
    assert styles("午餐袋草莓款、猫头鹰款") == ["午餐袋 草莓", "午餐袋 猫头鹰"]
    assert styles("草莓午餐袋") == []


def test_each_over_kuan_styles(retail):
    r = retail.extract("环保袋草莓款和猫头鹰款各要六十个", TODAY)
    assert pairs(r) == {("85099F", 60), ("20713", 60)}


def test_trade_shades_are_one_colour_each(retail):
    r = retail.extract("米色和黑色的厨房秤各要五台", TODAY)
    assert pairs(r) == {("22624", 5), ("22626", 5)}


def test_each_over_materials(industrial):
    """各 over materials said side by side: with no 和 or 、 to part them, only the material words list the variants."""
    r = industrial.extract("六角螺母M10 镀锌 不锈钢 各两盒", TODAY)
    assert pairs(r) == {("NUT-M10-ZN", 100), ("NUT-M10-SS", 100)}


def test_fenbie_is_no_negation_of_the_price_asked(industrial):
    r = industrial.extract("M10螺母一千个，分别报价", TODAY)
    assert r["intent"] == "quote" and [ln["sku"] for ln in r["lines"]] == ["NUT-M10-ZN"]


def test_short_styles_listed_with_dun_after_the_item(retail):
    from nlp.glossary import styles
    assert styles("午餐袋草莓、猫头鹰") == ["午餐袋 草莓", "午餐袋 猫头鹰"]
    r = retail.extract("french style 储物罐有两个款式：果酱、咖啡馆，各要八十个", TODAY)
    assert pairs(r) == {("23185", 80), ("23186", 80)}


def test_number_of_kinds_is_no_count(retail):
    from nlp.quantities import find_quantities
    assert [q.value for q in find_quantities("有两个颜色,各三十个", [])] == [30]


def test_english_name_after_dun_is_a_sibling_of_the_item_before(retail):
    r = retail.extract("午餐盒 spaceboy 二十个、dolly girl 十个", TODAY)
    assert pairs(r) == {("22629", 20), ("22630", 10)}


def test_what_one_set_holds_is_no_count():
    from nlp.quantities import find_quantities
    qs = [q for q in find_quantities("贺卡(8张一套)四十套", []) if q.strength >= 2]
    assert [q.value for q in qs] == [40]


def test_run_on_items_are_cut_after_their_counts(industrial):
    from nlp.pipeline import find_chunks
    text = "焊条2.5的要六箱焊丝1.0的要八盘"
    assert [text[s:e] for s, e, _ in find_chunks(text, [])] == ["焊条2.5的要六箱", "焊丝1.0的要八盘"]
    # count before the goods stays one clause
    assert len(find_chunks("来两桶白漆三桶黑漆", [])) == 1
    r = industrial.extract("BV2.5红线蓝线各两卷双色线一卷", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in r["lines"]} == \
        {("CAB-BV-2.5-RE", 200), ("CAB-BV-2.5-BL", 200), ("CAB-BV-2.5-YG", 100)}


def test_new_count_in_a_clause_of_its_own(industrial):
    r = industrial.extract("黑色调和漆订了三桶，改成五桶", TODAY)
    assert r["intent"] == "change"
    assert [(ln["sku"], ln["quantity"]) for ln in r["lines"]] == [("PNT-ALK-BK", 75)]


def test_thread_size_after_dingdan_is_no_order_number(industrial):
    r = industrial.extract("订单：M10×40 螺栓 3盒", TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in r["lines"]] == [("BLT-M10X40-ZN", 150)]


def test_repeat_of_a_quoted_earlier_order(industrial):
    r = industrial.extract("照上次的再来一单：\n> 上次的订单：M10螺母 2盒，M10平垫 3盒", TODAY)
    assert {ln["sku"] for ln in r["lines"]} == {"NUT-M10-ZN", "WSH-M10-ZN"}
    assert all(ln["quantity"] for ln in r["lines"])
    r = industrial.extract("按上次的再来一批：上次订单：M10螺母 2盒", TODAY)
    assert [ln["quantity"] is not None for ln in r["lines"]] == [True]


def test_what_one_box_is_said_with_shi_or_you(retail):
    assert pairs(retail.extract("红色闹钟来两箱，一箱有24个", TODAY)) == {("22727", 48)}
    assert pairs(retail.extract("白色闹钟补一箱，一箱是36个", TODAY)) == {("84659A", 36)}


def test_tab_after_a_noun_ending_in_a_measure_char_is_a_table_cell(industrial):
    r = industrial.extract("序号\t物料\t规格\t数量\t单位\n1\t丁腈手套\t黑色 M\t12\t盒", TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in r["lines"]] == [("GLV-NIT-BK-M", 12)]


def test_forwarded_order_below_with_its_own_date(industrial):
    text = "李工，客户的单子如下，请按客户要求的时间发货：\n> We need 5 pcs check valve DN80, delivery by 15 Dec."
    r = industrial.extract(text, dt.date(2026, 11, 2))
    assert r["intent"] == "order" and r["due_date"] == "2026-12-15"
    assert [(ln["sku"], ln["quantity"]) for ln in r["lines"]] == [("VLV-CHK-DN80", 5)]


def test_invoice_details_and_breakage_are_no_order(retail):
    assert retail.extract("发票抬头改成：宁波某某贸易有限公司，税号回头发你", TODAY)["intent"] == "other"
    assert retail.extract("收到货了，三个马克杯摔碎了，麻烦处理", TODAY)["intent"] == "other"
    assert retail.extract("红色闹钟改成十个", TODAY)["intent"] == "change"


def test_he_typed_for_box_after_a_count():
    from nlp.text import normalize
    assert normalize("平垫M8要三合") == "平垫m8要三盒"
    assert normalize("三合一咖啡") == "三合一咖啡" and normalize("百合花") == "百合花" and normalize("签两个合同") == "签两个合同"


def test_herb_names(retail):
    assert english("迷迭香和百里香") == "rosemary thyme"
    r = retail.extract("香草插牌：\n1. 罗勒 herb marker ×10\n2. 欧芹 herb marker ×10", TODAY)
    assert pairs(r) == {("22920", 10), ("22918", 10)}


def test_count_of_an_earlier_order_cancelled_now(retail):
    """ "上次订的…十包不要了": the earlier order's count is the one cancelled now (not history to skip)."""
    got = retail.extract("上次订的红点纸盘十包不要了，其他照发", TODAY)
    assert got["intent"] == "cancel" and pairs(got) == {("21094", 10)}
