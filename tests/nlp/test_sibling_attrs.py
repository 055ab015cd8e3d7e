"""Sibling SKUs told apart by the attribute said around a line (own catalogue, own sentences)."""
from __future__ import annotations

from nlp.catalog import CatalogItem
from nlp.matcher import Matcher
from nlp.siblings import Siblings, around, said, told_apart

ITEMS = [
    CatalogItem("PB-GRN", "PICNIC BLANKET GREEN CHECK"),
    CatalogItem("PB-GRY", "PICNIC BLANKET GREY CHECK"),
    CatalogItem("PB-NAV", "PICNIC BLANKET NAVY CHECK"),
    CatalogItem("FL-S", "ENAMEL FLASK SMALL"),
    CatalogItem("FL-L", "ENAMEL FLASK LARGE"),
    CatalogItem("FL-BAG", "ENAMEL FLASK CARRY BAG"),
    CatalogItem("RD-Q2", "Steel round bar S275 20mm", "t", aliases=("S275 bar 20mm",)),
    CatalogItem("RD-Q3", "Steel round bar S355 20mm", "t", aliases=("S355 bar 20mm", "S355J2 bar 20mm")),
    CatalogItem("RD-Q3-25", "Steel round bar S355 25mm", "t", aliases=("S355 bar 25mm",)),
    CatalogItem("CUP-6", "PACK OF 6 BAMBOO CUPS"),
]


def _sib() -> Siblings:
    """The sibling finder over the test catalogue."""
    return Siblings(Matcher(ITEMS))


def _line(sku: str, mention: str) -> dict:
    """A finished line as the extractor hands it on."""
    return {"sku": sku, "mention": mention, "quantity": 2, "candidates": [{"sku": sku, "score": 0.8}]}


def test_siblings_share_the_name_but_an_attribute():
    sib = _sib()
    assert set(sib.of("PB-GRN")) == {"PB-GRY", "PB-NAV"}
    assert "FL-L" in sib.of("FL-S") and "RD-Q3" in sib.of("RD-Q2")
    assert "CUP-6" not in sib.of("FL-S")  # nothing of its name shared


def test_spoken_forms_fold_to_the_catalogue_word():
    assert {"grey", "large"} <= said("the greyish rug, lge please")
    assert "white" not in said("the cream one (not the white)")


def test_words_around_keep_no_bare_counts_nor_spoken_sizes():
    words = around("Little Barn Shop: 12 bars")
    assert "small" not in words and "12" not in words


def test_the_sentence_names_the_sibling_the_mention_left_out():
    lines = [_line("RD-Q2", "round bar 20mm")]
    body = "could you price round bar 20mm in s355 for the new frame"
    told_apart(_sib(), lines, body, {it.sku: it for it in ITEMS})
    assert lines[0]["sku"] == "RD-Q3" and lines[0]["candidates"][0]["sku"] == "RD-Q3"


def test_a_grade_alias_names_its_sibling():
    lines = [_line("RD-Q2", "bar 20mm")]
    told_apart(_sib(), lines, "bar 20mm, s355j2 grade please", {it.sku: it for it in ITEMS})
    assert lines[0]["sku"] == "RD-Q3"


def test_the_read_items_own_word_said_keeps_it():
    lines = [_line("PB-GRN", "green check picnic blankets")]
    told_apart(_sib(), lines, "green check picnic blankets, the grey ones are for next month", {it.sku: it for it in ITEMS})
    assert lines[0]["sku"] == "PB-GRN"


def test_a_sibling_another_line_holds_is_not_taken():
    by_sku = {it.sku: it for it in ITEMS}
    lines = [_line("FL-S", "enamel flasks"), _line("FL-L", "large")]
    told_apart(_sib(), lines, "enamel flasks 4 and large 2", by_sku)
    assert [ln["sku"] for ln in lines] == ["FL-S", "FL-L"]


def test_words_of_another_lines_item_stay_with_it():
    by_sku = {it.sku: it for it in ITEMS}
    lines = [_line("PB-GRN", "picnic blankets"), _line("FL-L", "large enamel flasks")]
    told_apart(_sib(), lines, "picnic blankets and large enamel flasks", by_sku)
    assert lines[0]["sku"] == "PB-GRN"


def test_every_word_a_sibling_adds_must_be_said():
    lines = [_line("FL-S", "small enamel flasks")]
    told_apart(_sib(), lines, "small enamel flasks, we carry them in a bag", {it.sku: it for it in ITEMS})
    assert lines[0]["sku"] == "FL-S"  # the carry bag's "carry" is unsaid; "small" is the read item's own


def test_a_sibling_said_against_is_not_taken():
    lines = [_line("PB-GRN", "picnic blankets")]
    told_apart(_sib(), lines, "picnic blankets (not the navy, they faded)", {it.sku: it for it in ITEMS})
    assert lines[0]["sku"] == "PB-GRN"


def test_a_list_heading_names_the_family_of_every_line_under_it():
    items = ITEMS + [CatalogItem("TIN-OWL", "BISCUIT TIN OWL DESIGN"), CatalogItem("CARD-OWL", "GREETING CARD OWL DESIGN"),
                     CatalogItem("TIN-FOX", "BISCUIT TIN FOX DESIGN")]
    sib = Siblings(Matcher(items))
    lines = [_line("TIN-FOX", "fox"), _line("CARD-OWL", "owl")]
    told_apart(sib, lines, "biscuit tins - fox 6, owl 4", {it.sku: it for it in items})
    assert [ln["sku"] for ln in lines] == ["TIN-FOX", "TIN-OWL"]
