"""Regression floors on the labelled dev sets and the real email-intent sentences."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from nlp.evaluate import evaluate


def test_dev_sets_hold_their_level(retail, industrial, data_file):
    siblings = {"retail": retail, "industrial": industrial}
    en = evaluate(data_file("extraction_en_dev.jsonl"), retail, siblings).summary()
    zh = evaluate(data_file("extraction_zh_dev.jsonl"), industrial, siblings).summary()
    assert en["f1"] >= 0.85 and en["intent_accuracy"] >= 0.93 and en["due_date_accuracy"] >= 0.95
    assert zh["f1"] >= 0.90 and zh["intent_accuracy"] >= 0.95
    assert en["error_rate_above_threshold"] <= 0.06 and zh["error_rate_above_threshold"] <= 0.06


def test_catalog_loads_whole(data_file):
    # Its speed is a benchmark figure (docs/benchmarks.md), not a timed test: timings fail on a loaded machine.
    import datetime as dt

    from nlp.catalog import load_catalog
    from nlp.extractor import Extractor

    ex = Extractor(load_catalog(data_file("catalog_retail.csv")))
    assert len(ex.by_sku) == 3788 and ex.extract("6 x 85123A", dt.date(2026, 11, 2))["lines"]


def test_email_intent_sentences(shared_data: Path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from nlp_intent_check import score

    res = score("testSet-qualifiedBatch-fixed.txt")
    assert res["request_detector_acc"] >= 0.78 > res["majority_baseline"]
    print(json.dumps(res))


def test_fresh_dev_sets_hold_their_level(retail, industrial, data_file):
    siblings = {"retail": retail, "industrial": industrial}
    en = evaluate(data_file("extraction_en_dev2.jsonl"), retail, siblings).summary()
    zh = evaluate(data_file("extraction_zh_dev2.jsonl"), industrial, siblings).summary()
    assert en["f1"] >= 0.83 and zh["f1"] >= 0.85 and en["intent_accuracy"] >= 0.9
    assert en["error_rate_above_threshold"] <= 0.06 and zh["error_rate_above_threshold"] <= 0.06
