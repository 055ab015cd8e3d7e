"""The item scorer's per-query word facts (`_hit_terms`) and the main-name coverage they lead to."""
from __future__ import annotations

from nlp.catalog import CatalogItem
from nlp.matcher import Matcher

ITEMS = [
    CatalogItem("P1", "BOX OF 6 GARDEN CANDLES LAVENDER"),
    CatalogItem("P2", "GARDEN CANDLE HOLDER ZINC"),
    CatalogItem("P3", "LAVENDER BATHSALT JAR"),
    CatalogItem("P4", "PLANT POT SAUCER TERRACOTTA"),
]


def _plain_coverage(m: Matcher, said: str, sku: str) -> float:
    """The main-name coverage the scorer notes for one item when it scores the mention."""
    query, split = m._query(said)
    idx = next(i for i, it in enumerate(m.items) if it.sku == sku)
    m._score_item(m._prepare(query, split, said), idx)
    return m._plain[idx]


def test_a_mention_saying_every_word_of_a_name_covers_it_whole_and_half_the_words_cover_less():
    m = Matcher(ITEMS)
    assert _plain_coverage(m, "zinc garden candle holder", "P2") == 1.0
    assert 0.0 < _plain_coverage(m, "zinc candle holder", "P2") < 1.0


def test_hit_terms_keep_the_weight_each_resolution_is_met_with():
    m = Matcher(ITEMS)
    query, split = m._query("lavender bath salt jar")
    weighted = m._prepare(query, split, "lavender bath salt jar")[0]
    for hits, (term, resolved) in zip(weighted, query):
        assert [h[0] for h in hits] == [t for t, _ in resolved]
        assert all(h[1] > 0 for h in hits)
