"""Work the rule components skip gives the same reading: Chinese date patterns, counts read twice."""
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
