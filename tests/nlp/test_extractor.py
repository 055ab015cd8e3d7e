"""End-to-end extraction on messages written the way customers write."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 25)


def lines(result: dict) -> set:
    """(sku, quantity) pairs of an extraction."""
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_chinese_message(small):
    r = small.extract("李工，月底前要Q235钢板δ=10 三吨，还有6205轴承两百套", TODAY)
    assert r["intent"] == "order" and r["due_date"] == "2026-11-30"
    assert ("PL-Q235B-10", 3) in lines(r)


def test_email_with_signature_and_history(small):
    text = ("Hi,\n\nCould you please send us:\n- 12 x Jumbo Bag Red Retrospot\n- 10 x jumbo bag pink polkadot\n\n"
            "Thanks,\nClaire\nLittle Wren Gifts\nTel 01423 555 0193\n\n"
            "> On 3 Nov, Claire wrote:\n> last time we bought 100 lunch bags pink polkadot")
    r = small.extract(text, TODAY)
    assert lines(r) == {("85099B", 12), ("22386", 10)}
    assert r["intent"] == "order" and 0.0 <= r["confidence"] <= 1.0


def test_clean_list_is_surer_and_quoted_history_lowers_it(small):
    text = "Hi,\n\nCould you please send us:\n- 12 x Jumbo Bag Red Retrospot\n- 10 x jumbo bag pink polkadot\n\nThanks"
    r = small.extract(text, TODAY)
    assert r["confidence"] > 0.8 > small.extract("2 doz of the hanging heart holders again pls", TODAY)["confidence"]
    quoted = small.extract(text + "\n\n> On 3 Nov, Claire wrote:\n> last time we bought 100 lunch bags", TODAY)
    assert lines(quoted) == lines(r) and quoted["confidence"] < r["confidence"]


def test_threshold_and_line_confidences_are_calibrated(small):
    r = small.extract("12 x Jumbo Bag Red Retrospot please, and what about the hanging hearts?", TODAY)
    assert 0.9 <= small.threshold <= 0.999
    assert all(0 <= ln["confidence"] <= 1 for ln in r["lines"])


def test_a_sure_line_keeps_its_own_confidence_in_an_unsure_message(retail):
    # The person sees which line to check: the exact one stays sure, the vague one and the message do not.
    r = retail.extract("Please send 12 x 85099B jumbo bag red retrospot and 30 of the heart holders", TODAY)
    exact, vague = r["lines"][0], r["lines"][1]
    assert exact["sku"] == "85099B" and exact["confidence"] > max(vague["confidence"], r["confidence"])


def test_units_and_packs(small):
    r = small.extract("蓝色丁腈手套M码2000只，M8*30镀锌螺栓5盒，RVV 3*1.5 3卷", TODAY)
    assert lines(r) == {("GLV-NIT-BU-M", 20), ("BLT-M8X30-ZN", 500), ("CAB-RVV-3X1.5", 300)}


def test_intents(small):
    assert small.extract("Do you have the jumbo bag red retrospot in stock?", TODAY)["intent"] == "stock_query"
    assert small.extract("Please quote 200 jumbo bag red retrospot", TODAY)["intent"] == "quote"
    assert small.extract("Thanks for the quick delivery, all arrived fine!", TODAY)["intent"] == "other"
    assert small.extract("please cancel PO 4471", TODAY)["intent"] == "cancel"


def test_unsure_lines_offer_candidates(small):
    r = small.extract("2 doz of the hanging heart holders again pls", TODAY)
    line = r["lines"][0]
    assert line["quantity"] == 24 and len(line["candidates"]) >= 2
    assert line["confidence"] < small.threshold


def test_confirmation_is_remembered(small):
    small.remember_alias("sue@shop.example", "the hanging heart holders", "21733")
    r = small.extract("2 doz of the hanging heart holders again pls", TODAY, customer="sue@shop.example")
    assert lines(r) == {("21733", 24)}


def test_customer_from_sender(small):
    r = small.extract("From: Sue <sue@shop.example>\nSubject: order\n\n12 x jumbo bag red retrospot", TODAY)
    assert r["customer"] == "sue@shop.example"


def test_bad_inputs_give_clear_results(small):
    assert small.extract("", TODAY)["lines"] == []
    assert "error" in small.extract("\x00\x01\x02binary", TODAY)
    assert small.extract("x" * 3_000_000, TODAY)["intent"] == "other"
    assert small.extract("Bonjour, merci pour votre message.", TODAY)["lines"] == []


def test_a_describing_chunk_after_an_each_count_does_not_crash(retail):
    """A count taken by the lines before ("30 each") leaves nothing for "the red ones" to refine."""
    got = retail.extract("owl hand warmers and scotty dog hand warmers please. need around 30 each. the red ones",
                         dt.date(2026, 5, 1))
    assert {ln["sku"]: ln["quantity"] for ln in got["lines"]} == {"22865": 30, "22866": 30}
