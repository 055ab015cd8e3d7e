"""Chinese orders that edit or accept something said before, and words a count must not swallow (invented sentences)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 25)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_double_sided_is_no_pair_count(industrial):
    """双面 after a bearing number names the seal; the number stays the bearing's code."""
    r = industrial.extract("轴承两种：6205-ZZ 十五套，6204双面胶封的四十套", TODAY)
    assert pairs(r) == {("BRG-6205-ZZ", 15), ("BRG-6204-2RS", 40)}


def test_ordering_at_the_price_offered(industrial):
    r = industrial.extract("好，就按您给的价格下单，这周内发出来。", TODAY)
    assert r["intent"] == "order" and r["lines"] == []


def test_adding_to_a_booked_shipment_is_a_change(industrial):
    """The day names the shipment the goods join, no new deadline."""
    r = industrial.extract("后天那批货里再添三盒M10螺母。", TODAY)
    assert r["intent"] == "change" and r["due_date"] is None
    r = industrial.extract("麻烦加两桶白漆到明天那批里。", TODAY)
    assert r["intent"] == "change" and r["due_date"] is None


def test_swapped_seal_keeps_the_count(industrial):
    """The new seal takes the count said after 数量不变."""
    r = industrial.extract("上周订的6204胶封轴承换成铁盖的，数量不变，还是五十套。", TODAY)
    assert r["intent"] == "change"
    assert pairs(r) == {("BRG-6204-ZZ", 50)}


def test_swapped_style_keeps_the_count(retail):
    """A 款 style replaces the old 款 style of the same bag."""
    r = retail.extract("前天订的jumbo bag梨子款改成草莓款（strawberry），数量还是二十个。", TODAY)
    assert r["intent"] == "change"
    assert pairs(r) == {("85099F", 20)}


def test_matching_nut_takes_the_bolts_thread(industrial):
    """A nut said after a bolt is another item; it fits the bolt's thread (M10 of M10x50)."""
    r = industrial.extract("镀锌的M10*50螺栓要两百个，配套的镀锌螺母也两百个。", TODAY)
    assert pairs(r) == {("BLT-M10X50-ZN", 200), ("NUT-M10-ZN", 200)}


def test_chat_remarks_keep_the_grade_for_a_later_size(industrial):
    """The grade is said in an earlier chat line; remarks between name nothing and do not replace it."""
    r = industrial.extract("[微信记录]\n张工：上回拿了八箱J421，不太够用\n张工：这回多拿点，4.0的要十二箱\n小陈：收到", TODAY)
    assert pairs(r) == {("WR-E6013-4.0", 240)}


def test_style_after_a_counted_style_is_another_item(retail):
    """The second 款 names its own design; the family comes from the first clause, not the first design."""
    r = retail.extract("蛋糕纸杯（cake cases）vintage leaf款三十包，pantry款三十包。", TODAY)
    assert pairs(r) == {("23308", 30), ("23307", 30)}


def test_colour_outside_the_colour_list_replaces_the_one_before(retail):
    r = retail.extract("闹钟bakelike款补货：粉色 pink 八个，巧克力色 chocolate 八个。", TODAY)
    assert pairs(r) == {("22728", 8), ("22725", 8)}



def test_count_after_a_stock_question_is_the_items(retail):
    """A count-less line asked about, then a count: the count is that item's, no sibling design."""
    r = retail.extract("迷你拼图马戏团款还有吗？有的话月底前送三十盒", TODAY)
    assert pairs(r) == {("22540", 30)}


def test_each_over_styles_joined_by_he_after_a_glossed_family(retail):
    """The family with its English gloss, then two 款 styles joined by 和, each counted by 各."""
    r = retail.extract("午餐袋（lunch bag）suki款和woodland款各十五个。", TODAY)
    assert pairs(r) == {("22383", 15), ("20726", 15)}


def test_decade_in_chinese_is_the_catalogues_decade(retail):
    r = retail.extract("纸链手工包（paper chain kit）要50年代圣诞款的，三十个。", TODAY)
    assert pairs(r) == {("22086", 30)}


def test_style_after_a_family_awaiting_its_count(retail):
    """The family is said alone, then its style (with a gloss naming another family's style too) and the count."""
    r = retail.extract("圣诞款jumbo bag，50年代款（50's christmas）八十个。", TODAY)
    assert pairs(r) == {("23344", 80)}


def test_candy_is_the_catalogues_bonbons(retail):
    r = retail.extract("储物罐 french style 糖果款的要四十个", TODAY)
    assert pairs(r) == {("23187", 40)}
    r = retail.extract("12 x french style storage jar candy please", TODAY)
    assert pairs(r) == {("23187", 12)}


def test_bearing_number_is_no_count_of_a_swap(industrial):
    """With no count said, the new bearing takes none; its model number is never the count."""
    r = industrial.extract("之前订的6206开式轴承改成胶封的，数量不变", TODAY)
    assert all(ln["quantity"] in (0, None) for ln in r["lines"])


def test_this_batch_due_tomorrow_is_an_order_with_its_date(industrial):
    r = industrial.extract("明天这批货一定要到，M12螺母五盒", TODAY)
    assert r["intent"] == "order" and r["due_date"] == "2026-11-26"
    r = industrial.extract("这批货加急，M10螺母两盒", TODAY)
    assert r["intent"] == "order"
