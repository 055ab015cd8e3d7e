"""Touchless thresholds per language: picked on each language's own reads, nested per held-out set, shipped only
where the nested error above stayed <= 1 %."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import nlp_loso  # noqa: E402


def _rows(lang: str, rights: list[bool], s: str = "dev3") -> list[dict]:
    return [{"file": f"extraction_{lang}_{s}", "right": r} for r in rights]


def test_a_file_names_its_language():
    assert nlp_loso.lang_of("extraction_zh_dev12") == "zh" and nlp_loso.lang_of("extraction_en_dev12") == "en"
    # near miss: 'zh' inside another word of the name is no language tag
    assert nlp_loso.lang_of("extraction_en_zhdev4") == "en"


def test_each_language_is_judged_on_its_own_reads():
    # 40 sure and right Chinese reads; the English ones are as sure but one in ten is wrong
    rows = _rows("zh", [True] * 40) + _rows("en", [i % 10 != 0 for i in range(40)])
    p = np.full(80, 0.99)
    picks = nlp_loso.pick_by_lang(p, rows)
    assert picks["zh"] < 0.999 and picks["en"] == 0.999
    # near miss: pooled, the English errors would have kept the Chinese threshold off too
    import nlp_calibrate as cal
    assert cal.pick_threshold(p, np.array([r["right"] for r in rows])) == 0.999


def test_the_minimum_count_is_asked_of_each_language_and_scaled_inside_a_fold():
    rows = _rows("zh", [True] * 25)
    p = np.full(25, 0.99)
    assert nlp_loso.pick_by_lang(p, rows) == {"zh": 0.999}  # 25 < 30 above
    assert nlp_loso.pick_by_lang(p, rows, share=0.8)["zh"] < 0.999  # a fold keeping 80 % asks for 24


def test_a_held_out_sets_language_threshold_is_picked_without_it(monkeypatch):
    rows = _rows("zh", [True] * 40, "dev3") + _rows("zh", [True] * 40, "dev4") + _rows("en", [False] * 10, "dev4")
    monkeypatch.setattr(nlp_loso, "loso", lambda rs, a, b: np.full(len(rs), 0.99))
    monkeypatch.setattr(nlp_loso, "predict", lambda tr, te, a, b: np.full(len(te), 0.99))
    _, pooled, by_lang = nlp_loso.nested(rows, 1.0, 1.0)
    dev3 = slice(0, 40)
    # dev3's zh threshold comes from dev4's 40 clean zh reads; the pooled one sees dev4's English errors
    assert (by_lang[dev3] < 0.999).all() and (pooled[dev3] == 0.999).all()
    # dev4's threshold comes from dev3 alone, which has no English: no English threshold
    assert (by_lang[80:] == 0.999).all()


def test_a_language_ships_only_when_its_nested_error_above_stays_at_one_percent():
    rows = _rows("zh", [True] * 40) + _rows("en", [i % 10 != 0 for i in range(40)])
    p = np.full(80, 0.99)
    out = nlp_loso.lang_outcome(rows, p, p, np.full(80, 0.97))
    assert out["zh"]["threshold"] < 0.999 and out["zh"]["nested"]["error_above"] == 0.0
    assert out["en"]["threshold"] == 0.999 and out["en"]["nested"]["error_above"] == 0.1
    assert out["zh"]["picks"] == {"dev3": 0.97}
    # near miss: folds that all picked 0.999 judged nothing, so a clean record backs no threshold
    none = nlp_loso.lang_outcome(rows, np.full(80, 0.99), np.full(80, 0.98), np.full(80, 0.999))
    assert none["zh"]["threshold"] == 0.999

