"""Chinese wording that spreads one order over lists and follow-ons (invented sentences, one rule each)."""
from __future__ import annotations

import datetime as dt

from nlp.quantities import find_quantities, in_history
from nlp.variants import each_variants

TODAY = dt.date(2026, 11, 25)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_each_variants_split_codes_of_one_shape():
    assert each_variants("m8、m10镀锌螺母") == ["镀锌螺母 m8", "镀锌螺母 m10"]
    assert each_variants("j421焊条2.5和3.2") == ["j421焊条 2.5", "j421焊条 3.2"]
    assert each_variants("丁腈手套蓝色 m、l、xl") == ["丁腈手套蓝色 m", "丁腈手套蓝色 l", "丁腈手套蓝色 xl"]
    assert each_variants("bv2.5 红、蓝、双色") == ["bv2.5 红", "bv2.5 蓝", "bv2.5 双色"]
    assert each_variants("q235b钢板 10mm") == []


def test_list_items_before_each_share_its_family(industrial):
    """The family is named after the list: "A、B、C + family + 各N"."""
    r = industrial.extract("6205、6305轴承各四十套", TODAY)
    assert pairs(r) == {("BRG-6205", 40), ("BRG-6305", 40)}
    r = industrial.extract("M6、M12镀锌螺母各三盒", TODAY)
    assert pairs(r) == {("NUT-M6-ZN", 600), ("NUT-M12-ZN", 75)}
    r = industrial.extract("DN80和DN100闸阀各一台", TODAY)
    assert pairs(r) == {("VLV-GATE-DN80", 1), ("VLV-GATE-DN100", 1)}


def test_list_of_sizes_and_spec_numbers_with_each(industrial):
    r = industrial.extract("黑色丁腈手套 S、M、L 各五盒", TODAY)
    assert pairs(r) == {("GLV-NIT-BK-S", 5), ("GLV-NIT-BK-M", 5), ("GLV-NIT-BK-L", 5)}
    r = industrial.extract("J507焊条3.2和4.0各两箱", TODAY)
    assert pairs(r) == {("WR-E7018-3.2", 40), ("WR-E7018-4.0", 40)}


def test_each_clause_after_a_comma_counts_the_list(industrial):
    r = industrial.extract("蓝色调和漆和白色的，各来两桶", TODAY)
    assert pairs(r) == {("PNT-ALK-BL", 30), ("PNT-ALK-WH", 30)}


def test_yellow_green_is_one_wire_colour(industrial):
    r = industrial.extract("BV2.5 蓝、黄绿各四卷", TODAY)
    assert pairs(r) == {("CAB-BV-2.5-BL", 400), ("CAB-BV-2.5-YG", 400)}


def test_word_inner_he_does_not_split(industrial):
    """The 和 of 调和漆 joins nothing."""
    r = industrial.extract("黑调和漆四桶，蓝调和漆一桶", TODAY)
    assert pairs(r) == {("PNT-ALK-BK", 60), ("PNT-ALK-BL", 15)}


def test_sibling_colours_are_no_heading(industrial):
    """Three counts that happen to add up are still three paints, when each names its own colour."""
    r = industrial.extract("白调和漆两桶，蓝调和漆一桶，中黄一桶", TODAY)
    assert pairs(r) == {("PNT-ALK-WH", 30), ("PNT-ALK-BL", 15), ("PNT-ALK-YL", 15)}


def test_tenths_after_a_measure():
    assert [(q.value, q.unit) for q in find_quantities("方管要两吨三,周四前", [])] == [(2.3, "吨")]
    assert [(q.value, q.unit) for q in find_quantities("一米五的", [])] == [(1.5, "米")]
    assert [q.value for q in find_quantities("一吨二百公斤", [])][:1] == [1.0]


def test_latin_variant_code_follow_on(industrial):
    r = industrial.extract("6305-2RS六十套，ZZ的也来六十套", TODAY)
    assert pairs(r) == {("BRG-6305-2RS", 60), ("BRG-6305-ZZ", 60)}
    r = industrial.extract("蓝色丁腈手套M号有货吗？L的呢？", TODAY)
    assert pairs(r) == {("GLV-NIT-BU-M", None), ("GLV-NIT-BU-L", None)}


def test_space_separated_lines_after_measure_words(industrial):
    r = industrial.extract("6205-ZZ 十套 6205开式 二十套", TODAY)
    assert pairs(r) == {("BRG-6205-ZZ", 10), ("BRG-6205", 20)}


def test_repeat_verb_after_a_past_cue_is_a_new_count(industrial):
    text = "上回那个锂基脂再来三桶"
    q = find_quantities(text, [])[0]
    assert not in_history(text, q)
    assert in_history("上次订了三桶", find_quantities("上次订了三桶", [])[0])
    assert pairs(industrial.extract(text, TODAY)) == {("GRS-LI-3", 45)}


def test_haul_words_are_no_product(industrial):
    r = industrial.extract("焊丝再拉二十盘过来", TODAY)
    assert pairs(r) == {("WW-ER70S6-1.2", 300)}


def test_family_only_question_without_count(industrial):
    r = industrial.extract("锂基脂有没有货", TODAY)
    assert pairs(r) == {("GRS-LI-3", None)}
    assert r["lines"][0]["confidence"] < industrial.threshold


def test_chinese_numerals_in_specs_are_digits():
    from nlp.text import normalize

    assert normalize("Q345钢板六个厚") == "q345钢板6mm"
    assert normalize("三芯一点五平方护套线") == "3x1.5护套线"  # cores and section in words are the size
    assert normalize("两寸管") == "2inch管" and normalize("十号槽钢") == "10号槽钢"
    assert normalize("十五号前送到") == "十五号前送到"  # a day of the month stays a date


def test_spelled_specs_and_old_electrode_names(industrial):
    assert pairs(industrial.extract("SS400钢板十厚一吨", TODAY)) == {("PL-SS400-10", 1)}
    assert pairs(industrial.extract("BV四平方红线两卷", TODAY)) == {("CAB-BV-4-RE", 200)}
    assert pairs(industrial.extract("结507焊条3.2 两箱", TODAY)) == {("WR-E7018-3.2", 40)}
    assert pairs(industrial.extract("两寸镀锌管五支", TODAY)) == {("PIPE-GI-DN50", 30)}


def test_pack_descriptions_are_no_counts(industrial):
    q = find_quantities("液压油 二十升一桶的 要三桶", [])
    assert [(x.value, x.unit) for x in q if x.strength >= 2] == [(3.0, "桶")]
    r = industrial.extract("二保焊丝1.2 十五公斤一盘的来两盘", TODAY)
    assert pairs(r) == {("WW-ER70S6-1.2", 30)}
    r = industrial.extract("抗磨液压油46 三桶 18L的", TODAY)
    assert pairs(r) == {("OIL-HM46", 54)}


def test_each_half_tonne_is_not_half_each(industrial):
    r = industrial.extract("Q235B钢板6厚和12厚各半吨", TODAY)
    assert pairs(r) == {("PL-Q235B-06", 0.5), ("PL-Q235B-12", 0.5)}
    r = industrial.extract("304板2.0和3.0的各一吨", TODAY)
    assert pairs(r) == {("SH-304-2.0", 1), ("SH-304-3.0", 1)}


def test_forwarded_list_the_sender_asks_to_process(industrial):
    from nlp.clean import clean

    text = "你好，按下面的清单安排发货。\n\n-----原始邮件-----\n发件人：仓库 老李\n\nM12螺母 两盒\n黄色安全帽 十顶"
    assert "M12螺母" in clean(text).body
    assert pairs(industrial.extract(text, TODAY)) == {("NUT-M12-ZN", 50), ("HLM-ABS-YL", 10)}
    own = "Please send the order below:\n6205 2RS x 10\n\n> On Mon, Bob wrote:\n> 6206 x 40"
    assert "6206" not in clean(own).body  # the body has its own list: the quote stays history


def test_forwarded_sheet_of_a_workshop_is_the_order(industrial):
    text = "王经理，麻烦按工地下面这张单子备货，谢谢！\n\n---------- 转发的消息 ----------\n发件人：工地 小陈\n需要：\nM12螺母 两盒\n黄色安全帽 十顶"
    r = industrial.extract(text, TODAY)
    assert r["intent"] == "order" and pairs(r) == {("NUT-M12-ZN", 50), ("HLM-ABS-YL", 10)}


def test_items_after_a_code_share_it_under_each(industrial):
    assert each_variants("m8平垫和弹垫") == ["m8平垫", "m8 弹垫"]
    r = industrial.extract("M10螺母和平垫各两盒", TODAY)
    assert pairs(r) == {("NUT-M10-ZN", 100), ("WSH-M10-ZN", 400)}
    r = industrial.extract("6308轴承开式和2RS各十套", TODAY)
    assert pairs(r) == {("BRG-6308", 10), ("BRG-6308-2RS", 10)}


def test_count_glued_after_a_thickness(industrial):
    r = industrial.extract("SS400钢板：8厚4吨，10厚2吨", TODAY)
    assert pairs(r) == {("PL-SS400-08", 4), ("PL-SS400-10", 2)}


def test_list_heading_word_is_no_family(industrial):
    """"订货：" above the lines names no product for a bare colour to borrow."""
    r = industrial.extract("订货：\nBV2.5 蓝 三卷 红 一卷", TODAY)
    assert pairs(r) == {("CAB-BV-2.5-BL", 300), ("CAB-BV-2.5-RE", 100)}


def test_size_letter_after_a_measure_word_starts_an_item(industrial):
    r = industrial.extract("黑色丁腈手套 S号10盒 XL号5盒", TODAY)
    assert pairs(r) == {("GLV-NIT-BK-S", 10), ("GLV-NIT-BK-XL", 5)}


def test_order_reference_words_name_no_product(industrial):
    r = industrial.extract("前天下的单里面6305开式不要了", TODAY)
    assert pairs(r) == {("BRG-6305", None)}


def test_colour_and_bare_count_list(industrial):
    r = industrial.extract("安全帽：蓝15、红5（顶）", TODAY)
    assert pairs(r) == {("HLM-ABS-BL", 15), ("HLM-ABS-RD", 5)}


def test_chinese_decimals_and_big_sizes(industrial):
    from nlp.text import normalize

    assert normalize("焊丝一点零的") == "焊丝1.0的" and normalize("三点前发货") == "三点前发货"
    assert normalize("加大号") == "xl码" and normalize("特大码") == "xxl码"
    assert pairs(industrial.extract("二保焊丝一点零的来四盘", TODAY)) == {("WW-ER70S6-1.0", 60)}
    assert pairs(industrial.extract("黑色丁腈手套加大号十盒", TODAY)) == {("GLV-NIT-BK-XL", 10)}


def test_describing_clauses_build_up_the_product(industrial):
    """Each clause adds an attribute ("要大号的，丁腈的，黑色，十盒"); a colour adds to a context without one."""
    from nlp.variants import other_variants

    assert other_variants("手套 大号 丁腈", "黑色") == "手套 大号 丁腈"
    assert other_variants("丁腈手套 蓝色 l码", "黑色") == "丁腈手套 l码"
    r = industrial.extract("手套要小号的，丁腈的，黑色，十盒", TODAY)
    assert pairs(r) == {("GLV-NIT-BK-S", 10)}


def test_swaps_replace_a_size_or_a_seal_suffix(industrial):
    r = industrial.extract("之前那单SS400 8厚的改成10厚，还是三吨", TODAY)
    assert pairs(r) == {("PL-SS400-10", 3)}
    r = industrial.extract("上周订的6305-2RS换成ZZ的，数量不变还是四十套", TODAY)
    assert pairs(r) == {("BRG-6305-ZZ", 40)}


def test_add_more_after_a_past_order(industrial):
    r = industrial.extract("上回订的黄油再加两桶", TODAY)
    assert pairs(r) == {("GRS-LI-3", 30)}


def test_respectively_pairs_items_and_counts(industrial):
    r = industrial.extract("6305、6308轴承分别要二十套和十套", TODAY)
    assert pairs(r) == {("BRG-6305", 20), ("BRG-6308", 10)}
    r = industrial.extract("红色、蓝色安全帽分别15顶、25顶", TODAY)
    assert pairs(r) == {("HLM-ABS-RD", 15), ("HLM-ABS-BL", 25)}


def test_later_spec_takes_the_type_letters(industrial):
    assert each_variants("rvv3x2.5和4x1.0") == ["rvv3x2.5", "rvv4x1.0"]
    r = industrial.extract("RVV2*1.0和4*1.0各一卷", TODAY)
    assert pairs(r) == {("CAB-RVV-2X1.0", 100), ("CAB-RVV-4X1.0", 100)}


def test_yiyang_before_a_count_means_each(industrial):
    r = industrial.extract("安全帽红的蓝的一样来十顶", TODAY)
    assert pairs(r) == {("HLM-ABS-RD", 10), ("HLM-ABS-BL", 10)}
    r = industrial.extract("Q235B 10厚三吨，8厚的也一样", TODAY)  # 也一样: the same count, not "each"
    assert pairs(r) == {("PL-Q235B-10", 3), ("PL-Q235B-08", 3)}


def test_baitieguan_is_galvanised_pipe(industrial):
    """白铁管 is the trade's everyday name for galvanised pipe (catalog alias)."""
    assert pairs(industrial.extract("白铁管DN25 五支", TODAY)) == {("PIPE-GI-DN25", 30)}


def test_countless_list_of_variants_in_a_question(industrial):
    r = industrial.extract("J507焊条3.2和4.0的有货吗", TODAY)
    assert pairs(r) == {("WR-E7018-3.2", None), ("WR-E7018-4.0", None)}
    r = industrial.extract("请问DN80和DN100的闸阀什么价", TODAY)
    assert pairs(r) == {("VLV-GATE-DN80", None), ("VLV-GATE-DN100", None)}
    r = industrial.extract("蓝色丁腈手套S号XL号还有吗", TODAY)
    assert pairs(r) == {("GLV-NIT-BU-S", None), ("GLV-NIT-BU-XL", None)}


def test_bare_forward_and_circled_list_marks(industrial):
    from nlp.clean import clean

    text = "转发的邮件\n\n-----原始邮件-----\n发件人：王五\n主题：补货\n\nM12螺母 两盒"
    assert clean(text).body == "M12螺母 两盒"
    r = industrial.extract("请发：\n① 6305开式 × 20\n② 6308-2RS × 10", TODAY)
    assert pairs(r) == {("BRG-6305", 20), ("BRG-6308-2RS", 10)}


def test_he_starting_a_jieba_word_still_separates(industrial):
    r = industrial.extract("M8螺母两盒和平垫三盒", TODAY)
    assert pairs(r) == {("NUT-M8-ZN", 200), ("WSH-M8-ZN", 600)}


def test_english_colour_word_in_a_chinese_clause(industrial):
    r = industrial.extract("安全帽红色20顶，blue 10顶", TODAY)
    assert pairs(r) == {("HLM-ABS-RD", 20), ("HLM-ABS-BL", 10)}


def test_exact_code_after_another_item_borrows_nothing(industrial):
    r = industrial.extract("YJV 4*25 电缆 三百米，YJV3x4 两百米", TODAY)
    assert pairs(r) == {("CAB-YJV-4X25", 300), ("CAB-YJV-3X4", 200)}
