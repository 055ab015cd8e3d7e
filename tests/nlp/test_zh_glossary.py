"""Chinese mentions against an English-only catalogue, read through nlp/zh_glossary.tsv."""
from __future__ import annotations

import datetime as dt

from nlp.glossary import english

TODAY = dt.date(2026, 11, 25)


def pairs(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_english_prefers_longest_spelling_and_drops_unknown_chinese():
    assert english("红点点那款午餐袋") == "red retrospot lunch bag"
    assert english("粉色陶瓷马克杯 abc") == "pink ceramic mug abc"
    assert english("黄总您好 白经理说要红色闹钟") == "red alarm clock"  # surnames before a title are no colours


def test_chinese_item_names_match_english_catalogue(retail):
    r = retail.extract("您好，白色爱心挂灯要两打，红色闹钟六个", TODAY)
    assert pairs(r) == {("85123A", 24), ("22727", 6)}
    assert pairs(retail.extract("草莓图案的环保袋要二十个", TODAY)) == {("85099F", 20)}
    assert pairs(retail.extract("红色波点午餐袋 50个", TODAY)) == {("20725", 50)}


def test_chinese_variant_of_an_english_name(retail):
    r = retail.extract("RED HANGING HEART T-LIGHT HOLDER 三十个，白色的也要十个", TODAY)
    assert pairs(r) == {("21733", 30), ("85123A", 10)}


def test_countless_chinese_wish_is_no_line(retail):
    r = retail.extract("想要一些红色和白色的装饰品，LUNCH BAG WOODLAND 二十个", TODAY)
    assert pairs(r) == {("20726", 20)}


def test_bilingual_catalogue_reads_its_own_chinese(industrial, retail):
    assert industrial.matcher.readable("红色午餐袋") == "红色午餐袋"
    assert retail.matcher.readable("红色午餐袋") == "red lunch bag"


def test_more_gift_nouns(retail):
    r = retail.extract("蛋杯要二十四个", TODAY)
    assert r["lines"] and r["lines"][0]["sku"] and "EGG CUP" in retail.by_sku[r["lines"][0]["sku"]].name


def test_second_noun_shares_the_modifiers_before(retail):
    from nlp.glossary import head_only, modifiers
    assert modifiers("红色波点盘子") == "红色波点" and head_only("碗也要") and not head_only("白色碗")
    r = retail.extract("红色波点茶壶六个，碗也要六个", TODAY)
    assert pairs(r) == {("21527", 6), ("20676", 6)}
    assert pairs(retail.extract("红色波点烤箱手套 十二个", TODAY)) == {("21154", 12)}


def test_de_phrase_stands_for_the_noun_before(retail):
    r = retail.extract("草莓环保袋100个，猫头鹰的也要五十个", TODAY)
    assert pairs(r) == {("85099F", 100), ("20713", 50)}


def test_chinese_size_of_an_english_name(retail):
    r = retail.extract("HEART OF WICKER SMALL 四十八个，大号的二十四个", TODAY)
    assert pairs(r) == {("22469", 48), ("22470", 24)}


def test_best_seller_words(retail):
    assert pairs(retail.extract("维多利亚玻璃挂式烛台 十二个", TODAY)) == {("22178", 12)}
    assert pairs(retail.extract("爱心石板小黑板 六个", TODAY)) == {("22457", 6)}


def test_sweets_read_as_the_catalogues_bonbon(retail):
    # 糖果 is candy in one name and bonbons in another: candy reaches both through trade.SAME_THING
    assert retail.matcher.match(english("法式储物罐 糖果款"), top=1)[0][0] == "23187"


def test_trade_names_of_flags_roses_and_battery_parts():
    # "英伦玫瑰" is the English rose, not the Union Jack; "英国国旗" is the flag; a rotating base is a rotator
    assert english("英伦玫瑰图案的杯子") == "english rose mug"
    assert english("英国国旗款的暖手宝") == "union jack hand warmer"
    assert english("电池旋转底座") == "battery operated rotator"


def test_english_rose_and_union_flag_items_in_an_order(retail):
    r = retail.extract("英伦玫瑰的热水袋拿12个，另外英国国旗暖手宝来6个", TODAY)
    assert pairs(r) == {("84030E", 12), ("22633", 6)}
