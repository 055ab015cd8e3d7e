"""The matcher's per-item scoring facts are bounded, and bounding them changes no result."""
from __future__ import annotations

import nlp.item_scoring as scoring_module
from nlp.matcher import Matcher


def test_scoring_facts_are_capped_without_changing_results(small_items, monkeypatch):
    queries = ["jumbo bag red retrospot", "6205 bearings 2rs", "M8x30 bolts zinc", "nitrile gloves blue M"]
    want = [Matcher(small_items).match(q, top=3) for q in queries]
    monkeypatch.setattr(scoring_module, "INFO_CAP", 3)
    capped = Matcher(small_items)
    got = [capped.match(q, top=3) for q in queries]
    assert got == want and len(capped._item_info) <= 3
