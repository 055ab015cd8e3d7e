"""Fresh English wordings of the twelfth round's second wave (own sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2026, 10, 5)


def _read(ex, text: str, day: dt.date = DAY) -> dict:
    return ex.extract(text, day)


def _lines(ex, text: str, day: dt.date = DAY) -> list[tuple[str | None, float | None]]:
    return sorted((ln["sku"] or "", ln["quantity"]) for ln in _read(ex, text, day)["lines"])


@pytest.mark.parametrize("text,want", [
    # a market chalet's, booth's or kiosk's number names the place, it counts nothing (nor is it the chalet decoration)
    ("Booth 22 at the craft fair here: 8 union flag doormats please.", [("48138", 8)]),
    ("Hi from chalet 7! Could we have 5 of the keep calm doormats by Friday?", [("23284", 5)]),
    ("Please send 6 union flag doormats to the station kiosk 3.", [("48138", 6)]),
])
def test_place_numbers(retail, text: str, want: list) -> None:
    assert _lines(retail, text) == want


@pytest.mark.parametrize("text", [
    # lines added to, or a line remade on, an order named first: "on order N –", "re our order from <day>:", "PO N: make"
    "Just a note on order 7712 – can you add 4 union flag doormats? Same day is fine.",
    "Re my order from Tuesday: add 3 keep calm doormats please.",
    "PO 8830: make the keep calm doormats union flag ones instead, same 10.",
])
def test_placed_order_edits(retail, text: str) -> None:
    assert _read(retail, text)["intent"] == "change"


def test_new_order_with_number_stays_order(retail) -> None:
    # an order that only quotes its own reference orders
    assert _read(retail, "Order 7712: 4 union flag doormats please.")["intent"] == "order"


def test_correction_word_recounts(industrial) -> None:
    # "- correction, N -" between pauses: the count said after it replaces the one before
    got = _read(industrial, "Pump house order: M8x40 stainless bolts 300 - correction, 400 - and 1 box of KN95 masks.")
    assert got["intent"] == "order"
    assert sorted((ln["sku"], ln["quantity"]) for ln in got["lines"]) == [("BLT-M8X40-SS", 400), ("MSK-KN95", 50)]


@pytest.mark.parametrize("text,day,due", [
    # a day fixed in the calendar, said after "before" / "by" / the texting "b4", names that day
    ("Please send 12 union flag doormats before Valentine's Day.", dt.date(2027, 1, 20), "2027-02-14"),
    ("12 keep calm doormats please, by valentines if you can.", dt.date(2026, 10, 5), "2027-02-14"),
    ("Could we get 6 union flag doormats before Halloween?", dt.date(2026, 10, 5), "2026-10-31"),
    ("send 4 keep calm doormats b4 bonfire night pls", dt.date(2026, 10, 5), "2026-11-05"),
    ("need 10 union flag doormats b4 christmas eve", dt.date(2026, 12, 1), "2026-12-24"),
    # said of no deadline, the day sets none
    ("Our Valentine's window needs 12 union flag doormats.", dt.date(2027, 1, 20), None),
])
def test_fixed_days(retail, text: str, day: dt.date, due: str | None) -> None:
    assert _read(retail, text, day)["due_date"] == due


def test_place_then_colon_counts(retail) -> None:
    # "for the kiosk: 30 …": after a colon the number opens the list, it is no kiosk number
    assert _lines(retail, "Please pack for the harbour kiosk: 30 union flag doormats.") == [("48138", 30)]


@pytest.mark.parametrize("text,want", [
    # "N each of:" heads the list after its colon, as "N of each:" does
    ("Please quote 10 each of: keep calm doormat, union flag doormat.", [("23284", 10), ("48138", 10)]),
    # a clause that is only "and the X one" after a counted question asks the same count of it
    ("What would the keep calm doormat be if I take 20? And the union flag one.", [("23284", 20), ("48138", 20)]),
    # (the plural may ask of a whole range: no count given to it)
    ("How much for 20 of the keep calm doormats? and the union flag ones", [("23284", 20), ("48138", None)]),
    # "…, and the X version too" is an item of its own, at the same count
    ("Price for 20 of the keep calm doormats please, and the union flag version too.", [("23284", 20), ("48138", 20)]),
])
def test_counts_shared(retail, text: str, want: list) -> None:
    assert _lines(retail, text) == want


@pytest.mark.parametrize("text,intent", [
    # the last order again, no line said: "the same as the last time", "send the usual"
    ("Hello, the same as the last time please, for the autumn.", "order"),
    ("Send us the usual for the tea room when you get a chance.", "order"),
    # "u still got …", "you have still …" ask about stock, with or without a question mark
    ("any chance u still got the keep calm doormats", "stock_query"),
    ("Hello, you have still the union flag doormats? I take 4.", "stock_query"),
    # "what sort of money" asks a price
    ("what sort of money for the keep calm doormats?", "quote"),
    # asking whether terms are offered asks no price
    ("Do you offer sale or return on doormats? Only asking before we order.", "other"),
])
def test_intent_wordings(retail, text: str, intent: str) -> None:
    assert _read(retail, text)["intent"] == intent


@pytest.mark.parametrize("text,want", [
    # a market stall's number is no count, but "for the stall: 30 …" opens the list after its colon
    ("Spring fete stall: 12 union flag doormats and 6 keep calm doormats.", [("23284", 6), ("48138", 12)]),
    # what the sender still holds ("we've 3 … left") is no line
    ("Please send 10 union flag doormats, we've 3 doormats left.", [("48138", 10)]),
    ("Only 2 mats left here, so 8 keep calm doormats please.", [("23284", 8)]),
])
def test_place_and_held_counts(retail, text: str, want: list) -> None:
    assert _lines(retail, text) == want


@pytest.mark.parametrize("text,day,due", [
    # a day and month written out keeps its date in a quote that waits on going ahead; a span counted from the order does not
    ("Please quote 20 union flag doormats. Wanted by 12 November if we go ahead.", dt.date(2026, 10, 5), "2026-11-12"),
    ("Please quote 20 union flag doormats. Wanted by the end of next month if we go ahead.", dt.date(2026, 10, 5), None),
    # goods for something at an event take the event's day
    ("Could I have a price for 30 keep calm doormats? They would be for the doors at a wedding on 14 November.", dt.date(2026, 10, 5), "2026-11-14"),
])
def test_quote_dates(retail, text: str, day: dt.date, due: str | None) -> None:
    assert _read(retail, text, day)["due_date"] == due


@pytest.mark.parametrize("text,want", [
    # an outer pack's content said in inner packs ("N boxes to a case") counts the outer packs in those inner packs
    ("Please send 3 cases of blue nitrile gloves size M (10 boxes to a case).", [("GLV-NIT-BU-M", 30)]),
    ("2 cartons of M8x40 stainless bolts please (4 boxes per carton).", [("BLT-M8X40-SS", 800)]),
    # how many offers are compared is no count of the goods
    ("Quote please: 2 t of 63x6 angle. We're getting three prices on it.", [("ANG-63X6", 2)]),
])
def test_packs_and_offers(industrial, text: str, want: list) -> None:
    assert _lines(industrial, text) == want


@pytest.mark.parametrize("text,want", [
    # after a bare "no," the same goods counted again in packs replace the item
    ("Site store order: 20 KN95 masks - no, a box of KN95 masks.", [("MSK-KN95", 50)]),
    # after a bare "no," "make those <variant>" swaps the variant just said, its count kept
    ("Do you have hard hats? 12 yellow, and 6 white - no, make those red, for the foremen.",
     [("HLM-ABS-RD", 6), ("HLM-ABS-YL", 12)]),
])
def test_recast_after_no(industrial, text: str, want: list) -> None:
    assert _lines(industrial, text) == want


@pytest.mark.parametrize("text,want", [
    # "keep N" after a partial cancel is what stays, no line
    ("Please cancel 6 of the 10 union flag doormats - keep 4.", [("48138", 6)]),
    # a line struck out on a typed-up note is not ordered
    ("From the shop list:\nunion flag doormat - 5\nkeep calm doormat - 3 (crossed out)", [("48138", 5)]),
])
def test_kept_and_struck(retail, text: str, want: list) -> None:
    assert _lines(retail, text) == want


def test_need_for_purpose(retail) -> None:
    # "need (like) N for <what they fill>" after a stock question counts the goods asked about, not the purpose's goods
    assert _lines(retail, "u got the union flag doormats in stock need like 8 for party bags") == [("48138", 8)]
    assert _lines(retail, "any union flag doormats in stock? need 8 for party bags") == [("48138", 8)]


@pytest.mark.parametrize("text,want", [
    # "same qty as the <X>s" takes the count of the line X names, not of the line just before
    ("Price on 3 x DN80 gate valves and 1 x DN100 gate valve? Also the DN80 check valve, same qty as the 80s.",
     [("VLV-CHK-DN80", 3), ("VLV-GATE-DN100", 1), ("VLV-GATE-DN80", 3)]),
    # a plain "same qty" still takes the line before's
    ("Price on 3 x DN80 gate valves and the DN100 gate valve, same qty.", [("VLV-GATE-DN100", 3), ("VLV-GATE-DN80", 3)]),
])
def test_same_qty_as(industrial, text: str, want: list) -> None:
    assert _lines(industrial, text) == want


def test_quotes_to_reach_us_by(industrial) -> None:
    # the day quotations are to reach the buyer is no due date of the goods
    got = _read(industrial, "RFQ: 6 x DN80 gate valves. Quotations to reach us by 20 October.")
    assert (got["intent"], got["due_date"]) == ("quote", None)


def test_change_to_new_not_old(industrial) -> None:
    # "change the X to <new> not <old>, still N": the new variant at the count kept
    got = _read(industrial, "Re PO 3120 - change the vee belts to B1600 not B2000, still 4.")
    assert (got["intent"], [(ln["sku"], ln["quantity"]) for ln in got["lines"]]) == ("change", [("VB-B-1600", 4)])


@pytest.mark.parametrize("text,want", [
    # a bearing's other seal said after it ("the same in ZZ", "20 ZZ", "the 2RS ones") keeps its number
    ("Price please: 12 x 6305 2RS bearings and 12 of the same in ZZ.", [("BRG-6305-2RS", 12), ("BRG-6305-ZZ", 12)]),
    ("8 x 6308 open bearings please and 8 of the 2RS ones.", [("BRG-6308", 8), ("BRG-6308-2RS", 8)]),
])
def test_seal_follow_on(industrial, text: str, want: list) -> None:
    assert _lines(industrial, text) == want


def test_container_said_after_comma(retail) -> None:
    # ", the tin of 40 cones," after the goods says what they come in: one item, not a line of its own
    got = _lines(retail, "Please send 10 of the lavender incense, the tin of 40 cones, and 6 keep calm doormats.")
    assert got == [("17090A", 10), ("23284", 6)]


@pytest.mark.parametrize("text,intent,want", [
    # goods reported damaged on arrival count nothing wanted
    ("The box came fine, 2 of the ornaments chipped but no matter. Could you send the invoice to our accounts team from now on?",
     "other", []),
    ("Send 6 union flag doormats please. 2 of the ones from last time were chipped, no bother.", "order", [("48138", 6)]),
])
def test_damaged_counts(retail, text: str, intent: str, want: list) -> None:
    got = _read(retail, text)
    assert (got["intent"], sorted((ln["sku"], ln["quantity"]) for ln in got["lines"])) == (intent, want)
