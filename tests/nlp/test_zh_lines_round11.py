"""Chinese lines on round-11 kinds of wording: unit prices in dialect (几钱一个, 好多钱一米, 0.8元一只), 俩 before a code,
the count first ordered (原订), a pack size in one line's brackets, stocktake figures and 补到 (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 6, 10)


def _lines(ex, text: str) -> dict:
    return {ln["sku"]: ln["quantity"] for ln in ex.extract(text, TODAY)["lines"]}


@pytest.mark.parametrize("text,want", [
    # a unit price asked or quoted counts nothing: the count is the one wanted
    ("DN80闸阀几钱一台？要六台", {"VLV-GATE-DN80": 6}),
    ("那个RVV 3*1.5好多钱一米嘛？要三百米", {"CAB-RVV-3X1.5": 300}),
    ("KN95口罩要5000只，隔壁报的0.6元一只，能不能便宜点", {"MSK-KN95": 5000}),
    ("DN80闸阀一台", {"VLV-GATE-DN80": 1}),  # (one said as the count itself)
    # 俩 before a code is two of them
    ("再整俩DN80闸阀", {"VLV-GATE-DN80": 2}),
    ("再来两台DN80闸阀", {"VLV-GATE-DN80": 2}),
    # the count first ordered is the old one
    ("M10螺母原订8盒，先取消3盒", {"NUT-M10-ZN": 150}),
    ("按原订的规格，M10螺母8盒", {"NUT-M10-ZN": 400}),  # (原订 not before the count)
])
def test_zh_counts(industrial, text, want):
    assert _lines(industrial, text) == want


def test_pack_size_in_one_lines_brackets(industrial):
    """ "切割片20盒（每盒50片）" says those boxes' size; the grinding discs after keep the catalogue's 25 a box."""
    got = _lines(industrial, "树脂切割片105要12盒（每盒50片），磨光片100*6要4盒")
    assert got == {"CD-105X1.2": 600, "GD-100X6": 100}
    got = _lines(industrial, "磨光片100*6要4盒（20片/盒），切割片105要2盒")
    assert got == {"GD-100X6": 80, "CD-105X1.2": 100}


def test_stocktake_top_up(industrial):
    """ "账面 / 实际" are stock figures; "补到200套" orders what the counted stock lacks; "再补60套" is a count."""
    got = _lines(industrial, "盘点：6205-2RS账面80套、实际70套，补到150套；6206-2RS实际只有10套，再补60套。")
    assert got == {"BRG-6205-2RS": 80, "BRG-6206-2RS": 60}
    got = _lines(industrial, "6205-2RS补到150套")  # (no stock said: the count as written)
    assert got == {"BRG-6205-2RS": 150}


def test_spaced_times_sign_before_a_count(retail):
    """ "22386 ×10": a sign spaced before and glued to the number is a count mark; "40 × 40" stays a size."""
    from nlp.text import normalize
    assert normalize("20725 ×6") == "20725 ×6" and normalize("方管 40 × 40") == "方管 40x40"
    got = _lines(retail, "补货：\n1、20725 ×6\n2、22386 ×4")
    assert got == {"20725": 6, "22386": 4}


def test_cotton_yarn_slip(industrial):
    """棉沙 / 绵纱 typed for 棉纱 (cotton yarn) still names the cotton work gloves; 沙 elsewhere is left alone."""
    from nlp.spec_forms import zh_slips
    assert zh_slips("棉沙手套五打") == "棉纱手套五打" and zh_slips("沙子两吨") == "沙子两吨"
    assert _lines(industrial, "绵纱手套要五打") == {"GLV-COT-600": 60}


def test_pipe_row_with_empty_last_cell_and_priced_column(industrial):
    """A '|' row ending in an empty 备注 cell is still a row of its table; the 单价(元) column is no count."""
    text = ("序号 | 品名 | 规格 | 单位 | 数量 | 单价(元) | 备注\n"
            "1 | 槽钢 | 10# | 吨 | 1.5 | 4,200 | \n"
            "2 | 等边角钢 | L50×5 | 吨 | 2 | 4,350 | 急")
    assert _lines(industrial, text) == {"CH-10": 1.5, "ANG-50X5": 2}


def test_count_changed_from_is_no_size(industrial):
    """ "M10螺母从8盒改到5盒": the count changed from names no size, so the nut is still the M10 one."""
    assert _lines(industrial, "订单里M10螺母从8盒改到5盒") == {"NUT-M10-ZN": 250}
    assert _lines(industrial, "订单里M10螺母从3000改成1500，其他不变") == {"NUT-M10-ZN": 1500}


@pytest.mark.parametrize("text,want", [
    # gift-trade words: a double-decker bus (not "2 tier"), the Queen's guard, a wooden-handled skipping rope
    ("伦敦双层巴士的马克杯要48个", {"22970": 48}),
    ("卫兵那款马克杯来12个", {"22971": 12}),
    ("木柄跳绳30根", {"21891": 30}),
    ("双层蛋糕架6个", {"22221": 6}),  # (双层 alone is still two tiers)
])
def test_gift_words(retail, text, want):
    assert _lines(retail, text) == want


def test_row_of_an_order_referred_to(industrial):
    """ "第3行槽钢取消": the row number of the earlier order names no size of the channel."""
    got = industrial.extract("PO-7781 第3行槽钢取消，其他照常", TODAY)
    assert got["intent"] == "cancel" and {ln["sku"]: ln["quantity"] for ln in got["lines"]} == {"CH-10": None}
    assert _lines(industrial, "第二项的M10螺母改成6盒") == {"NUT-M10-ZN": 300}


def test_family_heading_kinds_listed(retail):
    """ "hot water bottle 两款：…": the family over the kinds listed is no line; asked alone it still is."""
    got = _lines(retail, "帮客户询价，hot water bottle 两款：22111 scottie dog 48pcs，22835 48pcs")
    assert got == {"22111": 48, "22835": 48}
    assert len(_lines(retail, "hot water bottle 两款都有货吗？")) == 1  # (no listed kinds: the family asked about)


@pytest.mark.parametrize("said,want", [
    # a code read out digit by digit ends where a spoken decimal starts; the decimal is set apart from the code
    ("焊条J四二二三点二的", "焊条j422 3.2的"),
    ("焊条J422四点零的", "焊条j422 4.0的"),
    ("一点二的焊丝", "1.2的焊丝"),
    ("十二点五的", "12.5的"),
    ("六二零五铁封的", "6205铁封的"),  # (a code's digits alone, as before)
    ("J四二二焊条", "j422焊条"),
])
def test_spoken_code_then_decimal(said, want):
    from nlp.text import normalize
    assert normalize(said) == want


def test_spoken_rod_code_and_size(industrial):
    assert _lines(industrial, "焊条J四二二三点二的要三箱") == {"WR-E6013-3.2": 60}


def test_too_few_said_back(industrial):
    """ "要4盒 … 4盒不够，要6盒" (a chat's answer) makes the first count 6; "那就6盒吧" agrees, adding none."""
    text = "采购群：\n小张：M10螺母要4盒\n老刘：4盒不够，要6盒\n小张：那就6盒吧"
    assert _lines(industrial, text) == {"NUT-M10-ZN": 300}
    assert _lines(industrial, "M10螺母要4盒，要是不够再说") == {"NUT-M10-ZN": 200}  # (no count asked instead)


def test_repeat_with_more_on_top(industrial):
    """ "跟上次一样，M10螺母多要两盒" over the quoted order: its lines, the nuts two boxes more; without the repeat
    the "more" line is read as it stands."""
    quoted = "\n\n> 上次订单：\n> M10螺母 4盒\n> 黄色安全帽 10顶"
    assert _lines(industrial, "跟上次一样再来一批，M10螺母多要两盒。" + quoted) == {"NUT-M10-ZN": 300, "HLM-ABS-YL": 10}
    assert _lines(industrial, "M10螺母多要两盒。") == {"NUT-M10-ZN": 100}


def test_seal_type_before_a_count(industrial):
    """ "6306 open type 40 sets": the seal's type word, then the count; "type 40" alone names a model."""
    from nlp.quantities import find_quantities
    got = _lines(industrial, "请安排：bearing 6205-2RS 60 sets，6308 open type 40 sets，谢谢")
    assert got == {"BRG-6205-2RS": 60, "BRG-6308": 40}
    assert max(q.strength for q in find_quantities("fuse type 40", [])) < 1


def test_spoken_bolt_length_and_two_slip(industrial):
    """ "M8的螺栓三十长的要量盒": a length said after the noun in numerals is the M8x30 bolt; 量盒 is 两盒 misheard."""
    from nlp.spec_forms import zh_slips
    assert _lines(industrial, "另外M8的螺栓三十长的来量盒") == {"BLT-M8X30-ZN": 200}
    assert _lines(industrial, "M8螺栓30长的两盒") == {"BLT-M8X30-ZN": 200}
    assert zh_slips("要量盒") == "要两盒" and zh_slips("测量盒子") == "测量盒子"  # (量 of a word stays)
