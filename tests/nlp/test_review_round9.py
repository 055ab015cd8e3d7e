"""Review of round 9's rules: what they must not match (own sentences), and two older misreads."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 6, 1)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_bare_large_after_a_family_with_no_large_guesses_no_other_family(retail):
    # no zinc heart decoration is large: the 3 must not become a large candle
    assert pairs(retail.extract("心形锌挂饰要12个，大的要3个", TODAY)) == {("84836", 12)}
    assert pairs(retail.extract("复古闹钟红色6个，小的来2个", TODAY)) == {("22727", 6)}


def test_bare_size_with_no_family_at_all_is_no_line(retail, industrial):
    assert retail.extract("大的要3个", TODAY)["lines"] == []
    assert pairs(industrial.extract("安全帽要一百个，大的要三十个", TODAY)) == {("HLM-ABS-BL", 100)}


def test_bare_size_still_names_the_family_size_variant(industrial):
    r = industrial.extract("蓝色丁腈手套二十盒，小的十盒", TODAY)
    assert pairs(r) == {("GLV-NIT-BU-M", 20), ("GLV-NIT-BU-S", 10)}
    # a size written out as 大号 is no bare size: it keeps its line
    r = industrial.extract("口罩要两百只，手套要大号的五十盒", TODAY)
    assert ("GLV-NIT-BU-L", 50) in pairs(r)


def test_both_sizes_of_a_past_round_adds_no_sibling(retail):
    r = retail.extract("We had both sizes of the skull windmill before, this time just 10 of the large", TODAY)
    assert pairs(r) == {("21750", 10)}


def test_buyer_short_of_its_own_stock_still_orders(retail):
    r = retail.extract("We've only got 4 of the 20 jumbo bag owls left - please send 24 more", TODAY)
    assert r["intent"] == "order"


def test_old_goods_not_working_leaves_a_new_order_an_order(retail):
    r = retail.extract("Could I get 20 more alarm clock bakelike red? the old ones at the shop don't work", TODAY)
    assert r["intent"] == "order" and ("22727", 20) in pairs(r)


def test_stock_asked_back_of_the_seller_is_no_seller_offer(industrial):
    r = industrial.extract("你要的槽钢只有两吨现货吗？我们这边需要三吨", TODAY)
    assert r["intent"] != "other"


def test_today_alone_on_a_signature_line_is_no_deadline(industrial):
    r = industrial.extract("Hi, 12 bearings 6205 please\n\nToday\nMark", TODAY)
    assert r["due_date"] is None and pairs(r) == {("BRG-6205", 12)}
    assert industrial.extract("12 bearings 6205 please. Today if you can", TODAY)["due_date"] == "2026-06-01"


def test_job_bracket_with_a_size_and_material_still_names_the_item(industrial):
    # no M12 stainless nut exists: the default M8 zinc one is not guessed
    r = industrial.extract("Please send 4 x hex nuts (for job M12 stainless)", TODAY)
    assert [ln["sku"] for ln in r["lines"]] != ["NUT-M8-ZN"]
    # a bracket of only a job number still names no goods
    r = industrial.extract("4 x hex nuts M10 zinc (for job 7731)", TODAY)
    assert pairs(r) == {("NUT-M10-ZN", 4)}


def test_delivery_cost_asked_after_an_order_leaves_it_an_order(retail):
    r = retail.extract("Send 10 jumbo bag toys please. What would it be for postage to Hull?", TODAY)
    assert r["intent"] == "order"
    assert retail.extract("the jumbo bag toys - what would they be for 60?", TODAY)["intent"] == "quote"
