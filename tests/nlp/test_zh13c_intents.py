"""Chinese round 13, third wave intents: an order placed on a received quotation sheet (按报价单下); a price asked
after a count in Cantonese (几多钱) or of the supplier's lowest price (你们最低多少钱) stays a quote."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2027, 3, 10)


@pytest.mark.parametrize("text", [
    "李总，报价收到了，就照你们上周五的报价单下了：6205开式轴承三十套",
    "对比了几家，决定按贵司3月1号那份报价单下单，6205轴承三十套，月底前到",
    "报价单没问题，按报价单下吧，6205轴承三十套",
])
def test_order_placed_on_a_quotation_sheet(industrial, text):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "order"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("BRG-6205", 30)]


def test_quotation_sheet_asked_about_is_no_order(industrial):
    got = industrial.extract("按报价单下单的话，6205轴承三十套几时能到？", TODAY)
    assert got["intent"] != "order"


@pytest.mark.parametrize("text", [
    "6205轴承要三十套，几多钱一套啊？",
    "6205轴承三十套，你们最低多少钱？",
    "问下6205轴承要三十套，您最低什么价？",
])
def test_price_asked_after_a_count_is_a_quote(industrial, text):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "quote"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("BRG-6205", 30)]


@pytest.mark.parametrize("text", [
    "王经理，订单SO-2211 麻烦全部cancel掉，预算砍了",
    "Hi 张工，这个PO整单cancelled，项目推迟到下半年",
])
def test_english_cancel_glued_to_chinese(industrial, text):
    assert industrial.extract(text, TODAY)["intent"] == "cancel"


@pytest.mark.parametrize("text", [
    "车间两台水泵坏了，6205轴承要三十套，后天要到",
    "我们厂里的风机坏了一台，急要6205轴承十套",
])
def test_own_machine_broken_is_an_order(industrial, text):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "order" and got["lines"]


def test_goods_received_broken_stays_a_complaint(industrial):
    got = industrial.extract("我们收到的6205轴承坏了两套，要换三十套的话怎么处理？", TODAY)
    assert got["intent"] != "order"


@pytest.mark.parametrize("text", [
    "昨天那单：6206开式轴承二十套不要了，另外追加6205开式轴承十套",
    "上周的订单里6206开式轴承取消，追加6205开式轴承十套，别的照旧",
])
def test_called_off_and_added_is_a_change(industrial, text):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "change"
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("BRG-6205", 10), ("BRG-6206", 0)]


@pytest.mark.parametrize("text", [
    "6205轴承要三十套，6206轴承要十套，润滑脂就不用了",
    "嗯那个6205轴承要三十套然后6206轴承要十套那个润滑脂就不要了啊下周送",
])
def test_goods_declined_in_a_new_order(industrial, text):
    got = industrial.extract(text, TODAY)
    assert got["intent"] == "order"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("BRG-6205", 30), ("BRG-6206", 10)]


def test_goods_declined_from_a_placed_order_still_cancel(industrial):
    assert industrial.extract("昨天订的6206轴承就不要了，6205轴承照常送", TODAY)["intent"] == "cancel"
