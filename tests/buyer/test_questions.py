"""nlp.questions: questions people really type, en + zh, with the parse expected (unclear ones included)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nlp.catalog import load_catalog
from nlp.questions import QuestionParser

DATA = Path(__file__).resolve().parents[2] / "tests/data"
WEDNESDAY = dt.date(2026, 11, 25)  # "this week" = 4 more days, "next week" = 11
M8 = {"BLT-M8X20-ZN", "BLT-M8X30-ZN", "BLT-M8X40-ZN", "BLT-M8X30-SS", "BLT-M8X40-SS"}
M10 = {"BLT-M10X30-ZN", "BLT-M10X40-ZN", "BLT-M10X50-ZN", "BLT-M10X40-SS"}
B6204 = {"BRG-6204", "BRG-6204-2RS", "BRG-6204-ZZ"}
NOT_A_QUESTION = None

# text -> (kind, skus (a set: several means "ask which"), days)
CASES = [
    ("how many M8 bolts do we have", ("stock", M8, None)),
    ("How many M8 bolts do we have?", ("stock", M8, None)),
    ("M8螺栓还有多少", ("stock", M8, None)),
    ("M8螺栓库存多少", ("stock", M8, None)),
    ("how many m8x30 bolts in stock", ("stock", {"BLT-M8X30-ZN"}, None)),
    ("stock M8x30", ("stock", {"BLT-M8X30-ZN"}, None)),
    ("any M10 bolts left?", ("stock", M10, None)),
    ("do we still have 6204-2RS bearings", ("stock", {"BRG-6204-2RS"}, None)),
    ("6204ZZ库存", ("stock", {"BRG-6204-ZZ"}, None)),
    ("6204-2RS还有货吗", ("stock", {"BRG-6204-2RS"}, None)),
    ("查一下M12螺母库存", ("stock", {"NUT-M12-ZN"}, None)),
    ("what's the stock on M12 nuts", ("stock", {"NUT-M12-ZN"}, None)),
    ("what arrives this week", ("incoming", set(), 4)),
    ("What's arriving this week?", ("incoming", set(), 4)),
    ("what's coming in next week", ("incoming", set(), 11)),
    ("anything arriving today?", ("incoming", set(), 0)),
    ("这周到什么货", ("incoming", set(), 4)),
    ("本周有哪些到货", ("incoming", set(), 4)),
    ("下周有什么到货", ("incoming", set(), 11)),
    ("when do the 6204 bearings arrive?", ("incoming", B6204, None)),
    ("6204轴承什么时候到", ("incoming", B6204, None)),
    ("what runs out in the next 7 days", ("runout", set(), 7)),
    ("what will run out in two weeks", ("runout", set(), 14)),
    ("what's running low", ("runout", set(), None)),
    ("anything about to run out?", ("runout", set(), None)),
    ("stockouts next 10 days?", ("runout", set(), 10)),
    ("未来7天哪些会断货", ("runout", set(), 7)),
    ("哪些快没货了", ("runout", set(), None)),
    ("两周内会缺货的有哪些", ("runout", set(), 14)),
    ("M8x30螺栓够用几天", ("runout", {"BLT-M8X30-ZN"}, None)),
    ("how long will the M8x30 bolts last", ("runout", {"BLT-M8X30-ZN"}, None)),
    ("who sells 6204 bearings cheapest", ("cheapest", B6204, None)),
    ("cheapest supplier for M12 nuts?", ("cheapest", {"NUT-M12-ZN"}, None)),
    ("where can we buy M8x40 bolts cheapest", ("cheapest", {"BLT-M8X40-ZN"}, None)),
    ("6204轴承谁家最便宜", ("cheapest", B6204, None)),
    ("M8x30螺栓哪家最便宜", ("cheapest", {"BLT-M8X30-ZN"}, None)),
    ("what should we buy", ("suggestions", set(), None)),
    ("any purchase suggestions?", ("suggestions", set(), None)),
    ("采购建议", ("suggestions", set(), None)),
    ("show me the heatmap", ("heatmap", set(), None)),
    ("how many do we have?", ("unclear", set(), None)),
    ("how are things?", ("unclear", set(), None)),
    ("库存怎么样？", ("unclear", set(), None)),
    ("do you have 200 M8 bolts? we need them friday", NOT_A_QUESTION),
    ("Please send 300 M8x30 bolts by Friday", NOT_A_QUESTION),
    ("pls send 50 6204-2RS bearings", NOT_A_QUESTION),
    ("你们有M8螺栓吗？我们要500个，周五前送到", NOT_A_QUESTION),
    ("need 20 6204ZZ by tomorrow", NOT_A_QUESTION),
    ("hello", NOT_A_QUESTION),
    ("thanks!", NOT_A_QUESTION),
]


@pytest.fixture(scope="module")
def parser():
    return QuestionParser(load_catalog(DATA / "catalog_industrial.csv"))


def test_the_table_is_big_enough():
    assert len(CASES) >= 40
    assert sum(1 for text, _ in CASES if any("\u4e00" <= c <= "\u9fff" for c in text)) >= 15


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_parse(parser, text, expected):
    got = parser.parse(text, WEDNESDAY)
    if expected is None:
        assert got is None
        return
    kind, skus, days = expected
    assert (got["kind"], set(got["skus"]), got["days"]) == (kind, skus, days)
    assert got["lang"] == ("zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en")
    assert got["sure"] == (len(skus) == 1)


def test_customer_voice_is_marked_for_the_salesperson_rule(parser):
    assert parser.parse("do you have M8 bolts in stock?", WEDNESDAY)["voice"] == "customer"
    assert parser.parse("do we have M8 bolts in stock?", WEDNESDAY)["voice"] == "internal"


def test_quantity_is_read_only_when_a_unit_says_so(parser):
    assert parser.parse("best price on 6205 2RS for 500 pcs", WEDNESDAY)["quantity"] == 500
    assert parser.parse("who sells 6204 bearings cheapest", WEDNESDAY)["quantity"] is None  # 6204 is a code


def test_products_for_a_bare_mention(parser):
    assert parser.products("M8x30") == ["BLT-M8X30-ZN"]
    assert set(parser.products("6204")) == B6204
    assert parser.products("") == []


def test_home_goods_in_both_languages():
    home = QuestionParser(load_catalog(Path(__file__).resolve().parents[2] / "demo/catalog.csv"))
    assert home.parse("how many jumbo bag red retrospot do we have", WEDNESDAY)["skus"] == ["85099B"]
    assert home.parse("红色圆点大号购物袋库存多少", WEDNESDAY)["skus"] == ["85099B"]
    assert len(home.parse("how many jumbo bags do we have?", WEDNESDAY)["skus"]) > 1
