"""Dictated and texted English: "for boxes of", said full stops, "n" for and, "mil" for mm, a caller's introduction."""
from __future__ import annotations

import datetime as dt

from nlp.spoken import spoken_counts

WED = dt.date(2026, 11, 25)


def test_four_before_a_unit_after_an_ordering_verb():
    assert spoken_counts("please send for cases of the mugs and for cases of the plates") == \
        "please send four cases of the mugs and four cases of the plates"
    # Without a dictated count first, "for packs of" stays a purpose.
    assert spoken_counts("we are looking for packs of straws") == "we are looking for packs of straws"


def test_said_full_stop_ends_the_sentence():
    assert spoken_counts("three of the blue mugs full stop deliver friday") == "3 of the blue mugs. deliver friday"


def test_said_commas_colons_and_new_lines_are_marks():
    assert spoken_counts("note to shop colon eight oak trays comma four pine ones full stop new line ta") == \
        "note to shop: eight oak trays, four pine ones.\n ta"
    assert spoken_counts("are the tin jugs back in question mark") == "are the tin jugs back in?"
    # no said punctuation: "new line" is words
    assert spoken_counts("we start a new line of candles") == "we start a new line of candles"


def test_texted_n_is_and():
    assert spoken_counts("6 mugs red n 6 blue") == "6 mugs red and 6 blue"
    assert spoken_counts("rated 500 n at most") == "rated 500 n at most"  # after a number it is a unit


def test_texted_4_is_for_before_an_article_or_a_count():
    assert spoken_counts("wot price 4 30 oak trays") == "wot price for 30 oak trays"
    assert spoken_counts("ta 4 the mugs") == "ta for the mugs"
    # a count stays a count: "4 x", "the other 4", "need 4 urgently"
    assert spoken_counts("send 4 x trays, the other 4 next week") == "send 4 x trays, the other 4 next week"
    assert spoken_counts("need 4 urgently") == "need 4 urgently"


def test_a_count_after_a_letter_size_and_a_joiner_counts_the_next_size():
    assert spoken_counts("12 prs rigger gloves m + 12 l") == "12 prs rigger gloves m + 12 x l"
    assert spoken_counts("10 xl, 4 m please") == "10 xl, 4 x m please"
    # a measure stays a measure
    assert spoken_counts("cut 5 m, 20 m of hose") == "cut 5 m, 20 m of hose"


def test_mil_after_a_number_is_millimetre():
    assert spoken_counts("half a ton of 12 mil plate") == "half a ton of 12mm plate"
    assert spoken_counts("deliver to the mill yard") == "deliver to the mill yard"


def test_callers_introduction_is_no_product():
    assert spoken_counts("hiya its dave from the garden shop could i get 4 rakes") == "could i get 4 rakes"
    assert spoken_counts("hello, it's ann at village crafts, please send 2 kits") == "please send 2 kits"


def test_introduced_dictated_order_reads_its_lines(small):
    got = small.extract("hi its jan at the bakery shop can i have for dozen of the red hanging heart tea light "
                        "holders full stop thanks", WED)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("21733", 48)]


def test_run_of_counted_items_without_commas():
    assert spoken_counts("mugs again, 12 owl 12 fox 6 blue hare. friday") == "mugs again, 12 owl, 12 fox, 6 blue hare. friday"
    # two counted words are no _RUN; counted units written on without commas are set apart by _RUN_ON
    assert spoken_counts("need 2 rolls blue 3 rolls red") == "need 2 rolls blue, 3 rolls red"  # set apart by _RUN_ON


def test_the_x_one_and_the_y_one_after_a_plural_name():
    assert spoken_counts("got any linen aprons, the sage one and the navy one?") == \
        "got any linen aprons (sage and navy)?"
    assert spoken_counts("the bread bins, the cream one, the tall grey one or the red ones") == \
        "the bread bins (cream, tall grey and red)"


def test_self_correction_replaces_what_it_corrects():
    assert spoken_counts("3 each of the robin and wren, no sorry, robin and owl mugs") == "3 each of the robin and owl mugs"
    assert spoken_counts("8 no wait 9 tea towels please") == "9 tea towels please"
    assert spoken_counts("send 14, or rather 16 oven gloves") == "send 16 oven gloves"  # the cue negation reads too
    # nothing before it to replace: left as written
    assert spoken_counts("no sorry for the delay, 6 mugs") == "no sorry for the delay, 6 mugs"


def test_half_and_half_of_a_total():
    assert spoken_counts("40 gift tags - half in the robin print and half the holly, thanks") == \
        "20 gift tags in the robin print and 20 gift tags the holly, thanks"
    assert spoken_counts("9 gift tags half robin and half holly") == "9 gift tags half robin and half holly"  # odd: left


def test_texted_n_between_two_counts(retail):
    """ "want 6 n 6" after two count-less items: one count each, in the order named (own wording)."""
    got = retail.extract("u got the jumbo bag pink polkadot? and the jumbo bag red retrospot. want 10 n 5",
                         dt.date(2026, 3, 3))
    assert {(ln["sku"], ln["quantity"]) for ln in got["lines"]} == {("22386", 10), ("85099B", 5)}
