"""Self-corrections inside an order: the corrected count or item replaces what was just said (own sentences)."""
from __future__ import annotations

import datetime as dt

from nlp.spoken import spoken_counts

TODAY = dt.date(2026, 9, 8)


def _lines(result: dict) -> set:
    return {(ln["sku"], ln["quantity"]) for ln in result["lines"]}


def test_a_count_said_again_replaces_only_the_count():
    assert spoken_counts("send 20 green teacups - sorry, make that 30 - and 4 cake stands") == \
        "send 30 green teacups - and 4 cake stands"
    assert spoken_counts("6 x woodland bags, 6 x pink bags - no wait, make it 9 of the pink") == \
        "6 x woodland bags, 9 x pink bags"
    assert spoken_counts("could we have 14 teapots... make that 16, thanks") == "could we have 16 teapots, thanks"
    # a remark on the old count before the new one
    assert spoken_counts("20 mugs - no wait, that's too many, 14 - plus 3 jugs") == "14 mugs - plus 3 jugs"


def test_make_that_gives_a_count_to_an_uncounted_item_or_changes_a_placed_order():
    said = "could we have 8 jugs and the tea towels, make that 20 of those"
    assert spoken_counts(said) == said  # the towels had no count: 20 is theirs
    assert spoken_counts("the mugs we ordered - can we make that 40 instead?") == \
        "the mugs we ordered - can we make that 40 instead?"


def test_another_item_counted_anew_replaces_the_last_item():
    assert spoken_counts("also 3 boxes of red candles? no sorry - white dinner candles, 3 boxes.") == \
        "also white dinner candles, 3 boxes."
    # a count of the next item is no count of the correction's own
    assert spoken_counts("4 of the teapots red no sorry green and 10 of the mugs") == \
        "4 of the teapots red no sorry green and 10 of the mugs"


def test_corrected_order_stays_an_order(retail):
    got = retail.extract("Please send 10 x lunch bag woodland, 10 x lunch bag pink polkadot - sorry, "
                         "make that 16 of the polkadot - and 5 red retrospot lunch bags.", TODAY)
    assert got["intent"] == "order"
    assert _lines(got) == {("20726", 10), ("22384", 16), ("20725", 5)}


def test_a_variant_taken_back_in_a_sentence_of_its_own_is_swapped_in_place():
    assert spoken_counts("6 x gift bags owls, 6 x gift bags stars. Actually drop the stars, send hearts instead. "
                         "Ta") == "6 x gift bags owls, 6 x gift bags hearts. Ta"
    # said of a placed order, the swap is a change, read by the change rules
    said = "re our order: 6 x gift bags stars. actually drop the stars, send hearts instead."
    assert spoken_counts(said) == said


def test_a_swapped_variant_keeps_the_order_intent(retail):
    got = retail.extract("For the café: 8 x green regency teacup and saucer, 8 x pink regency teacup and saucer. "
                         "Oh actually skip the pink, do roses instead.", TODAY)
    assert got["intent"] == "order"
    assert _lines(got) == {("22697", 8), ("22699", 8)}


def test_an_arrow_between_two_counts_reads_from_to():
    assert spoken_counts("teapots 6 -> 9, mugs 2 → 4") == "teapots from 6 to 9, mugs from 2 to 4"


def test_an_arrow_recount_on_a_placed_order_is_a_change(retail):
    got = retail.extract("Amend the Leeds order please: regency cakestand 3 tier 4 -> 7.", TODAY)
    assert got["intent"] == "change"
    assert _lines(got) == {("22423", 7)}


def test_a_remark_on_the_pack_before_the_count_said_again_goes_with_it():
    assert spoken_counts("4 of the gift wrap please - i know it comes 6 sheets a pack, i mean 4 packs. ta") == \
        "4 of the gift wrap please. ta"
    assert spoken_counts("we need 60 of the kraft card... no wait, that's a whole box each isn't it. 6 boxes then. "
                         "and 2 rolls of tape.") == "we need 6 of the kraft card. and 2 rolls of tape."


def test_a_recount_in_a_sentence_of_its_own_corrects_the_sentence_before():
    assert spoken_counts("10 x green teacups. actually, make that 14. thanks") == "14 x green teacups. thanks"
    assert spoken_counts("send 3 x teapots... actually no, make it 5") == "send 5 x teapots"
    assert spoken_counts("6 teacups and saucers, no wait, 9 i mean, and 2 jugs") == "9 teacups and saucers, and 2 jugs"
    # a placed order's count set anew is left to the change rules
    assert spoken_counts("re order 5521: the teapots, make that 12 instead of 10") == \
        "re order 5521: the teapots, make that 12 instead of 10"
    assert spoken_counts("re order 5521: 10 x teapots. make it 12.") == "re order 5521: 10 x teapots. make it 12."
    assert spoken_counts("could i order 4 teapots... make that 6") == "could i order 6 teapots"  # no order number


def test_a_correction_opening_a_sentence_corrects_the_sentence_before():
    assert spoken_counts("4 green teacups please. sorry, i mean 6.") == "6 green teacups please."
    assert spoken_counts("hi sam. no sorry for the late reply, 6 mugs") == "hi sam. no sorry for the late reply, 6 mugs"


def test_no_or_actually_before_a_count_takes_the_count_back():
    assert spoken_counts("send 16 teapots, no, 18 please") == "send 18 teapots"
    assert spoken_counts("6 jugs - actually 8 - and 2 trays") == "8 jugs - and 2 trays"
    assert spoken_counts("10 teapots, no lids") == "10 teapots, no lids"
    assert spoken_counts("5 trays - wait, 7 - and 2 jugs") == "7 trays - and 2 jugs"
    assert spoken_counts("5 trays... sorry, 2 questions first") == "5 trays... sorry, 2 questions first"
    assert spoken_counts("20 mugs, actually 2 dozen would be better") == "20 mugs, actually 2 dozen would be better"
