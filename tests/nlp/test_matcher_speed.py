"""The matcher's fast paths give what the plain ones give: common terms added to touched rows, scratch reset."""
from __future__ import annotations

import numpy as np

from nlp.catalog import CatalogItem
from nlp.matcher import Matcher
from nlp.postings import add_common

COLOURS = ("red", "blue", "green", "white")


def _catalogue(n: int = 2400) -> list[CatalogItem]:
    """Items whose colour and family words are each in hundreds or thousands of names, codes in one."""
    fams = ("storage tin", "lunch bag", "tea mug")
    return [CatalogItem(f"S{i}", f"{fams[i % 3].upper()} {COLOURS[i % 4].upper()} TX{i}") for i in range(n)]


def test_common_terms_add_once_to_the_touched_rows_that_hold_them_both_ways():
    m = Matcher(_catalogue())
    common = m._post["red"]
    for rows in (np.array([4, 8, 4, 9, 2399], dtype=np.intp), np.arange(0, 2400, 2, dtype=np.intp)):
        add_common(m._scores, m._mask, rows, [(common, 0.5)])
        want = np.zeros(len(m.items), dtype=np.float32)
        want[np.intersect1d(rows, common)] = 0.5
        assert np.array_equal(m._scores, want)  # a row said twice gets the weight once
        assert not m._mask.any()  # the scratch mask is left clear for the next query
        m._scores[:] = 0.0


def test_scratch_scores_are_clear_after_a_query_touching_most_of_the_catalogue():
    m = Matcher(_catalogue())
    assert m.match("red lunch bag tx40", top=3)[0][0] == "S40"
    assert m.match("blue tea mug", top=3)  # no rare word: every posting list is added in full
    assert not m._scores.any()
