"""Shortcuts taken for speed read exactly what the long way reads."""
import random

from nlp.negation import said_against
from nlp.respell import slips, slips_under


def _heads_of(words):
    """Every word cut short by up to three letters, as the matcher keeps its catalogue's terms."""
    return frozenset(w[: len(w) - j] for w in words for j in range(4))


def test_slips_under_are_the_slips_with_a_known_head():
    rnd = random.Random(5)
    vocab = ["candle", "holder", "lantern", "saucer", "teacup", "ribbon", "bunting", "doormat", "apron"]
    heads = _heads_of(vocab)
    words = vocab + ["candel", "hodler", "lanten", "sacuer", "aabba", "zzzzzz", "cnadle"]
    words += ["".join(rnd.choice("acdelnr") for _ in range(rnd.randint(5, 8))) for _ in range(60)]
    for word in words:
        assert slips_under(word, heads) == {w for w in slips(word) if w[: len(w) - 3] in heads}, word


def test_slips_under_keep_the_first_letter():
    # "xandle" is one slip from "candle" only by its first letter, which a slip never changes
    assert "candle" not in slips_under("xandle", _heads_of(["candle"]))
    assert "candle" in slips_under("cnadle", _heads_of(["candle"]))


def test_retraction_read_whatever_the_case_or_script():
    assert said_against("RED NO SORRY CREAM mugs")[0] == " CREAM mugs"  # upper case: still taken back
    assert said_against("crème mugs, red no sorry cream")[0] == "crème mugs,  cream"  # non-ASCII text is scanned
    assert said_against("large, I mean medium tee")[0] == " medium tee"
    assert said_against("blue or rather green cups")[0] == " green cups"
    assert said_against("plain red tins")[0] == "plain red tins"  # near miss: nothing taken back


def test_counts_in_words_still_read_behind_their_gate():
    from nlp.spoken import spoken_counts

    assert spoken_counts("candles, six not 4 please") == "candles, 6 not 4 please"
    assert spoken_counts("twenty five of each of the mugs") == "25 of each of the mugs"
    assert spoken_counts("three mugs, two jugs and four bowls") == "3 mugs, 2 jugs and 4 bowls"
    assert spoken_counts("two x blue tray") == "2 x blue tray"
    # near misses: "one x" is no count in words here, and "ten" inside a word ("often", "tent") is none
    assert spoken_counts("one x blue tray") == "one x blue tray"
    assert spoken_counts("please send the often-used tent pegs") == "please send the often-used tent pegs"


def test_hard_split_lookahead_parts_where_the_plain_pattern_does():
    import re

    from nlp.clause_splits import HARD_SPLIT

    head = "(?=[,\\s、还另以再])(?:"
    assert HARD_SPLIT.pattern.startswith(head)
    plain = re.compile(HARD_SPLIT.pattern[len(head) : -1], HARD_SPLIT.flags)
    said = ["6 tea towels, and what's the price on aprons?", "the jugs, no lids", "3 mugs / 4 bowls - thanks",
            "8 bags, kraft ones remove.", "take the owls off and make the star ones 36", "螺栓两盒 螺母三盒、垫片还有另外以及再要两箱",
            "DN50、DN80各两台", "the green ones still needed, 12 x candles", "两吨半 槽钢 6308开式 二十套"]
    for text in said:
        assert [m.span() for m in HARD_SPLIT.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_place_cues_read_whatever_the_case_or_script():
    from nlp.branches import _places

    assert _places("EACH OF OUR 6 SHOPS TAKES: 4 x mugs")[:2] == (6.0, 26)  # upper case: still the cue
    assert _places("for our 3 cafés, each of the 3 cafes needs: 2 x trays")[:2] == (3.0, 43)  # non-ASCII text
    assert _places("4 x mugs per site for our 5 sites")[:2] == (5.0, 0)
    assert _places("Leeds and York both need 6 x lamps each")[:2] == (2.0, 24)
    assert _places("35 hampers. each hamper gets 1 x jam")[:2] == (35.0, 29)
    assert _places("please send 4 x mugs")[:2] == (None, 0)  # near miss: no cue at all
