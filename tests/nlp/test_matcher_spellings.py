"""Matcher on spellings that differ from the catalogue's: accents, -ion/-ive siblings, the catalogue's own typos."""
from __future__ import annotations

from nlp.catalog import CatalogItem
from nlp.matcher import Matcher
from nlp.text import terms


def top(items: list[CatalogItem], text: str) -> str:
    """SKU of the best match in a fresh matcher."""
    return Matcher(items).match(text, top=3)[0][0]


def test_accented_letters_read_plain():
    assert terms("crème tin, the naïve one") == ["creme", "tin", "naive"]
    items = [CatalogItem("A", "ENAMEL MUG CREME"), CatalogItem("B", "ENAMEL MUG SAGE"),
             CatalogItem("C", "ENAMEL MUG ROSE")]
    assert top(items, "enamel mugs (crème)") == "A"


def test_ive_word_meets_its_ion_sibling():
    items = [CatalogItem("A", "PROTECTION SLEEVE LAPTOP"), CatalogItem("B", "FOLDING LAPTOP STAND"),
             CatalogItem("C", "LAPTOP SLEEVE NEOPRENE")]
    assert top(items, "protective laptop sleeves") == "A"


def test_catalogue_misspelling_reached_when_nothing_is_nearer():
    items = [CatalogItem("A", "WALL STICKER DRAGONFILES"), CatalogItem("B", "WALL STICKER FLOWERS"),
             CatalogItem("C", "DRAGONFLY MUG"), CatalogItem("D", "DRAGONFLY TEA TOWEL")]
    assert top(items, "dragonfly wall stickers") == "A"
    # A short word as far from a catalogue word is another word, not a typo of it.
    m = Matcher([CatalogItem("A", "GRAND PIANO MAGNET"), CatalogItem("B", "PAPER GARLAND")])
    assert all(t != "grand" for t, _ in m._resolve("garland"))



def test_compound_as_written_beats_its_halves_apart(retail):
    # the catalogue holds BIRDCAGE items and "ENCHANTED BIRD PLANT CAGE": the word as written wins
    got = retail.matcher.match("birdcage", top=3)
    assert "BIRDCAGE" in retail.by_sku[got[0][0]].name



def test_head_word_reaches_its_compound():
    items = [CatalogItem("B", "ROSE GARDEN JUG WHITE"), CatalogItem("A", "ROSE GARDEN TEAPOT WHITE"),
             CatalogItem("C", "TEA CADDY ROSE"), CatalogItem("D", "FLOWER POT ROSE"), CatalogItem("E", "POT HOLDER RED")]
    got = Matcher(items).match("white rose garden pot", top=3)
    assert got[0][0] == "A" and got[0][1] - got[1][1] > 0.1  # a teapot is a pot: told apart from the jug
    assert top(items, "rose pot") == "D"  # the word itself still comes first where an item has it


def test_earth_is_the_green_and_yellow_conductor():
    items = [CatalogItem("W-BK", "Flexible wire 1.5 mm² black"), CatalogItem("W-GY", "Flexible wire 1.5 mm² green/yellow"),
             CatalogItem("W-BN", "Flexible wire 1.5 mm² brown")]
    assert top(items, "1.5 flex wire earth") == "W-GY"



def test_initials_of_a_pair_many_names_share():
    words = ["MUG", "TRAY", "APRON", "COASTER", "BUNTING", "CUSHION", "TIN", "JUG", "BOWL", "PLATE", "CLOCK", "SIGN"]
    plain = [CatalogItem("P", "PLAIN BUNTING"), CatalogItem("Q", "PARTY BUNTING")]
    turtle = [CatalogItem(f"S{i}", f"SEA TURTLE {w}") for i, w in enumerate(words)] + plain
    assert top(turtle, "st bunting") == "S4"
    # a unit word is never read as initials ("pc" = piece)
    crane = [CatalogItem(f"S{i}", f"PAPER CRANE {w}") for i, w in enumerate(words)] + plain
    assert all(t != "paper" for t, _ in Matcher(crane)._resolve("pc"))


def test_everyday_trade_words_for_catalogue_words():
    # a shopper is the big carrier bag; what a buyer calls a print or pattern the catalogue calls a design
    items = [CatalogItem("A", "GIANT BAG LEMONS"), CatalogItem("B", "LEMON SHOPPER TOTE"),
             CatalogItem("C", "GIANT BAG CHERRIES")]
    assert top(items, "giant shoppers lemons") == "A"
    items = [CatalogItem("A", "SET OF 10 COASTERS MEADOW DESIGN"), CatalogItem("B", "MEADOW PRINT GIFT BOX"),
             CatalogItem("C", "SET OF 10 COASTERS HARBOUR DESIGN")]
    assert top(items, "coasters with the meadow pattern") == "A"
    assert top(items, "coasters in the meadow print") == "A"
    items = [CatalogItem("A", "CHILDRENS APRON ROBOTS"), CatalogItem("B", "ROBOTS MUG")]
    assert top(items, "kiddies robot aprons") == "A"


def test_a_word_the_catalogue_spells_two_ways_finds_either_spelling():
    items = [CatalogItem("A", "EGG COSY WESTY DOG"), CatalogItem("B", "WESTIE DOG TEA TOWEL"),
             CatalogItem("C", "EGG COSY OWL"), CatalogItem("D", "WESTIE DOG DOORSTOP")]
    assert top(items, "egg cosies, the westie dog one") == "A"
    # real words one vowel apart, or one grown from the other, stay apart even beside the same word
    m = Matcher([CatalogItem("A", "CHICK EGG CUP"), CatalogItem("B", "CHECK EGG CUP"),
                 CatalogItem("C", "GARDEN SIGN"), CatalogItem("D", "GARDENIA SIGN")])
    assert all(t != "check" for t, _ in m._resolve("chick"))
    assert all(t != "gardenia" for t, _ in m._resolve("garden"))


def test_the_small_words_of_a_slogan_in_quotes_count():
    items = [CatalogItem("A", "TEA TOWEL HOME IS WHERE THE HEART IS"), CatalogItem("B", "HEART TEA TOWEL"),
             CatalogItem("C", "TEA TOWEL HOME SWEET HOME")]
    m = Matcher(items)
    assert m.match("the tea towel that says 'home is where the heart is'", top=3)[0][0] == "A"
    assert {"where", "is"} <= {t for t, _ in m._query("the 'home is where the heart is' towel")[0]}
    assert "is" not in {t for t, _ in m._query("the towel is where the heart print is")[0]}  # unquoted: filler
