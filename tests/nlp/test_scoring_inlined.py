"""The scoring loop's inlined name coverage gives what `covered` gives, pack phrases and compound heads too."""
from __future__ import annotations

from nlp.catalog import CatalogItem
from nlp.item_names import covered
from nlp.matcher import Matcher
from nlp.resolve import HEAD_OF

ITEMS = [
    CatalogItem("P1", "BOX OF 6 GARDEN CANDLES LAVENDER"),
    CatalogItem("P2", "GARDEN CANDLE HOLDER ZINC"),
    CatalogItem("P3", "LAVENDER BATHSALT JAR"),
    CatalogItem("P4", "PLANT POT SAUCER TERRACOTTA"),
]


def _coverages(m: Matcher, said: str) -> dict[int, float]:
    """Each shortlisted item's main-name coverage, by `covered` on the matched words the scorer saw."""
    query, split = m._query(said)
    prepared = m._prepare(query, split, said)
    out = {}
    for idx in m._shortlist(query, split, 24).tolist():
        union, per_name, _ = m._info(idx)
        _, matched, weak = m._query_hits(prepared[0], split, union)
        masses = [(t, m._idf.get(t, 1.0) * (HEAD_OF if t in weak else 1.0)) for t in matched]
        names, pack, total = per_name[0][:3]
        m._plain = {}
        m._score_item(prepared, idx)
        out[idx] = (m._plain[idx], covered(masses, names, pack) / total)
    return out


def test_main_name_coverage_matches_covered_for_pack_and_plain_names():
    m = Matcher(ITEMS)
    for said in ("six lavender garden candles", "zinc candle holder for the garden", "terracotta pot saucers"):
        for got, want in _coverages(m, said).values():
            assert got == want


def test_hit_terms_keep_the_weight_each_resolution_is_met_with():
    m = Matcher(ITEMS)
    query, split = m._query("lavender bath salt jar")
    weighted = m._prepare(query, split, "lavender bath salt jar")[0]
    for hits, (term, resolved) in zip(weighted, query):
        assert [h[0] for h in hits] == [t for t, _ in resolved]
        assert all(h[1] > 0 for h in hits)
