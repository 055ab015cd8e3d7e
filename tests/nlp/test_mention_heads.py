"""Which words head a mention: a line read alone lends its family to a name listed after it, and a message's
heading before a colon is no part of a weakly read item (real retail catalogue, own sentences)."""
from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 25)


def lines(ex, text: str) -> dict:
    """SKU -> quantity of a message's lines."""
    return {ln["sku"]: ln["quantity"] for ln in ex.extract(text, TODAY)["lines"]}


def test_name_after_a_line_read_alone_takes_its_family(retail):
    # "camden town" reads LANDMARK FRAME CAMDEN TOWN with no runner-up; "oxford street" alone is too little of a
    # name: it borrows that item's name less the words the line before said
    assert lines(retail, "Quote pls: landmark frames - Camden Town and Oxford Street, 10 of each") == \
        {"23553": 10, "23554": 10}


def test_heading_before_a_colon_is_dropped_from_a_weak_reading(retail):
    got = lines(retail, "Top-up order for the Bay Tree Cafe (the new menu launches in the spring): "
                        "24 blue polkadot egg cups and 6 retrospot milk jugs")
    assert got == {"21397": 24, "21533": 6}


def test_family_before_a_colon_stays_with_a_variant(retail):
    # the heading names the family here: each variant reads well with it and keeps it
    got = lines(retail, "for the garden centre the herb markers: thyme, parsley and chives, ten of each")
    assert got == {"22916": 10, "22918": 10, "22921": 10}


def test_purpose_that_misleads_a_weak_reading_is_cut(retail):
    # "kitchen" of the purpose pulls the reading to PANTRY KITCHEN THERMOMETER; without it the apron reads clearly
    assert lines(retail, "hello, 10 pantry aprons for our kitchen team") == {"22990": 10}
    assert lines(retail, "morning, 6 regency teapots & 6 pantry aprons for the cafe kitchen.") == {"23173": 6, "22990": 6}


def test_bare_variants_after_a_line_whose_runner_up_is_of_another_family(retail):
    # LACE DESIGN reads RIBBON REEL LACE DESIGN, its runner-up is no ribbon reel: the words set apart are the ones
    # said ("lace design"), so "stripes" and "hearts" are read as ribbon reels
    assert lines(retail, "Top-up for the card shop please: 6 x lace design, 6 x stripes, 3 x hearts. Cheers") == \
        {"22078": 6, "22082": 6, "22079": 3}
