"""Chat filler words that are also words of a product's name ("fine", "stuff", "piece") count for the matcher."""
from __future__ import annotations

from nlp.catalog import CatalogItem
from nlp.filler_names import named_fillers
from nlp.matcher import Matcher
from nlp.text import terms

ITEMS = [CatalogItem("S", "ROPE BASKET SMALL"), CatalogItem("L", "ROPE BASKET LARGE"),
         CatalogItem("F", "FINE ROPE BASKET"), CatalogItem("G", "GOOD STUFF TEA TIN"),
         CatalogItem("T", "FLORAL TEA TIN"), CatalogItem("P", "TEN PIECE TRAIN PUZZLE"),
         CatalogItem("Q", "TRAIN PUZZLE WOODEN")]


def top(text: str) -> str:
    """SKU of the best match."""
    return Matcher(ITEMS).match(text, top=3)[0][0]


def test_filler_word_said_before_its_name_partner_names_the_item():
    assert top("fine rope basket") == "F"
    assert top("FINE ROPE BASKETS") == "F"
    assert top("good stuff") == "G"
    assert top("the ten piece train puzzle") == "P"


def test_filler_word_alone_or_beside_another_word_of_the_name_stays_filler():
    # "fine" next to "basket", which the name has but not beside it: an answer, no product word
    assert top("that's fine, rope basket small") == "S"
    assert top("rope basket small is fine") == "S"
    assert top("floral tea tin stuff") == "T"  # "stuff" after "tin": not as GOOD STUFF has it


def test_only_chat_fillers_that_are_catalogue_words_are_kept():
    m = Matcher(ITEMS)
    every = terms("fine rope basket thanks", drop_stop=False)
    raw = terms("fine rope basket thanks")
    assert named_fillers(every, raw, m.words, m._name_text) == ["fine"]
    every = terms("thanks rope basket", drop_stop=False)  # "thanks" is in no name
    assert named_fillers(every, terms("thanks rope basket"), m.words, m._name_text) == []

