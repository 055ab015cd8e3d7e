"""Chinese order-line rules: family-only mentions, counts said later, 各/每种, 俩/仨, negations, swaps."""
from __future__ import annotations

import datetime as dt

from nlp.catalog import CatalogItem, load_catalog
from nlp.postprocess import finish_lines
from nlp.quantities import find_quantities
from nlp.text import terms
from nlp.variants import each_variants, fits, prefer

TODAY = dt.date(2026, 11, 25)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_catalog_default_column(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("sku,name,unit,default\nA,bolt a,pcs,1\nB,bolt b,pcs\n", encoding="utf-8")
    items = {it.sku: it for it in load_catalog(path)}
    assert items["A"].default and not items["B"].default


def test_prefer_picks_fitting_unit_then_default():
    by_sku = {"P": CatalogItem("P", "gloves pair", "pair"), "B": CatalogItem("B", "gloves box", "box", pack_size=100),
              "D": CatalogItem("D", "gloves box blue", "box", pack_size=100, default=True)}
    box = find_quantities("要三十盒", [])[0]
    ranked, picked = prefer([("P", 0.70), ("B", 0.695), ("D", 0.69)], box, by_sku)
    assert picked and ranked[0][0] == "D"
    assert fits(box, by_sku["B"]) and not fits(box, by_sku["P"])
    clear, picked = prefer([("P", 0.9), ("D", 0.6)], box, by_sku)
    assert not picked and clear[0][0] == "P"


def test_each_variants_split_colours_and_sizes():
    assert each_variants("rvv护套线 红 蓝") == ["rvv护套线 红", "rvv护套线 蓝"]
    assert each_variants("防割手套 m码 xl码") == ["防割手套 m码", "防割手套 xl码"]
    assert each_variants("黑色安全帽") == []


def test_colour_characters_and_size_words_are_terms():
    assert "黄" in terms("黄色安全帽") and "色安" in terms("黄色安全帽")


def test_counts_next_to_codes_and_old_values():
    q = find_quantities("闸阀dn100三台", [])
    assert [(x.value, x.unit) for x in q] == [(3.0, "台")]
    both = find_quantities("m8螺母八百个改成一千个", [])
    assert max(both, key=lambda x: x.strength).value == 1000
    assert find_quantities("6308开式要仨", [])[0].value == 3


def test_family_only_mention_takes_default_variant_unsure(industrial):
    r = industrial.extract("二保焊丝给我们发四十五公斤", TODAY)
    (line,) = r["lines"]
    assert (line["sku"], line["quantity"]) == ("WW-ER70S6-1.2", 45)
    assert line["confidence"] < industrial.threshold
    r = industrial.extract("6206轴承要三十套", TODAY)
    assert pairs(r) == {("BRG-6206", 30)}


def test_count_in_a_later_clause(industrial):
    r = industrial.extract("304不锈钢冷轧板3mm的现在有货吗？我们大概要两吨", TODAY)
    assert pairs(r) == {("SH-304-3.0", 2)}


def test_describing_clause_joins_the_product(industrial):
    r = industrial.extract("6305轴承，要双面胶封的，来八十套", TODAY)
    assert pairs(r) == {("BRG-6305-2RS", 80)}


def test_each_over_variants_and_every_kind(industrial):
    r = industrial.extract("安全帽黄的白的各三十顶", TODAY)
    assert pairs(r) == {("HLM-ABS-YL", 30), ("HLM-ABS-WH", 30)}
    r = industrial.extract("镀锌螺母M6、M8、M10每种五百个", TODAY)
    assert pairs(r) == {("NUT-M6-ZN", 500), ("NUT-M8-ZN", 500), ("NUT-M10-ZN", 500)}


def test_glued_catalogue_code_is_not_a_count(industrial):
    r = industrial.extract("304球阀DN25订十二个", TODAY)
    assert pairs(r) == {("VLV-BALL-DN25", 12)}


def test_negated_product_leaves_the_order(industrial):
    r = industrial.extract("上回那单M10螺母改成三盒，M12螺母先不要了", TODAY)
    assert r["intent"] == "change" and pairs(r) == {("NUT-M10-ZN", 150), ("NUT-M12-ZN", 0)}
    kept = finish_lines([{"sku": "A", "quantity": 5, "_side": "", "_neg": False, "confidence": 0.9},
                         {"sku": "B", "quantity": None, "_side": "", "_neg": True, "confidence": 0.9}], "order")
    assert [ln["sku"] for ln in kept] == ["A"]


def test_size_swap_in_its_own_clause(industrial):
    r = industrial.extract("上周订的防割手套M码，换成XL码吧，还是六十双", TODAY)
    assert r["intent"] == "change"
    assert pairs(r) == {("GLV-CUT5-XL", 60)}


def test_new_size_keeps_the_grade(industrial):
    r = industrial.extract("Q345B 8厚 六吨，10厚 四吨", TODAY)
    assert pairs(r) == {("PL-Q345B-08", 6), ("PL-Q345B-10", 4)}


def test_trade_synonyms(industrial):
    r = industrial.extract("J422焊条4.0的来两箱，黄绿双色线2.5平方一卷", TODAY)
    assert pairs(r) == {("WR-E6013-4.0", 40), ("CAB-BV-2.5-YG", 100)}


def test_star_count_after_a_code_and_ranges(industrial):
    r = industrial.extract("请发：6308开式*12，M10弹垫*400", TODAY)
    assert pairs(r) == {("BRG-6308", 12), ("SWSH-M10-ZN", 400)}
    r = industrial.extract("角钢50*5大概四到五吨", TODAY)
    assert pairs(r) == {("ANG-50X5", 5)}


def test_bare_sizes_take_the_grade_of_the_quoted_offer(industrial):
    text = "王工：\n\n> 您好，SS400 8厚报价4700元/吨，10厚4750元/吨。\n\n8厚的来三吨，10厚的来两吨，谢谢"
    assert pairs(industrial.extract(text, TODAY)) == {("PL-SS400-08", 3), ("PL-SS400-10", 2)}


def test_half_each_of_sizes(industrial):
    r = industrial.extract("黑色丁腈手套，S/M各半，共四十盒", TODAY)
    assert pairs(r) == {("GLV-NIT-BK-S", 20), ("GLV-NIT-BK-M", 20)}


def test_material_swap_keeps_size_and_wan_counts(industrial):
    r = industrial.extract("M10*40螺栓镀锌的要300个，不锈钢的要50个", TODAY)
    assert pairs(r) == {("BLT-M10X40-ZN", 300), ("BLT-M10X40-SS", 50)}
    r = industrial.extract("KN95口罩合计1.2万只", TODAY)
    assert pairs(r) == {("MSK-KN95", 12000)}


def test_size_said_after_a_vague_product_then_the_count(industrial):
    r = industrial.extract("还是那种槽钢，10号的，这次来三吨", TODAY)
    assert pairs(r) == {("CH-10", 3)}


def test_measure_words_and_bare_numerals(industrial):
    r = industrial.extract("棉纱手套要三百付，安全帽白色的一百五", TODAY)
    assert pairs(r) == {("GLV-COT-600", 300), ("HLM-ABS-WH", 150)}


def test_each_over_variants_named_in_the_clause_before(industrial):
    r = industrial.extract("红色和蓝色的安全帽各来十五顶", TODAY)
    assert pairs(r) == {("HLM-ABS-RD", 15), ("HLM-ABS-BL", 15)}
    r = industrial.extract("醇酸调和漆红的和蓝的，各需要几桶？麻烦报个价", TODAY)
    assert pairs(r) == {("PNT-ALK-RD", None), ("PNT-ALK-BL", None)}


def test_space_separated_list_after_measure_words(industrial):
    r = industrial.extract("安全帽：黄的二十顶 蓝的十顶", TODAY)
    assert pairs(r) == {("HLM-ABS-YL", 20), ("HLM-ABS-BL", 10)}
