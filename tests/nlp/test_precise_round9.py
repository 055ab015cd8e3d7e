"""Round 9 precision and counts: grade numbers in row lists, tentative counts, restated and row-total counts."""
from __future__ import annotations

import datetime as dt

from nlp.spoken import spoken_counts

DAY = dt.date(2026, 6, 3)


def _lines(ex, text):
    return {ln["sku"]: ln["quantity"] for ln in ex.extract(text, DAY)["lines"]}


def test_rows_under_each_other_are_no_run_on_line():
    text = "send:\n3 drums 68 gear oil\n5 bags of 20 ties"
    assert spoken_counts(text) == text
    assert spoken_counts("50 owls 30 spots 20 stars") == "50 owls, 30 spots, 20 stars"


def test_a_grade_number_after_a_pack_count_in_a_row_list(industrial):
    text = "Price please:\n1 x DN80 check valve\n2 pails 46 hydraulic oil\n3 tubs of EP3 grease"
    got = _lines(industrial, text)
    assert got["OIL-HM46"] == 36 and got["VLV-CHK-DN80"] == 1


def test_a_count_said_as_a_price_condition_is_no_count_of_the_next_item(retail):
    got = _lines(retail, "Price on the red retrospot picnic bags? We could take 48. And the strawberry ones too")
    assert got == {"21936": 48, "21937": None}
    got = _lines(retail, "Price on the union jack hot water bottles please? We may take 20. And the union jack doorstop too")
    assert got["22125"] == 20 and got["21624"] is None


def test_too_still_shares_a_plain_count(retail):
    assert _lines(retail, "please send 12 of the red retrospot picnic bags and the strawberry ones too") == {"21936": 12, "21937": 12}


def test_same_quantity_as_its_own_clause_takes_the_count_before(retail):
    got = _lines(retail, "Price for a gross of the folkart zinc stars? And the zinc hearts, same quantity. Under a pound each and I'll order.")
    assert got == {"35958": 144, "35961": 144}


def test_a_count_that_stays_as_it_was_is_no_changed_line(retail):
    got = _lines(retail, "About last week's order:\n- robin cards up to 48\n- singing angel cards remain at 24\nta")
    assert got == {"22034": 48}


def test_a_count_of_the_list_rows_is_no_line(retail):
    text = "Please send\n22477 Watering can garden marker 36\n22479 Daisy garden marker 12\nTotal: 2 lines"
    assert _lines(retail, text) == {"22477": 36, "22479": 12}
    assert _lines(retail, "22477 Watering can garden marker x 36, 22479 daisy garden marker x 12 - 2 items in all") == {"22477": 36, "22479": 12}


def test_a_count_for_an_occasion_goes_to_the_line_asked_about(retail):
    assert _lines(retail, "is the white lovebird lantern in stock? would need 24 for a June wedding") == {"22224": 24}
    assert _lines(retail, "any white lovebird lanterns left? we need 40 for our christmas party") == {"22224": 40}


def test_a_new_count_said_bare_after_from_n_packs_keeps_the_pack(industrial):
    got = _lines(industrial, "on PO 7781 could you take the M10x40 bolts from 2 boxes to 4, thanks")
    assert got == {"BLT-M10X40-ZN": 200}
    assert spoken_counts("oil from 2 pails to 3.") == "oil from 2 pails to 3 pails."
    assert spoken_counts("moving from 2 boxes to 3 sites") == "moving from 2 boxes to 3 sites"


def test_a_count_someone_had_last_season_is_history(retail):
    text = "For reference our café had last summer (24 x white lovebird lantern). Now we only want 10 regency cakestand 3 tier."
    assert _lines(retail, text) == {"22423": 10}


def test_address_numbers_are_no_counts(retail):
    text = "Please send 8 white lovebird lanterns. Invoices now go to Acme Finance, PO Box 447, LS2 7QQ."
    assert _lines(retail, text) == {"22224": 8}
