"""Work the rule components skip gives the same reading: Chinese date patterns, counts read twice, list patterns."""
from __future__ import annotations

import datetime as dt

import nlp.dates as dates
import nlp.pipeline as pipeline

TODAY = dt.date(2026, 11, 25)
ENGLISH = ["could we have 40 tins by friday 12/12, or latest 15th dec? week 51 is too late",
           "deliver mid next month, before christmas please; 3 x 6204 bearings within 10 days"]


def _hits(text: str) -> list[tuple]:
    return [(h.start, h.end, h.date, h.due, h.kind) for h in dates.find_dates(text, TODAY)]


def test_a_body_without_han_characters_reads_the_same_dates_without_the_chinese_patterns(monkeypatch):
    plain = [_hits(t) for t in ENGLISH]
    assert all(plain)
    monkeypatch.setattr(dates, "is_cjk", lambda text: True)  # every pattern tried, as before
    assert [_hits(t) for t in ENGLISH] == plain


def test_chinese_dates_are_still_read():
    assert [h.kind for h in dates.find_dates("下周三前送到，M8螺母两盒", TODAY)] == ["zh_wd"]


def test_a_clause_that_does_not_split_has_its_counts_read_once(monkeypatch):
    calls = []
    real = pipeline.find_quantities
    monkeypatch.setattr(pipeline, "find_quantities", lambda text, blocked: calls.append(text) or real(text, blocked))
    chunks = pipeline.find_chunks("please send 12 x red owl mugs\nthanks", [])
    assert [(c[0], c[1], [q.value for q in c[2]]) for c in chunks] == [(0, 29, [12.0]), (30, 36, [])]
    assert len(calls) == 2  # one per clause, not once per piece and again for the whole


def test_list_patterns_match_only_sentences_holding_their_cue_words():
    from nlp.distributed import ANOTHER, EACH_CUE, EACH_LIST, IN_CUE, JOIN_CUES, RANGE

    said = ["the spotty mugs, 6 EACH in red, green and blue", "2 of each alphabet tile, 0 to 9",
            "half a dozen of the owl tins in pink, and another half doz in blue",
            "a dozen of the owl tins in pink & 3 in blue", "12 owl tins in pink plus 6 of the blue"]
    for text in said:
        for rx, cues in ((EACH_LIST, [EACH_CUE]), (RANGE, [EACH_CUE]), (ANOTHER, [IN_CUE])):
            assert rx.search(text) is None or any(c.search(text) for c in cues)
        assert ANOTHER.search(text) is None or any(c.search(text) for c in JOIN_CUES)
    assert EACH_LIST.search(said[0]) and RANGE.search(said[1]) and ANOTHER.search(said[2])


def test_a_distributed_list_is_still_read():
    from nlp.catalog import CatalogItem
    from nlp.extractor import Extractor

    items = [CatalogItem(f"M{c[0]}", f"SPOTTY MUG {c.upper()}") for c in ("red", "green", "blue", "pink")]
    got = Extractor(items).extract("hi, the spotty mugs, 6 each in red, green and blue please", TODAY)
    assert [(ln["sku"], ln["quantity"]) for ln in got["lines"]] == [("Mr", 6), ("Mg", 6), ("Mb", 6)]


def test_cue_patterns_with_one_shared_word_boundary_find_whole_words_only():
    from nlp.calibration import HEDGE, PAST
    from nlp.confidence import RISKY, VAGUE

    for rx, said, unsaid in ((HEDGE, ["I think 20", "maybe", "approximately 40", "or so", "大概十个"], ["maybee", "thinking"]),
                             (PAST, ["we had 10", "sent last week", "previously", "上次"], ["agog", "resent"]),
                             (RISKY, ["6 each", "or", "half", "same as before", "各两盒"], ["orange", "beach", "halfway"]),
                             (VAGUE, ["double it", "the rest", "same again"], ["doubles", "the restock"])):
        assert all(rx.search(t) for t in said), rx.pattern
        assert not any(rx.search(t) for t in unsaid), rx.pattern
