"""Chinese lines on round-10 kinds of wording: self-corrections naming the item, a past order noted in brackets, spans
of working days, comma-separated exports, Cantonese price questions, someone wanting on a customer's behalf, a cup
with its saucer (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.self_corrections import zh_corrected


@pytest.mark.parametrize("text,want", [
    ("手套要十打，安全帽二十个，不对，安全帽那个要三十个。", "手套要十打，安全帽三十个，"),
    ("螺母2000个，垫片2000个。不对，垫片要三千，其他不变。", "螺母2000个，垫片三千个。"),
    ("6206-zz要一百套\n对了6206那个改成一百五吧", "6206-zz要一百五套\n"),
    ("刚才说错了,不是6024是6204,要五十套", "6204,要五十套"),  # (the body's commas are normalised)
    # (after 对了 another item counted is a new line, and a placed order's line changed stays a change)
    ("手套要十打，对了，安全帽也要二十个", "手套要十打，对了，安全帽也要二十个"),
    ("上周订的螺丝3000个，对了螺丝改成五千个", "上周订的螺丝3000个，对了螺丝改成五千个"),
])
def test_named_zh_recounts(text: str, want: str) -> None:
    assert zh_corrected(text) == want


def _lines(ex, text: str) -> set[tuple[str, float | None]]:
    got = ex.extract(text, dt.date(2026, 11, 23))
    return {(ln["sku"], ln["quantity"]) for ln in got["lines"]}


def test_a_past_order_noted_in_brackets_counts_nothing(industrial) -> None:
    text = "六角螺母 镀锌 M10 10盒。上次订单（PO-7781，M10×50螺栓6盒）已经收到了，谢谢。"
    assert _lines(industrial, text) == {("NUT-M10-ZN", 500)}


def test_a_span_of_working_days_is_no_count(industrial) -> None:
    text = "平垫圈 镀锌 M10 4盒\n付款方式：月结30天\n如有缺货请于三个工作日内告知。"
    assert _lines(industrial, text) == {("WSH-M10-ZN", 800)}  # (200 washers a box)


def test_a_comma_separated_export_reads_its_qty_column(retail) -> None:
    text = ("门店系统导出\n单号,商品名称,货号,数量,单位,单价\n"
            "A-0091,JUMBO BAG RED RETROSPOT 大号购物袋,85099B,60,个,9.50\n"
            "A-0091,LUNCH BAG RED RETROSPOT 午餐袋,20725,40,个,6.00")
    assert _lines(retail, text) == {("85099B", 60), ("20725", 40)}


def test_a_cantonese_price_of_a_dozen_keeps_the_dozen(retail) -> None:
    got = retail.extract("請問 jumbo bag red retrospot 一打幾多錢？", dt.date(2026, 11, 23))
    assert got["intent"] == "quote" and [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("85099B", 12)]


def test_someone_wanting_on_a_customers_behalf_names_no_goods(retail) -> None:
    text = "客户问：白色的hanging heart T-light holder还有货吗？她想要30个，红色的也要10个。"
    assert _lines(retail, text) == {("85123A", 30), ("21733", 10)}


def test_a_cup_with_its_saucer_is_the_cup_and_saucer(retail) -> None:
    assert _lines(retail, "红点的杯子带碟子要二十四套") == {("22072", 24)}
