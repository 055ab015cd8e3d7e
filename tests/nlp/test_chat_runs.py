"""Chat-style counted runs (no commas, several "and"s, brackets, sizes, a second line) read item by item."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.bare_text import question_marked
from nlp.catalog import CatalogItem
from nlp.dates import find_dates
from nlp.extractor import Extractor
from nlp.pipeline import find_chunks

TODAY = dt.date(2026, 11, 25)

ITEMS = [
    CatalogItem("61001", "BIRD FEEDER HANGING COPPER"),
    CatalogItem("61002", "GARDEN TWINE JUTE NATURAL"),
    CatalogItem("61003", "PLANT LABELS SLATE"),
    CatalogItem("61004", "WATERING CAN ENAMEL BLUE"),
    CatalogItem("61010", "PICNIC BLANKET TARTAN"),
    CatalogItem("61011", "PICNIC CUTLERY SET"),
    CatalogItem("ANG-40X4", "Equal angle 40x4 mm", "t"),
    CatalogItem("PL-8", "Steel plate 8 mm", "t"),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    """An extractor over the items above."""
    return Extractor(ITEMS)


def _lines(ex: Extractor, text: str) -> list[tuple]:
    return sorted((ln["sku"], ln["quantity"]) for ln in ex.extract(text, TODAY)["lines"])


def test_run_on_counts_before_an_and(ex):
    """ "4 copper bird feeders 10 jute twine and 20 slate labels": the piece before "and" holds two items."""
    got = _lines(ex, "hi could you send 4 of the copper bird feeders 10 jute garden twine and 20 slate plant labels")
    assert got == [("61001", 4), ("61002", 10), ("61003", 20)]


def test_run_on_counts_with_a_dated_line_below(ex):
    """A later line that names a date in passing ("the show is on 14 may") is no list row."""
    text = ("hi\n\nfor the spring show i need 6 of the blue enamel watering cans 12 slate plant labels and 8 jute "
            "garden twine\n\nthe show is on 14 may so by the 10th would be great\n\nthanks")
    assert _lines(ex, text) == [("61002", 8), ("61003", 12), ("61004", 6)]


def test_count_in_brackets_parts_nothing(ex):
    """ "the tartan picnic blankets (for 4)": the bracket sizes the blanket, it is not a count of its own."""
    got = _lines(ex, "could we have 5 of the tartan picnic blankets (for 4) and 5 picnic cutlery sets thanks")
    assert got == [("61010", 5), ("61011", 5)]


def test_size_by_size_is_no_count(ex):
    """ "half a ton of 40 by 4 angle": the two numbers are one size."""
    got = _lines(ex, "i need two ton of the 8mm plate and half a ton of 40 by 4 angle by friday")
    assert got == [("ANG-40X4", 0.5), ("PL-8", 2)]


def _chunks(text: str) -> list[str]:
    """The chunk texts the pipeline cuts a body into."""
    return [text[s:e].strip() for s, e, _ in find_chunks(text, find_dates(text, TODAY))]


def test_chunks_cut_inside_a_piece_before_and():
    """Each piece of an "and" list is cut at its own run-on counts too."""
    got = _chunks("pls send 3 of the blue enamel watering cans 9 jute twine and 7 slate labels")
    assert got == ["pls send 3 of the blue enamel watering cans", "9 jute twine", "7 slate labels"]


def test_chunks_cut_when_a_later_line_only_mentions_a_number():
    """A line naming a date in passing does not make the body a list of rows."""
    got = _chunks("hi\n6 copper bird feeders 12 slate labels\nthe fair is on 14 may")
    assert got[1:3] == ["6 copper bird feeders", "12 slate labels"]


def test_chunks_keep_a_bracketed_number_with_its_name():
    """ "(for 4)" stays inside its piece: no cut before or after it."""
    got = _chunks("5 tartan picnic blankets (for 4) 6 picnic cutlery sets")
    assert got == ["5 tartan picnic blankets (for 4)", "6 picnic cutlery sets"]


def test_chunks_keep_a_size_by_size_whole():
    """ "40 by 4": one size, never two counts to cut between."""
    assert _chunks("half a ton of 40 by 4 angle") == ["half a ton of 40 by 4 angle"]


def test_price_question_after_also_leaves_the_order_line(ex):
    """ "send 6 blue watering cans also what's the price on the tartan blanket": the order line stays."""
    got = _lines(ex, "hi pls send 6 of the blue enamel watering cans also what's the price on the tartan picnic blanket")
    assert got == [("61004", 6)]


@pytest.mark.parametrize("tail", ["cheers tom - the old forge garden centre", "it's for the village fete so no rush"])
def test_sign_off_or_purpose_ends_the_last_item(tail):
    """A sign-off or "it's for …" after the last item is a sentence of its own, not part of its name."""
    text = f"could we get 8 slate plant labels and 3 jute garden twine {tail}"
    assert _chunks(text)[:2] == ["could we get 8 slate plant labels", "3 jute garden twine"]


def test_unit_number_of_an_address_is_no_count():
    """ "site unit 4": an address number, never cut off as an item's count."""
    got = _chunks("need 6 copper bird feeders 2 slate labels deliver to site unit 4 mill road")
    assert got == ["need 6 copper bird feeders", "2 slate labels deliver to site unit 4 mill road"]


SWAP_ITEMS = [
    CatalogItem("BRG-6310", "Deep groove ball bearing 6310 (open)", "set", aliases=("6310 open",), default=True),
    CatalogItem("BRG-6310-ZZ", "Deep groove ball bearing 6310-ZZ", "set", aliases=("6310 zz",)),
    CatalogItem("62001", "KITCHEN TIMER RETRO RED"),
    CatalogItem("62002", "KITCHEN TIMER RETRO MINT"),
]


@pytest.fixture(scope="module")
def swap_ex() -> Extractor:
    """An extractor over variants a change swaps between."""
    return Extractor(SWAP_ITEMS)


def test_swap_phrase_closed_by_same_qty(swap_ex):
    """ "change the 6310 open bearings to 6310-zz same qty 8": the new variant ends before "same", the old one is no line."""
    got = _lines(swap_ex, "re our po 7781 pls change the 6310 open bearings to 6310-zz same qty 8 thanks")
    assert got == [("BRG-6310-ZZ", 8)]


def test_pls_drop_takes_a_line_off(swap_ex):
    """ "pls drop the mint one": chat's "pls" reads as "please", so the dropped variant is a 0 in the change."""
    got = _lines(swap_ex, "hi on my last order the red retro kitchen timer should be 10 not 5 and pls drop the mint one")
    assert got == [("62001", 10), ("62002", 0)]


COLOUR_ITEMS = [
    CatalogItem("63001", "STORAGE JAR ENAMEL RED"),
    CatalogItem("63002", "STORAGE JAR ENAMEL CREAM"),
    CatalogItem("63003", "STORAGE JAR ENAMEL GREEN"),
    CatalogItem("63010", "PAINT TIN GLOSS WHITE"),
    CatalogItem("63011", "PAINT TIN GLOSS BLACK"),
]


@pytest.fixture(scope="module")
def colour_ex() -> Extractor:
    """An extractor over colour variants."""
    return Extractor(COLOUR_ITEMS)


def test_bracketed_colours_without_and(colour_ex):
    """ "8 of each colour (red cream green)": a bracket of colours alone is a run even with no "and"."""
    got = _lines(colour_ex, "we would like the enamel storage jars 8 in each colour (red cream green) thanks")
    assert got == [("63001", 8), ("63002", 8), ("63003", 8)]


def test_keep_the_opens_a_sentence(colour_ex):
    """ "cancel the red enamel jars (10) keep the cream ones": what is kept is no part of what is cancelled."""
    got = _lines(colour_ex, "hi pls cancel the enamel storage jars on our order - the red ones (10) keep the cream ones")
    assert got == [("63001", 10)]


def test_bare_count_between_goods_words():
    """ "2 tins gloss white 3 black": a bare count after a unit-marked one still parts the items; "3 core" does not."""
    assert _chunks("2 tins gloss white 3 black for the hall") == ["2 tins gloss white", "3 black for the hall"]
    assert len(_chunks("5 rolls of flex 3 core 1.5")) == 1


def test_bare_question_asks_stock(colour_ex):
    """ "any more of the cream enamel jars coming we're out": a question though no "?" ends it."""
    got = colour_ex.extract("hiya any more of the cream enamel storage jars coming we're out", TODAY)
    assert got["intent"] == "stock_query" and [ln["sku"] for ln in got["lines"]] == ["63002"]


def test_asked_marks_only_bare_questions():
    """The "?" goes after a bare sentence opening as a question, never into a written body."""
    assert question_marked("do you still do the red jar how many could you send") == \
        "do you still do the red jar? how many could you send?"
    assert question_marked("pls send 4 red jars\nthanks") == "pls send 4 red jars\nthanks"
    assert question_marked("Do you still do the red jar, and how many?") == "Do you still do the red jar, and how many?"


def test_number_after_a_unit_count_is_part_of_the_name():
    """ "24 pcs 10 pencils tube red": the 10 follows the count's own unit, so it names the item, never cuts it."""
    assert len(_chunks("pls supply 24 pcs 10 pencils tube red for the shop")) == 1


def test_weight_after_x_is_the_pack():
    """ "3 x 25kg bags gloss white": the 25kg is what each of the 3 holds, not an item of its own."""
    assert len(_chunks("request 3 x 25kg bags gloss white for the yard")) == 1
