"""Chinese round-12 third wave: counts taken back twice or after 不是 and a pause, and struck-through list rows
(own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.clean import clean
from nlp.self_corrections import zh_corrected

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize("text,want", [
    ("螺母来五盒,不对,七盒,哦不,还是九盒吧", "螺母来九盒吧"),
    ("球阀要六个......不是,五个,再来两个弯头", "球阀要五个,再来两个弯头"),
    ("焊条拿三箱——不是,四箱", "焊条拿四箱"),
    ("垫片二十包,哦不,还是二十五包", "垫片二十五包"),
])
def test_zh_count_taken_back(text, want):
    assert zh_corrected(text) == want


@pytest.mark.parametrize("text", ["要六个,不是五个", "要六个不是五个"])
def test_zh_not_without_pause_keeps_the_count(text):
    assert zh_corrected(text) == text


def test_struck_rows_dropped():
    body = clean("备料清单\n扁钢 3吨\n~~白漆 5桶~~（划掉）\n~~黑漆 2桶~~\n交货：下周").body
    assert "漆" not in body and "扁钢 3吨" in body


def test_struck_row_gives_no_line(industrial):
    got = industrial.extract("领料单\n10#槽钢 ……… 3吨\n~~铁红防锈漆 ……… 2桶~~（已划掉）\n月底前要", TODAY)
    assert {ln["sku"] for ln in got["lines"]} == {"CH-10"}


def test_single_tilde_kept():
    assert "~5" in clean("扁钢 ~5吨").body


def test_colour_pencils_abbreviated(retail):
    got = retail.extract("美术班要36色的彩铅 doily 十五套", TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("23370", 15)]


@pytest.mark.parametrize("ask", ["也报一下", "也报"])
def test_a_second_size_priced_too(industrial, ask):
    got = industrial.extract(f"闸阀DN80麻烦报价，数量6台，DN100的{ask}", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("VLV-GATE-DN80", 6), ("VLV-GATE-DN100", 6)}


def test_a_price_asked_again_is_a_quote(industrial):
    got = industrial.extract("M12螺母上回的价有点贵，这批打算要三百盒，请重新报一下价", TODAY)
    assert got["intent"] == "quote"


def test_invoice_header_change_asked_politely(industrial):
    got = industrial.extract("你好，开票抬头麻烦改为：某某建材有限公司。", TODAY)
    assert got["intent"] == "other" and not got["lines"]


@pytest.mark.parametrize("text,want", [
    ("DOLLY CABINET 抽屉柜 两个", {("23458", 2)}),
    ("rococo 壁镜要三个", {("23462", 3)}),
    ("woodland 迷你背包 四个", {("23388", 4)}),
    ("sweetheart 铁丝果篮 八个", {("22799", 8)}),
    ("union jack 的公交卡套 二十个", {("22997", 20)}),
    ("儿童蓝色雨衣 十五件", {("21788", 15)}),
])
def test_gift_nouns_in_chinese(retail, text, want):
    got = retail.extract(text, TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == want


def test_two_goods_joined_each_counted(retail):
    got = retail.extract("ROCOCO 墙镜 和 DOLLY CABINET 斗柜 各三个", TODAY)
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("23462", 3), ("23458", 3)}


def test_a_renovation_put_off_recounts_nothing(industrial):
    got = industrial.extract("之前订的DN80闸阀那三个不要了，仓库改造推迟了，其余不变。", TODAY)
    assert got["intent"] == "cancel"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("VLV-GATE-DN80", 3)]


@pytest.mark.parametrize("text,want", [
    ("弯头12个取消4个", "弯头,取消4个"),
    ("焊条30箱里面退掉10箱", "焊条,退掉10箱"),
])
def test_zh_part_taken_off(text, want):
    assert zh_corrected(text) == want


def test_part_of_a_line_cancelled(industrial):
    got = industrial.extract("M10螺母20盒里取消8盒", TODAY)
    assert got["intent"] == "cancel"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("NUT-M10-ZN", 400)]
