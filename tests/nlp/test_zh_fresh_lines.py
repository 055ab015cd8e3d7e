"""Chinese order lines in fresh wording: list-row count marks, packs described, adding to an old order (invented sentences)."""
from __future__ import annotations

import datetime as dt

from nlp.text import normalize

TODAY = dt.date(2026, 11, 25)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_spaced_times_sign_before_a_counted_number_is_the_count(industrial):
    """"DN80 ×3台" counts three valves; "M8×30" stays a size."""
    assert "m8x30" in normalize("螺栓 M8 × 30")
    assert "dn80x3" not in normalize("闸阀 DN80 ×3台")
    r = industrial.extract("清单：\n1、铸钢闸阀 Z41H-16C DN80 ×3台\n2、镀锌螺母 M12 ×4盒", TODAY)
    assert pairs(r) == {("VLV-GATE-DN80", 3), ("NUT-M12-ZN", 100)}


def test_one_case_equals_n_pieces_converts_the_cases(retail):
    """"要6件，一件=24个": cases counted, what one case holds said with "="; no line of its own."""
    r = retail.extract("REGENCY CAKESTAND 3 TIER 要6件，一件=4个", TODAY)
    assert pairs(r) == {("22423", 24)}


def test_adding_to_the_last_order_counts_now(industrial):
    """"在上回的单子里补三盒…": the count right after the adding verb is wanted now; "上次补了" stays old."""
    r = industrial.extract("在上回的单子里补三盒M12螺母，一起发。", TODAY)
    assert pairs(r) == {("NUT-M12-ZN", 75)}


def test_quoted_label_without_a_noun_heads_the_old_order(industrial):
    """"> 上回：…": a bare past label at a quoted line's start does not make its counts older history."""
    r = industrial.extract("跟上回一样再来一次。\n> 上回：N95口罩 四盒，白色安全帽 十顶", TODAY)
    assert pairs(r) == {("MSK-KN95", 200), ("HLM-ABS-WH", 10)}


def test_first_listed_colour_may_carry_the_english_family(retail):
    """"alarm clock bakelike 橙色、象牙白各…": the first item names the family, every colour is a line."""
    r = retail.extract("alarm clock bakelike 橙色、象牙白、巧克力色各八个", TODAY)
    assert pairs(r) == {("22729", 8), ("22730", 8), ("22725", 8)}


def test_english_styles_joined_by_a_chinese_conjunction(retail):
    """"lunch bag suki 和 spaceboy": parallel items share the words before the first one's style."""
    r = retail.extract("lunch bag suki 和 spaceboy 还有货吗", TODAY)
    assert pairs(r) == {("22383", None), ("22382", None)}


def test_bare_number_said_with_the_names_next_word_is_the_name(retail):
    """"6 ribbons elegant christmas 有吗": 6 is the name's "6 ribbons", no count."""
    r = retail.extract("6 ribbons elegant christmas 还有吗", TODAY)
    assert pairs(r) == {("22075", None)}


def test_the_buyers_own_unit_names_no_goods(industrial):
    """"…还有吗？咱们车间要三桶": 车间 is where the goods go, the count is the item's asked about."""
    r = industrial.extract("L-HM46液压油还有吗？咱们车间要三桶", TODAY)
    assert pairs(r) == {("OIL-HM46", 54)}


def test_size_glued_before_the_chinese_noun_names_the_item(industrial):
    """"63角钢现在有现货吗": 63 is the angle's size (no count), enough to name it without one."""
    r = industrial.extract("63角钢现在有现货吗", TODAY)
    assert pairs(r) == {("ANG-63X6", None)}


def test_colour_clause_after_a_family_picks_the_variant(industrial):
    """"安全帽，白的要三十顶": the white hard hat, not the family's guess with thirty."""
    r = industrial.extract("我们要安全帽，白的要三十顶", TODAY)
    assert pairs(r) == {("HLM-ABS-WH", 30)}


def test_bracketed_english_styles_after_a_number_of_kinds(retail):
    """"lunch bag 两款（suki、spaceboy）…？各要十个": the bracket lists the styles, each takes the count."""
    r = retail.extract("lunch bag 两款（suki、spaceboy）单价多少？各要十个", TODAY)
    assert pairs(r) == {("22383", 10), ("22382", 10)}


def test_every_kind_when_the_count_of_kinds_is_the_familys(industrial):
    """"安全帽四个颜色各…": the four hard hats; three of four says not which, so no four lines."""
    r = industrial.extract("安全帽四个颜色各来二十顶", TODAY)
    assert pairs(r) == {(s, 20) for s in ("HLM-ABS-WH", "HLM-ABS-YL", "HLM-ABS-RD", "HLM-ABS-BL")}
    assert len(industrial.extract("安全帽三个颜色各来二十顶", TODAY)["lines"]) < 3


def test_new_count_naming_its_variant_replaces_the_old_count(industrial):
    """"黑调和漆四桶，改成三桶黑的、一桶蓝的": the first new count is the black paint's, four is the old one."""
    r = industrial.extract("之前说的黑调和漆四桶，改成三桶黑的一桶蓝的。", TODAY)
    assert pairs(r) == {("PNT-ALK-BK", 45), ("PNT-ALK-BL", 15)}


def test_chinese_lines_numbered_by_bare_numbers(industrial):
    """"1 老王 … 3盒": a line number and a space open each 接龙 line; "3 吨" would be a count."""
    from nlp.clause_splits import numbered
    assert numbered("接龙\n1 老王 M8螺母 3盒\n2 小李 M10螺母 2盒") == "接龙\n1. 老王 M8螺母 3盒\n2. 小李 M10螺母 2盒"
    assert numbered("1 吨角钢\n2 吨槽钢") == "1 吨角钢\n2 吨槽钢"
    r = industrial.extract("接龙\n1 老王 6308开式轴承 6套\n2 小李 6206 9套", TODAY)
    assert pairs(r) == {("BRG-6308", 6), ("BRG-6206", 9)}


def test_requisition_written_as_fields(industrial):
    """"品名：…\\n规格：…\\n数量：…": each name field opens an item, its fields are one line."""
    r = industrial.extract("领料单\n品名：蝶阀\n规格：DN150\n数量：2台\n品名：闸阀\n规格：DN100\n数量：1台\n领料人：周", TODAY)
    assert pairs(r) == {("VLV-BFLY-DN150", 2), ("VLV-GATE-DN100", 1)}
    r = industrial.extract("名称：弹簧垫圈；规格：M10；数量：3盒", TODAY)
    assert pairs(r) == {("SWSH-M10-ZN", 600)}


def test_what_one_pack_holds_said_after_the_goods(retail):
    """"要 4 件 X，一件 6 个": the clause after the goods says what each counted case holds."""
    r = retail.extract("我们要 4 件 regency cakestand 3 tier，一件 6 个", TODAY)
    assert pairs(r) == {("22423", 24)}


def test_what_one_pack_holds_said_before_the_packs_counted(industrial):
    """"一盒（100个装）要两盒", "一盒150个，来两盒": the boxes counted hold what was said of one before."""
    assert pairs(industrial.extract("M8平垫圈 一盒（100个装）要两盒", TODAY)) == {("WSH-M8-ZN", 200)}
    assert pairs(industrial.extract("M8平垫圈一盒150个，来两盒", TODAY)) == {("WSH-M8-ZN", 300)}


def test_every_colour_of_a_family(retail):
    """"kitchen scales 全部颜色各…": every item that reads the family alike, none of the others."""
    r = retail.extract("kitchen scales 全部颜色各来八个", TODAY)
    assert pairs(r) == {(s, 8) for s in ("22624", "22625", "22626", "22627")}


def test_whole_english_names_joined_by_a_chinese_conjunction(retail):
    """"lunch bag woodland 和 jumbo bag owls": too few words left to share a family, so two names."""
    r = retail.extract("lunch bag woodland 和 jumbo bag owls 现在有货吗", TODAY)
    assert pairs(r) == {("20726", None), ("20713", None)}


def test_numbered_lines_under_a_numbered_heading(industrial):
    """"2 号车间：" is a place (号 after the number); the lines under it are numbered 1, 2."""
    r = industrial.extract("2 号车间：\n1 6308轴承 4套\n2 6206轴承 7套", TODAY)
    assert pairs(r) == {("BRG-6308", 4), ("BRG-6206", 7)}


def test_dictated_order_with_a_self_introduction_and_spoken_code(industrial):
    """"我是小刘啊 … 焊条 J五零七 四点零的 …": the speaker names no goods; letters then Chinese digits spell a code;
    a noun ending in a measure character ("焊条") is no count before the space."""
    r = industrial.extract("喂 我是小刘啊 那个 焊条 J五零七 四点零的 要六箱", TODAY)
    assert pairs(r) == {("WR-E7018-4.0", 120)}


def test_spoken_self_corrections(industrial):
    """"要八盒 不对 十盒": the count after the correction replaces the one before; "…不对是…" re-says the goods."""
    assert pairs(industrial.extract("M12螺母 要八盒 不对 十盒", TODAY)) == {("NUT-M12-ZN", 250)}
    assert pairs(industrial.extract("6305轴承说错了是6308轴承来六套", TODAY)) == {("BRG-6308", 6)}


def test_model_number_before_x_and_a_counted_number(industrial):
    """"轴承6308 x 12套": 6308 is the model, the count follows the x."""
    assert pairs(industrial.extract("轴承6308 x 12套", TODAY)) == {("BRG-6308", 12)}


def test_a_pack_described_in_brackets_after_its_count(retail):
    """"一箱（一箱8个）": one case of eight; "（8个装）" after 一箱 says the same."""
    assert pairs(retail.extract("lunch bag woodland 一箱（一箱8个）", TODAY)) == {("20726", 8)}


def test_one_pack_written_with_a_digit(retail):
    """"3件 (1件=8個)": "1件" describes the case as "一件" does."""
    assert pairs(retail.extract("LUNCH BAG WOODLAND 3件 (1件=8個)", TODAY)) == {("20726", 24)}


def test_bare_counts_listed_with_the_enumeration_comma(retail):
    """"红色波点 40、粉色波点 20": a bare count after a space ends its item at 、 (not "6204、6205": codes)."""
    r = retail.extract("补货：lunch bag 红色波点 40、粉色波点 20", TODAY)
    assert pairs(r) == {("20725", 40), ("22384", 20)}


def test_pink_written_as_one_colour(retail):
    """"粉红色" is one colour (pink), not 粉 and 红色."""
    from nlp.variants import each_variants
    assert each_variants("alarm clock bakelike 橙色、粉红色") == ["alarm clock bakelike 橙色", "alarm clock bakelike 粉红色"]


def test_each_pack_is_n_names_no_line(retail):
    """"要5件，每件是6个": what each case holds, said with 是, is no line of its own."""
    assert pairs(retail.extract("jumbo bag apples 要5件，每件是6个", TODAY)) == {("23199", 30)}


def test_jielong_of_english_colours_under_a_family_heading(retail):
    """"#接龙 alarm clock bakelike / 1. 小王 red 1 / 2. Amy green 2": each row is a colour of the family heading."""
    r = retail.extract("#接龙 alarm clock bakelike\n1. 小王 red 1\n2. Amy green 2\n3. 阿伟 ivory 1", TODAY)
    assert pairs(r) == {("22727", 1), ("22726", 2), ("22730", 1)}


def test_size_said_as_a_chinese_number_after_code_letters():
    """"M十二" is M12 and "DN八十" DN80; "XL一百盒" keeps its count (a unit follows)."""
    assert normalize("M十二的螺母") == "m12的螺母"
    assert normalize("DN八十闸阀") == "dn80闸阀"
    assert normalize("XL一百盒") == "xl一百盒"
