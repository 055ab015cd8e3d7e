"""The span aligner (bench/nlp_spans.py) and the structure probe's pieces (bench/nlp_structure_*.py) on own examples."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from nlp.catalog import CatalogItem  # noqa: E402
from nlp_spans import Aligner, clauses, folded, is_quoted  # noqa: E402
from nlp_structure_feats import features  # noqa: E402
from nlp_structure_probe import auc, locate  # noqa: E402

ITEMS = [
    CatalogItem("FLK-RD", "TARTAN FLASK RED"),
    CatalogItem("FLK-BL", "TARTAN FLASK BLUE"),
    CatalogItem("RUG-ST", "STRIPED PICNIC RUG"),
    CatalogItem("MUG-EN", "ENAMEL CAMPING MUG WHITE"),
    CatalogItem("GLV-L", "Nitrile gloves large", "box", pack_size=100),
]


@pytest.fixture(scope="module")
def al() -> Aligner:
    return Aligner(ITEMS)


def _said(text: str, spans: list[dict], kind: str, sku: str) -> list[str]:
    return [text[s["start"]:s["end"]] for s in spans if s["kind"] == kind and s["sku"] == sku]


def test_clauses_cut_lists_and_sentences():
    text = "hello!\n3 tartan flasks red + 2 striped rugs, and a mug. thanks"
    assert [text[s:e] for s, e in clauses(text)] == ["hello", "3 tartan flasks red", "2 striped rugs", "a mug", "thanks"]


def test_folded_keeps_offsets():
    assert folded("ＡＢ１２ Mug") == "ab12 mug"


def test_quoted_below_a_reply_header_and_on_marked_lines():
    text = "same again please\n\nOn Tue, Kim <kim@x.org> wrote:\n> 4 striped picnic rugs"
    assert not is_quoted(text, 0)
    assert is_quoted(text, text.index("4 striped"))
    assert is_quoted("ok\n> 2 mugs", 5)


def test_product_and_count_spans_with_a_dozen(al):
    text = "could we have 3 dozen of the tartan flasks in red and 5 striped picnic rugs please"
    spans, notes = al.align(text, [{"sku": "FLK-RD", "quantity": 36}, {"sku": "RUG-ST", "quantity": 5}])
    assert "tartan flasks in red" in _said(text, spans, "product", "FLK-RD")[0]
    assert _said(text, spans, "count", "FLK-RD") == ["3 dozen"]
    assert _said(text, spans, "product", "RUG-ST") == ["striped picnic rugs"]
    assert _said(text, spans, "count", "RUG-ST") == ["5"]
    assert all(n["product"] and n["count"] and not n["ambiguous"] for n in notes)


def test_count_in_pieces_of_a_boxed_item(al):
    text = "pls send 300 nitrile gloves large"
    spans, _ = al.align(text, [{"sku": "GLV-L", "quantity": 3}])
    assert _said(text, spans, "count", "GLV-L") == ["300"]


def test_count_of_its_own_clause_when_two_are_equal(al):
    text = "6 tartan flask red + 6 striped picnic rug"
    spans, notes = al.align(text, [{"sku": "FLK-RD", "quantity": 6}, {"sku": "RUG-ST", "quantity": 6}])
    counts = {s["sku"]: s["start"] for s in spans if s["kind"] == "count"}
    assert counts == {"FLK-RD": 0, "RUG-ST": text.index("+ 6") + 2}
    assert not any(n["ambiguous"] for n in notes)


def test_swap_old_item_is_mentioned_not_wanted(al):
    text = "can you swap the enamel camping mugs for striped picnic rugs, same 8"
    spans, _ = al.align(text, [{"sku": "MUG-EN", "quantity": 0}, {"sku": "RUG-ST", "quantity": 8}])
    old = [s for s in spans if s["sku"] == "MUG-EN"]
    assert old and not old[0]["wanted"] and old[0]["kind"] == "product"
    assert [s["wanted"] for s in spans if s["sku"] == "RUG-ST"] == [True, True]


def test_body_preferred_over_quoted_history(al):
    text = "2 more striped picnic rugs pls\n\nOn Mon, Ann <a@b.c> wrote:\n> 5 striped picnic rugs"
    spans, _ = al.align(text, [{"sku": "RUG-ST", "quantity": 2}])
    prod = [s for s in spans if s["kind"] == "product"][0]
    assert prod["start"] < text.index("On Mon")


def test_quoted_history_taken_when_the_body_only_points_back(al):
    text = "same as last time please\n\nOn Mon, Ann <a@b.c> wrote:\n> 5 striped picnic rugs"
    spans, _ = al.align(text, [{"sku": "RUG-ST", "quantity": 5}])
    assert _said(text, spans, "product", "RUG-ST") == ["striped picnic rugs"]


def test_elliptic_clause_names_the_variant(al):
    text = "tartan flask red x 4, blue x 2"
    spans, notes = al.align(text, [{"sku": "FLK-RD", "quantity": 4}, {"sku": "FLK-BL", "quantity": 2}])
    assert _said(text, spans, "product", "FLK-BL") == ["blue x"] or _said(text, spans, "product", "FLK-BL") == ["blue"]
    assert _said(text, spans, "count", "FLK-BL") == ["2"]


def test_sure_mention_of_an_unlabelled_item_is_unwanted(al):
    text = "4 tartan flasks red please. do you still do the enamel camping mug white?"
    spans, _ = al.align(text, [{"sku": "FLK-RD", "quantity": 4}])
    extra = [s for s in spans if s["sku"] == "MUG-EN"]
    assert extra and not extra[0]["wanted"] and extra[0]["pair"] == -1


def test_swap_features_tell_old_from_new():
    text = "please change the white mugs to striped rugs"
    old = features(text, text.index("white"), text.index(" to "), "change", "en")
    new = features(text, text.index("striped"), len(text), "change", "en")
    assert "between_change_and_to" in old and "after_change_to" in new
    assert "after_change_to" not in old


def test_locate_finds_a_mention_with_its_count_dropped():
    text = "hi there can you do 2 dozen of the red flasks and 4 rugs"
    s, e = locate(text, "can you do of the red flasks")
    assert text[s:e].endswith("red flasks")


def test_auc_orders_and_halves_ties():
    import numpy as np
    assert auc(np.array([1, 0, 1, 0]), np.array([0.9, 0.1, 0.8, 0.2])) == 1.0
    assert auc(np.array([1, 0]), np.array([0.5, 0.5])) == 0.5
