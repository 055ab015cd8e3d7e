"""English line readings met in fresh wording: price columns of pasted rows, counts restated (own wording)."""
from __future__ import annotations

import datetime as dt

from nlp.catalog import CatalogItem
from nlp.extractor import Extractor
from nlp.followon import drop_open_headers
from nlp.quantities import find_quantities

DAY = dt.date(2026, 5, 4)


def _lines(ex, text):
    return [(ln["sku"], ln["quantity"]) for ln in ex.extract(text, DAY)["lines"]]


def test_row_led_by_count_ends_in_its_price():
    qtys = find_quantities("36    jumbo bag pink polkadot    2.10", [])
    assert qtys[0].value == 36


def test_pasted_invoice_rows_keep_their_leading_counts(small):
    text = "Same again as last month please:\n\n6   REGENCY CAKESTAND 3 TIER    10.95\n18   JUMBO BAG PINK POLKADOT    1.95\n"
    assert _lines(small, text) == [("22423", 6), ("22386", 18)]


def test_exclaimed_count_in_brackets_restates_the_line(small):
    text = "We want a gross of the pink polkadot jumbo bags (really, 144!) and 2 regency cakestands."
    assert _lines(small, text) == [("22386", 144), ("22423", 2)]


def test_price_as_a_verb_leaves_its_count(small):
    assert _lines(small, "Could you price 30 pink polkadot jumbo bags for me?") == [("22386", 30)]
    assert find_quantities("what is the price 20", []) == []


def test_ampersand_joins_a_variant_as_and_does(retail):
    got = _lines(retail, "what would the enamel pink tea container & the coffee one cost at 6 of each?")
    assert got == [("35809A", 6), ("35810A", 6)]


def test_sentence_ending_in_a_lone_digit_ends(small):
    text = "Have you got the pink polkadot jumbo bags? We need 8. Also the red retrospot ones?"
    assert [sku for sku, _ in _lines(small, text)] == ["22386", "85099B"]


def test_just_one_closing_its_phrase_is_a_count():
    assert [q.value for q in find_quantities("the regency cakestand as well, only one please", [])] == [1.0]
    assert find_quantities("just one more question", []) == []


def test_leading_number_of_a_pack_name_counts_it():
    ex = Extractor([CatalogItem("90001", "SET OF 4 OWL COASTERS"), CatalogItem("90002", "JUMBO BAG OWLS")])
    assert _lines(ex, "hello, could you send 4 owl coaster sets please") == [("90001", 4)]
    assert _lines(ex, "hello, could you send the 4 owl coasters") == [("90001", None)]


def test_swap_for_another_coded_item(industrial):
    got = industrial.extract("On PO 5521 please swap the DN100 butterfly valve for another DN100 gate valve instead, "
                             "so 2 gate valves altogether.", DAY)
    assert got["intent"] == "change"
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("VLV-GATE-DN100", 2)]


def _ln(sku, mention, qty=None, kin=False):
    return {"sku": sku, "quantity": qty, "mention": mention, "_f": {"kin": 1.0} if kin else {}}


def test_count_less_heading_of_two_variants_is_no_item():
    head = _ln("1", "any of the money tins")
    lines = [head, _ln("2", "any of the money tins the owl one", kin=True), _ln("3", "any of the money tins fox one", kin=True)]
    assert drop_open_headers(lines) == lines[1:]
    assert drop_open_headers(lines[:2]) == lines[:2]  # one variant after it: the head may be asked too
    counted = [head, _ln("2", "any of the money tins the owl one", 4, True), _ln("3", "any of the money tins fox one", 4, True)]
    assert drop_open_headers(counted) == counted


def test_name_opening_with_its_number_keeps_it(retail):
    assert _lines(retail, "have you any 6 ribbons elegant christmas in?") == [("22075", None)]
